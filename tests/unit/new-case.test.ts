/**
 * `npm run new`: with flags it writes a case study in the right folder, which fails validation
 * only on the blanks left to fill, and passes once they are filled; it never overwrites a file,
 * and bad or missing options exit 2 naming the allowed values.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCaseStudy, slugify } from '../../src/cli/new.ts';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const root = join(tmpRoot, 'new-case');
const script = join(projectRoot, 'src/cli/new.ts');

/** Runs the command as `npm run new` does (the pinned Node), without a terminal on stdin. */
function runNew(args: string[]) {
	const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const flags = [
	'--country',
	'ee',
	'--title',
	'Électronic prescriptions: the Tervise Infosüsteem pilot',
	'--domain',
	'health',
	'--domain',
	'digital-services',
	'--stage',
	'ict-enabled',
	'--lead',
	'Health and Welfare Information Systems Centre',
];
const file = 'case-studies/ee/electronic-prescriptions-the-tervise-infosusteem-pilot.mdx';

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'case-studies'), { recursive: true });
	symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
});

describe('slugify', () => {
	it.each([
		['X-Road: Estonia’s data exchange layer', 'x-road-estonias-data-exchange-layer'],
		['Gov.uk   Verify (2016–2020)', 'gov-uk-verify-2016-2020'],
		['Ærø smart ferry — Straße', 'aero-smart-ferry-strasse'],
		['Электронное правительство', 'elektronnoe-pravitelstvo'],
		['东京', ''],
	])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

	it('keeps whole words within 60 characters', () => {
		const slug = slugify('A very long programme title that goes on and on about public sector innovation in many places');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toBe('a-very-long-programme-title-that-goes-on-and-on-about-public');
	});
});

