/**
 * `npm run new -- --country EE --title "…" --domain health --stage ict-enabled [more]`
 * Scaffolds case-studies/<country>/<slug>.mdx: front matter with the given values and empty
 * fields to fill (each with a comment saying what goes there), the six body sections with
 * guidance, and a `# yaml-language-server` line so that editors check the front matter.
 * In a terminal, missing values are asked for, offering the taxonomy values.
 * Never overwrites a file. Exit 0 on success, 1 when the file exists or cannot be written,
 * 2 on bad or missing options.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { ParseArgsConfig } from 'node:util';
import { readArgs, repeatedOptions, UsageError } from './support/args.ts';
import { mainEvent } from './new-event.ts';
import {
	errorCollector,
	loadVocabulary,
	askUntilValid,
	listAllowed,
	quote,
	resolveCountry,
	resolveSlug,
	slugify,
	type Ask,
	type Vocab,
} from './support/scaffold.ts';
import { createCaseStudySchema, levels, statuses, textLimits } from '../schema/case-study.ts';
import { currentYear } from '../schema/fields.ts';
import { CASE_STUDIES_DIR } from '../lib/content-paths.ts';
import { nearest } from '../lib/suggest.ts';
import { caseBodySections } from '../lib/validation/body-sections.ts';
import { YAML_LANGUAGE_SERVER_LINE } from '../lib/validation/json-schema.ts';

/** The file name made from a title (shared with the event scaffold). */
export { slugify };

const usage = `Usage: npm run new -- --country EE --title "Programme name" --domain health --stage ict-enabled [options]

Creates ${CASE_STUDIES_DIR}/<country>/<slug>.mdx to fill in. Required (asked for in a terminal when missing):
  --country CODE     ISO code of the lead country, e.g. EE (or its English name)
  --title TEXT       name of the programme, ${textLimits.title.min}–${textLimits.title.max} characters; the file name comes from it
  --domain ID        a domain id; repeat it, or separate ids with commas, for up to 3
  --stage ID         the maturity stage id
Optional:
  --level LEVEL      ${levels.join(', ')} (default: national)
  --status STATUS    ${statuses.join(', ')} (default: active)
  --lead TEXT        the organisation that leads the programme
  --started YEAR     the year it started
  --place TEXT       city or region, for a regional or local programme
  --slug SLUG        the file name instead of one made from the title
Allowed ids: content/countries.yaml, domains.yaml, stages.yaml (also listed when a value is wrong).

For an event (a conference and its sessions) instead: npm run new -- --event --help`;

/** A problem with what the user asked for: printed without a stack trace, exit 2. */

