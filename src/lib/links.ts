/**
 * Every internal link goes through `link()`, so that the site works under a sub-path
 * (`BASE_PATH=/kb/`) and in each language (`/fr/…`, `/ru/…`; English at the root). Route
 * builders name each kind of page once, without a language; pages and components call the
 * `link` that middleware puts in `Astro.locals`, which adds theirs.
 */
import { casePathPattern, translationLanguages, type TranslationLanguage } from '../schema/patterns.ts';
import type { Lang } from '../i18n/ui.ts';

/** Joins the deployment base (e.g. `/kb/`) and a site path (e.g. `/case-studies/`). */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

const envBase = (): string => (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A file (data, feed, schema, image) is the same in every language: it has an extension. */
const isFile = (path: string) => /\.[a-z0-9]{2,5}$/i.test(path.split(/[?#]/)[0] ?? '');

/**
 * The path of a page in a language: `/case-studies/` → `/fr/case-studies/`. Files keep their
 * one address, and English stays at the root.
 */
export function languagePath(path: string, lang: Lang): string {
	if (lang === 'en' || isFile(path)) return path;
	return `/${lang}/${path.replace(/^\/+/, '')}`;
}

/**
 * A data file a page of one language reads (`/data/compare.json` → `/fr/data/compare.json`):
 * unlike the open data, these carry the page's labels and texts, so each language has its own.
 */
export function pageDataLink(path: string, lang: Lang): string {
	return joinBase(envBase(), lang === 'en' ? path : `/${lang}${path}`);
}

/** The language a site path (below the base) is in, and the path without its language. */
export function splitLanguage(path: string): { lang: Lang; path: string } {
	const match = /^\/(\w\w)(\/.*|$)/.exec(path);
	const prefix = match?.[1];
	if (prefix && (translationLanguages as readonly string[]).includes(prefix)) return { lang: prefix as TranslationLanguage, path: match?.[2] || '/' };
	return { lang: 'en', path };
}

/** The case id in a case page's path, or undefined for any other page. */
export function caseIdOfPath(path: string): string | undefined {
	return casePathPattern.exec(path.split(/[?#]/)[0] ?? '')?.[1];
}

/**
 * The address of a site path in a language, under the base. `hasPage` says whether the page
 * exists in that language (a case without a translation has no page there); when it does not,
 * the link goes to the English page.
 */
export function link(path: string, lang: Lang = 'en', hasPage: (path: string, lang: Lang) => boolean = () => true): string {
	return joinBase(envBase(), hasPage(path, lang) ? languagePath(path, lang) : path);
}

/** Strips the deployment base from a pathname: `/kb/fr/countries/` → `/fr/countries/`. */
export function withoutBase(pathname: string): string {
	const base = envBase().replace(/\/+$/, '');
	return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

export const routes = {
	home: () => '/',
	caseStudies: () => '/case-studies/',
	search: (query = '') => `/search/${query ? `?${query}` : ''}`,
	caseStudy: (id: string) => `/case-studies/${id}/`,
	countryAnchor: (code: string) => `/case-studies/#country-${code.toLowerCase()}`,
	countries: () => '/countries/',
	country: (code: string) => `/countries/${code.toLowerCase()}/`,
	compare: (region?: string) => (region ? `/compare/${region}/` : '/compare/'),
	compareCases: (ids: readonly string[] = []) => `/compare/cases/${ids.length ? `?ids=${ids.join(',')}` : ''}`,
	domains: () => '/domains/',
	domain: (id: string) => `/domains/${id}/`,
	stages: () => '/stages/',
	stage: (id: string) => `/stages/${id}/`,
	policyMessages: () => '/policy-messages/',
	policyMessage: (id: string) => `/policy-messages/${id}/`,
	compareData: () => '/data/compare.json',
	events: () => '/events/',
	event: (id: string) => `/events/${id}/`,
	data: () => '/data/',
	rss: () => '/rss.xml',
	contribute: () => '/contribute/',
	results: () => '/results/',
	transfers: () => '/transfers/',
	compareCountries: (a?: string, b?: string) => `/compare/countries/${a && b ? `?a=${a}&b=${b}` : ''}`,
	schema: () => '/schema/case-study.json',
	eventSchema: () => '/schema/event.json',
	eventsData: () => '/data/events.json',
	organise: () => '/events/organise/',
} as const;
