/**
 * A built `dist/` served by Astro's own preview server (`preview()` from astro), for the browser
 * tests and the benchmark: the same server `npm start` uses, on a free port of 127.0.0.1, under
 * `base`. The project's config is loaded for the server's settings only; nothing is built.
 */
import { preview } from 'astro';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export async function serveDist(dist: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const server = await preview({
		root: projectRoot,
		outDir: dist,
		base,
		server: { host: '127.0.0.1', port: 0 },
		logLevel: 'warn',
	});
	const path = base.endsWith('/') ? base : `${base}/`;
	return { url: `http://127.0.0.1:${server.port}${path}`, close: () => server.stop() };
}
