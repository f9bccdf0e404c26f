/**
 * The content validator over a corpus of broken and hostile case studies and events
 * (tests/fixtures/broken/fixtures.ts): every problem of every file is reported in one run, at
 * the line and column of the offending key, value or body construct, with a message that says
 * what is allowed. Each fixture carries one mistake (a few carry two or three) and nothing else,
 * so the expected list below is the complete output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatGithub, formatText, type Diagnostic } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';
import { brokenEventFixtures, brokenFixtures, materialiseBrokenEventFixtures, materialiseBrokenFixtures } from '../fixtures/broken/fixtures.ts';

const root = join(tmpRoot, 'validator-fixture');
let diagnostics: Diagnostic[] = [];
let lines: string[] = [];

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	// The real taxonomies, and the broken events in place of the real ones.
	mkdirSync(join(root, 'content'), { recursive: true });
	for (const name of readdirSync(join(projectRoot, 'content')).filter((n) => n.endsWith('.yaml')))
		symlinkSync(join(projectRoot, 'content', name), join(root, 'content', name));
	materialiseBrokenEventFixtures(join(root, 'content/events'));
	// The site's own sections (which aliases may not take) are read from src/pages and public/.
	symlinkSync(join(projectRoot, 'src'), join(root, 'src'), 'dir');
	symlinkSync(join(projectRoot, 'public'), join(root, 'public'), 'dir');
	materialiseBrokenFixtures(join(root, 'case-studies'));
	diagnostics = validateContent(root).diagnostics;
	lines = diagnostics.map(formatText);
});

/** [file under case-studies/, line, column, severity, words the message must contain]. */
const expected: [string, number, number, Diagnostic['severity'], string][] = [
	// Reading the file
	['ee/empty.mdx', 1, 1, 'error', 'the file is empty; it needs a front-matter block'],
	['ee/no-front-matter.mdx', 1, 1, 'error', 'the file must start with a front-matter block'],
	['ee/bad-utf8.mdx', 23, 1, 'error', 'the file is not valid UTF-8 text; save it with UTF-8 encoding'],
	['ee/yaml-syntax.mdx', 6, 1, 'error', 'YAML syntax: Flow sequence in block collection must be sufficiently indented'],
	// Front matter: schema, with "did you mean"
	['ee/country-typo.mdx', 4, 10, 'error', 'country: "EEE" is not a UNECE member state code (did you mean "EE"?)'],
	['ee/key-typo.mdx', 8, 1, 'error', 'leadOrganization: unknown field "leadOrganization" (did you mean "leadOrganisation"?)'],
	['ee/nested-key-typo.mdx', 12, 5, 'error', 'sources[0].publisher: is required (text)'],
	['ee/nested-key-typo.mdx', 13, 5, 'error', 'sources[0].publsher: unknown field "publsher" (did you mean "publisher"?)'],
	['ee/source-http.mdx', 14, 10, 'error', 'sources[0].url: "http://example.org/" must be a full https:// address'],
	['ee/impact-source-range.mdx', 17, 13, 'error', 'impact[0].source: cites source 2, but only 1 source is listed in the front matter'],
	['ee/date-format.mdx', 18, 15, 'error', 'lastReviewed: must be a date written as YYYY-MM-DD, not the text "28.11.2025"'],
	['lv/folder-country.mdx', 4, 10, 'error', 'country: "LA" is not a UNECE member state code (did you mean "LV"?)'],
	// Independent mistakes in one file are all named in one run, not in waves
	['ee/many-mistakes.mdx', 4, 10, 'error', 'country: "EEX" is not a UNECE member state code (did you mean "EE"?)'],
	['ee/many-mistakes.mdx', 6, 11, 'error', 'domains[0]: "digital-servics" is not a domain id (see content/domains.yaml) (did you mean "digital-services"?)'],
	['ee/many-mistakes.mdx', 9, 1, 'error', 'leader: unknown field "leader"'],
	['ee/many-mistakes.mdx', 18, 13, 'error', 'impact[0].source: cites source 3, but only 1 source is listed in the front matter'],
	['ee/many-mistakes.mdx', 54, 1, 'error', 'footnote [^4] cites source 4, but only 1 source is listed in the front matter'],
	// Front matter: references and place
	['fi/wrong-folder.mdx', 4, 10, 'error', 'country: is "EE" but the file is in the folder "fi/"; move it to case-studies/ee/'],
	['ee/dangling-related.mdx', 11, 11, 'error', 'related[0]: "ee/does-not-exist" is not a case study'],
	['ee/dangling-event.mdx', 12, 12, 'error', 'presentedAt[0].event: "no-such-event" is not an event'],
	[
		'ee/event-typo.mdx',
		12,
		12,
		'error',
		'presentedAt[0].event: "conferense" is not an event (no file content/events/conferense.mdx) (did you mean "conference"?)',
	],
	['ee/session-empty.mdx', 12, 34, 'error', 'presentedAt[0].session: must be at least 1 character long (it has 0)'],
	['ee/session-typo.mdx', 13, 14, 'error', 'presentedAt[0].session: "openng" is not a session of conference (did you mean "opening"?)'],
	['ee/presented-twice.mdx', 13, 5, 'error', 'presentedAt[1]: lists conference, session opening, a second time'],
	['ee/alias-reserved.mdx', 11, 11, 'error', 'aliases[0]: "/countries/ee/" is an address of the site itself (/countries/, a section of the site)'],
	// Body: footnotes and sections
	['ee/footnote-undefined.mdx', 23, 16, 'error', 'footnote [^2] has no definition'],
	['ee/footnote-label.mdx', 23, 18, 'error', 'footnote [^note] must be the number of a source (1 to 1)'],
	['ee/footnote-label.mdx', 46, 1, 'error', 'footnote [^note] must be the number of a source (1 to 1)'],
	['ee/empty-section.mdx', 29, 1, 'error', 'section "## Governance and risk" has no text yet; write it below the heading (Who decided'],
	['ee/section-typo.mdx', 37, 1, 'warning', 'section "## Result and measurement" is not one of the six (did you mean "## Results and measurement"?)'],
	// Body: code, which MDX would run
	[
		'ee/esm-import.mdx',
		21,
		1,
		'error',
		'"import" is not allowed: code in a case study would run when the site is built. The components Figure, Callout, KeyFigure are available without an import',
	],
	['ee/esm-export.mdx', 25, 1, 'error', '"export" is not allowed: code in a case study would run when the site is built'],
	['ee/expression-flow.mdx', 25, 1, 'error', '"{…}" is a JavaScript expression, which a case study cannot contain; to show a brace, write \\{'],
	['ee/expression-text.mdx', 23, 13, 'error', '"{…}" is a JavaScript expression'],
	['ee/script-element.mdx', 25, 1, 'error', '<script> is not allowed: a case study cannot run scripts'],
	['ee/style-element.mdx', 25, 1, 'error', '<style> is not allowed'],
	['ee/iframe-element.mdx', 25, 1, 'error', '<iframe> is not allowed: embedded pages can run code; link to the page or video instead'],
	['ee/object-embed.mdx', 25, 1, 'error', '<object> is not allowed'],
	['ee/object-embed.mdx', 27, 1, 'error', '<embed> is not allowed'],
	['ee/event-handler.mdx', 25, 22, 'error', 'attribute "onMouseOver" on <Callout> is not allowed: event handlers run code'],
	// Body: addresses
	['ee/javascript-link.mdx', 23, 6, 'error', 'link to a "javascript:" address is not allowed'],
	['ee/obfuscated-link.mdx', 23, 6, 'error', 'link to a "javascript:" address is not allowed'],
	['ee/reference-definition.mdx', 25, 1, 'error', 'link to a "vbscript:" address is not allowed'],
	['ee/data-image.mdx', 25, 1, 'error', 'image to a "data:" address is not allowed: add the file to the repository'],
	[
		'ee/jsx-javascript-href.mdx',
		23,
		6,
		'error',
		'<a> is not allowed in a case study; allowed elements: Figure, Callout, KeyFigure, <abbr>, <sub>, <sup>, <br>',
	],
	['ee/jsx-javascript-href.mdx', 23, 9, 'error', 'attribute "href" on <a>: link to a "javascript:" address is not allowed'],
	// Body: components outside the allowlist, or used wrongly
	['ee/unknown-component.mdx', 25, 1, 'error', '<YouTube> is not allowed in a case study; allowed elements: Figure, Callout, KeyFigure'],
	['ee/component-typo.mdx', 25, 1, 'error', '<KeyFigur> is not allowed in a case study (did you mean <KeyFigure>?)'],
	['ee/fragment.mdx', 25, 1, 'error', 'a fragment "<>…</>" is not allowed'],
	['ee/attribute-expression.mdx', 25, 12, 'error', 'attribute "value" on <KeyFigure> is a "{…}" expression: write it as value="text"'],
	['ee/spread-attribute.mdx', 25, 25, 'error', '<Figure> has a "{…}" attribute: attributes must be written name="text"'],
	['ee/attribute-typo.mdx', 25, 9, 'error', '<Figure> has no attribute "captoin" (did you mean "caption"?); its attributes: caption, source'],
	['ee/callout-type.mdx', 25, 10, 'error', '"lessons" is not allowed for type on <Callout> (did you mean "lesson"?); allowed: note, lesson, caution'],
	['ee/key-figure-no-source.mdx', 25, 1, 'error', '<KeyFigure> needs the attribute source="…"'],
	['ee/key-figure-source-range.mdx', 25, 46, 'error', 'source="4" on <KeyFigure> cites source 4, but only 1 source is listed in the front matter'],
	['ee/component-in-sentence.mdx', 23, 11, 'error', '<KeyFigure> must stand on its own lines'],
	// Body: MDX syntax, with a hint in plain words
	[
		'ee/mdx-less-than.mdx',
		23,
		16,
		'error',
		'MDX syntax: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`. A "<" starts a component in MDX: to show the character, write &lt;',
	],
	[
		'ee/mdx-open-brace.mdx',
		23,
		38,
		'error',
		'MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`. A "{" starts code in MDX: to show a brace, write \\{',
	],
	['ee/html-comment.mdx', 25, 2, 'error', 'to create a comment in MDX, use `{/* text */}`'],
	[
		'ee/unclosed-component.mdx',
		25,
		1,
		'error',
		'MDX syntax: Expected a closing tag for `<Callout>` (25:1-25:24). Every <Component> needs its closing </Component>',
	],
	['ee/unquoted-attribute.mdx', 25, 17, 'error', 'Attribute values go in quotes: name="text"'],
	// A syntax error does not hide the problems after it
	['ee/mdx-several-problems.mdx', 23, 16, 'error', 'MDX syntax: Unexpected character `5`'],
	['ee/mdx-several-problems.mdx', 25, 7, 'error', '"{…}" is a JavaScript expression'],
	['ee/mdx-several-problems.mdx', 27, 1, 'error', '<iframe> is not allowed'],
];

