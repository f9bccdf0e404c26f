/**
 * Checks all content of the knowledge base the way `npm run validate` and the build need it:
 * every case study and event against the shared schemas, plus what a schema cannot see
 * (references between files, folder = country, unique slugs and aliases, footnotes).
 * It collects every problem in every file instead of stopping at the first.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { caseIdPattern, createCaseStudySchema, type CaseStudyData } from '../schema/case-study.ts';
import { createEventSchema, type EventData } from '../schema/event.ts';
import { createCaseTranslationSchema } from '../schema/case-translation.ts';
import { vocabularyOf } from '../schema/taxonomy.ts';
import { slugPattern } from '../schema/patterns.ts';
import { readTaxonomies } from './taxonomies-fs.ts';
import {
	CASE_ASSET_EXTENSIONS,
	CASE_STUDIES_DIR,
	EVENTS_DIR,
	LANGUAGE_PREFIXES,
	caseIdFromPath,
	eventIdFromPath,
	isTranslationPath,
	translationFromPath,
	translationPath,
} from './content-paths.ts';
import { listFiles, reservedEventNames, siteSections, walkFolder, type FolderEntry } from './content-files-fs.ts';
import { aliasSection, aliasShapeProblem, normaliseAlias } from '../schema/alias.ts';
import { byLocation, type Diagnostic } from './validation/diagnostic.ts';
import { parseFrontMatter, positionOf, type ParsedFile } from './validation/frontmatter.ts';
import { fieldName, formatIssue, knownKeysOf, type IssueHints } from './validation/zod-issues.ts';
import { checkMdxBody, type BodyCheckOptions } from './validation/mdx-body.ts';
import { caseBodyHeadingsByLang } from './validation/body-sections.ts';
import { compareTranslation } from './validation/translation-facts.ts';
import { nearest } from './suggest.ts';

export interface ValidationResult {
	diagnostics: Diagnostic[];
	caseFiles: string[];
	/** Translations of case studies (`x-road.fr.mdx`), beside their originals. */
	translationFiles: string[];
	eventFiles: string[];
	/** Old addresses of valid case studies, for the redirect writer. */
	aliases: { alias: string; caseId: string; title: string; file: string }[];
	/**
	 * In `screen` mode, the bodies whose structure (sections, footnotes) is still to be checked,
	 * with what the check needs: the build checks them on its compiler's own tree.
	 */
	deferredBodies: DeferredBody[];
}

/** A body whose structure check was left to the build's compiler (see `BodyChecks`). */
export interface DeferredBody {
	file: string;
	/** 1-based line on which the body starts, for problems that belong to no node. */
	bodyStartLine: number;
	options: BodyCheckOptions;
}

interface Loaded<T> {
	file: string;
	parsed: ParsedFile;
	data?: T | undefined;
}

/** Decodes UTF-8 strictly; on invalid bytes reports the line they are on. */
export function decodeUtf8(bytes: Uint8Array): { text?: string; badLine?: number } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
	} catch {
		let line = 1;
		let start = 0;
		for (let i = 0; i <= bytes.length; i++) {
			if (i === bytes.length || bytes[i] === 0x0a) {
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
				} catch {
					return { badLine: line };
				}
				line++;
				start = i + 1;
			}
		}
		return { badLine: 1 };
	}
}

/** The error for a file with nothing after its front matter, saying what belongs there; none otherwise. */
function emptyBody(file: string, parsed: ParsedFile, needed: string): Diagnostic[] {
	if (parsed.body.trim() !== '') return [];
	return [{ file, line: parsed.bodyStartLine - 1, column: 1, severity: 'error', message: `the file has no text after the front matter; ${needed}` }];
}

/** Largest content file read at all. */
export const maxFileBytes = 128 * 1024;

