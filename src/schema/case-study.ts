/**
 * The front matter of a case study: one schema for the site, the validator, the JSON Schema
 * export and the open-data codebook. Every field is `.describe()`d because those descriptions
 * are the documentation contributors and data users read.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from './taxonomy.ts';
import { calendarDate, currentYear, enumOf, httpsUrl, materialSchema, year } from './fields.ts';

export const levels = ['international', 'national', 'regional', 'local'] as const;
export const statuses = ['pilot', 'active', 'completed', 'discontinued'] as const;

/** A case id: the lower-case country folder and the file's slug, e.g. `ee/x-road`. */
export const caseIdPattern = /^[a-z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function createCaseStudySchema(vocabulary: Vocabulary) {
	const country = enumOf(vocabulary.countries);
	const sourceSchema = z.strictObject({
		title: z.string().min(3).max(300).describe('Title of the cited page or document.'),
		publisher: z.string().min(2).max(200).describe('Organisation or outlet that published it.'),
		url: httpsUrl.describe(
			'Address of the source, https only; for a page served only over http, cite its https://web.archive.org/ copy.',
		),
		year: year.optional().describe('Year the source was published or last updated; leave it out when the source is undated.'),
	});

	const impactSchema = z.strictObject({
		indicator: z.string().min(3).max(200).describe('What was measured, e.g. "Prescriptions issued electronically".'),
		value: z.number().describe('The figure as a number, exactly as the source gives it (no units, no thousands separators).'),
		unit: z.string().min(1).max(60).describe('Unit of the value, e.g. "%", "EUR", "users", "services".'),
		year: year.describe('Year the figure refers to.'),
		source: z
			.int()
			.min(1)
			.describe('Number of the supporting entry in `sources`, counting from 1 (the same number as its footnote).'),
	});

	return z
		.strictObject({
			title: z.string().trim().min(5).max(120).describe('Name of the programme or case study, 5–120 characters.'),
			summary: z
				.string()
				.trim()
				.min(40)
				.max(320)
				.describe('Plain-text summary of what was done and what it achieved, 40–320 characters.'),
			country: country.describe(
				'ISO 3166-1 alpha-2 code of the lead country (upper case, e.g. "EE"); must be a UNECE member State and match the folder the file is in.',
			),
			countries: z
				.array(country)
				.optional()
				.describe('Further countries taking part in a cross-border programme, as ISO codes.'),
			level: z.enum(levels).describe(`Level of government that runs it: ${levels.join(', ')}.`),
			place: z
				.string()
				.min(2)
				.max(120)
				.optional()
				.describe('City or region, for a regional or local programme.'),
			domains: z
				.array(enumOf(vocabulary.domains))
				.min(1)
				.max(3)
				.describe('One to three domain ids from content/domains.yaml; the first is the primary domain.'),
			stage: enumOf(vocabulary.stages).describe('Maturity stage id from content/stages.yaml.'),
			policyMessages: z
				.array(enumOf(vocabulary.policyMessages))
				.default([])
				.describe('Ids of the 2013 conference policy messages this case illustrates, from content/policy-messages.yaml.'),
			leadOrganisation: z.string().min(2).max(200).describe('The body that leads the programme.'),
			started: year.describe('Year the programme started (a pilot counts).'),
			ended: year.optional().describe('Year the programme ended, if it has; not before `started`, not after this year.'),
			status: z.enum(statuses).describe(`Where the programme stands: ${statuses.join(', ')}.`),
			impact: z
				.array(impactSchema)
				.default([])
				.describe('Measured results, each tied to one of the sources.'),
			sources: z
				.array(sourceSchema)
				.min(1)
				.describe('The sources every fact and figure comes from; footnote [^n] cites the n-th source.'),
			materials: z
				.array(materialSchema)
				.default([])
				.describe('Slides, videos, reports, websites, datasets or code about the programme.'),
			presentedAt: z
				.array(
					z.strictObject({
						event: z.string().min(1).describe('Id of an event in content/events (its file name without .mdx).'),
						session: z.string().min(1).optional().describe('Id of the session within that event.'),
					}),
				)
				.default([])
				.describe('Events where a source shows the case was presented.'),
			transfer: z
				.array(
					z.strictObject({
						country: country.describe('ISO code of the country that reused or adapted the idea.'),
						note: z.string().min(10).max(400).describe('What was reused and how, in one or two sentences.'),
					}),
				)
				.default([])
				.describe('Where the idea was reused or adapted abroad.'),
			related: z
				.array(z.string().regex(caseIdPattern, 'must be a case id such as "ee/x-road"'))
				.default([])
				.describe('Ids of related case studies, written as "<country folder>/<file name without .mdx>".'),
			aliases: z
				.array(z.string().regex(/^\/[^\s?#]*$/, 'must be a site path starting with "/", e.g. "/cases/x-road/"'))
				.default([])
				.describe('Old paths of this case that must keep working (they redirect here).'),
			lastReviewed: calendarDate.describe('Date (YYYY-MM-DD) when the facts were last checked against the sources.'),
		})
		.superRefine((data, ctx) => {
			const thisYear = currentYear();
			if (data.started > thisYear) {
				ctx.addIssue({ code: 'custom', path: ['started'], message: `must not be later than this year (${thisYear})` });
			}
			if (data.ended !== undefined) {
				if (data.ended < data.started) {
					ctx.addIssue({ code: 'custom', path: ['ended'], message: `must not be earlier than started (${data.started})` });
				}
				if (data.ended > thisYear) {
					ctx.addIssue({ code: 'custom', path: ['ended'], message: `must not be later than this year (${thisYear})` });
				}
			}
			if ((data.status === 'completed' || data.status === 'discontinued') && data.ended === undefined) {
				ctx.addIssue({ code: 'custom', path: ['status'], message: `a ${data.status} programme needs an \`ended\` year` });
			}
			if (data.lastReviewed.getTime() > Date.now()) {
				ctx.addIssue({ code: 'custom', path: ['lastReviewed'], message: 'must not be in the future' });
			}
			data.impact.forEach((figure, index) => {
				if (figure.source > data.sources.length) {
					ctx.addIssue({
						code: 'custom',
						path: ['impact', index, 'source'],
						message: `refers to source ${figure.source}, but only ${data.sources.length} source${data.sources.length === 1 ? ' is' : 's are'} listed`,
					});
				}
			});
			data.sources.forEach((source, index) => {
				if (source.year !== undefined && source.year > thisYear) {
					ctx.addIssue({ code: 'custom', path: ['sources', index, 'year'], message: `must not be later than this year (${thisYear})` });
				}
			});
			const seen = new Set<string>();
			data.domains.forEach((domain, index) => {
				if (seen.has(domain)) ctx.addIssue({ code: 'custom', path: ['domains', index], message: `"${domain}" is listed twice` });
				seen.add(domain);
			});
			if (data.countries?.includes(data.country)) {
				ctx.addIssue({
					code: 'custom',
					path: ['countries', data.countries.indexOf(data.country)],
					message: `repeats the lead country "${data.country}"; list only the further countries`,
				});
			}
		});
}

export type CaseStudySchema = ReturnType<typeof createCaseStudySchema>;
export type CaseStudyData = z.output<CaseStudySchema>;
