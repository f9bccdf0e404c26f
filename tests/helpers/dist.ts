/** Reading a built `dist/` folder in tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function readPage(distDir: string, sitePath: string): string {
	const clean = sitePath.replace(/^\/+/, '');
	const file = clean === '' || clean.endsWith('/') ? join(distDir, clean, 'index.html') : join(distDir, clean);
	return readFileSync(file, 'utf8');
}

/** Every file under dir, as posix paths relative to it. */
export function listDist(distDir: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.push(relative(distDir, path).split(sep).join('/'));
		}
	};
	walk(distDir);
	return out.sort();
}
