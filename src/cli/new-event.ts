/**
 * `npm run new -- --event --title "…" --start 2026-05-10 --city Tallinn --country EE [more]`
 * Scaffolds content/events/<slug>.mdx: front matter with the given values, one session and one
 * source to fill (each blank with a comment saying what goes there), and a `# yaml-language-server`
 * line so that editors check the front matter against public/schema/event.json. In a terminal,
 * missing values are asked for. Never overwrites a file. Exit codes as for a case study: 0
 * written, 1 when the file exists or cannot be written, 2 on bad or missing options.
 * Called by src/cli/new.ts, whose helpers it shares.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { ParseArgsConfig } from 'node:util';
import { readArgs, repeatedOptions, UsageError } from './support/args.ts';
import { errorCollector, loadVocabulary, askUntilValid, quote, resolveCountry, resolveSlug, slugify, type Ask } from './support/scaffold.ts';
import { createEventSchema, eventTextLimits } from '../schema/event.ts';
import { reservedEventNames } from '../lib/content-files-fs.ts';
import { EVENTS_DIR } from '../lib/content-paths.ts';
import { EVENT_YAML_LANGUAGE_SERVER_LINE } from '../lib/validation/json-schema.ts';
import { materialTypes } from '../schema/fields.ts';

const limits = eventTextLimits;
const range = (field: keyof typeof limits) => `${limits[field].min}–${limits[field].max}`;

const usage = `Usage: npm run new -- --event --title "Conference name" --start 2026-05-10 --city Tallinn --country EE [options]

Creates ${EVENTS_DIR}/<slug>.mdx to fill in. Required (asked for in a terminal when missing):
  --title TEXT       name of the event, ${range('title')} characters; the file name comes from it
  --start DATE       first day, YYYY-MM-DD
  --city TEXT        the city where it takes or took place
  --country CODE     ISO code of the host country, e.g. EE (or its English name)
Optional:
  --end DATE         last day, YYYY-MM-DD (default: the first day, for a one-day event)
  --organiser TEXT   the body that organises it
  --slug SLUG        the file name instead of one made from the title; it becomes /events/<slug>/
Case studies then name it in presentedAt: [{event: <slug>, session: <session id>}].`;

export interface NewEventOptions {
	title: string;
	start: string;
	end: string;
	city: string;
	country: string;
	organiser?: string | undefined;
	slug: string;
}

/** The text of the new event file. */
export function renderEvent(options: NewEventOptions): string {
	const file = `${EVENTS_DIR}/${options.slug}.mdx`;
	const lines = [
		'---',
		EVENT_YAML_LANGUAGE_SERVER_LINE,
		'# Fill in each empty value (its comment says what goes there), then check the file with:',
		`#   npm run validate -- ${file}`,
		'# CONTRIBUTING.md ("Adding an event") explains every field; allowed ids are in content/*.yaml.',
		`title: ${quote(options.title)}`,
		`summary: ""  # plain text, ${range('summary')} characters: what the event was about and who it brought together`,
		`startDate: ${options.start}`,
		`endDate: ${options.end}  # the last day; the same as startDate for a one-day event`,
		`city: ${quote(options.city)}`,
		`country: ${options.country}`,
		`organiser: ${options.organiser ? quote(options.organiser) : '""  # the body that organises the event'}`,
		'# url: https://…  # the event’s own page, if it has one',
		'# participants: ""  # who took part, with figures only as the organiser reported them',
		'sessions:  # in programme order; copy the four lines for each further session, or delete them for an event without sessions',
		'  - id: ""  # lower-case words joined by hyphens, unique in this event, e.g. opening-plenary; case studies name the session by it',
		'    title: ""  # the title or theme of the session',
		'    domains: []  # ids from content/domains.yaml the session is about, e.g. [digital-services, health]',
		`    materials: []  # slides, videos or reports of the session, each {title, type, url}; type: ${materialTypes.join(', ')}`,
		'policyMessages: []  # ids from content/policy-messages.yaml the event concluded with, if any',
		'materials: []  # materials of the whole event, each {title, type, url}',
		'sources:  # where the facts about the event come from (the programme, the organiser’s report); footnote [^1] cites the first',
		'  - title: ""  # the title of the page or document',
		'    publisher: ""  # who published it',
		'    url: ""  # its address, https:// (or http:// as the organiser published it)',
		'    year:  # the year it was published, e.g. 2026',
		'---',
		'',
		'{/* Describe the event in your own words, in a few paragraphs: why it was held, what was',
		'   discussed, what it concluded. Headings (## …), lists and links work as in a case study;',
		'   cite a source with a footnote such as [^1] and end the file with a line per cited source,',
		'   "[^1]: Publisher, *Title*." This note in braces is a comment: delete it or keep it. */}',
		'',
	];
	return lines.join('\n');
}

