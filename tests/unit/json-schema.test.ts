/**
 * The JSON Schemas of case-study and event front matter: each committed file is exactly what
 * `npm run schema` generates from the zod schema (so it cannot drift), and it accepts every
 * published case study or event as an editor reads it (YAML 1.2: dates are text).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { EVENTS_DIR } from '../../src/lib/content-paths.ts';
import { listFiles, listCaseFiles, listTranslationFiles } from '../../src/lib/content-files-fs.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import {
	CASE_STUDY_JSON_SCHEMA_PATH,
	EVENT_JSON_SCHEMA_PATH,
	TRANSLATION_JSON_SCHEMA_PATH,
	caseTranslationJsonSchema,
	caseStudyJsonSchema,
	eventJsonSchema,
	renderCaseStudyJsonSchema,
	renderEventJsonSchema,
} from '../../src/lib/validation/json-schema.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const { taxonomies } = readTaxonomies(projectRoot);
const committed = readFileSync(join(projectRoot, CASE_STUDY_JSON_SCHEMA_PATH), 'utf8');

describe('the front-matter JSON Schema', () => {
	it(`is committed at ${CASE_STUDY_JSON_SCHEMA_PATH} as generated (run "npm run schema" if this fails)`, () => {
		expect(committed).toBe(renderCaseStudyJsonSchema(taxonomies));
	});

	it('carries the descriptions, the taxonomy ids and the closed set of fields', () => {
		const schema = caseStudyJsonSchema(taxonomies) as {
			properties: Record<string, { description?: string; enum?: string[]; items?: { enum?: string[] } }>;
			additionalProperties: boolean;
			required: string[];
		};
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

	it.each(listCaseFiles(projectRoot))('accepts %s', (file) => {
		// As an editor's YAML language server reads it (YAML 1.2: dates are text).
		const data = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8')).document!.toJS() as unknown;
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects what the validator rejects field by field', () => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, 'case-studies/ee/x-road.mdx'), 'utf8')).document!.toJS() as Record<string, unknown>;
		for (const [field, value] of [
			['stage', 'mainstream'],
			['lastReviewed', '28.11.2026'],
			['leadOrganization', 'x'],
			['sources', [{ title: 'Title', publisher: 'Publisher', url: 'http://example.org/' }]],
		] as const) {
			expect(validate({ ...data, [field]: value }), field).toBe(false);
		}
	});
});

describe('the translation JSON Schema', () => {
	const committedTranslation = readFileSync(join(projectRoot, TRANSLATION_JSON_SCHEMA_PATH), 'utf8');

	it(`is committed at ${TRANSLATION_JSON_SCHEMA_PATH} as generated (run "npm run schema" if this fails)`, () => {
		expect(committedTranslation).toBe(`${JSON.stringify(caseTranslationJsonSchema(), null, 2)}\n`);
	});

	const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(committedTranslation) as object);

	it.each(listTranslationFiles(projectRoot))('accepts %s', (file) => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8')).document!.toJS() as unknown;
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('refuses a fact repeated in a translation', () => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, 'case-studies/ee/x-road.fr.mdx'), 'utf8')).document!.toJS() as Record<string, unknown>;
		expect(validate({ ...data, stage: 'systematic' })).toBe(false);
		expect(validate({ ...data, translation: { from: 'en', method: 'ai', reviewed: '2026-12-01' } })).toBe(false);
	});
});

describe('the event JSON Schema', () => {
	const committedEvent = readFileSync(join(projectRoot, EVENT_JSON_SCHEMA_PATH), 'utf8');

	it(`is committed at ${EVENT_JSON_SCHEMA_PATH} as generated (run "npm run schema" if this fails)`, () => {
		expect(committedEvent).toBe(renderEventJsonSchema(taxonomies));
	});

	it('carries the descriptions, the taxonomy ids and the closed set of fields, down to sessions and materials', () => {
		type Property = {
			description?: string;
			enum?: string[];
			items?: Property & { properties?: Record<string, Property>; additionalProperties?: boolean; required?: string[] };
		};
		const schema = eventJsonSchema(taxonomies) as { properties: Record<string, Property>; additionalProperties: boolean; required: string[] };
		expect(schema.additionalProperties).toBe(false);
		for (const [field, property] of Object.entries(schema.properties)) expect(property.description, field).toBeTruthy();
		const session = schema.properties['sessions']!.items!;
		expect(session.additionalProperties).toBe(false);
		expect(session.required).toEqual(['id', 'title']);
		for (const [field, property] of Object.entries(session.properties!)) expect(property.description, `sessions[].${field}`).toBeTruthy();
		expect(session.properties!['domains']?.items?.enum).toContain('health');
		expect(session.properties!['materials']?.items?.properties?.['type']?.enum).toEqual(['slides', 'video', 'report', 'website', 'dataset', 'code']);
		expect(schema.properties['country']?.enum).toContain('CH');
		expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'startDate', 'endDate', 'city', 'country', 'organiser', 'sources']));
		expect(schema.required).not.toContain('sessions'); // has a default, so optional to write
	});

	const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
	const validate = ajv.compile(JSON.parse(committedEvent) as object);
	const events = listFiles(projectRoot, EVENTS_DIR, '.mdx');

	it.each(events)('accepts %s', (file) => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8')).document!.toJS() as unknown;
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects what the validator rejects field by field', () => {
		const data = parseFrontMatter(readFileSync(join(projectRoot, events[0]!), 'utf8')).document!.toJS() as Record<string, unknown>;
		for (const [field, value] of [
			['startDate', '10.10.2013'],
			['organizer', 'x'],
			['country', 'EEE'],
			['sessions', [{ id: 'Opening Session', title: 'Opening' }]],
			['sessions', [{ id: 'opening', title: 'Opening', materials: [{ title: 'Slides', type: 'slide', url: 'https://example.org/' }] }]],
		] as const) {
			expect(validate({ ...data, [field]: value }), field).toBe(false);
		}
	});
});

describe('npm run schema', () => {
	const root = join(tmpRoot, 'schema-cli');
	const run = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'src/cli/schema.ts'), ...args], { cwd: root, encoding: 'utf8' });

	it('writes both schemas, and --check fails while one is out of date', () => {
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'public/schema'), { recursive: true });
		symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
		cpSync(join(projectRoot, CASE_STUDY_JSON_SCHEMA_PATH), join(root, CASE_STUDY_JSON_SCHEMA_PATH));
		writeFileSync(join(root, EVENT_JSON_SCHEMA_PATH), '{}\n');
		const stale = run('--check');
		expect(stale.status).toBe(1);
		expect(stale.stderr).toContain(`schema: ${CASE_STUDY_JSON_SCHEMA_PATH} is up to date`);
		expect(stale.stderr).toContain(`schema: ${EVENT_JSON_SCHEMA_PATH} is out of date; run npm run schema and commit the file`);
		const write = run();
		expect(write.status).toBe(0);
		expect(write.stderr).toContain(`schema: wrote ${EVENT_JSON_SCHEMA_PATH}`);
		expect(readFileSync(join(root, EVENT_JSON_SCHEMA_PATH), 'utf8')).toBe(readFileSync(join(projectRoot, EVENT_JSON_SCHEMA_PATH), 'utf8'));
		expect(run('--check').status).toBe(0);
	});
});