/** [file under content/events/, line, column, severity, words the message must contain]: events are checked as precisely as cases. */
const expectedEvents: [string, number, number, Diagnostic['severity'], string][] = [
	// The file and its name (the name becomes the address /events/<name>/)
	['notes.md', 1, 1, 'error', 'is not published: events must be files ending in ".mdx" (lower case); rename it'],
	['nested/conference.mdx', 1, 1, 'error', 'is not published: events are files directly in content/events/, not in a folder below it'],
	['Upper-Case.mdx', 1, 1, 'error', 'the file name "Upper-Case" must be lower-case words joined by hyphens (it becomes the address /events/Upper-Case/)'],
	['index.mdx', 1, 1, 'error', 'the file name "index" would take the address of the site\'s own page /events/index/'],
	['organise.mdx', 1, 1, 'error', 'the file name "organise" would take the address of the site\'s own page /events/organise/'],
	// Front matter, at the offending key or value, with "did you mean"
	['country-typo.mdx', 7, 10, 'error', 'country: "EEE" is not a UNECE member state code (did you mean "EE"?)'],
	['key-typo.mdx', 2, 1, 'error', 'organiser: is required (text)'],
	['key-typo.mdx', 8, 1, 'error', 'organizer: unknown field "organizer" (did you mean "organiser"?)'],
	['date-format.mdx', 4, 12, 'error', 'startDate: must be a date written as YYYY-MM-DD, not the text "10.05.2024"'],
	['session-domain-typo.mdx', 12, 15, 'error', 'sessions[0].domains[0]: "helth" is not a domain id (see content/domains.yaml) (did you mean "health"?)'],
	[
		'material-type-typo.mdx',
		15,
		15,
		'error',
		'sessions[0].materials[0].type: "slide" is not allowed (did you mean "slides"?); allowed: slides, video, report, website, dataset, code',
	],
	// Rules between fields, named even when another field failed
	['session-id-twice.mdx', 17, 9, 'error', 'sessions[1].id: "opening" is used twice; each session needs its own id'],
	['end-before-start.mdx', 5, 10, 'error', 'endDate: must not be before startDate'],
	['end-before-start.mdx', 7, 10, 'error', 'country: "EEX" is not a UNECE member state code (did you mean "EE"?)'],
	['source-year-future.mdx', 23, 11, 'error', 'sources[0].year: must not be later than this year'],
	// Body: footnotes cite the event's sources; the same components and safety rules as a case
	['footnote-range.mdx', 31, 1, 'error', 'footnote [^2] cites source 2, but only 1 source is listed in the front matter'],
	['unknown-component.mdx', 30, 1, 'error', '<YouTube> is not allowed in a case study; allowed elements: Figure, Callout, KeyFigure'],
];

