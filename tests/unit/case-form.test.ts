/**
 * The case-study form's logic: its fields come from the schema (help texts, bounds, allowed
 * values), its values become front matter, and the file it writes from only the required
 * fields passes the validator, as a contributor's file must.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileText, caseForm, formFieldOf, formValuesToData, mdxText, parseFieldName, type FormField } from '../../src/lib/case-form.ts';
import { createCaseStudySchema, textLimits } from '../../src/schema/case-study.ts';
import { vocabularyOf } from '../../src/schema/taxonomy.ts';
import { loadTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { YAML_LANGUAGE_SERVER_LINE } from '../../src/lib/validation/json-schema.ts';
import { caseBodyHeadings } from '../../src/lib/validation/body-sections.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const taxonomies = loadTaxonomies(projectRoot);
const schema = createCaseStudySchema(vocabularyOf(taxonomies));
const form = caseForm(schema, taxonomies);
const all: FormField[] = [
	...form.programme,
	...form.sources.entry(0),
	...form.lessons,
	...form.challenges.entry(0),
	...form.ended,
	...form.impact.entry(0),
	...form.review,
];
const byName = (name: string) => all.find((f) => f.name === name)!;

/** A contributor who fills in the required fields only. */
const requiredOnly: [string, string][] = [
	['title', 'Citizen science water monitoring'],
	['summary', 'A city asked residents to measure river water quality and published the readings as open data.'],
	['country', 'EE'],
	['level', 'national'],
	['domains', 'open-data'],
	['stage', 'service-redesign'],
	['leadOrganisation', 'Environmental Board'],
	['started', '2019'],
	['status', 'active'],
	['sources[0].title', 'Annual report'],
	['sources[0].publisher', 'Environmental Board'],
	['sources[0].url', 'https://www.keskkonnaamet.ee/en'],
	['conditions', 'outside-partner'],
	['evidence.level', 'self-reported'],
	['evidence.source', '1'],
	['challenges[0].text', 'Volunteers stopped measuring after the first summer.'],
	['challenges[0].source', '1'],
	['lastReviewed', '2026-11-30'],
];
const sections = caseBodyHeadings.map((heading) => ({ heading, text: `Some text about ${heading.toLowerCase()}.[^1]` }));

describe('the form from the schema', () => {
	it('takes help texts, bounds and requiredness from the schema', () => {
		expect(byName('title')).toMatchObject({ kind: 'text', required: true, min: textLimits.title.min, max: textLimits.title.max });
		expect(byName('title').help).toBe(schema.shape.title.description);
		expect(byName('summary')).toMatchObject({ kind: 'textarea', required: true, min: 40, max: 320 });
		expect(byName('place').required).toBe(false);
		expect(byName('sources[0].url')).toMatchObject({ kind: 'url', required: true });
		expect(byName('sources[0].year').required).toBe(false);
		expect(byName('conditions')).toMatchObject({ kind: 'checkboxes', required: true, min: 1, max: 6 });
	});

	it('offers exactly the taxonomies’ values, labelled', () => {
		expect(byName('stage').options?.map((o) => o.value)).toEqual(taxonomies.stages.map((s) => s.id));
		expect(byName('domains').options?.find((o) => o.value === 'health')?.label).toBe(taxonomies.domains.find((d) => d.id === 'health')!.label);
		expect(byName('country').options).toHaveLength(taxonomies.countries.length);
		expect(byName('evidence.level').options?.map((o) => o.value)).toEqual(taxonomies.evidenceLevels.map((e) => e.id));
		expect(byName('impact[0].kind').options?.map((o) => o.value)).toEqual(taxonomies.resultKinds.map((k) => k.id));
	});

	it('names fields with the front-matter keys the validator uses', () => {
		expect(form.sources.entry(2).map((f) => f.name)).toEqual(['sources[2].title', 'sources[2].publisher', 'sources[2].url', 'sources[2].year']);
		expect(parseFieldName('impact[1].value')).toEqual(['impact', 1, 'value']);
		expect(form.sources.minItems).toBe(1);
		expect(form.impact.minItems).toBe(0);
	});
});

describe('values to front matter', () => {
	it('drops empty fields and wholly empty entries, keeping the slot of each kept entry', () => {
		const { data, slots } = formValuesToData([
			['title', '  Programme  '],
			['sources[0].title', ''],
			['sources[1].title', 'Second'],
			['sources[1].year', '2020'],
			['domains', 'health'],
			['domains', 'mobility'],
		]);
		expect(data).toMatchObject({ title: 'Programme', domains: ['health', 'mobility'], sources: [{ title: 'Second', year: 2020 }] });
		expect(slots['sources']).toEqual([1]);
		expect(formFieldOf(['sources', 0, 'url'], slots)).toBe('sources[1].url');
		expect(formFieldOf(['evidence'], slots)).toBe('evidence.level');
	});

	it('keeps a number the user mistyped as text, so the schema names it', () => {
		const { data } = formValuesToData([['started', '20l9']]);
		expect(data['started']).toBe('20l9');
	});
});

describe('the file the form writes', () => {
	it('passes npm run validate with only the required fields filled', () => {
		const { data } = formValuesToData(requiredOnly);
		expect(schema.safeParse(data).success).toBe(true);
		const root = join(tmpRoot, 'case-form');
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'case-studies/ee'), { recursive: true });
		symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
		writeFileSync(join(root, 'case-studies/ee/citizen-science-water-monitoring.mdx'), caseFileText(data, sections, YAML_LANGUAGE_SERVER_LINE));
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
	});

	it('escapes what would start code in MDX, so typed text stays text', () => {
		expect(mdxText('a <b> {c} \\ d')).toBe('a \\<b\\> \\{c\\} \\\\ d');
		const { data } = formValuesToData(requiredOnly);
		const text = caseFileText(data, [{ heading: 'Context', text: 'Costs {fell} below <10%.' }], YAML_LANGUAGE_SERVER_LINE);
		expect(text).toContain('Costs \\{fell\\} below \\<10%.');
		expect(text).toContain('[^1]: Environmental Board, *Annual report*.');
		expect(text).toMatch(/^---\n# yaml-language-server/);
	});

	it('quotes every text value, so a colon or a quote cannot change the YAML', () => {
		const { data } = formValuesToData([...requiredOnly.filter(([k]) => k !== 'title'), ['title', 'Project: "Zero" # not a comment']]);
		const text = caseFileText(data, sections, YAML_LANGUAGE_SERVER_LINE);
		expect(text).toContain('title: "Project: \\"Zero\\" # not a comment"');
	});
});
