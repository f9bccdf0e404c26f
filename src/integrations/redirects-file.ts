/**
 * Old addresses (`aliases`) are built as static redirect pages by src/pages/[...alias].astro.
 * This integration finds them in the output, without reading the content again: it writes
 * `_redirects` (Netlify / Cloudflare Pages format) so that hosts that read it answer with a
 * real 301, and tells the sitemap to leave them out.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/content-files.ts';

const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;

export interface RedirectPages {
	integration: AstroIntegration;
	/** For the sitemap filter: whether the page at this absolute URL is a redirect page. */
	isRedirect: (pageUrl: string) => boolean;
}

export function redirectPages(): RedirectPages {
	let outDir = '';
	let base = '/';
	const isRedirect = (pageUrl: string) => {
		const path = decodeURIComponent(new URL(pageUrl).pathname).slice(base.length);
		const file = join(outDir, path, 'index.html');
		return existsSync(file) && refresh.test(readFileSync(file, 'utf8').slice(0, 2000));
	};
	return {
		isRedirect,
		integration: {
			name: 'kb:redirects-file',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir);
					base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				},
				'astro:build:done': ({ dir, logger }) => {
					const out = fileURLToPath(dir);
					const lines = listFiles(out, '.', '.html')
						.flatMap((file) => {
							const target = refresh.exec(readFileSync(join(out, file), 'utf8').slice(0, 2000))?.[1];
							const from = `${base}${relative(out, join(out, file)).split(sep).join('/').replace(/index\.html$/, '')}`;
							return target ? [`${from} ${target} 301`] : [];
						})
						.sort();
					writeFileSync(join(out, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
					logger.info(`${lines.length} redirects written`);
				},
			},
		},
	};
}