export interface NewCaseOptions {
	country: string;
	title: string;
	domains: string[];
	stage: string;
	level: string;
	status: string;
	lead?: string | undefined;
	started?: number | undefined;
	place?: string | undefined;
	slug?: string | undefined;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The text of the new file. */
export function renderCaseStudy(options: NewCaseOptions, date = today()): string {
	const file = `${CASE_STUDIES_DIR}/${options.country.toLowerCase()}/${options.slug ?? slugify(options.title)}.mdx`;
	const lines = [
		'---',
		YAML_LANGUAGE_SERVER_LINE,
		'# Fill in each empty value (its comment says what goes there), then check the file with:',
		`#   npm run validate -- ${file}`,
		'# CONTRIBUTING.md explains every field; allowed ids are in content/*.yaml.',
		`title: ${quote(options.title)}`,
		`summary: ""  # plain text, ${textLimits.summary.min}–${textLimits.summary.max} characters: what was done and what it achieved`,
		`country: ${options.country}`,
		`level: ${options.level}  # ${levels.join(', ')}`,
		options.place ? `place: ${quote(options.place)}` : '# place: ""  # for a regional or local programme: the city or region',
		`domains: [${options.domains.join(', ')}]  # 1–3 ids from content/domains.yaml, the primary one first`,
		`stage: ${options.stage}  # the maturity stage, from content/stages.yaml`,
		'policyMessages: []  # ids from content/policy-messages.yaml that the case illustrates, e.g. [political-backing, co-creation]',
		`leadOrganisation: ${options.lead ? quote(options.lead) : '""  # the body that leads the programme'}`,
		`started: ${options.started ?? ' # the year the programme (or its pilot) started, e.g. 2015'}`,
		'# ended: 2020  # the year it ended, if it has; needed when status is completed or discontinued',
		`status: ${options.status}  # ${statuses.join(', ')}`,
		'impact: []  # measured results: see CONTRIBUTING.md; each one cites a source by its number',
		'sources:  # every source of a fact or figure; footnote [^1] cites the first, [^2] the second …',
		'  - title: ""  # the title of the page or document',
		'    publisher: ""  # who published it',
		'    url: ""  # its https:// address (for an old http page, its https://web.archive.org/ copy)',
		'    # year: 2024  # when it was published, if the source is dated',
		'conditions: []  # 1–6 conditions for success the sources show mattered, ids from content/conditions.yaml, e.g. [legal-mandate, dedicated-unit]',
		'evidence:  # the strongest evidence the sources give for the results',
		'  level:  # how strong: an id from content/evidence-levels.yaml (self-reported … independent-evaluation)',
		'  source:  # the number of the source that gives it',
		'challenges:  # at least one: what went wrong, was hard, or was criticised',
		'  - text: ""  # one or two sentences in your own words',
		'    source:  # the number of the source that says so',
		'# endedBecause:  # needed when status is completed or discontinued: why it ended',
		'#   text: ""',
		'#   source: 1',
		`lastReviewed: ${date}  # the day you last checked the facts against the sources (YYYY-MM-DD)`,
		'---',
		'',
		'{/* Write in your own words, never copied sentences, 400–900 words in all. Cite every fact',
		'   and figure with a footnote that gives the number of its source, and end the file with one',
		'   line per cited source, as case-studies/ee/x-road.mdx does. Components you may use',
		'   (Figure, Callout, KeyFigure) are listed in CONTRIBUTING.md. These notes in braces are',
		'   comments: they never appear on the site, and you may delete them. */}',
	];
	for (const section of caseBodySections) {
		lines.push('', `## ${section.heading}`, '', `{/* ${section.guide} */}`);
	}
	lines.push('');
	return lines.join('\n');
}

// --- options --------------------------------------------------------------------------------

function resolveId(flag: string, input: string, allowed: readonly string[]): string {
	const value = input.trim().toLowerCase();
	if (allowed.includes(value)) return value;
	const guess = nearest(value, allowed);
	throw new UsageError(`--${flag} "${input.trim()}" is not allowed${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${listAllowed(allowed)}`);
}

/** Checks one value with the field's own schema, so that the rules are those of the validator. */
function checkField(flag: string, field: 'title' | 'leadOrganisation' | 'place', value: string, schema: ReturnType<typeof createCaseStudySchema>): string {
	const result = schema.shape[field].safeParse(value);
	if (result.success) return value.trim();
	const bounds = `${textLimits[field].min}–${textLimits[field].max}`;
	throw new UsageError(`--${flag} must be ${bounds} characters long (it has ${value.trim().length})`);
}

function resolveDomains(inputs: readonly string[], vocab: Vocab): string[] {
	const ids = inputs
		.flatMap((input) => input.split(','))
		.map((id) => id.trim())
		.filter(Boolean);
	if (ids.length === 0) throw new UsageError(`--domain needs at least one id; allowed: ${listAllowed(vocab.domainIds)}`);
	if (ids.length > 3) throw new UsageError(`a case study has at most 3 domains (${ids.length} given): keep the primary one first`);
	const resolved = ids.map((id) => resolveId('domain', id, vocab.domainIds));
	const twice = resolved.find((id, index) => resolved.indexOf(id) !== index);
	if (twice) throw new UsageError(`--domain "${twice}" is given twice`);
	return resolved;
}

function resolveYear(input: string): number {
	const year = Number(input.trim());
	if (!/^\d{4}$/.test(input.trim()) || year < 1950 || year > currentYear()) {
		throw new UsageError(`--started must be a year from 1950 to ${currentYear()}, not "${input.trim()}"`);
	}
	return year;
}

const valueFlags = ['country', 'title', 'domain', 'stage', 'level', 'status', 'lead', 'started', 'place', 'slug'] as const;
type Flag = (typeof valueFlags)[number];

const flagOptions = {
	...Object.fromEntries(valueFlags.map((flag) => [flag, { type: 'string', multiple: flag === 'domain' }])),
	help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Reads `--flag value` and `--flag=value`; `--domain` may repeat, no other flag may. */
export function parseFlags(argv: readonly string[]): { values: Partial<Record<Flag, string>>; domains: string[]; help: boolean } {
	const parsed = readArgs(argv, flagOptions);
	const twice = repeatedOptions(parsed.tokens, ['domain', 'help'])[0];
	if (twice) throw new UsageError(`--${twice} is given twice`);
	const { help = false, domain = [], ...rest } = parsed.values as { help?: boolean; domain?: string[] } & Partial<Record<Flag, string>>;
	return { values: rest, domains: domain, help };
}

// --- prompts --------------------------------------------------------------------------------

function menu(title: string, entries: readonly { id: string; label: string }[]): string {
	return `${title}\n${entries.map((entry, index) => `  ${String(index + 1).padStart(2)}) ${entry.id.padEnd(22)} ${entry.label}`).join('\n')}\n`;
}

/** A menu answer: a number from the list or an id. */
function pick(answer: string, ids: readonly string[]): string {
	const trimmed = answer.trim();
	const index = /^\d+$/.test(trimmed) ? Number(trimmed) - 1 : -1;
	return ids[index] ?? trimmed;
}

async function prompt(
	missing: { country: boolean; title: boolean; domains: boolean; stage: boolean },
	vocab: Vocab,
	ask: Ask,
	schema: ReturnType<typeof createCaseStudySchema>,
) {
	const answers: { country?: string; title?: string; domains?: string[]; stage?: string } = {};
	console.error('A few questions to start the case study (Ctrl+C to stop). Everything can be changed later in the file.\n');
	if (missing.title)
		answers.title = await askUntilValid(ask, `Title of the programme (${textLimits.title.min}–${textLimits.title.max} characters): `, (a) =>
			checkField('title', 'title', a, schema),
		);
	if (missing.country)
		answers.country = await askUntilValid(ask, 'Lead country, as ISO code or English name (e.g. EE or Estonia): ', (a) => resolveCountry(a, vocab));
	if (missing.domains) {
		const domains = vocab.taxonomies.domains;
		answers.domains = await askUntilValid(ask, `${menu('Domains (1–3; numbers or ids separated by commas, the primary one first):', domains)}> `, (a) =>
			resolveDomains(
				[
					a
						.split(',')
						.map((part) => pick(part, vocab.domainIds))
						.join(','),
				],
				vocab,
			),
		);
	}
	if (missing.stage) {
		const stages = vocab.taxonomies.stages;
		answers.stage = await askUntilValid(ask, `${menu('Maturity stage:', stages)}> `, (a) => resolveId('stage', pick(a, vocab.stageIds), vocab.stageIds));
	}
	return answers;
}

// --- main -----------------------------------------------------------------------------------

export async function main(argv: string[], root = process.cwd(), interactive = Boolean(process.stdin.isTTY)): Promise<number> {
	// `--event` scaffolds an event instead (src/cli/new-event.ts), with options of its own.
	if (argv.includes('--event')) return mainEvent(argv, root, interactive);
	const eventOnly = argv.map((arg) => /^--(start|end|city|organiser)(?:=|$)/.exec(arg)?.[1]).find(Boolean);
	if (eventOnly) throw new UsageError(`--${eventOnly} is an option of an event: add --event (npm run new -- --event --help)`);
	const { values, domains, help } = parseFlags(argv);
	if (help) {
		console.log(usage);
		return 0;
	}
	const { vocabulary, vocab } = loadVocabulary(root);
	const schema = createCaseStudySchema(vocabulary);

	// Check everything that was given, and report every wrong value at once, before asking
	// for what is missing, so that a typo is not found only after the questions.
	const { errors, check } = errorCollector();
	let country = check(values.country, (v) => resolveCountry(v, vocab));
	let title = check(values.title, (v) => checkField('title', 'title', v, schema));
	let domainIds = domains.length > 0 ? check(domains.join(','), (v) => resolveDomains([v], vocab)) : undefined;
	let stage = check(values.stage, (v) => resolveId('stage', v, vocab.stageIds));
	const level = check(values.level, (v) => resolveId('level', v, levels)) ?? 'national';
	const status = check(values.status, (v) => resolveId('status', v, statuses)) ?? 'active';
	const lead = check(values.lead, (v) => checkField('lead', 'leadOrganisation', v, schema));
	const place = check(values.place, (v) => checkField('place', 'place', v, schema));
	const started = check(values.started, resolveYear);
	let slug = check(values.slug, resolveSlug);
	if (errors.length > 0) throw new UsageError(errors.join('\nnew: '));

	const missing = { country: !country, title: !title, domains: !domainIds, stage: !stage };
	if (Object.values(missing).some(Boolean)) {
		if (!interactive) {
			const lines = [
				missing.country && `  --country  one of ${listAllowed(vocab.countryCodes)}`,
				missing.title && `  --title    the name of the programme, ${textLimits.title.min}–${textLimits.title.max} characters`,
				missing.domains && `  --domain   1–3 of ${listAllowed(vocab.domainIds)}`,
				missing.stage && `  --stage    one of ${listAllowed(vocab.stageIds)}`,
			].filter(Boolean);
			throw new UsageError(`missing ${lines.length === 1 ? 'option' : 'options'} (no terminal to ask in):\n${lines.join('\n')}`);
		}
		const rl = createInterface({ input: process.stdin, output: process.stderr });
		try {
			const answers = await prompt(missing, vocab, (q) => rl.question(q), schema);
			country ??= answers.country;
			title ??= answers.title;
			domainIds ??= answers.domains;
			stage ??= answers.stage;
		} finally {
			rl.close();
		}
	}
	if (!country || !title || !domainIds || !stage) throw new UsageError('missing options; see --help');

	slug ??= slugify(title);
	if (!slug) throw new UsageError(`the title "${title}" has no letters or digits to make a file name from; give one with --slug, e.g. --slug my-programme`);
	const folder = join(root, CASE_STUDIES_DIR, country.toLowerCase());
	const relative = `${CASE_STUDIES_DIR}/${country.toLowerCase()}/${slug}.mdx`;
	let existing: string[];
	try {
		existing = readdirSync(folder);
	} catch {
		existing = [];
	}
	// Also a file that differs only in case: on macOS and Windows it is the same file.
	const clash = existing.find((name) => name.toLowerCase() === `${slug}.mdx`);
	if (clash) {
		console.error(
			`new: ${CASE_STUDIES_DIR}/${country.toLowerCase()}/${clash} already exists and is left as it is. Edit it, or choose another file name with --slug.`,
		);
		return 1;
	}
	const text = renderCaseStudy({ country, title, domains: domainIds, stage, level, status, lead, started, place, slug });
	mkdirSync(folder, { recursive: true });
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
			`  1. Open it and fill in the empty values; each comment says what goes there.`,
			'  2. Write the six sections in your own words, citing a source for every fact.',
			`  3. Check it: npm run validate -- ${relative}`,
			'  4. Preview it: npm run dev, then open the address it prints.',
			'CONTRIBUTING.md has the details.',
		].join('\n'),
	);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`new: ${error.message}\n\nRun "npm run new -- ${process.argv.includes('--event') ? '--event ' : ''}--help" for every option.`);
			process.exitCode = 2;
		} else if ((error as { code?: string }).code === 'ABORT_ERR') {
			console.error('\nnew: stopped; nothing was written');
			process.exitCode = 1;
		} else {
			// A crash is a bug in this command, not the user's fault: say so without a stack trace.
			console.error(`new: internal error: ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 2;
		}
	}
}