const allExpected = [
	...expected.map(([file, ...rest]) => [`case-studies/${file}`, ...rest] as const),
	...expectedEvents.map(([file, ...rest]) => [`content/events/${file}`, ...rest] as const),
];

const where = (d: Pick<Diagnostic, 'file' | 'line' | 'column' | 'severity'>) => `${d.file}:${d.line}:${d.column} ${d.severity}`;

describe('validateContent over broken and hostile files', () => {
	it('has a fixture for at least 25 kinds of mistake, each listed here', () => {
		const files = Object.keys(brokenFixtures);
		const broken = files.filter((f) => !f.startsWith('ee/clean'));
		expect(broken.length).toBeGreaterThanOrEqual(25);
		expect(new Set(expected.map(([file]) => file))).toEqual(new Set(broken));
		expect(new Set(expectedEvents.map(([file]) => file))).toEqual(new Set(Object.keys(brokenEventFixtures).filter((f) => f !== 'conference.mdx')));
	});

	it.each(allExpected)('reports %s at line %i, column %i', (file, line, column, severity, words) => {
		const at = `${file}:${line}:${column} ${severity}`;
		const found = diagnostics.find((d) => where(d) === at);
		expect(found, `no ${at} in:\n${lines.join('\n')}`).toBeDefined();
		expect(formatText(found!)).toContain(words);
	});

	it('reports every problem of every file in one run, and nothing else', () => {
		expect(diagnostics.map(where).sort()).toEqual(allExpected.map(([file, line, column, severity]) => `${file}:${line}:${column} ${severity}`).sort());
	});

	it('reports nothing for a clean file, nor for a case presented at an event with a mistake elsewhere', () => {
		expect(lines.filter((l) => l.includes('clean.mdx') || l.includes('clean-presented.mdx') || l.startsWith('content/events/conference.mdx:'))).toEqual([]);
	});

	it('prints GitHub annotations', () => {
		const only = validateContent(root, (f) => f === 'case-studies/ee/country-typo.mdx' || f.endsWith('esm-import.mdx')).diagnostics;
		expect(only.map(formatGithub)).toEqual([
			'::error file=case-studies/ee/country-typo.mdx,line=4,col=10,title=country::country: "EEE" is not a UNECE member state code (did you mean "EE"?)',
			'::error file=case-studies/ee/esm-import.mdx,line=21,col=1::"import" is not allowed: code in a case study would run when the site is built. The components Figure, Callout, KeyFigure are available without an import',
		]);
	});
});

