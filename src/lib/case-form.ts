/**
 * The case-study form of /contribute/: which fields it has, read from the same zod schema the
 * validator uses (help texts from `.describe()`, bounds, allowed values), how its values become
 * front matter, and the MDX file they make. Pure: the page renders the fields, the browser
 * module (src/scripts/case-form.ts) checks them and writes the file.
 */
import type { z } from 'astro/zod';
import { levels, statuses } from '../schema/case-study.ts';
import type { Taxonomies } from '../schema/taxonomy.ts';
import { caseBodySections } from './validation/body-sections.ts';
import { fieldRules } from './schema-fields.ts';
import { fieldName } from './validation/zod-issues.ts';
import { csvColumns } from './export.ts';
import { compareText } from './text-order.ts';

export type FieldKind = 'text' | 'textarea' | 'url' | 'date' | 'year' | 'number' | 'select' | 'radios' | 'checkboxes';

export interface FormOption {
	value: string;
	label: string;
}

export interface FormField {
	/** The front-matter key, as `npm run validate` names it: `title`, `sources[0].url`. */
	name: string;
	/** The key's last part, for its label in the dictionary (`url`, `title`). */
	key: string;
	kind: FieldKind;
	/** The schema's description of the field. */
	help: string;
	required: boolean;
	min?: number;
	max?: number;
	options?: FormOption[];
}

/** A group of fields that repeats (sources, challenges, results): each entry is one slot. */
export interface RepeatedGroup {
	/** The front-matter key of the list: `sources`. */
	list: 'sources' | 'challenges' | 'impact';
	help: string;
	/** Entries the list must have. */
	minItems: number;
	/** The fields of entry `index`. */
	entry: (index: number) => FormField[];
}

export interface CaseForm {
	programme: FormField[];
	sources: RepeatedGroup;
	lessons: FormField[];
	challenges: RepeatedGroup;
	ended: FormField[];
	impact: RepeatedGroup;
	review: FormField[];
	/** The six body sections: each a required text. */
	sections: { name: string; heading: string; guide: string }[];
}

type AnySchema = z.core.$ZodType;

/** The fields of the form, from the case-study schema and the taxonomies behind its enums. */
export function caseForm(schema: AnySchema, taxonomies: Taxonomies): CaseForm {
	const labelled = (ids: readonly string[], entries: readonly { id: string; label?: string; name?: string }[]): FormOption[] =>
		ids.map((id) => {
			const entry = entries.find((e) => e.id === id);
			return { value: id, label: entry?.label ?? entry?.name ?? id };
		});
	const optionsFor = (path: readonly PropertyKey[], values: string[] | undefined): FormOption[] | undefined => {
		const key = String(path.at(-1));
		if (!values) return undefined;
		if (key === 'country') return labelled(values, taxonomies.countries).sort((a, b) => compareText('en')(a.label, b.label));
		if (key === 'domains') return labelled(values, taxonomies.domains);
		if (key === 'stage') return labelled(values, taxonomies.stages);
		if (key === 'policyMessages') return labelled(values, taxonomies.policyMessages);
		if (key === 'conditions') return labelled(values, taxonomies.conditions);
		if (key === 'level' && path[0] === 'evidence') return labelled(values, taxonomies.evidenceLevels);
		if (key === 'kind') return labelled(values, taxonomies.resultKinds);
		return values.map((value) => ({ value, label: value }));
	};
	const field = (path: readonly PropertyKey[], kind?: FieldKind, optional?: boolean): FormField => {
		const rules = fieldRules(schema, path);
		const key = String(path.at(-1));
		const options = optionsFor(path, rules.values);
		const inferred: FieldKind = kind ?? (rules.type === 'array' ? 'checkboxes' : rules.values ? 'select' : rules.type === 'number' ? 'number' : 'text');
		return {
			name: fieldName(path),
			key,
			kind: inferred,
			help: rules.description,
			required: !(optional ?? rules.optional),
			...(rules.min !== undefined ? { min: rules.min } : {}),
			...(rules.max !== undefined ? { max: rules.max } : {}),
			...(options ? { options } : {}),
		};
	};
	const group = (list: RepeatedGroup['list'], entry: (index: number) => FormField[]): RepeatedGroup => {
		const rules = fieldRules(schema, [list]);
		return { list, help: rules.description, minItems: rules.optional ? 0 : (rules.min ?? 0), entry };
	};
	return {
		programme: [
			field(['title']),
			field(['summary'], 'textarea'),
			field(['country']),
			field(['level']),
			field(['place']),
			field(['domains']),
			field(['stage'], 'radios'),
			// Optional in the form: the schema fills in an empty list.
			field(['policyMessages'], 'checkboxes', true),
			field(['leadOrganisation']),
			field(['started'], 'year'),
			field(['ended'], 'year'),
			field(['status']),
		],
		sources: group('sources', (i) => [
			field(['sources', i, 'title']),
			field(['sources', i, 'publisher']),
			field(['sources', i, 'url'], 'url'),
			field(['sources', i, 'year'], 'year'),
		]),
		lessons: [field(['conditions']), field(['evidence', 'level']), field(['evidence', 'source'], 'number')],
		challenges: group('challenges', (i) => [field(['challenges', i, 'text'], 'textarea'), field(['challenges', i, 'source'], 'number')]),
		ended: [field(['endedBecause', 'text'], 'textarea', true), field(['endedBecause', 'source'], 'number', true)],
		impact: group('impact', (i) => [
			field(['impact', i, 'indicator']),
			field(['impact', i, 'kind']),
			field(['impact', i, 'value'], 'number'),
			field(['impact', i, 'unit']),
			field(['impact', i, 'year'], 'year'),
			field(['impact', i, 'source'], 'number'),
		]),
		review: [field(['lastReviewed'], 'date')],
		sections: caseBodySections.map((section, index) => ({ name: `section-${index + 1}`, heading: section.heading, guide: section.guide })),
	};
}

