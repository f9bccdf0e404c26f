/**
 * The front matter of a case study's translation (`case-studies/ee/x-road.fr.mdx`, beside its
 * original). A translation carries only the texts a reader sees in their language; every fact
 * (sources, figures, years, stage, codes) stays in the English original and is never repeated,
 * so a translation cannot drift from its original's facts. Its lists of texts (results,
 * challenges, transfers) follow the original's, item for item; the validator checks that, and
 * that the body keeps the original's citations and figures.
 */
import { z } from 'astro/zod';
import { calendarDate } from './fields.ts';
import { textLimits } from './case-study.ts';

export { translationLanguages, type TranslationLanguage } from './patterns.ts';

export const translationMethods = ['machine', 'human'] as const;

/**
 * French and Russian run about a fifth longer than English, so a translated text may be a
 * quarter longer than the English limit: a faithful translation never has to cut a fact.
 */
const longer = (max: number) => Math.round(max * 1.25);

const text = (min: number, max: number, what: string) => z.string().trim().min(min).max(longer(max)).describe(what);

export function createCaseTranslationSchema() {
	return z.strictObject({
		translation: z
			.strictObject({
				from: z.literal('en').describe('Language of the original: en (English).'),
				method: z.enum(translationMethods).describe(`How it was translated: ${translationMethods.join(' or ')}. The page says so.`),
				reviewed: calendarDate.describe(
					'Date (YYYY-MM-DD) the translation was last compared with its original; an original reviewed later makes the translation out of date.',
				),
			})
			.describe('Where the translation comes from.'),
		title: text(textLimits.title.min, textLimits.title.max, 'The title, translated.'),
		summary: text(textLimits.summary.min, textLimits.summary.max, 'The summary, translated.'),
		leadOrganisation: text(textLimits.leadOrganisation.min, textLimits.leadOrganisation.max, 'The lead organisation’s name in this language.').optional(),
		place: text(textLimits.place.min, textLimits.place.max, 'The city or region, translated; only when the original has `place`.').optional(),
		impact: z
			.array(
				z.strictObject({
					indicator: text(3, 200, 'What was measured, translated.'),
					unit: text(1, 60, 'The unit, translated.'),
				}),
			)
			.default([])
			.describe('The texts of the original’s results, item for item in the same order.'),
		challenges: z
			.array(z.strictObject({ text: text(10, 400, 'The challenge, translated.') }))
			.default([])
			.describe('The original’s challenges, item for item in the same order.'),
		endedBecause: z
			.strictObject({ text: text(10, 400, 'Why the programme ended, translated.') })
			.optional()
			.describe('Only when the original has `endedBecause`.'),
		transfer: z
			.array(z.strictObject({ note: text(10, 400, 'What was reused and how, translated.') }))
			.default([])
			.describe('The notes of the original’s transfers, item for item in the same order.'),
	});
}

export type CaseTranslationSchema = ReturnType<typeof createCaseTranslationSchema>;
export type CaseTranslationData = z.output<CaseTranslationSchema>;
