/** The front matter of an event page (`content/events/<slug>.mdx`): a conference and its sessions. */
import { z } from 'astro/zod';
import { slugPattern } from './patterns.ts';
import type { Vocabulary } from './taxonomy.ts';
import { calendarDate, enumOf, materialSchema, webUrl, checkUnsafeCharacters } from './fields.ts';

export function createEventSchema(vocabulary: Vocabulary) {
	return z
		.strictObject({
			title: z.string().trim().min(5).max(160).describe('Full name of the event.'),
			summary: z.string().trim().min(40).max(400).describe('Plain-text summary of the event, 40–400 characters.'),
			startDate: calendarDate.describe('First day of the event (YYYY-MM-DD).'),
			endDate: calendarDate.describe('Last day of the event (YYYY-MM-DD); the same as startDate for a one-day event.'),
			city: z.string().min(2).max(80).describe('City where the event took place.'),
			country: enumOf(vocabulary.countries).describe('ISO code of the host country.'),
			organiser: z.string().min(2).max(200).describe('Body that organised the event.'),
			url: webUrl.optional().describe('The event’s own page, as its organiser published it.'),
			participants: z
				.string()
				.max(300)
				.optional()
				.describe('Who took part, in words and with figures only as the organiser reported them.'),
			sessions: z
				.array(
					z.strictObject({
						id: z.string().regex(slugPattern, 'must be lower-case words joined by hyphens').describe('Identifier of the session, used by case studies’ `presentedAt.session`.'),
						title: z.string().min(3).max(200).describe('Title or theme of the session.'),
						domains: z.array(enumOf(vocabulary.domains)).default([]).describe('Domain ids the session relates to.'),
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
						title: z.string().min(3),
						publisher: z.string().min(2),
						url: webUrl,
						year: z.int().min(1950).max(2100),
					}),
				)
				.min(1)
				.describe('Where the facts about the event come from.'),
		})
		// Runs even when a field failed: unsafe characters are named in the same run.
		.superRefine((data, ctx) => checkUnsafeCharacters(data, ctx), { when: () => true })
		.superRefine((data, ctx) => {
			if (data.endDate < data.startDate) {
				ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
			}
			const ids = new Set<string>();
			data.sessions.forEach((session, index) => {
				if (ids.has(session.id)) ctx.addIssue({ code: 'custom', path: ['sessions', index, 'id'], message: `"${session.id}" is used twice` });
				ids.add(session.id);
			});
		});
}

export type EventData = z.output<ReturnType<typeof createEventSchema>>;