/** The enum values the form offers for `level` and `status`, re-exported so the page needs no schema import. */
export const formLevels = levels;
export const formStatuses = statuses;

// --- values → front matter ---------------------------------------------------------------

/** Fields whose values are numbers (years and source numbers included). */
const numericKeys = new Set(['started', 'ended', 'year', 'source', 'value']);

/** `sources[2].url` → `['sources', 2, 'url']`. */
export function parseFieldName(name: string): (string | number)[] {
	return [...name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A number as the form's user typed it, or the text itself when it is not one (the schema then says so). */
function numberOrText(text: string): number | string {
	const trimmed = text.trim();
	return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export interface FormData {
	/** Front matter, ready for the schema and for the file. */
	data: Record<string, unknown>;
	/**
	 * For each list that had empty slots left out, the form slot of each kept entry, so that a
	 * problem at `sources[1]` is shown beside the slot the user filled.
	 */
	slots: Record<string, number[]>;
}

/**
 * Turns the form's entries (name → values, as FormData gives them) into front matter: empty
 * fields are left out, numbers become numbers, lists of checkboxes become lists, and entries of
 * a repeated group that were left wholly empty are dropped.
 */
export function formValuesToData(
	entries: Iterable<[string, string]>,
	listKeys: ReadonlySet<string> = new Set(['domains', 'policyMessages', 'conditions']),
): FormData {
	// Lists and groups the form always has start empty, so that a missing one is reported as
	// "needs at least one entry" at its place rather than as a missing key.
	const data: Record<string, unknown> = { domains: [], conditions: [], sources: [], challenges: [], evidence: {} };
	for (const [name, raw] of entries) {
		if (!/^[A-Za-z]/.test(name) || name.startsWith('section-') || name === 'mdx') continue;
		const value = raw.trim();
		const path = parseFieldName(name);
		const key = path.at(-1)!;
		if (listKeys.has(String(key)) && path.length === 1) {
			const list = (data[key] ??= []) as string[];
			if (value) list.push(value);
			continue;
		}
		if (value === '') continue;
		let target: Record<string | number, unknown> = data;
		path.slice(0, -1).forEach((part, i) => {
			const next = path[i + 1];
			target = (target[part] ??= typeof next === 'number' ? [] : {}) as Record<string | number, unknown>;
		});
		target[key] = numericKeys.has(String(key)) ? numberOrText(value) : value;
	}
	const slots: Record<string, number[]> = {};
	for (const list of ['sources', 'challenges', 'impact']) {
		const value = data[list];
		if (!Array.isArray(value)) continue;
		const kept: number[] = [];
		value.forEach((entry, index) => {
			if (entry !== undefined) kept.push(index);
		});
		data[list] = kept.map((index) => value[index]);
		slots[list] = kept;
		// A required list left empty is checked as one empty entry, so that each of its required
		// fields is named ("is required") rather than the list as a whole.
		if (kept.length === 0 && list !== 'impact') {
			data[list] = [{}];
			slots[list] = [0];
		}
	}
	return { data, slots };
}

/** The form field that a problem at `path` belongs to, with list indices mapped back to the form's slots. */
export function formFieldOf(path: readonly PropertyKey[], slots: Readonly<Record<string, number[]>>): string {
	const mapped = [...path];
	const list = mapped[0];
	if (typeof list === 'string' && typeof mapped[1] === 'number' && slots[list]) mapped[1] = slots[list][mapped[1]] ?? mapped[1];
	// A problem with a whole object (evidence, endedBecause) is shown at its first field.
	if (mapped.length === 1 && (list === 'evidence' || list === 'endedBecause')) mapped.push(list === 'evidence' ? 'level' : 'text');
	return fieldName(mapped);
}

// --- the file ---------------------------------------------------------------------------------

/** Double-quoted YAML: a JSON string is a valid YAML scalar. */
const quote = (text: string): string => JSON.stringify(text);

/** Plain text in MDX: the characters that would start JSX or an expression are escaped. */
export function mdxText(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/[\\{}<>]/g, (c) => `\\${c}`);
}

/** File name of the case: lower-case Latin words joined by hyphens (the scaffold's rule). */
export type Slugify = (title: string) => string;

function yamlValue(value: unknown): string {
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return quote(value);
	if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' && /^[a-z0-9-]+$/.test(v) ? v : yamlValue(v))).join(', ')}]`;
	return quote(String(value));
}

/** Front-matter keys in the order the other case studies use: the export's column order. */
const keyOrder: readonly string[] = csvColumns.filter((column) => column !== 'id' && column !== 'url');

function yamlLines(data: Record<string, unknown>): string[] {
	const lines: string[] = [];
	const keys = [...keyOrder.filter((k) => k in data), ...Object.keys(data).filter((k) => !keyOrder.includes(k))];
	for (const key of keys) {
		const value = data[key];
		if (value === undefined) continue;
		if (key === 'lastReviewed' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
			lines.push(`${key}: ${value}`);
		} else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
			const filled = (value as Record<string, unknown>[]).filter((entry) => Object.keys(entry).length > 0);
			lines.push(filled.length === 0 ? `${key}: []` : `${key}:`);
			for (const entry of filled) {
				Object.entries(entry).forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${yamlValue(v)}`));
			}
		} else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			if (Object.keys(value).length === 0) continue;
			lines.push(`${key}:`);
			for (const [k, v] of Object.entries(value)) lines.push(`  ${k}: ${yamlValue(v)}`);
		} else {
			lines.push(`${key}: ${yamlValue(value)}`);
		}
	}
	return lines;
}

/**
 * The MDX file: the front matter, the six sections with the user's text, and one footnote line
 * per source, so that `[^n]` in the text cites source n.
 */
export function caseFileText(data: Record<string, unknown>, sections: readonly { heading: string; text: string }[], schemaLine: string): string {
	const sources = Array.isArray(data['sources']) ? (data['sources'] as Record<string, unknown>[]) : [];
	const body = sections.flatMap((section) => [`## ${section.heading}`, '', mdxText(section.text.trim()) || '', '']);
	const footnotes = sources.map((source, index) => {
		const parts = [source['publisher'], source['title'] ? `*${String(source['title'])}*` : undefined, source['year']].filter(
			(p) => p !== undefined && p !== '',
		);
		return `[^${index + 1}]: ${mdxText(parts.map(String).join(', ') || 'Source')}.`;
	});
	return ['---', schemaLine, ...yamlLines(data), '---', '', ...body, ...footnotes, ''].join('\n');
}
