/**
 * Reads content folders from disk (Node only). A hand-written walker rather than `fs.globSync`:
 * glob descends into symbolically linked folders (a contributed link to `/` would walk the
 * whole disk), while content must report a link as a link and never read through it.
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CASE_STUDIES_DIR, LANGUAGE_PREFIXES, isTranslationPath } from './content-paths.ts';

export interface FolderEntry {
	/** Root-relative posix path. */
	path: string;
	kind: 'file' | 'symlink' | 'other';
	/** For a symbolic link, where it points. */
	target?: string;
}

/**
 * Every entry under `dir` (relative to root), sorted, without following symbolic links: a link
 * is reported as a link (dangling, to a folder or out of the repository), never read through.
 */
export function walkFolder(root: string, dir: string): FolderEntry[] {
	const out: FolderEntry[] = [];
	const walk = (absolute: string) => {
		let names: string[];
		try {
			names = readdirSync(absolute);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const path = join(absolute, name);
			const stats = lstatSync(path);
			const rel = relative(root, path).split(sep).join('/');
			if (stats.isSymbolicLink()) out.push({ path: rel, kind: 'symlink', target: readlinkSync(path) });
			else if (stats.isDirectory()) walk(path);
			else out.push({ path: rel, kind: stats.isFile() ? 'file' : 'other' });
		}
	};
	walk(join(root, dir));
	return out;
}

/** Every regular file with the extension under `dir` (relative to root), sorted, as root-relative posix paths. */
export function listFiles(root: string, dir: string, extension: string): string[] {
	return walkFolder(root, dir)
		.filter((entry) => entry.kind === 'file' && entry.path.endsWith(extension))
		.map((entry) => entry.path);
}

/** The original case studies, not their translations (`x-road.fr.mdx`), as root-relative paths. */
export function listCaseFiles(root: string): string[] {
	return listFiles(root, CASE_STUDIES_DIR, '.mdx').filter((file) => !isTranslationPath(file));
}

/** The translations of case studies, beside their originals. */
export function listTranslationFiles(root: string): string[] {
	return listFiles(root, CASE_STUDIES_DIR, '.mdx').filter(isTranslationPath);
}

/**
 * The first parts of every address the site builds: the folders and files of `src/pages` (so a
 * page added there is covered at once), the entries of `public/`, what the build itself writes
 * (`pagefind`, `_astro`) and the language prefixes. An alias may not start with one of them.
 */
export function siteSections(root: string): Set<string> {
	const entries = (dir: string) => {
		try {
			return readdirSync(join(root, dir));
		} catch {
			return [];
		}
	};
	// Pages sit in src/pages/[...lang]/ (every language) and, for files, in src/pages/.
	const names = [...entries('src/pages'), ...entries('src/pages/[...lang]'), ...entries('public')]
		.filter((name) => !name.startsWith('[') && !name.startsWith('_site-data') && !name.startsWith('_Matrix'))
		.map((name) => name.replace(/\.(astro|ts|md|mdx|html)$/, '').replace(/\.(json|xml|txt|csv)$/, ''));
	return new Set([...names, 'index', 'pagefind', '_astro', ...LANGUAGE_PREFIXES]);
}

/**
 * The names of the pages the site builds beside the event pages in /events/ (`organise`, and
 * `index`): an event file with one of these names would take that page's address.
 */
export function reservedEventNames(root: string): Set<string> {
	let names: string[];
	try {
		names = readdirSync(join(root, 'src/pages/[...lang]/events'));
	} catch {
		names = [];
	}
	return new Set([
		'index',
		...names.filter((name) => !name.startsWith('[') && !name.startsWith('_')).map((name) => name.replace(/\.(astro|ts|md|mdx|html)$/, '')),
	]);
}
