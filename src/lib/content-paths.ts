/**
 * Where content lives in the repository and how file paths map to ids. Pure: the Node-only
 * reading of folders is in `content-files-fs.ts`.
 */
export const CASE_STUDIES_DIR = 'case-studies';
export const CONTENT_DIR = 'content';
export const EVENTS_DIR = 'content/events';

/** Files that may sit beside case studies: images a body shows. */
export const CASE_ASSET_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'] as const;

/** Language prefixes the site's pages are mirrored under (design: English at the root). */
export const LANGUAGE_PREFIXES = ['fr', 'ru'] as const;

/** `case-studies/ee/x-road.mdx` → `ee/x-road`. */
export function caseIdFromPath(path: string): string {
	return path
		.replace(/\\/g, '/')
		.replace(new RegExp(`^(?:.*/)?${CASE_STUDIES_DIR}/`), '')
		.replace(/\.mdx$/, '');
}

/** `content/events/unece-2013.mdx` → `unece-2013`. */
export function eventIdFromPath(path: string): string {
	return path
		.replace(/\\/g, '/')
		.replace(/^.*\//, '')
		.replace(/\.mdx$/, '');
}
