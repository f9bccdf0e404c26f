/** The front matter of an event page (`content/events/<slug>.mdx`): a conference and its sessions. */
import { z } from 'astro/zod';
import { slugPattern } from './patterns.ts';
import type { Vocabulary } from './taxonomy.ts';
import { calendarDate, currentYear, enumOf, materialSchema, webUrl, checkUnsafeCharacters } from './fields.ts';

/** Length bounds of the free-text fields, in characters: the schema and the scaffold read them here. */
export const eventTextLimits = {
	title: { min: 5, max: 160 },
	summary: { min: 40, max: 400 },
	city: { min: 2, max: 80 },
	organiser: { min: 2, max: 200 },
} as const;

export function createEventSchema(vocabulary: Vocabulary) {
	const limits = eventTextLimits;
	return (
		z
			.strictObject({
				title: z
					.string()
					.trim()
					.min(limits.title.min)
					.max(limits.title.max)
					.describe(`Full name of the event, ${limits.title.min}–${limits.title.max} characters.`),
				summary: z
					.string()
					.trim()
					.min(limits.summary.min)
					.max(limits.summary.max)
					.describe(`Plain-text summary of the event, ${limits.summary.min}–${limits.summary.max} characters.`),
				startDate: calendarDate.describe('First day of the event (YYYY-MM-DD).'),
				endDate: calendarDate.describe('Last day of the event (YYYY-MM-DD); the same as startDate for a one-day event.'),
				city: z.string().min(limits.city.min).max(limits.city.max).describe('City where the event took place.'),
				country: enumOf(vocabulary.countries).describe('ISO code of the host country.'),
				organiser: z.string().min(limits.organiser.min).max(limits.organiser.max).describe('Body that organised the event.'),
				url: webUrl.optional().describe('The event’s own page, as its organiser published it.'),
				participants: z.string().max(300).optional().describe('Who took part, in words and with figures only as the organiser reported them.'),
				sessions: z
					.array(
						z.strictObject({
							id: z
								.string()
								.regex(slugPattern, 'must be lower-case words joined by hyphens')
								.describe(
									'Identifier of the session, unique within the event: case studies name it in `presentedAt.session`, and the session’s address is the event page’s address followed by #session-<id>.',
								),
							title: z.string().min(3).max(200).describe('Title or theme of the session.'),
							domains: z.array(enumOf(vocabulary.domains)).default([]).describe('Domain ids the session relates to, from content/domains.yaml.'),
							materials: z.array(materialSchema).default([]).describe('Slides, videos or reports of the session.'),
						}),
					)
					.default([])
					.describe('Sessions of the event, in programme order.'),
				policyMessages: z
					.array(enumOf(vocabulary.policyMessages))
					.default([])
					.describe('Policy messages the event concluded with, as ids from content/policy-messages.yaml.'),
				materials: z.array(materialSchema).default([]).describe('Materials of the whole event.'),
				sources: z
					.array(
						z.strictObject({
							title: z.string().min(3).describe('Title of the cited page or document.'),
							publisher: z.string().min(2).describe('Organisation or outlet that published it.'),
							url: webUrl.describe('Address of the source, as its publisher gave it (http or https).'),
							year: z.int().min(1950).max(2100).describe('Year the source was published.'),
						}),
					)
					.min(1)
					.describe('Where the facts about the event come from; footnote [^n] in the text cites the n-th.'),
			})
			// Rules between fields run even when a field failed, so that one run names every mistake;
			// `data` may then hold raw values, and each rule checks the types it relies on.
			.superRefine(
				(data, ctx) => {
					if (data !== null && typeof data === 'object') eventCrossFieldRules(data as Partial<Record<string, unknown>>, ctx);
				},
				{ when: () => true },
			)
	);
}

const recordsOf = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value) ? value.map((item: unknown) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];

/** A YAML date or "YYYY-MM-DD" text as a time, or undefined when it is neither. */
function timeOf(value: unknown): number | undefined {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
		const time = Date.parse(`${value}T00:00:00Z`);
		return Number.isNaN(time) ? undefined : time;
	}
	return undefined;
}

/** Every entry of a list of ids after its first, with its index, that repeats an earlier one. */
function repeats(values: unknown): [string, number][] {
	if (!Array.isArray(values)) return [];
	const seen = new Set<unknown>();
	const out: [string, number][] = [];
	values.forEach((value: unknown, index) => {
		if (typeof value === 'string' && seen.has(value)) out.push([value, index]);
		seen.add(value);
	});
	return out;
}

interface IssueSink {
	addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}

/** Rules between fields of an event: dates in order, session ids unique, no id listed twice. */
function eventCrossFieldRules(data: Partial<Record<string, unknown>>, ctx: IssueSink): void {
	checkUnsafeCharacters(data, ctx);
	const start = timeOf(data['startDate']);
	const end = timeOf(data['endDate']);
	if (start !== undefined && end !== undefined && end < start) {
		ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
	}
	const sessions = recordsOf(data['sessions']);
	for (const [id, index] of repeats(sessions.map((session) => session['id']))) {
		ctx.addIssue({ code: 'custom', path: ['sessions', index, 'id'], message: `"${id}" is used twice; each session needs its own id` });
	}
	sessions.forEach((session, index) => {
		for (const [id, at] of repeats(session['domains']))
			ctx.addIssue({ code: 'custom', path: ['sessions', index, 'domains', at], message: `"${id}" is listed twice` });
	});
	for (const [id, at] of repeats(data['policyMessages'])) ctx.addIssue({ code: 'custom', path: ['policyMessages', at], message: `"${id}" is listed twice` });
	const thisYear = currentYear();
	recordsOf(data['sources']).forEach((source, index) => {
		const year = source['year'];
		if (typeof year === 'number' && year > thisYear) {
			ctx.addIssue({ code: 'custom', path: ['sources', index, 'year'], message: `must not be later than this year (${thisYear})` });
		}
	});
}

export type EventData = z.output<ReturnType<typeof createEventSchema>>;
