import { translationLanguages, type TranslationLanguage } from '../schema/patterns.ts';

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
export const LANGUAGE_PREFIXES = translationLanguages;

const translationSuffix = new RegExp(`\\.(${translationLanguages.join('|')})\\.mdx$`);

/** Whether a case-study file is a translation (`x-road.fr.mdx`) rather than an original. */
export function isTranslationPath(path: string): boolean {
	return translationSuffix.test(path);
}

/** `case-studies/ee/x-road.fr.mdx` → the case it translates and its language; undefined for an original. */
export function translationFromPath(path: string): { caseId: string; lang: TranslationLanguage } | undefined {
	const match = translationSuffix.exec(path);
	if (!match) return undefined;
	return { caseId: caseIdFromPath(path.replace(translationSuffix, '.mdx')), lang: match[1] as TranslationLanguage };
}

/** `ee/x-road`, `fr` → `case-studies/ee/x-road.fr.mdx`. */
export function translationPath(caseId: string, lang: TranslationLanguage): string {
	return `${CASE_STUDIES_DIR}/${caseId}.${lang}.mdx`;
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
	return path
		.replace(/\\/g, '/')
		.replace(/^.*\//, '')
		.replace(/\.mdx$/, '');
}
