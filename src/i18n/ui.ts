/**
 * Every user-facing string of the interface, keyed by language. Components never hold literal
 * UI text: they call `useTranslations(lang)`. French and Russian come next; a missing key in
 * another language falls back to English.
 */
export const languages = { en: 'English' } as const;
export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';

export const ui = {
	en: {
		'site.name': 'Public Sector Innovation Knowledge Base',
		'site.shortName': 'PSI Knowledge Base',
		'site.tagline': 'Cross-border policy learning for the UNECE region',
		'site.description':
			'Case studies of public-sector innovation programmes from the UNECE region: what was done, who led it, what it achieved and whether it would transfer.',
		'nav.label': 'Main',
		'nav.home': 'Home',
		'nav.caseStudies': 'Case studies',
		'nav.search': 'Search',
		'header.search.label': 'Search the knowledge base',
		'header.search.button': 'Search',
		'search.title': 'Search case studies',
		'search.lead': 'Search the full text of every case study, then narrow the results by country, region, domain, maturity stage and more. The address of this page keeps your search, so you can bookmark it or share it.',
		'search.label': 'Words to search for',
		'search.hint': 'For example: participatory budgeting, digital identity, e-procurement',
		'search.button': 'Search',
		'search.noscript': 'Search needs JavaScript, which is turned off or blocked in your browser. You can still browse every case study, grouped by country:',
		'search.devNotice': 'The development server has no search index. Run “npm run build” and then “npm run preview” (or “npm start”) to try search.',
		'search.loadError': 'Search could not be loaded. Try reloading the page, or browse all case studies instead.',
		'search.filters': 'Filter results',
		'search.filters.help': 'Several choices in one group widen the search (any of them); choices in different groups narrow it (all of them).',
		'search.sort': 'Sort by',
		'sort.relevance': 'Best match',
		'sort.started': 'Start year, newest first',
		'sort.started-asc': 'Start year, oldest first',
		'sort.title': 'Title, A to Z',
		'facet.stage': 'Maturity stage',
		'facet.domain': 'Domain',
		'facet.region': 'Region',
		'facet.country': 'Country',
		'facet.level': 'Level of government',
		'facet.status': 'Status',
		'facet.policy': 'Policy message',
		'facet.decade': 'Decade started',
		'facet.type': 'Type',
		'search.count.zero': 'No results',
		'search.count.one': '1 result',
		'search.count': '{count} results',
		'search.searching': 'Searching…',
		'search.more': 'Show more results',
		'search.active': 'Active filters',
		'search.remove': 'Remove filter {group}: {label}',
		'search.clearAll': 'Clear all filters',
		'search.empty': 'No case study matches this search.',
		'search.empty.narrowest': 'Try removing the narrowest filter:',
		'search.empty.query': 'Check the spelling, or try fewer or more general words.',
		'search.started': 'Started {year}',
		'search.copyLink': 'Link to this search',
		'skip.toContent': 'Skip to main content',
		'footer.licence': 'Case studies are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0); the code under the MIT licence.',
		'footer.source': 'Source code and contribution guide',
		'footer.origin':
			'Built in answer to the UNECE International Conference on Innovation in the Public Sector (Geneva, October 2013), which called for a platform for cross-border policy learning.',
		'home.title': 'Learn from other countries’ public-sector innovation',
		'home.lead':
			'Governments across the UNECE region innovate at very different stages. This knowledge base collects structured, sourced case studies of their programmes so that policymakers can see what others did, how it was governed, what it achieved and whether it would work at home.',
		'home.counts': 'The knowledge base in numbers',
		'home.count.cases': 'case studies',
		'home.count.countries': 'countries',
		'home.count.domains': 'policy domains',
		'home.browse': 'Browse all case studies',
		'home.byStage': 'By maturity stage',
		'home.byStage.lead': 'The four stages form an ordered scale, from digitising selected services to innovation mainstreamed across government.',
		'home.byDomain': 'By policy domain',
		'home.newest': 'Recently reviewed case studies',
		'home.contribute': 'Add a case study',
		'home.contribute.text': 'Civil servants and researchers can add or correct a case study with a pull request of one file.',
		'cases.title': 'All case studies',
		'cases.lead': 'Every case study in the knowledge base, grouped by country. Each names its maturity stage, its domains and the years it ran.',
		'cases.countryCount': '{count} case studies',
		'cases.countryCount.one': '1 case study',
		'cases.jump': 'Jump to a country',
		'case.summary': 'Summary',
		'case.facts': 'Facts',
		'case.country': 'Country',
		'case.otherCountries': 'Also involving',
		'case.level': 'Level of government',
		'case.place': 'Place',
		'case.domains': 'Domains',
		'case.primaryDomain': 'primary',
		'case.stage': 'Maturity stage',
		'case.leadOrganisation': 'Lead organisation',
		'case.years': 'Years',
		'case.status': 'Status',
		'case.policyMessages': 'Policy messages',
		'case.lastReviewed': 'Facts last checked',
		'case.impact': 'Measured results',
		'case.impact.indicator': 'Indicator',
		'case.impact.value': 'Value',
		'case.impact.year': 'Year',
		'case.impact.source': 'Source',
		'case.impact.caption': 'Figures as reported by the sources cited.',
		'case.sources': 'Sources',
		'case.materials': 'Materials',
		'case.transfer': 'Reused or adapted in',
		'case.since': 'since {year}',
		'case.none': 'None recorded',
		'case.breadcrumb': 'Breadcrumb',
		'case.stageScale': 'Stage {order} of {total}',
		'level.international': 'International',
		'level.national': 'National',
		'level.regional': 'Regional',
		'level.local': 'Local',
		'status.pilot': 'Pilot',
		'status.active': 'Active',
		'status.completed': 'Completed',
		'status.discontinued': 'Discontinued',
		'material.slides': 'Slides',
		'material.video': 'Video',
		'material.report': 'Report',
		'material.website': 'Website',
		'material.dataset': 'Dataset',
		'material.code': 'Code',
		'notFound.title': 'Page not found',
		'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
		'notFound.home': 'Go to the home page',
		'notFound.cases': 'Browse all case studies',
		'opens.external': '(external site)',
	},
} as const;

export type UiKey = keyof (typeof ui)['en'];

export function useTranslations(lang: Lang) {
	return function t(key: UiKey, values: Record<string, string | number> = {}): string {
		const dictionary: Partial<Record<UiKey, string>> = ui[lang];
		const template = dictionary[key] ?? ui[defaultLang][key];
		return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
	};
}

/** Locale-aware formatting; every number and date on a page goes through these. */
export function formatNumber(lang: Lang, value: number): string {
	return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatDate(lang: Lang, date: Date): string {
	return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
