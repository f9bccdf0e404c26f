/**
 * The content validator over a corpus of broken case studies: every problem of every file is
 * reported in one run, at the line and column of the offending key or value.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { formatGithub, formatText } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const root = join(tmpRoot, 'validator-fixture');
let lines: string[] = [];

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
	cpSync(join(projectRoot, 'tests/fixtures/broken/case-studies'), join(root, 'case-studies'), { recursive: true });
	lines = validateContent(root).diagnostics.map(formatText);
});

describe('validateContent over broken files', () => {
	it.each([
		['country-typo', 'case-studies/ee/country-typo.mdx:4:10 error country: "EEE" is not a UNECE member state code (did you mean "EE"?)'],
		['unknown key', 'case-studies/ee/key-typo.mdx:8:1 error leadOrganization: unknown field "leadOrganization" (did you mean "leadOrganisation"?)'],
		['folder mismatch', 'case-studies/fi/wrong-folder.mdx:4:10 error country: is "EE" but the file is in the folder "fi/"'],
		['dangling related', 'case-studies/ee/dangling-related.mdx:11:11 error related[0]: "ee/does-not-exist" is not a case study'],
		['dangling event', 'case-studies/ee/dangling-event.mdx:12:12 error presentedAt[0].event: "no-such-event" is not an event'],
		['footnote without definition', 'case-studies/ee/footnote-undefined.mdx:20:16 error footnote [^2] has no definition'],
		['YAML syntax', 'case-studies/ee/yaml-syntax.mdx:'],
		['empty file', 'case-studies/ee/empty.mdx:1:1 error the file is empty'],
		['missing front matter', 'case-studies/ee/no-front-matter.mdx:1:1 error the file must start with a front-matter block'],
		['invalid UTF-8', 'case-studies/ee/bad-utf8.mdx:20:1 error the file is not valid UTF-8 text'],
	])('reports %s', (_, expected) => {
		expect(lines.some((line) => line.startsWith(expected)), `${expected}\nin:\n${lines.join('\n')}`).toBe(true);
	});

	it('reports YAML syntax errors with the line they are on', () => {
		const line = lines.find((l) => l.includes('yaml-syntax.mdx'));
		expect(line).toMatch(/yaml-syntax\.mdx:(5|6):\d+ error YAML syntax/);
	});

	it('reports nothing for a clean file, and one message per broken file', () => {
		expect(lines.filter((l) => l.includes('clean.mdx'))).toEqual([]);
		const files = new Set(lines.map((l) => l.split(':')[0]));
		expect(files.size).toBe(10);
	});

	it('prints GitHub annotations', () => {
		const diagnostics = validateContent(root, (f) => f.endsWith('country-typo.mdx')).diagnostics;
		expect(diagnostics.map(formatGithub)).toEqual([
			'::error file=case-studies/ee/country-typo.mdx,line=4,col=10,title=country::country: "EEE" is not a UNECE member state code (did you mean "EE"?)',
		]);
	});
});

describe('validateContent over the repository', () => {
	it('finds no problem in the published content', () => {
		expect(validateContent(projectRoot).diagnostics.map(formatText)).toEqual([]);
	});
});