function readFile(root: string, file: string, diagnostics: Diagnostic[]): ParsedFile | undefined {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(join(root, file));
	} catch {
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: 'file cannot be read' });
		return undefined;
	}
	// A resource limit before any parsing: the longest real case is about 12 KB.
	if (bytes.length > maxFileBytes) {
		diagnostics.push({
			file,
			line: 1,
			column: 1,
			severity: 'error',
			message: `the file is ${Math.round(bytes.length / 1024)} KB; a case study or event is at most ${maxFileBytes / 1024} KB, far beyond any real one`,
		});
		return undefined;
	}
	const { text, badLine } = decodeUtf8(bytes);
	if (text === undefined) {
		diagnostics.push({ file, line: badLine ?? 1, column: 1, severity: 'error', message: 'the file is not valid UTF-8 text; save it with UTF-8 encoding' });
		return undefined;
	}
	const parsed = parseFrontMatter(text);
	for (const problem of parsed.problems) diagnostics.push({ file, ...problem, severity: 'error' });
	return parsed.problems.length > 0 ? undefined : parsed;
}

interface SchemaCheck<T> {
	/** The parsed front matter, when it passed the schema. */
	data?: T | undefined;
	/** The front matter as written, when it is a map: what the cross-file checks read when a field failed. */
	raw?: Record<string, unknown> | undefined;
}

function checkSchema<S extends z.ZodType>(
	schema: S,
	file: string,
	parsed: ParsedFile,
	diagnostics: Diagnostic[],
	hints: IssueHints = {},
): SchemaCheck<z.output<S>> {
	const data = parsed.data ?? {};
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		diagnostics.push({ file, line: parsed.yamlStartLine, column: 1, severity: 'error', message: 'the front matter must be a list of "field: value" lines' });
		return {};
	}
	const raw = data as Record<string, unknown>;
	const result = schema.safeParse(data);
	if (result.success) return { data: result.data, raw };
	for (const issue of result.error.issues) {
		for (const formatted of formatIssue(issue, data, (path) => knownKeysOf(schema, path), hints)) {
			const position = positionOf(parsed, formatted.path, formatted.atKey);
			diagnostics.push({ file, ...position, severity: 'error', field: fieldName(formatted.path), message: formatted.message });
		}
	}
	return { raw };
}

const recordsOf = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value) ? value.map((item: unknown) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];

/**
 * What cases need to know of an event, read from valid data or, when a field failed, from the
 * file as written: its session ids (undefined when the sessions themselves cannot be read, so
 * that no case is blamed for the event's own mistake) and its sources, for the footnote check.
 */
function eventFacts(check: SchemaCheck<EventData>) {
	const source: Record<string, unknown> = check.data ?? check.raw ?? {};
	const sessions = source['sessions'];
	return {
		sessions:
			sessions === undefined ? [] : Array.isArray(sessions) ? recordsOf(sessions).flatMap((s) => (typeof s['id'] === 'string' ? [s['id']] : [])) : undefined,
		sources: Array.isArray(source['sources']) ? (source['sources'] as unknown[]) : undefined,
	};
}

/** The values the cross-file checks need, read from valid data or, when a field failed, from the file as written. */
function crossFileFacts(check: SchemaCheck<CaseStudyData>) {
	const source: Record<string, unknown> = check.data ?? check.raw ?? {};
	const strings = (value: unknown): (string | undefined)[] =>
		Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item : undefined)) : [];
	const records = recordsOf;
	return {
		country: typeof source['country'] === 'string' ? source['country'] : undefined,
		related: strings(source['related']),
		aliases: strings(source['aliases']),
		transfer: records(source['transfer']).map((t) => ({
			country: typeof t['country'] === 'string' ? t['country'] : undefined,
			case: typeof t['case'] === 'string' ? t['case'] : undefined,
		})),
		presentedAt: records(source['presentedAt']).map((p) => ({
			event: typeof p['event'] === 'string' ? p['event'] : undefined,
			session: typeof p['session'] === 'string' ? p['session'] : undefined,
		})),
		sources: Array.isArray(source['sources']) ? (source['sources'] as unknown[]) : undefined,
	};
}

/**
 * Validates the content under `root`. `only`, when given, limits which files' own problems
 * are reported; the other files are still read so that references between files resolve.
 */
/** Why an entry of the case folder would not be published as what it looks like, or undefined. */
function caseFolderProblem(entry: FolderEntry): string | undefined {
	if (entry.kind === 'symlink') return `is a symbolic link (to "${entry.target}"); a case study must be a file in the repository, not a link`;
	if (entry.kind === 'other') return 'is not a regular file';
	if (entry.path.endsWith('.mdx')) return undefined;
	if ((CASE_ASSET_EXTENSIONS as readonly string[]).includes(extname(entry.path).toLowerCase()) && extname(entry.path) === extname(entry.path).toLowerCase())
		return undefined;
	if (/\.(mdx|md|markdown)$/i.test(entry.path)) return `is not published: case studies must be files ending in ".mdx" (lower case); rename it`;
	return `is not a case study (a .mdx file) nor an image (${CASE_ASSET_EXTENSIONS.join(', ')}); move or remove it`;
}

