/**
 * Exports survive hostile text: a CSV cell never runs as a spreadsheet formula, and a BibTeX
 * entry parses back to the same title whatever braces and backslashes it holds.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexCitation } from '../../src/lib/citation.ts';
import { csvRow, exportRecord, neutraliseCell } from '../../src/lib/export.ts';
import type { CaseStudy } from '../../src/lib/case-studies.ts';
import { makeCase as baseCase } from '../helpers/make-case.ts';

function makeCase(title: string, summary = 'A summary long enough to pass the forty-character minimum.'): CaseStudy {
	return baseCase('ee/hostile', {
		title,
		summary,
		leadOrganisation: '@SUM(A1:A9)',
		sources: [{ title: 'Source', publisher: '-2+3', url: 'https://example.org/' }],
		lastReviewed: new Date('2026-11-30'),
	});
}

describe('CSV export', () => {
	it.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises a cell starting like %j', (value) => {
		expect(neutraliseCell(value)).toBe(`'${value}`);
	});

	it('leaves ordinary text and numbers as they are', () => {
		expect(neutraliseCell('X-Road')).toBe('X-Road');
		expect(neutraliseCell('2001')).toBe('2001');
	});

	it('neutralises every field of a record, not only the title', () => {
		const row = csvRow(exportRecord(makeCase('=cmd|" /C calc"!A0', '=1+1 is a summary long enough for the schema minimum.'), 'https://kb/'));
		for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(row).toContain("'@SUM(A1:A9)");
	});
});

describe('BibTeX export', () => {
	it.each([
		'Braces {in} a title',
		'Unbalanced } brace and { another',
		'A back\\slash and \\textbf{not a command}',
		'Specials: 100% & #1 $5 under_score ~tilde ^caret',
		'}, note = {injected',
	])('parses back to the same title: %j', (title) => {
		const entry = bibtexCitation(makeCase(title), {
			url: 'https://kb.test/case-studies/ee/hostile/',
			siteName: 'PSI KB',
			author: 'PSI KB contributors',
			countryName: 'Estonia',
		});
		const parsed = parseBibtex(entry);
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries).toHaveLength(1);
		expect(parsed.entries[0]!.fields['title']).toBe(title);
		expect(Object.keys(parsed.entries[0]!.fields)).not.toContain('injected');
	});
});

describe('source addresses', () => {
	it('are ASCII, as the JSON Schema and HTTP want, with a message that says how to fix one', async () => {
		const { deceptiveUrlProblem } = await import('../../src/schema/fields.ts');
		expect(deceptiveUrlProblem('https://econ.bg/Научи-за/')).toMatch(/outside ASCII/);
		expect(deceptiveUrlProblem('https://econ.bg/%D0%9D/')).toBeUndefined();
	});
});
