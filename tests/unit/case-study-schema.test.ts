/**
 * Every rule of the case-study schema, driven by fixtures: `valid.yaml` passes, and each file in
 * `invalid/` names in its header the one field and message the schema must report for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createCaseStudySchema } from '../../src/schema/case-study.ts';
import { vocabularyOf } from '../../src/schema/taxonomy.ts';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { fieldName, formatIssue, knownKeysOf } from '../../src/lib/validation/zod-issues.ts';
import { projectRoot } from '../helpers/build-site.ts';

const fixtures = join(projectRoot, 'tests/fixtures/schema');
const schema = createCaseStudySchema(vocabularyOf(readTaxonomies(projectRoot).taxonomies));

function problems(data: unknown): { field: string; message: string }[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.flatMap((issue) =>
		formatIssue(issue, data, (path) => knownKeysOf(schema, path)).map((f) => ({ field: fieldName(f.path), message: f.message })),
	);
}

describe('case-study schema', () => {
	it('accepts a complete valid front matter and fills defaults', () => {
		const data = parse(readFileSync(join(fixtures, 'valid.yaml'), 'utf8'));
		expect(problems(data)).toEqual([]);
		const minimal = { ...data };
		for (const key of ['countries', 'place', 'policyMessages', 'ended', 'endedBecause', 'impact', 'materials', 'presentedAt', 'transfer', 'related', 'aliases'])
			delete minimal[key];
		minimal.status = 'active';
		const parsed = schema.parse(minimal);
		expect(parsed.impact).toEqual([]);
		expect(parsed.lastReviewed).toBeInstanceOf(Date);
	});

	const invalid = readdirSync(join(fixtures, 'invalid')).filter((f) => f.endsWith('.yaml'));
	it('has a fixture for every rule', () => expect(invalid.length).toBeGreaterThanOrEqual(30));

	it.each(invalid)('rejects %s with the expected field and message', (file) => {
		const text = readFileSync(join(fixtures, 'invalid', file), 'utf8');
		const field = /^# field: (.+)$/m.exec(text)?.[1];
		const message = /^# message: (.+)$/m.exec(text)?.[1];
		expect(field && message, 'fixture header').toBeTruthy();
		const found = problems(parse(text));
		expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
		expect(found, JSON.stringify(found)).toContainEqual(expect.objectContaining({ field, message: expect.stringContaining(message!) }));
	});

	it('accepts a js-yaml Date for lastReviewed as Astro parses it', () => {
		const data = parse(readFileSync(join(fixtures, 'valid.yaml'), 'utf8'));
		data.lastReviewed = new Date('2026-01-15T00:00:00Z');
		expect(problems(data)).toEqual([]);
	});
});
