/**
 * The front matter of a case study: one schema for the site, the validator, the JSON Schema
 * export and the open-data codebook. Every field is `.describe()`d because those descriptions
 * are the documentation contributors and data users read.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from './taxonomy.ts';
import { caseIdPattern } from './patterns.ts';
import { calendarDate, currentYear, enumOf, httpsUrl, materialSchema, checkUnsafeCharacters, sourceBoundProblem, year } from './fields.ts';
import { aliasPattern, aliasRule, maxAliasLength, maxAliasSegmentLength } from './alias.ts';

export const levels = ['international', 'national', 'regional', 'local'] as const;
export const statuses = ['pilot', 'active', 'completed', 'discontinued'] as const;

/** A case id: the lower-case country folder and the file's slug, e.g. `ee/x-road`. */
export { caseIdPattern };

/** Length bounds of the free-text fields, in characters: the schema, the scaffold and the form read them here. */
export const textLimits = {
	title: { min: 5, max: 120 },
	summary: { min: 40, max: 320 },
	place: { min: 2, max: 120 },
	leadOrganisation: { min: 2, max: 200 },
} as const;

const range = (field: keyof typeof textLimits) => `${textLimits[field].min}–${textLimits[field].max}`;

export function createCaseStudySchema(vocabulary: Vocabulary) {
	const country = enumOf(vocabulary.countries);
	const sourceSchema = z.strictObject({
		title: z.string().min(3).max(300).describe('Title of the cited page or document.'),
		publisher: z.string().min(2).max(200).describe('Organisation or outlet that published it.'),
		url: httpsUrl.describe('Address of the source, https only; for a page served only over http, cite its https://web.archive.org/ copy.'),
		year: year.optional().describe('Year the source was published or last updated; leave it out when the source is undated.'),
	});

	/** The number of an entry in `sources`, counting from 1; the bound is a cross-field rule. */
	const sourceNumber = z.int().min(1).describe('Number of the supporting entry in `sources`, counting from 1 (the same number as its footnote).');

	/** A sentence about the case with the source that says so. */
	const sourcedText = (what: string) =>
		z.strictObject({
			text: z.string().trim().min(10).max(400).describe(what),
			source: sourceNumber,
		});

	const impactSchema = z.strictObject({
		indicator: z.string().min(3).max(200).describe('What was measured, e.g. "Prescriptions issued electronically".'),
		kind: enumOf(vocabulary.resultKinds).describe(
			'Kind of result, an id from content/result-kinds.yaml (e.g. cost-saved, uptake), so that results of one kind can be compared across cases.',
		),
		value: z.number().describe('The figure as a number, exactly as the source gives it (no units, no thousands separators).'),
		unit: z.string().min(1).max(60).describe('Unit of the value, e.g. "%", "EUR", "users", "services".'),
		year: year.describe('Year the figure refers to.'),
		source: sourceNumber,
	});

	return (
		z
			.strictObject({
				title: z
					.string()
					.trim()
					.min(textLimits.title.min)
					.max(textLimits.title.max)
					.describe(`Name of the programme or case study, ${range('title')} characters.`),
				summary: z
					.string()
					.trim()
					.min(textLimits.summary.min)
					.max(textLimits.summary.max)
					.describe(`Plain-text summary of what was done and what it achieved, ${range('summary')} characters.`),
				country: country.describe(
					'ISO 3166-1 alpha-2 code of the lead country (upper case, e.g. "EE"); must be a UNECE member State and match the folder the file is in.',
				),
				countries: z.array(country).optional().describe('Further countries taking part in a cross-border programme, as ISO codes.'),
				level: z.enum(levels).describe(`Level of government that runs it: ${levels.join(', ')}.`),
				place: z.string().min(textLimits.place.min).max(textLimits.place.max).optional().describe('City or region, for a regional or local programme.'),
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
				leadOrganisation: z.string().min(textLimits.leadOrganisation.min).max(textLimits.leadOrganisation.max).describe('The body that leads the programme.'),
				started: year.describe('Year the programme started (a pilot counts).'),
				ended: year.optional().describe('Year the programme ended, if it has; not before `started`, not after this year.'),
				status: z.enum(statuses).describe(`Where the programme stands: ${statuses.join(', ')}.`),
				impact: z.array(impactSchema).default([]).describe('Measured results, each tied to one of the sources.'),
				sources: z.array(sourceSchema).min(1).describe('The sources every fact and figure comes from; footnote [^n] cites the n-th source.'),
				materials: z.array(materialSchema).default([]).describe('Slides, videos, reports, websites, datasets or code about the programme.'),
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
							case: z
								.string()
								.regex(caseIdPattern, 'must be a case id such as "md/mtender"')
								.optional()
								.describe("Id of the adopting country's own case study, when the knowledge base has one (its folder is that country)."),
						}),
					)
					.default([])
					.describe('Where the idea was reused or adapted abroad.'),
				conditions: z
					.array(enumOf(vocabulary.conditions))
					.min(1)
					.max(6)
					.describe('One to six conditions for success that the sources show mattered, ids from content/conditions.yaml.'),
				evidence: z
					.strictObject({
						level: enumOf(vocabulary.evidenceLevels).describe(
							'How strong the evidence for the results is, an id from content/evidence-levels.yaml (ordered from self-reported to independent evaluation).',
						),
						source: sourceNumber,
					})
					.describe('The strongest evidence the sources give for the results, and the source that gives it.'),
				challenges: z
					.array(sourcedText('What went wrong, was hard or was criticised, in one or two sentences.'))
					.min(1)
					.describe('At least one thing that went wrong, was hard, or was criticised, each with its source.'),
				endedBecause: sourcedText('Why the programme ended, in one or two sentences.')
					.optional()
					.describe('Why the programme ended, with its source; required when `status` is completed or discontinued.'),
				related: z
					.array(z.string().regex(caseIdPattern, 'must be a case id such as "ee/x-road"'))
					.default([])
					.describe('Ids of related case studies, written as "<country folder>/<file name without .mdx>".'),
				aliases: z
					.array(
						z
							.string()
							.max(maxAliasLength, `an alias has at most ${maxAliasLength} characters`)
							.regex(aliasPattern, `must be ${aliasRule}`)
							.refine(
								(alias) => alias.split('/').every((part) => part.length <= maxAliasSegmentLength),
								`each part of an alias has at most ${maxAliasSegmentLength} characters`,
							),
					)
					.default([])
					.describe('Old paths of this case that must keep working (they redirect here).'),
				lastReviewed: calendarDate.describe('Date (YYYY-MM-DD) when the facts were last checked against the sources.'),
			})
			// Cross-field rules run even when a field failed, so that one run names every mistake;
			// `data` may then hold raw values, and each rule checks the types it relies on.
			.superRefine(
				(data, ctx) => {
					if (data !== null && typeof data === 'object') crossFieldRules(data as Partial<Record<string, unknown>>, ctx);
				},
				{ when: () => true },
			)
	);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const recordsOf = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value) ? value.map((item: unknown) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];