/** Why an entry of the events folder would not be published as what it looks like, or undefined. */
function eventFolderProblem(entry: FolderEntry): string | undefined {
	if (entry.kind === 'symlink') return `is a symbolic link (to "${entry.target}"); an event must be a file in the repository, not a link`;
	if (entry.kind === 'other') return 'is not a regular file';
	if (entry.path.slice(EVENTS_DIR.length + 1).includes('/'))
		return `is not published: events are files directly in ${EVENTS_DIR}/, not in a folder below it; move it up`;
	if (entry.path.endsWith('.mdx')) return undefined;
	if ((CASE_ASSET_EXTENSIONS as readonly string[]).includes(extname(entry.path).toLowerCase()) && extname(entry.path) === extname(entry.path).toLowerCase())
		return undefined;
	if (/\.(mdx|md|markdown)$/i.test(entry.path)) return `is not published: events must be files ending in ".mdx" (lower case); rename it`;
	return `is not an event (a .mdx file) nor an image (${CASE_ASSET_EXTENSIONS.join(', ')}); move or remove it`;
}

/** The problem with an event's file name, which becomes its address /events/<name>/, or undefined. */
function eventNameProblem(id: string, reserved: ReadonlySet<string>): string | undefined {
	if (!slugPattern.test(id)) return `the file name "${id}" must be lower-case words joined by hyphens (it becomes the address /events/${id}/)`;
	if (reserved.has(id)) return `the file name "${id}" would take the address of the site's own page /events/${id}/; choose another name`;
	return undefined;
}

/**
 * Why an alias (canonical, normalised with a trailing slash) would take an address of the site:
 * a section the site builds pages under, in any language, or an existing case page.
 */
function reservedAlias(path: string, sections: ReadonlySet<string>, caseIds: ReadonlySet<string>): string | undefined {
	const section = aliasSection(path);
	if (section === CASE_STUDIES_DIR) {
		if (path === `/${CASE_STUDIES_DIR}/`) return 'the list of case studies';
		const id = path.slice(CASE_STUDIES_DIR.length + 2, -1);
		if (caseIds.has(id)) return `the page of the case study ${id}`;
		return undefined;
	}
	if (sections.has(section)) return `/${section}/, a section of the site${(LANGUAGE_PREFIXES as readonly string[]).includes(section) ? ' (a language)' : ''}`;
	return undefined;
}

/**
 * How much of each body to check. `all` parses every body as MDX (what `npm run validate`
 * does). `screen` parses only bodies that contain something MDX treats as more than plain
 * markdown (`<`, `{`, an import or export, a link or a non-web address), so that nothing unsafe
 * or unparsable reaches the compiler; the other bodies are returned as `deferredBodies`, whose
 * sections and footnotes the build checks on the tree its MDX compiler parses anyway
 * (src/lib/remark-body-checks.ts) instead of parsing every body a second time.
 */
export type BodyChecks = 'all' | 'screen';

/** True when a body may hold JSX, an expression, ESM or a link: plain prose with footnotes cannot. */
export function bodyNeedsMdxParse(body: string): boolean {
	return /[<{]|^\s*(?:import|export)\b|\]\(|^\s*\[(?!\^)[^\]]+\]:|(?:javascript|data|vbscript):/im.test(body);
}

export interface ValidateOptions {
	/** Warn about each case study that has no translation yet into a language (what `npm run validate` does). */
	untranslated?: boolean;
}

const languageNames = { fr: 'French', ru: 'Russian' } as const;

