/** schema.org JSON-LD for case pages (Article) and event pages (Event). */
import type { EventData } from '../schema/event.ts';
import type { CaseStudy } from './case-studies.ts';

export function caseJsonLd(
	item: CaseStudy,
	ctx: { url: string; countryName: string; domainLabels: string[]; siteName: string; siteUrl: string; licence: string },
): Record<string, unknown> {
	const { data } = item;
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: data.title,
		description: data.summary,
		url: ctx.url,
		mainEntityOfPage: ctx.url,
		inLanguage: item.lang ?? 'en',
		dateModified: data.lastReviewed.toISOString().slice(0, 10),
		about: [
			{ '@type': 'GovernmentService', name: data.title, provider: { '@type': 'GovernmentOrganization', name: data.leadOrganisation } },
			...ctx.domainLabels.map((name) => ({ '@type': 'Thing', name })),
		],
		spatialCoverage: { '@type': 'Country', name: ctx.countryName, identifier: data.country },
		temporalCoverage: data.ended !== undefined ? `${data.started}/${data.ended}` : `${data.started}/..`,
		citation: data.sources.map((s) => ({
			'@type': 'CreativeWork',
			name: s.title,
			publisher: { '@type': 'Organization', name: s.publisher },
			url: s.url,
			...(s.year !== undefined ? { datePublished: String(s.year) } : {}),
		})),
		isPartOf: { '@type': 'WebSite', name: ctx.siteName, url: ctx.siteUrl },
		license: ctx.licence,
	};
}

export function eventJsonLd(data: EventData, ctx: { url: string; countryName: string }): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: data.title,
		description: data.summary,
		url: ctx.url,
		startDate: data.startDate.toISOString().slice(0, 10),
		endDate: data.endDate.toISOString().slice(0, 10),
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		eventStatus: 'https://schema.org/EventScheduled',
		location: { '@type': 'Place', name: data.city, address: { '@type': 'PostalAddress', addressLocality: data.city, addressCountry: data.country } },
		organizer: { '@type': 'Organization', name: data.organiser },
		...(data.url ? { sameAs: data.url } : {}),
	};
}