// --- options --------------------------------------------------------------------------------

const valueFlags = ['title', 'start', 'end', 'city', 'country', 'organiser', 'slug'] as const;
type Flag = (typeof valueFlags)[number];

const flagOptions = {
	event: { type: 'boolean' },
	...Object.fromEntries(valueFlags.map((flag) => [flag, { type: 'string' }])),
	help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options of a case study, which an event does not take, with what to do instead. */
const caseOnly: Record<string, string> = {
	domain: 'give each session its domains in the file',
	stage: 'a maturity stage belongs to a case study',
	level: 'a level of government belongs to a case study',
	status: 'a status belongs to a case study',
	lead: 'use --organiser',
	started: 'use --start with a date, YYYY-MM-DD',
	place: 'use --city',
};

export function parseEventFlags(argv: readonly string[]): { values: Partial<Record<Flag, string>>; help: boolean } {
	const given = argv.map((arg) => /^--([a-z]+)(?:=|$)/.exec(arg)?.[1]).find((name) => name !== undefined && name in caseOnly);
	if (given) throw new UsageError(`--${given} is an option of a case study, not of an event: ${caseOnly[given]}`);
	const parsed = readArgs(argv, flagOptions);
	const twice = repeatedOptions(parsed.tokens)[0];
	if (twice) throw new UsageError(`--${twice} is given twice`);
	const { help = false, event: _event, ...rest } = parsed.values as { help?: boolean; event?: boolean } & Partial<Record<Flag, string>>;
	return { values: rest, help };
}

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function resolveDate(flag: string, input: string): string {
	const value = input.trim();
	const valid =
		/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
	if (!valid) throw new UsageError(`--${flag} must be a date written YYYY-MM-DD, e.g. 2026-05-10, not "${value}"`);
	return value;
}

/** Checks one text with the field's own schema, so that the rules are those of the validator. */
function checkText(flag: string, field: keyof typeof limits, value: string, schema: ReturnType<typeof createEventSchema>): string {
	const result = schema.shape[field].safeParse(value.trim());
	if (result.success) return value.trim();
	throw new UsageError(`--${flag} must be ${range(field)} characters long (it has ${value.trim().length})`);
}

/** A file name: a slug that no page of /events/ uses already. */
function resolveEventSlug(input: string, reserved: ReadonlySet<string>): string {
	const slug = resolveSlug(input);
	if (reserved.has(slug)) throw new UsageError(`--slug "${slug}" is the address of the site's own page /events/${slug}/; choose another name`);
	return slug;
}

// --- main -----------------------------------------------------------------------------------

export async function mainEvent(argv: string[], root = process.cwd(), interactive = Boolean(process.stdin.isTTY), ask?: Ask): Promise<number> {
	const { values, help } = parseEventFlags(argv);
	if (help) {
		console.log(usage);
		return 0;
	}
	const { vocabulary, vocab } = loadVocabulary(root);
	const schema = createEventSchema(vocabulary);
	const reserved = reservedEventNames(root);

	// Every wrong value is reported at once, before asking for what is missing.
	const { errors, check } = errorCollector();
	let title = check(values.title, (v) => checkText('title', 'title', v, schema));
	let start = check(values.start, (v) => resolveDate('start', v));
	let city = check(values.city, (v) => checkText('city', 'city', v, schema));
	let country = check(values.country, (v) => resolveCountry(v, vocab));
	const end = check(values.end, (v) => resolveDate('end', v));
	const organiser = check(values.organiser, (v) => checkText('organiser', 'organiser', v, schema));
	let slug = check(values.slug, (v) => resolveEventSlug(v, reserved));
	if (start && end && end < start) errors.push(`--end ${end} is before --start ${start}`);
	if (errors.length > 0) throw new UsageError(errors.join('\nnew: '));

	const missing = { title: !title, start: !start, city: !city, country: !country };
	if (Object.values(missing).some(Boolean)) {
		if (!interactive && !ask) {
			const lines = [
				missing.title && `  --title    the name of the event, ${range('title')} characters`,
				missing.start && '  --start    the first day, YYYY-MM-DD',
				missing.city && '  --city     the city where it takes or took place',
				missing.country && `  --country  the host country, one of ${vocab.countryCodes.join(', ')}`,
			].filter(Boolean);
			throw new UsageError(`missing ${lines.length === 1 ? 'option' : 'options'} (no terminal to ask in):\n${lines.join('\n')}`);
		}
		const rl = ask ? undefined : createInterface({ input: process.stdin, output: process.stderr });
		const question: Ask = ask ?? ((q) => rl!.question(q));
		try {
			console.error('A few questions to start the event (Ctrl+C to stop). Everything can be changed later in the file.\n');
			title ??= await askUntilValid(question, `Name of the event (${range('title')} characters): `, (a) => checkText('title', 'title', a, schema));
			start ??= await askUntilValid(question, 'First day (YYYY-MM-DD): ', (a) => {
				const date = resolveDate('start', a);
				if (end && end < date) throw new UsageError(`--start ${date} is after --end ${end}`);
				return date;
			});
			city ??= await askUntilValid(question, 'City: ', (a) => checkText('city', 'city', a, schema));
			country ??= await askUntilValid(question, 'Host country, as ISO code or English name (e.g. EE or Estonia): ', (a) => resolveCountry(a, vocab));
		} finally {
			rl?.close();
		}
	}
	if (!title || !start || !city || !country) throw new UsageError('missing options; see --help');

	slug ??= slugify(title);
	if (!slug) throw new UsageError(`the title "${title}" has no letters or digits to make a file name from; give one with --slug, e.g. --slug tallinn-2026`);
	if (reserved.has(slug))
		throw new UsageError(`the file name "${slug}" made from the title is the address of the site's own page /events/${slug}/; give another with --slug`);
	const relative = `${EVENTS_DIR}/${slug}.mdx`;
	let existing: string[];
	try {
		existing = readdirSync(join(root, EVENTS_DIR));
	} catch {
		existing = [];
	}
	// Also a file that differs only in case: on macOS and Windows it is the same file.
	const clash = existing.find((name) => name.toLowerCase() === `${slug}.mdx`);
	if (clash) {
		console.error(`new: ${EVENTS_DIR}/${clash} already exists and is left as it is. Edit it, or choose another file name with --slug.`);
		return 1;
	}
	const text = renderEvent({ title, start, end: end ?? start, city, country, organiser, slug });
	mkdirSync(join(root, EVENTS_DIR), { recursive: true });
	try {
		writeFileSync(join(root, relative), text, { flag: 'wx' }); // wx: never overwrite, even in a race
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		console.error(`new: cannot write ${relative}${code === 'EEXIST' ? ': it already exists' : code ? ` (${code})` : ''}`);
		return 1;
	}
	console.log(relative);
	console.error(
		[
			`new: created ${relative}`,
			'Next:',
			'  1. Open it and fill in the empty values (the summary, each session, the sources); each comment says what goes there.',
			'  2. Describe the event below the front matter, citing a source for every fact.',
			`  3. Check it: npm run validate -- ${relative}`,
			`  4. Link the case studies presented there: presentedAt: [{event: ${slug}, session: <session id>}]`,
			'CONTRIBUTING.md ("Adding an event") and the page /events/organise/ have the details.',
		].join('\n'),
	);
	return 0;
}