describe('npm run new with flags', () => {
	it('writes the file in the country folder and prints its path', () => {
		const result = runNew(flags);
		expect(result.stderr).toContain(`new: created ${file}`);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(file);
		expect(existsSync(join(root, file))).toBe(true);
	});

	it('starts the front matter with the editor schema line, whose path resolves to the schema', () => {
		const text = readFileSync(join(root, file), 'utf8');
		const first = text.split('\n')[1]!;
		expect(first).toBe('# yaml-language-server: $schema=../../public/schema/case-study.json');
		const target = join(projectRoot, dirname(file), first.replace(/^.*\$schema=/, ''));
		expect(existsSync(target), target).toBe(true);
		// Both YAML readers accept the comment: the validator's (the `yaml` package) here, and
		// js-yaml in the build (tests/build/mdx-safety.test.ts builds a scaffolded case).
		expect(parseFrontMatter(text).problems).toEqual([]);
	});

	it('carries the six section headings, each with a comment on what goes there', () => {
		const body = parseFrontMatter(readFileSync(join(root, file), 'utf8')).body;
		expect([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
			'Context',
			'What was done',
			'Governance and risk',
			'Citizens and users',
			'Results and measurement',
			'Transferability',
		]);
		expect(body).toMatch(/## Context\n\n\{\/\* The situation before the programme/);
	});

	it('fails validation only on the blanks, each at its line', () => {
		const lines = validateContent(root).diagnostics.map(formatText);
		expect(lines.map((l) => l.replace(/ error (\S+?:)? ?.*$/, ' $1'))).toEqual([
			`${file}:7:10 summary:`,
			`${file}:15:11 started:`,
			`${file}:20:12 sources[0].title:`,
			`${file}:21:16 sources[0].publisher:`,
			`${file}:22:10 sources[0].url:`,
			`${file}:24:13 conditions:`,
			`${file}:26:11 evidence.level:`,
			`${file}:27:12 evidence.source:`,
			`${file}:29:11 challenges[0].text:`,
			`${file}:30:14 challenges[0].source:`,
			...[43, 47, 51, 55, 59, 63].map((line) => `${file}:${line}:1 `),
		]);
		expect(lines[0]).toContain('summary: must be at least 40 characters long (it has 0)');
		expect(lines[5]).toContain('conditions: needs at least one entry');
		expect(lines[10]).toContain('section "## Context" has no text yet');
	});

	it('validates once the placeholders are filled', () => {
		let text = readFileSync(join(root, file), 'utf8');
		text = text
			.replace('summary: ""', 'summary: "Doctors in Estonia prescribe electronically, and any pharmacy can dispense the prescription."')
			.replace(/^started: .*$/m, 'started: 2010')
			.replace('  - title: ""', '  - title: "Digital prescription"')
			.replace('    publisher: ""', '    publisher: "e-Estonia"')
			.replace('    url: ""', '    url: "https://e-estonia.com/solutions/healthcare/e-prescription/"')
			.replace(/^conditions: \[\].*$/m, 'conditions: [digital-identity]')
			.replace(/^ {2}level: .*$/m, '  level: self-reported')
			.replace(/^ {2}source: .*$/m, '  source: 1')
			.replace('  - text: ""', '  - text: "Pharmacies abroad could not read the prescriptions at first."')
			.replace(/^ {4}source: +#.*$/m, '    source: 1');
		text = text.replace(/(## [^\n]+\n\n)\{\/\*[^]*?\*\/\}/g, (_, heading: string) => `${heading}Written by the contributor.[^1]`);
		text += '\n[^1]: e-Estonia, *Digital prescription*.\n';
		writeFileSync(join(root, file), text);
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
	});

	it('never overwrites a file: exit 1, file unchanged', () => {
		const before = readFileSync(join(root, file), 'utf8');
		const result = runNew(flags);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${file} already exists and is left as it is`);
		expect(readFileSync(join(root, file), 'utf8')).toBe(before);
	});

	it('names every bad value with the allowed ones, writes nothing, exit 2', () => {
		const result = runNew(['--country', 'EEE', '--title', 'Hi', '--domain', 'helth', '--stage', 'mainstream', '--level', 'city', '--slug', 'My Slug']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('new: --country "EEE" is not a UNECE member state (did you mean "EE"?); allowed: AL (Albania), AD (Andorra)');
		expect(result.stderr).toContain('new: --title must be 5–120 characters long (it has 2)');
		expect(result.stderr).toContain('new: --domain "helth" is not allowed (did you mean "health"?); allowed: digital-services, service-design');
		expect(result.stderr).toContain(
			'new: --stage "mainstream" is not allowed (did you mean "mainstreamed"?); allowed: ict-enabled, service-redesign, systematic, mainstreamed',
		);
		expect(result.stderr).toContain('new: --level "city" is not allowed; allowed: international, national, regional, local');
		expect(result.stderr).toContain('new: --slug "My Slug" must be lower-case');
		expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(existsSync(join(root, 'case-studies/ee/hi.mdx'))).toBe(false);
	});

	it('lists the missing options when there is no terminal to ask in, exit 2', () => {
		const result = runNew(['--country', 'EE', '--title', 'A new programme']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('missing options (no terminal to ask in):');
		expect(result.stderr).toContain('--domain   1–3 of digital-services, service-design');
		expect(result.stderr).toContain('--stage    one of ict-enabled, service-redesign, systematic, mainstreamed');
	});

	it('refuses an unknown option with a suggestion, exit 2', () => {
		const result = runNew([...flags, '--contry', 'EE']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('new: unknown option "--contry" (did you mean "--country"?)');
	});

	it('asks for a file name when the title has no Latin letters', () => {
		const result = runNew(['--country', 'EE', '--title', '东京都的数字政府', '--domain', 'health', '--stage', 'systematic']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('give one with --slug');
	});
});

describe('renderCaseStudy', () => {
	it('writes optional values when given, quoting text', () => {
		const text = renderCaseStudy(
			{
				country: 'FR',
				title: 'Le "Lab" public',
				domains: ['participation'],
				stage: 'systematic',
				level: 'local',
				status: 'pilot',
				place: 'Lyon',
				started: 2019,
				lead: 'Ville de Lyon',
			},
			'2026-01-01',
		);
		expect(text).toContain('title: "Le \\"Lab\\" public"');
		expect(text).toContain('place: "Lyon"');
		expect(text).toContain('started: 2019');
		expect(text).toContain('leadOrganisation: "Ville de Lyon"');
		expect(text).toContain('lastReviewed: 2026-01-01');
		expect(text).toContain('#   npm run validate -- case-studies/fr/le-lab-public.mdx');
	});
});
