/**
 * Hostile contributions (tests/fixtures/hostile/case-studies, plus links, stray extensions and
 * an oversized file made here): `npm run validate` refuses each with its file, line and reason,
 * in one run, exit 1, without a stack trace. Files a validator accepts but that try something
 * are built in tests/build/hostile-build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText, type Diagnostic } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';
import { cleanFixturePath } from '../fixtures/broken/fixtures.ts';

const fixtures = join(projectRoot, 'tests/fixtures/hostile/case-studies');
const root = join(tmpRoot, 'hostile-fixture');
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const dir of ['content', 'src', 'public']) symlinkSync(join(projectRoot, dir), join(root, dir), 'dir');
	cpSync(fixtures, join(root, 'case-studies'), { recursive: true });
	const ee = join(root, 'case-studies/ee');
	copyFileSync(cleanFixturePath, join(ee, 'clean.mdx'));
	symlinkSync('nowhere.mdx', join(ee, 'dangling-link.mdx'));
	symlinkSync('../ee', join(ee, 'folder-link.mdx'));
	symlinkSync(join(projectRoot, 'package.json'), join(ee, 'outside-link.mdx'));
	copyFileSync(join(ee, 'clean.mdx'), join(ee, 'upper-case.MDX'));
	copyFileSync(join(ee, 'clean.mdx'), join(ee, 'other-extension.markdown'));
	// A 5 MB body built into a 4.9 MB page before; now refused before it is parsed.
	writeFileSync(join(ee, 'body-too-large.mdx'), `---\ntitle: Huge\n---\n\n${'Word '.repeat(1_000_000)}`);
	diagnostics = validateContent(root).diagnostics;
});

/** [file under case-studies/ee/, line, column, words the message must contain]. */
const expected: [string, number, number, string][] = [
	['alias-search-double-slash.mdx', 19, 11, 'aliases[0]: "//search/" must be a path such as "/cases/x-road/"'],
	['alias-dot-dot.mdx', 19, 11, 'aliases[0]: "/cases/../search/" must be a path such as'],
	['alias-escape.mdx', 19, 11, 'aliases[0]: "/case%2Dstudies/ee/x-road/" must be a path such as'],
	['alias-index-file.mdx', 19, 11, 'aliases[0]: "/index.html" must be a path such as'],
	['alias-overlong.mdx', 19, 11, 'each part of an alias has at most 64 characters'],
	['alias-other-case.mdx', 19, 11, 'is an address of the site itself (the page of the case study ee/clean)'],
	['alias-language.mdx', 19, 11, '"/fr/search/" is an address of the site itself (/fr/, a section of the site (a language))'],
	['alias-contribute.mdx', 19, 11, '"/contribute" is an address of the site itself (/contribute/'],
	['control-nul.mdx', 8, 19, 'leadOrganisation: contains the invisible control character U+0000'],
	['control-esc-url.mdx', 14, 10, 'sources[0].url: contains the invisible control character U+001B'],
	['bidi-override.mdx', 3, 10, 'summary: contains the invisible control character U+202E'],
	['summary-control-tab.mdx', 3, 10, 'summary: contains the invisible control character U+000B'],
	['yaml-js-function.mdx', 8, 59, 'YAML: unknown tag'],
	['yaml-bare-date.mdx', 8, 19, 'leadOrganisation: must be text, not a date'],
	['yaml-alias-bomb.mdx', 11, 17, 'the YAML alias *a is not allowed'],
	['yaml-alias-bomb.mdx', 12, 5, 'the YAML alias *b is not allowed'],
	['yaml-early-fence.mdx', 5, 1, 'YAML syntax'],
	['yaml-early-fence.mdx', 5, 1, 'a line starting with "---" inside the front matter would end it early'],
	['url-userinfo.mdx', 14, 10, 'has user information before the host'],
	['url-ip-host.mdx', 14, 10, 'has an IP address for a host'],
	['url-mixed-script.mdx', 14, 10, 'mixes alphabets'],
	['url-too-long.mdx', 14, 10, 'is 2120 characters long; an address has at most 2000'],
	['external-image.mdx', 29, 1, 'an image from another site is not shown'],
	['body-less.mdx', 19, 1, 'the file has no text after the front matter'],
	['dangling-link.mdx', 1, 1, 'is a symbolic link (to "nowhere.mdx")'],
	['folder-link.mdx', 1, 1, 'is a symbolic link (to "../ee")'],
	['outside-link.mdx', 1, 1, 'is a symbolic link'],
	['upper-case.MDX', 1, 1, 'case studies must be files ending in ".mdx" (lower case)'],
	['other-extension.markdown', 1, 1, 'case studies must be files ending in ".mdx" (lower case)'],
	['body-too-large.mdx', 1, 1, 'the file is 4883 KB; a case study or event is at most 128 KB'],
];

describe('hostile contributions refused by the validator', () => {
	it('has a probe for every fixture file', () => {
		const files = new Set(readdirSync(fixtures + '/ee'));
		for (const file of files)
			expect(
				expected.map(([f]) => f),
				file,
			).toContain(file);
	});

	it.each(expected)('refuses %s at line %i, column %i', (file, line, column, words) => {
		const at = `case-studies/ee/${file}:${line}:${column} error`;
		const found = diagnostics.filter((d) => `${d.file}:${d.line}:${d.column} ${d.severity}` === at).map(formatText);
		expect(
			found.some((text) => text.includes(words)),
			`${at} "${words}" not in:\n${diagnostics.map(formatText).join('\n')}`,
		).toBe(true);
	});

	it('names every hostile file in one run, and nothing in the clean one', () => {
		const named = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file.replace('case-studies/ee/', '')));
		expect(named).toEqual(new Set(expected.map(([file]) => file)));
	});

	it('exits 1 from the command line, without a stack trace', () => {
		const run = spawnSync(process.execPath, [join(projectRoot, 'src/cli/validate.ts')], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)|internal error/);
		for (const [file] of expected) expect(run.stdout).toContain(`case-studies/ee/${file}:`);
	});
});
