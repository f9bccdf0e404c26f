/**
 * The open-data export of the events (/data/events.json): one record per event with every
 * front-matter field, its sessions with their materials, and the case studies presented at
 * each, so that an organiser's programme and the knowledge base can be joined by id.
 *
 * As in /data/case-studies.json, `url` is the record's stable address on this site (for a
 * session, the event page's `#session-<id>` anchor); the event's own page, `url` in the front
 * matter, is exported as `website`. Dates are `YYYY-MM-DD`.
 */
import type { EventData } from '../schema/event.ts';
import type { Material } from '../schema/fields.ts';
import type { CaseStudy } from './case-studies.ts';

/** A case study presented at an event: enough to list and link it. */
export interface PresentedCase {
	id: string;
	title: string;
	url: string;
}

export interface EventSessionRecord {
	id: string;
	url: string;
	title: string;
	domains: string[];
	materials: Material[];
	cases: PresentedCase[];
}

export interface EventRecord {
	id: string;
	url: string;
	title: string;
	summary: string;
	startDate: string;
	endDate: string;
	city: string;
	country: string;
	organiser: string;
	website?: string;
	participants?: string;
	policyMessages: string[];
	materials: Material[];
	sessions: EventSessionRecord[];
	/** Every case presented at the event, with the ids of the sessions it was presented in (none when the case names no session). */
	cases: (PresentedCase & { sessions: string[] })[];
	sources: EventData['sources'];
}

/** The stable addresses the records link to, absolute (the export is read away from the site). */
export interface ExportUrls {
	event: (id: string) => string;
	caseStudy: (id: string) => string;
}

/** The `#…` anchor of a session on its event page: the one place this anchor is spelt. */
export const sessionAnchorId = (id: string): string => `session-${id}`;

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The records of every event, by id, with the cases presented at each (by case id). */
export function eventRecords(events: readonly { id: string; data: EventData }[], cases: readonly CaseStudy[], urls: ExportUrls): EventRecord[] {
	const sortedCases = [...cases].sort((a, b) => a.id.localeCompare(b.id));
	return [...events]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, data }) => {
			const url = urls.event(id);
			const presented = sortedCases.flatMap((item) => {
				const entries = item.data.presentedAt.filter((p) => p.event === id);
				if (entries.length === 0) return [];
				const sessions = [...new Set(entries.flatMap((p) => (p.session ? [p.session] : [])))];
				return [{ id: item.id, title: item.data.title, url: urls.caseStudy(item.id), sessions }];
			});
			return {
				id,
				url,
				title: data.title,
				summary: data.summary,
				startDate: day(data.startDate),
				endDate: day(data.endDate),
				city: data.city,
				country: data.country,
				organiser: data.organiser,
				...(data.url !== undefined ? { website: data.url } : {}),
				...(data.participants !== undefined ? { participants: data.participants } : {}),
				policyMessages: data.policyMessages,
				materials: data.materials,
				sessions: data.sessions.map((session) => ({
					id: session.id,
					url: `${url}#${sessionAnchorId(session.id)}`,
					title: session.title,
					domains: session.domains,
					materials: session.materials,
					cases: presented.filter((c) => c.sessions.includes(session.id)).map(({ sessions: _sessions, ...c }) => c),
				})),
				cases: presented,
				sources: data.sources,
			};
		});
}
