/**
 * The languages every page is built in. Pages live under `src/pages/[...lang]/`: English has
 * no prefix (`lang` undefined), French and Russian are `/fr/…` and `/ru/…`.
 */
import { defaultLang, languages, type Lang } from './ui.ts';

export const siteLanguages = Object.keys(languages) as Lang[];

/** The `lang` route parameter of a language: none for English, which stays at the root. */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/** getStaticPaths of a page that exists once per language. */
export function languageParams(): { params: { lang: string | undefined } }[] {
	return siteLanguages.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/**
 * getStaticPaths of a page kind that exists once per entry and language: every path in every
 * language, or only where `include` says the entry has a page in that language.
 */
export function inEveryLanguage<P extends Record<string, string | undefined>, Props>(
	paths: readonly { params: P; props?: Props }[],
	include: (path: { params: P; props?: Props }, lang: Lang) => boolean = () => true,
): { params: P & { lang: string | undefined }; props?: Props }[] {
	return siteLanguages.flatMap((lang) =>
		paths.filter((path) => include(path, lang)).map((path) => ({ ...path, params: { ...path.params, lang: langParam(lang) } })),
	);
}
