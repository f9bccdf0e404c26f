/** Runs the real production build in a child process with the project's pinned Node. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const tmpRoot = join(projectRoot, '.tmp');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	status: number;
	output: string;
}

/**
 * The environment of a production build. Vitest exports its `import.meta.env` (DEV, PROD, MODE,
 * BASE_URL, SSR) and its own markers to process.env; a child build would inherit them and
 * render as in development, so they are removed.
 */
const testOnlyVariables = new Set(['DEV', 'PROD', 'MODE', 'BASE_URL', 'SSR', 'TEST', 'NODE_ENV']);
function buildEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testOnlyVariables.has(key) && !key.startsWith('VITEST')));
	return { ...env, NODE_ENV: 'production' };
}

export function buildSite(root: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...(root === projectRoot ? {} : { KB_CACHE_DIR: join(root, '.cache') }), ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Copies the project (content and code, not dependencies or output) into a scratch folder. */
export function copyProject(name: string): string {
	const target = join(tmpRoot, name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const entry of ['src', 'content', 'case-studies', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		const from = join(projectRoot, entry);
		if (existsSync(from)) cpSync(from, join(target, entry), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
	return target;
}
