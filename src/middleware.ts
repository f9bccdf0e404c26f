/**
 * Gives every page its language and what depends on it, once, so that no component takes a
 * `lang` prop (Astro's recommended pattern, as Starlight does): `Astro.locals.t` is the
 * dictionary of the page's language and `Astro.locals.link` builds addresses in it.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { defaultLang, useTranslations, type Lang } from './i18n/ui.ts';
import { caseIdOfPath, link, splitLanguage, withoutBase } from './lib/links.ts';

let translated: Promise<Set<string>> | undefined;

/** `fr/ee/x-road`, … : every case that has a page in a language other than English. */
function translatedCases(): Promise<Set<string>> {
	const read = async () => new Set((await getCollection('caseTranslations')).map((entry) => entry.id));
	if (import.meta.env.DEV) return read();
	translated ??= read();
	return translated;
}

export const onRequest = defineMiddleware(async (context, next) => {
	// The language is the first segment of the path only. Astro's `currentLocale` matches a
	// locale anywhere in the path, and the country folders of France and the Russian Federation
	// are `fr` and `ru`: /case-studies/fr/… is an English page.
	const { lang } = splitLanguage(withoutBase(context.url.pathname));
	const cases = await translatedCases();
	const hasPage = (path: string, target: Lang) => {
		if (target === defaultLang) return true;
		const id = caseIdOfPath(path);
		return id === undefined || cases.has(`${target}/${id}`);
	};
	context.locals.lang = lang;
	context.locals.t = useTranslations(lang);
	context.locals.hasPage = hasPage;
	context.locals.link = (path: string) => link(path, lang, hasPage);
	return next();
});
