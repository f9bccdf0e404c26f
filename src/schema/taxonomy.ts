/**
 * Schemas of the taxonomy files in `content/`: countries, regions, domains, maturity stages,
 * policy messages, and the vocabulary of lessons (conditions for success, evidence levels,
 * kinds of result). The taxonomies are data, so every enum in the case-study schema is
 * built from these files rather than from a second, hand-kept list.
 */
import { z } from 'astro/zod';
import { slugPattern } from './patterns.ts';

const id = z.string().regex(slugPattern, 'must be lower-case words joined by hyphens, e.g. "open-data"');

const paragraph = z.string().trim().min(40).max(900);

export const regionSchema = z.strictObject({
	id: id.describe('Identifier of the UN M49 sub-region, e.g. "northern-europe".'),
	label: z.string().min(3).describe('Name of the sub-region as shown to readers.'),
});

export const countrySchema = z.strictObject({
	id: z
		.string()
		.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case, e.g. "EE"')
		.describe('ISO 3166-1 alpha-2 code in upper case, e.g. "EE".'),
	name: z.string().min(3).describe('Short English name of the member State.'),
	m49: z
		.string()
		.regex(/^\d{3}$/, 'must be a three-digit UN M49 code, e.g. "233"')
		.describe('UN M49 (= ISO 3166-1 numeric) code, used to draw the map.'),
	region: id.describe('The UN M49 sub-region the country belongs to (an id from regions.yaml).'),
});

export const domainSchema = z.strictObject({
	id: id.describe('Identifier of the domain, used in front matter and URLs.'),
	label: z.string().min(3).describe('Name of the domain as shown to readers.'),
	definition: paragraph.describe('One paragraph saying what the domain covers.'),
});

export const stageSchema = z.strictObject({
	id: id.describe('Identifier of the maturity stage, used in front matter and URLs.'),
	order: z.int().min(1).max(9).describe('Position on the maturity scale, 1 = earliest stage.'),
	label: z.string().min(3).describe('Name of the stage as shown to readers.'),
	definition: paragraph.describe('One paragraph saying what a programme at this stage looks like.'),
	distinction: paragraph.describe('What distinguishes this stage from the next one.'),
});

export const policyMessageSchema = z.strictObject({
	id: id.describe('Identifier of the policy message, used in front matter and URLs.'),
	label: z.string().min(3).describe('Short name of the message as shown to readers.'),
	definition: paragraph.describe('The conference finding, paraphrased in one paragraph.'),
});

export const conditionSchema = z.strictObject({
	id: id.describe('Identifier of the condition for success, used in front matter.'),
	label: z.string().min(3).describe('Name of the condition as shown to readers.'),
	definition: paragraph.describe('What the condition means, in one paragraph.'),
});

export const evidenceLevelSchema = z.strictObject({
	id: id.describe('Identifier of the evidence level, used in front matter.'),
	order: z.int().min(1).max(9).describe('Position on the scale of evidence, 1 = weakest.'),
	label: z.string().min(3).describe('Name of the level as shown to readers.'),
	definition: paragraph.describe('What evidence of this level consists of.'),
});

export const resultKindSchema = z.strictObject({
	id: id.describe('Identifier of the kind of result, used in front matter and on /results/.'),
	label: z.string().min(3).describe('Name of the kind as shown to readers.'),
	definition: paragraph.describe('Which results count as this kind.'),
});

export type Region = z.infer<typeof regionSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type PolicyMessage = z.infer<typeof policyMessageSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;
export type ResultKind = z.infer<typeof resultKindSchema>;

/** Every taxonomy, each as the ordered list its file holds. */
export interface Taxonomies {
	regions: Region[];
	countries: Country[];
	domains: Domain[];
	stages: Stage[];
	policyMessages: PolicyMessage[];
	conditions: Condition[];
	evidenceLevels: EvidenceLevel[];
	resultKinds: ResultKind[];
}

/** The files in `content/` that hold each taxonomy, with the schema of one entry. */
export const taxonomyFiles = {
	regions: { file: 'regions.yaml', schema: regionSchema },
	countries: { file: 'countries.yaml', schema: countrySchema },
	domains: { file: 'domains.yaml', schema: domainSchema },
	stages: { file: 'stages.yaml', schema: stageSchema },
	policyMessages: { file: 'policy-messages.yaml', schema: policyMessageSchema },
	conditions: { file: 'conditions.yaml', schema: conditionSchema },
	evidenceLevels: { file: 'evidence-levels.yaml', schema: evidenceLevelSchema },
	resultKinds: { file: 'result-kinds.yaml', schema: resultKindSchema },
} as const;

/** The allowed ids of each vocabulary that front matter refers to. */
export interface Vocabulary {
	countries: readonly string[];
	domains: readonly string[];
	stages: readonly string[];
	policyMessages: readonly string[];
	conditions: readonly string[];
	evidenceLevels: readonly string[];
	resultKinds: readonly string[];
}

export function vocabularyOf(taxonomies: Taxonomies): Vocabulary {
	return {
		countries: taxonomies.countries.map((c) => c.id),
		domains: taxonomies.domains.map((d) => d.id),
		stages: [...taxonomies.stages].sort((a, b) => a.order - b.order).map((s) => s.id),
		policyMessages: taxonomies.policyMessages.map((m) => m.id),
		conditions: taxonomies.conditions.map((c) => c.id),
		evidenceLevels: [...taxonomies.evidenceLevels].sort((a, b) => a.order - b.order).map((e) => e.id),
		resultKinds: taxonomies.resultKinds.map((k) => k.id),
	};
}
