/**
 * The JSON Schema of case-study front matter: the committed file is exactly what `npm run
 * schema` generates from the zod schema (so it cannot drift), and it accepts every published
 * case study as an editor reads it (YAML 1.2: dates are text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { CASE_STUDIES_DIR } from '../../src/lib/content-paths.ts';
import { listFiles } from '../../src/lib/content-files-fs.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { CASE_STUDY_JSON_SCHEMA_PATH, caseStudyJsonSchema, renderCaseStudyJsonSchema } from '../../src/lib/validation/json-schema.ts';
import { projectRoot } from '../helpers/build-site.ts';

const { taxonomies } = readTaxonomies(projectRoot);
const committed = readFileSync(join(projectRoot, CASE_STUDY_JSON_SCHEMA_PATH), 'utf8');

describe('the front-matter JSON Schema', () => {
	it(`is committed at ${CASE_STUDY_JSON_SCHEMA_PATH} as generated (run "npm run schema" if this fails)`, () => {
		expect(committed).toBe(renderCaseStudyJsonSchema(taxonomies));
	});

	it('carries the descriptions, the taxonomy ids and the closed set of fields', () => {
		const schema = caseStudyJsonSchema(taxonomies) as { properties: Record<string, { description?: string; enum?: string[]; items?: { enum?: string[] } }>; additionalProperties: boolean; required: string[] };
		expect(schema.additionalProperties).toBe(false);
		for (const [field, property] of Object.entries(schema.properties)) expect(property.description, field).toBeTruthy();
		expect(schema.properties['stage']?.enum).toEqual(['ict-enabled', 'service-redesign', 'systematic', 'mainstreamed']);
		expect(schema.properties['domains']?.items?.enum).toContain('health');
		expect(schema.properties['country']?.enum).toContain('EE');
		expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'country', 'sources', 'lastReviewed']));
		expect(schema.required).not.toContain('impact'); // has a default, so optional to write
	});

	const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
	const validate = ajv.compile(JSON.parse(committed) as object);

	it.each(listFiles(projectRoot, CASE_STUDIES_DIR, '.mdx'))('accepts %s', (file) => {
		// As an editor's YAML language server reads it (YAML 1.2: dates are text).
		const data = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8')).document!.toJS() as unknown;
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects what the validator rejects field by field', () => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, 'case-studies/ee/x-road.mdx'), 'utf8')).document!.toJS() as Record<string, unknown>;
		for (const [field, value] of [['stage', 'mainstream'], ['lastReviewed', '28.11.2026'], ['leadOrganization', 'x'], ['sources', [{ title: 'Title', publisher: 'Publisher', url: 'http://example.org/' }]]] as const) {
			expect(validate({ ...data, [field]: value }), field).toBe(false);
		}
	});
});
