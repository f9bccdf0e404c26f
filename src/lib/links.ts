/**
 * Every internal link goes through `link()`, so that the site works under a sub-path
 * (`BASE_PATH=/kb/`). Route builders name each kind of page once.
 */

/** Joins the deployment base (e.g. `/kb/`) and a site path (e.g. `/case-studies/`). */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${path.replace(/^\/+/, '')}`;
}

const envBase = (): string => (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

export function link(path: string): string {
	return joinBase(envBase(), path);
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
