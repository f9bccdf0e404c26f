/**
 * `npm run new -- --event`: with flags it writes content/events/<slug>.mdx, which fails
 * validation only on the blanks left to fill, and passes once they are filled (and a case study
 * can then name the event and its session); it never overwrites a file, asks in a terminal for
 * what is missing, and bad or missing options exit 2 naming the allowed values.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mainEvent, renderEvent } from '../../src/cli/new-event.ts';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const root = join(tmpRoot, 'new-event');
const script = join(projectRoot, 'src/cli/new.ts');

/** Runs the command as `npm run new` does (the pinned Node), without a terminal on stdin. */
function runNew(args: string[]) {
	const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const flags = [
	'--event',
	'--title',
	'Tallinn Digital Summit 2026: Government as a Platform',
	'--start',
	'2026-09-08',
	'--end',
	'2026-09-09',
	'--city',
	'Tallinn',
	'--country',
	'estonia',
	'--organiser',
	'Government Office of Estonia',
];
const file = 'content/events/tallinn-digital-summit-2026-government-as-a-platform.mdx';

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	// The real taxonomies, an events folder of its own (never the repository's), and the
	// site's pages, whose names in /events/ an event may not take.
	mkdirSync(join(root, 'content/events'), { recursive: true });
	mkdirSync(join(root, 'case-studies'), { recursive: true });
	for (const name of readdirSync(join(projectRoot, 'content')).filter((n) => n.endsWith('.yaml')))
		symlinkSync(join(projectRoot, 'content', name), join(root, 'content', name));
	symlinkSync(join(projectRoot, 'src'), join(root, 'src'), 'dir');
});

describe('npm run new -- --event with flags', () => {
	it('writes the file in content/events/ and prints its path', () => {
		const result = runNew(flags);
		expect(result.stderr).toContain(`new: created ${file}`);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(file);
		const text = readFileSync(join(root, file), 'utf8');
		expect(text).toContain('title: "Tallinn Digital Summit 2026: Government as a Platform"');
		expect(text).toContain('country: EE');
		expect(text).toContain('startDate: 2026-09-08\nendDate: 2026-09-09');
		expect(text).toContain('organiser: "Government Office of Estonia"');
	});

	it('starts the front matter with the editor schema line, whose path resolves to the event schema', () => {
		const text = readFileSync(join(root, file), 'utf8');
		const first = text.split('\n')[1]!;
		expect(first).toBe('# yaml-language-server: $schema=../../public/schema/event.json');
		const target = join(projectRoot, dirname(file), first.replace(/^.*\$schema=/, ''));
		expect(existsSync(target), target).toBe(true);
		expect(parseFrontMatter(text).problems).toEqual([]);
	});

	it('fails validation only on the blanks, each at its line', () => {
		const lines = validateContent(root).diagnostics.map(formatText);
		expect(lines.map((l) => l.replace(/ error (\S+?:)? ?.*$/, ' $1'))).toEqual([
			`${file}:7:10 summary:`,
			`${file}:16:9 sessions[0].id:`,
			`${file}:17:12 sessions[0].title:`,
			`${file}:23:12 sources[0].title:`,
			`${file}:24:16 sources[0].publisher:`,
			`${file}:25:10 sources[0].url:`,
			`${file}:26:12 sources[0].year:`,
		]);
		expect(lines[0]).toContain('summary: must be at least 40 characters long (it has 0)');
	});

	it('validates once the marked fields are filled, and a case study can name the event and its session', () => {
		let text = readFileSync(join(root, file), 'utf8');
		text = text
			.replace('summary: ""', 'summary: "A two-day summit on digital government, where ministers and agencies compared their platforms."')
			.replace('  - id: ""', '  - id: platforms')
			.replace('    title: ""', '    title: "Government as a platform"')
			.replace('  - title: ""', '  - title: "Programme of the summit"')
			.replace('    publisher: ""', '    publisher: "Government Office of Estonia"')
			.replace('    url: ""', '    url: "https://www.digitalsummit.ee/"')
			.replace(/^ {4}year: .*$/m, '    year: 2026');
		writeFileSync(join(root, file), text);
		const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
		const clean = readFileSync(join(projectRoot, 'tests/fixtures/broken/clean.mdx'), 'utf8');
		mkdirSync(join(root, 'case-studies/ee'), { recursive: true });
		writeFileSync(
			join(root, 'case-studies/ee/presented.mdx'),
			clean.replace('lastReviewed:', `presentedAt:\n  - {event: ${slug}, session: platforms}\nlastReviewed:`),
		);
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
		rmSync(join(root, 'case-studies/ee'), { recursive: true });
	});

	it('never overwrites a file: exit 1, file unchanged', () => {
		const before = readFileSync(join(root, file), 'utf8');
		const result = runNew(flags);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${file} already exists and is left as it is`);
		expect(readFileSync(join(root, file), 'utf8')).toBe(before);
	});

	it('names every bad value with the allowed ones, writes nothing, exit 2', () => {
		const result = runNew(['--event', '--title', 'Hi', '--start', '2026-02-30', '--end', '2026-1-5', '--city', 'T', '--country', 'EEE', '--slug', 'My Slug']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('new: --title must be 5–160 characters long (it has 2)');
		expect(result.stderr).toContain('new: --start must be a date written YYYY-MM-DD, e.g. 2026-05-10, not "2026-02-30"');
		expect(result.stderr).toContain('new: --end must be a date written YYYY-MM-DD');
		expect(result.stderr).toContain('new: --city must be 2–80 characters long (it has 1)');
		expect(result.stderr).toContain('new: --country "EEE" is not a UNECE member state (did you mean "EE"?); allowed: AL (Albania)');
		expect(result.stderr).toContain('new: --slug "My Slug" must be lower-case');
		expect(result.stderr).toContain('Run "npm run new -- --event --help" for every option.');
		expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
		expect(readdirSync(join(root, 'content/events'))).toEqual([file.replace(/^.*\//, '')]);
	});

	it('refuses an end before the start, and a file name that a page of /events/ uses', () => {
		const dates = runNew(['--event', '--title', 'A conference', '--start', '2026-05-10', '--end', '2026-05-09', '--city', 'Riga', '--country', 'LV']);
		expect(dates.status).toBe(2);
		expect(dates.stderr).toContain('new: --end 2026-05-09 is before --start 2026-05-10');
		for (const slug of ['index', 'organise']) {
			const reserved = runNew(['--event', '--title', 'A conference', '--start', '2026-05-10', '--city', 'Riga', '--country', 'LV', '--slug', slug]);
			expect(reserved.status).toBe(2);
			expect(reserved.stderr).toContain(`new: --slug "${slug}" is the address of the site's own page /events/${slug}/`);
		}
	});

	it('lists the missing options when there is no terminal to ask in, exit 2', () => {
		const result = runNew(['--event', '--title', 'A conference in Riga']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('missing options (no terminal to ask in):');
		expect(result.stderr).toContain('--start    the first day, YYYY-MM-DD');
		expect(result.stderr).toContain('--city     the city where it takes or took place');
		expect(result.stderr).toContain('--country  the host country, one of AL, AD');
	});

	it('tells a case-study option from an event option, either way round', () => {
		const caseOption = runNew(['--event', '--title', 'A conference', '--domain', 'health']);
		expect(caseOption.status).toBe(2);
		expect(caseOption.stderr).toContain('new: --domain is an option of a case study, not of an event: give each session its domains in the file');
		const eventOption = runNew(['--title', 'A conference', '--city', 'Riga']);
		expect(eventOption.status).toBe(2);
		expect(eventOption.stderr).toContain('new: --city is an option of an event: add --event');
		const typo = runNew(['--event', '--strat', '2026-05-10']);
		expect(typo.stderr).toContain('new: unknown option "--strat" (did you mean "--start"?)');
	});
});