interface IssueSink {
	addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}

/** Rules between fields of a case study (years in order, source numbers in range, no repeats). */
function crossFieldRules(data: Partial<Record<string, unknown>>, ctx: IssueSink): void {
	checkUnsafeCharacters(data, ctx);
	const thisYear = currentYear();
	const { started, ended, status, lastReviewed, domains, countries, country } = data;
	if (isNumber(started) && started > thisYear) {
		ctx.addIssue({ code: 'custom', path: ['started'], message: `must not be later than this year (${thisYear})` });
	}
	if (isNumber(ended)) {
		if (isNumber(started) && ended < started) {
			ctx.addIssue({ code: 'custom', path: ['ended'], message: `must not be earlier than started (${started})` });
		}
		if (ended > thisYear) {
			ctx.addIssue({ code: 'custom', path: ['ended'], message: `must not be later than this year (${thisYear})` });
		}
	}
	if ((status === 'completed' || status === 'discontinued') && ended === undefined) {
		ctx.addIssue({ code: 'custom', path: ['status'], message: `a ${status} programme needs an \`ended\` year` });
	}
	if ((status === 'completed' || status === 'discontinued') && data.endedBecause === undefined) {
		ctx.addIssue({ code: 'custom', path: ['status'], message: `a ${status} programme needs \`endedBecause\`: why it ended, with the number of its source` });
	}
	if (lastReviewed instanceof Date && lastReviewed.getTime() > Date.now()) {
		ctx.addIssue({ code: 'custom', path: ['lastReviewed'], message: 'must not be in the future' });
	}
	if (Array.isArray(data.sources)) {
		// One bound for every field that cites a source by number.
		const count = data.sources.length;
		const cited: [PropertyKey[], unknown][] = [
			...recordsOf(data.impact).map((figure, index): [PropertyKey[], unknown] => [['impact', index, 'source'], figure['source']]),
			...recordsOf(data.challenges).map((challenge, index): [PropertyKey[], unknown] => [['challenges', index, 'source'], challenge['source']]),
			...(['evidence', 'endedBecause'] as const).flatMap((key): [PropertyKey[], unknown][] =>
				recordsOf(data[key] === undefined ? [] : [data[key]]).map((entry) => [[key, 'source'], entry['source']]),
			),
		];
		for (const [path, source] of cited) {
			const problem = isNumber(source) ? sourceBoundProblem(source, count) : undefined;
			if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
		}
	}
	if (Array.isArray(data.conditions)) {
		const seen = new Set<unknown>();
		data.conditions.forEach((condition: unknown, index) => {
			if (typeof condition === 'string' && seen.has(condition))
				ctx.addIssue({ code: 'custom', path: ['conditions', index], message: `"${condition}" is listed twice` });
			seen.add(condition);
		});
	}
	recordsOf(data.sources).forEach((source, index) => {
		if (isNumber(source['year']) && source['year'] > thisYear) {
			ctx.addIssue({ code: 'custom', path: ['sources', index, 'year'], message: `must not be later than this year (${thisYear})` });
		}
	});
	if (Array.isArray(domains)) {
		const seen = new Set<unknown>();
		domains.forEach((domain: unknown, index) => {
			if (typeof domain === 'string' && seen.has(domain)) ctx.addIssue({ code: 'custom', path: ['domains', index], message: `"${domain}" is listed twice` });
			seen.add(domain);
		});
	}
	if (Array.isArray(countries) && typeof country === 'string' && countries.includes(country)) {
		ctx.addIssue({
			code: 'custom',
			path: ['countries', countries.indexOf(country)],
			message: `repeats the lead country "${country}"; list only the further countries`,
		});
	}
}

export type CaseStudySchema = ReturnType<typeof createCaseStudySchema>;
export type CaseStudyData = z.output<CaseStudySchema>;