describe('npm run validate', () => {
	it('prints one line per problem and the summary on a line of its own, even with both streams in one pipe', () => {
		const script = join(projectRoot, 'src/cli/validate.ts');
		// Both streams into one pipe, as a terminal or `2>&1 | less` shows them.
		const run = spawnSync('sh', ['-c', `"${process.execPath}" "${script}" 2>&1`], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stdout.endsWith('\n')).toBe(true);
		const output = run.stdout.trimEnd().split('\n');
		const summary = output.pop();
		expect(summary).toMatch(/^validate: \d+ errors and \d+ warnings? in \d+ case studies and \d+ events?$/);
		for (const line of output) expect(line).toMatch(/^(case-studies\/[a-z]{2}\/[a-z0-9-]+\.mdx|content\/events\/[\w/.-]+):\d+:\d+ (error|warning) /);
		// npm run validate also warns, once per case, that it has no translation yet.
		const untranslated = output.filter((line) => / warning has no French or Russian translation yet /.test(line));
		expect(untranslated.length).toBeGreaterThan(0);
		expect(output.length - untranslated.length).toBe(allExpected.length);
	});
});

describe('validateContent over the repository', () => {
	// Parses every case study in full: its time grows with the content, not with this code.
	it('finds no problem in the published content', { timeout: 60_000 }, () => {
		expect(validateContent(projectRoot).diagnostics.map(formatText)).toEqual([]);
	});
});