describe('npm run new -- --event in a terminal', () => {
	it('asks for each missing value, again after a wrong answer, then writes the file', async () => {
		const answers = ['A', 'Regional Forum on Public Sector Innovation', '2025-13-01', '2025-11-20', 'Almaty', 'Kazakstan', 'KZ'];
		const asked: string[] = [];
		const ask = async (question: string) => {
			asked.push(question);
			return answers.shift() ?? '';
		};
		const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			expect(await mainEvent(['--event'], root, true, ask)).toBe(0);
			const errors = error.mock.calls.map((call) => String(call[0]));
			expect(errors).toContain('  must be 5–160 characters long (it has 1)');
			expect(errors).toContain('  must be a date written YYYY-MM-DD, e.g. 2026-05-10, not "2025-13-01"');
			expect(errors.some((line) => line.startsWith('  "Kazakstan" is not a UNECE member state (did you mean "KZ"?)'))).toBe(true);
		} finally {
			log.mockRestore();
			error.mockRestore();
		}
		expect(answers).toEqual([]);
		expect(asked.map((q) => q.split(' ')[0])).toEqual(['Name', 'Name', 'First', 'First', 'City:', 'Host', 'Host']);
		const text = readFileSync(join(root, 'content/events/regional-forum-on-public-sector-innovation.mdx'), 'utf8');
		expect(text).toContain('startDate: 2025-11-20\nendDate: 2025-11-20');
		expect(text).toContain('city: "Almaty"\ncountry: KZ');
		expect(text).toContain('organiser: ""  # the body that organises the event');
	});
});

describe('renderEvent', () => {
	it('quotes text, and leaves the organiser to fill when not given', () => {
		const text = renderEvent({ title: 'Le "Forum" public', start: '2026-01-01', end: '2026-01-02', city: 'Genève', country: 'CH', slug: 'le-forum-public' });
		expect(text).toContain('title: "Le \\"Forum\\" public"');
		expect(text).toContain('city: "Genève"');
		expect(text).toContain('organiser: ""');
		expect(text).toContain('#   npm run validate -- content/events/le-forum-public.mdx');
	});
});
