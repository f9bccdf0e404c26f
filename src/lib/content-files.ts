/** Where content lives in the repository, and how file paths map to case-study ids. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CASE_STUDIES_DIR = 'case-studies';
export const CONTENT_DIR = 'content';
export const EVENTS_DIR = 'content/events';

/** Every file with the extension under `dir` (relative to root), sorted, as root-relative posix paths. */
export function listFiles(root: string, dir: string, extension: string): string[] {
	const out: string[] = [];
	const walk = (absolute: string) => {
		let names: string[];
		try {
			names = readdirSync(absolute);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const path = join(absolute, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(extension)) out.push(relative(root, path).split(sep).join('/'));
		}
	};
	walk(join(root, dir));
	return out;
}

/** `case-studies/ee/x-road.mdx` → `ee/x-road`. */
export function caseIdFromPath(path: string): string {
	return path
		.replace(/\\/g, '/')
		.replace(new RegExp(`^(?:.*/)?${CASE_STUDIES_DIR}/`), '')
		.replace(/\.mdx$/, '');
}

/** `content/events/unece-2013.mdx` → `unece-2013`. */
export function eventIdFromPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^.*\//, '').replace(/\.mdx$/, '');
}