export function validateContent(root: string, only?: (file: string) => boolean, bodies: BodyChecks = 'all', options: ValidateOptions = {}): ValidationResult {
	const diagnostics: Diagnostic[] = [];
	const deferredBodies: DeferredBody[] = [];
	const { taxonomies, diagnostics: taxonomyProblems } = readTaxonomies(root);
	diagnostics.push(...taxonomyProblems);
	const vocabulary = vocabularyOf(taxonomies);
	const caseSchema = createCaseStudySchema(vocabulary);
	const eventSchema = createEventSchema(vocabulary);

	const allCaseFiles = listFiles(root, CASE_STUDIES_DIR, '.mdx');
	const caseFiles = allCaseFiles.filter((file) => !isTranslationPath(file));
	const translationFiles = allCaseFiles.filter(isTranslationPath);
	// Events are read from the folder itself (the content layer's pattern is `*.mdx`); a file in a
	// folder below is named by the folder check instead.
	const eventFiles = listFiles(root, EVENTS_DIR, '.mdx').filter((file) => !file.slice(EVENTS_DIR.length + 1).includes('/'));
	// Nothing in the case folder is ignored silently: a link, or a file that is neither a case
	// study nor an image, is named.
	for (const entry of walkFolder(root, CASE_STUDIES_DIR)) {
		const problem = caseFolderProblem(entry);
		if (problem) diagnostics.push({ file: entry.path, line: 1, column: 1, severity: 'error', message: problem });
	}
	for (const entry of walkFolder(root, EVENTS_DIR)) {
		const problem = eventFolderProblem(entry);
		if (problem) diagnostics.push({ file: entry.path, line: 1, column: 1, severity: 'error', message: problem });
	}

	// The body is checked even when the front matter is not valid: both sets of problems are
	// reported in one run. Only a readable file (UTF-8, front matter that parses) is checked.
	const cases: (Loaded<CaseStudyData> & { facts: ReturnType<typeof crossFileFacts> })[] = caseFiles.map((file) => {
		const parsed = readFile(root, file, diagnostics);
		if (!parsed) return { file, parsed: parseFrontMatter(''), facts: crossFileFacts({}) };
		// A wrong country code is most likely a typo of the folder's country.
		const folder = caseIdFromPath(file).split('/')[0]?.toUpperCase();
		const check = checkSchema(caseSchema, file, parsed, diagnostics, { preferred: folder ? { country: folder } : {} });
		const facts = crossFileFacts(check);
		diagnostics.push(...emptyBody(file, parsed, 'a case study needs its six sections'));
		const bodyOptions: BodyCheckOptions = { sections: true, frontmatter: facts.sources ? { sources: facts.sources } : undefined };
		if (bodies === 'all' || bodyNeedsMdxParse(parsed.body)) diagnostics.push(...checkMdxBody(file, parsed, bodyOptions));
		else deferredBodies.push({ file, bodyStartLine: parsed.bodyStartLine, options: bodyOptions });
		return { file, parsed, data: check.data, facts };
	});
	const reservedEvents = reservedEventNames(root);
	const events: (Loaded<EventData> & { facts: ReturnType<typeof eventFacts> })[] = eventFiles.map((file) => {
		const nameProblem = eventNameProblem(eventIdFromPath(file), reservedEvents);
		if (nameProblem) diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: nameProblem });
		const parsed = readFile(root, file, diagnostics);
		// An event that cannot be read is named; cases that cite it are not blamed for its sessions.
		if (!parsed) return { file, parsed: parseFrontMatter(''), facts: { sessions: undefined, sources: undefined } };
		const check = checkSchema(eventSchema, file, parsed, diagnostics);
		const facts = eventFacts(check);
		// An event's text cites its sources with footnotes as a case study does, and may use the same components.
		diagnostics.push(...checkMdxBody(file, parsed, { sections: false, footnotes: true, frontmatter: facts.sources ? { sources: facts.sources } : undefined }));
		return { file, parsed, data: check.data, facts };
	});

	// Translations: the same checks as their originals where they apply (sections in their own
	// language, footnotes against the original's sources), then a comparison with the original.
	const translationSchema = createCaseTranslationSchema();
	const originals = new Map(cases.map((c) => [caseIdFromPath(c.file), c]));
	const translated = new Set<string>();
	for (const file of translationFiles) {
		const { caseId, lang } = translationFromPath(file)!;
		const original = originals.get(caseId);
		if (!original) {
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				severity: 'error',
				message: `is a ${languageNames[lang]} translation of ${CASE_STUDIES_DIR}/${caseId}.mdx, which does not exist; name a translation after its original (<slug>.${lang}.mdx beside <slug>.mdx)`,
			});
			continue;
		}
		translated.add(file);
		const parsed = readFile(root, file, diagnostics);
		if (!parsed) continue;
		const check = checkSchema(translationSchema, file, parsed, diagnostics);
		diagnostics.push(...emptyBody(file, parsed, 'a translation has the six sections of its original'));
		const sources = original.facts.sources;
		const bodyOptions: BodyCheckOptions = { sections: caseBodyHeadingsByLang[lang], frontmatter: sources ? { sources } : undefined };
		if (bodies === 'all' || bodyNeedsMdxParse(parsed.body)) diagnostics.push(...checkMdxBody(file, parsed, bodyOptions));
		else deferredBodies.push({ file, bodyStartLine: parsed.bodyStartLine, options: bodyOptions });
		const originalData = original.parsed.data;
		if (check.raw && originalData !== null && typeof originalData === 'object' && !Array.isArray(originalData)) {
			const headingLines = parsed.body.split('\n').flatMap((line, index) => (line.startsWith('## ') ? [parsed.bodyStartLine + index] : []));
			for (const problem of compareTranslation(
				{ data: originalData as Record<string, unknown>, body: original.parsed.body },
				{ data: check.raw, body: parsed.body },
				lang,
			)) {
				const position =
					problem.path && problem.path.length > 0
						? positionOf(parsed, problem.path)
						: {
								line:
									problem.section !== undefined
										? (headingLines[problem.section] ?? parsed.bodyStartLine)
										: problem.path
											? parsed.yamlStartLine
											: parsed.bodyStartLine,
								column: 1,
							};
				diagnostics.push({
					file,
					...position,
					severity: problem.severity,
					...(problem.path && problem.path.length > 0 ? { field: fieldName(problem.path) } : {}),
					message: problem.message,
				});
			}
		}
	}
	if (options.untranslated) {
		for (const { file } of cases) {
			const caseId = caseIdFromPath(file);
			const missing = LANGUAGE_PREFIXES.filter((lang) => !translated.has(translationPath(caseId, lang)));
			if (missing.length === 0) continue;
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				severity: 'warning',
				message: `has no ${missing.map((lang) => languageNames[lang]).join(' or ')} translation yet (${missing.map((lang) => translationPath(caseId, lang)).join(', ')}); its page in that language links to the English text (CONTRIBUTING: Translations)`,
			});
		}
	}

	const eventSessions = new Map(events.map((e) => [eventIdFromPath(e.file), e.facts.sessions]));
	const eventIds = [...eventSessions.keys()];
	const caseIds = new Set(caseFiles.map(caseIdFromPath));
	const lowerCaseIds = new Map<string, string>();
	const aliasOwner = new Map<string, string>();
	const sections = siteSections(root);

	for (const { file, parsed, facts } of cases) {
		const id = caseIdFromPath(file);
		const [folder = '', slug = ''] = id.split('/');
		if (id.split('/').length !== 2) {
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				severity: 'error',
				message: `case studies live in ${CASE_STUDIES_DIR}/<country code>/<slug>.mdx; move this file to that depth`,
			});
		} else if (!slugPattern.test(slug)) {
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				severity: 'error',
				message: `the file name "${slug}" must be lower-case words joined by hyphens (it becomes the URL)`,
			});
		}
		const twin = lowerCaseIds.get(id.toLowerCase());
		if (twin) diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: `has the same slug as ${twin} in the same country` });
		lowerCaseIds.set(id.toLowerCase(), file);

		// These checks read the file as written, so they run even when another field failed;
		// a check whose own field is broken is skipped (the schema has named that field already).
		const { country } = facts;
		if (country !== undefined && vocabulary.countries.includes(country) && folder !== country.toLowerCase()) {
			diagnostics.push({
				file,
				...positionOf(parsed, ['country']),
				severity: 'error',
				field: 'country',
				message: `is "${country}" but the file is in the folder "${folder}/"; move it to ${CASE_STUDIES_DIR}/${country.toLowerCase()}/ or correct the code`,
			});
		}
		facts.related.forEach((related, index) => {
			if (related === undefined || !caseIdPattern.test(related)) return;
			if (related === id)
				diagnostics.push({
					file,
					...positionOf(parsed, ['related', index]),
					severity: 'error',
					field: `related[${index}]`,
					message: 'a case cannot be related to itself',
				});
			else if (!caseIds.has(related))
				diagnostics.push({
					file,
					...positionOf(parsed, ['related', index]),
					severity: 'error',
					field: `related[${index}]`,
					message: `"${related}" is not a case study (no file ${CASE_STUDIES_DIR}/${related}.mdx)`,
				});
		});
		facts.transfer.forEach((transfer, index) => {
			if (transfer.case === undefined || !caseIdPattern.test(transfer.case)) return;
			const position = positionOf(parsed, ['transfer', index, 'case']);
			if (!caseIds.has(transfer.case)) {
				diagnostics.push({
					file,
					...position,
					severity: 'error',
					field: `transfer[${index}].case`,
					message: `"${transfer.case}" is not a case study (no file ${CASE_STUDIES_DIR}/${transfer.case}.mdx)`,
				});
			} else if (transfer.country !== undefined && transfer.case.split('/')[0] !== transfer.country.toLowerCase()) {
				diagnostics.push({
					file,
					...position,
					severity: 'error',
					field: `transfer[${index}].case`,
					message: `"${transfer.case}" is a case of another country than ${transfer.country}; name the adopting country's own case`,
				});
			}
		});
		const presentedSeen = new Set<string>();
		facts.presentedAt.forEach((presented, index) => {
			// An empty id is named by the schema; only ids that were written are looked up.
			if (!presented.event) return;
			if (!eventSessions.has(presented.event)) {
				const guess = nearest(presented.event, eventIds);
				const list = eventIds.length <= 12 ? `; events: ${eventIds.join(', ') || 'none yet'}` : '';
				diagnostics.push({
					file,
					...positionOf(parsed, ['presentedAt', index, 'event']),
					severity: 'error',
					field: `presentedAt[${index}].event`,
					message: `"${presented.event}" is not an event (no file ${EVENTS_DIR}/${presented.event}.mdx)${guess ? ` (did you mean "${guess}"?)` : list}`,
				});
				return;
			}
			const sessions = eventSessions.get(presented.event);
			if (presented.session && sessions !== undefined && !sessions.includes(presented.session)) {
				const guess = nearest(presented.session, sessions);
				diagnostics.push({
					file,
					...positionOf(parsed, ['presentedAt', index, 'session']),
					severity: 'error',
					field: `presentedAt[${index}].session`,
					message: `"${presented.session}" is not a session of ${presented.event}${guess ? ` (did you mean "${guess}"?)` : `; its sessions: ${sessions.join(', ') || 'none'}`}`,
				});
				return;
			}
			const key = `${presented.event}#${presented.session ?? ''}`;
			if (presentedSeen.has(key)) {
				diagnostics.push({
					file,
					...positionOf(parsed, ['presentedAt', index]),
					severity: 'error',
					field: `presentedAt[${index}]`,
					message: `lists ${presented.event}${presented.session ? `, session ${presented.session},` : ''} a second time; remove the repeat`,
				});
			}
			presentedSeen.add(key);
		});
		facts.aliases.forEach((alias, index) => {
			// A malformed alias is named by the schema; only canonical ones are compared here.
			if (alias === undefined || aliasShapeProblem(alias)) return;
			const normalised = normaliseAlias(alias);
			const owner = aliasOwner.get(normalised);
			const position = positionOf(parsed, ['aliases', index]);
			const reserved = reservedAlias(normalised, sections, caseIds);
			if (owner) diagnostics.push({ file, ...position, severity: 'error', field: `aliases[${index}]`, message: `"${alias}" is already an alias of ${owner}` });
			else if (reserved) {
				diagnostics.push({
					file,
					...position,
					severity: 'error',
					field: `aliases[${index}]`,
					message: `"${alias}" is an address of the site itself (${reserved}); an alias must be an old address that no page uses now`,
				});
			}
			aliasOwner.set(normalised, file);
		});
	}

	const filtered = only ? diagnostics.filter((d) => only(d.file)) : diagnostics;
	const aliases = cases.flatMap(({ file, data }) =>
		data ? data.aliases.map((alias) => ({ alias, caseId: caseIdFromPath(file), title: data.title, file })) : [],
	);
	return { diagnostics: filtered.sort(byLocation), caseFiles, translationFiles, eventFiles, aliases, deferredBodies };
}
