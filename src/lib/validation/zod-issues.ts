/**
 * Turns zod issues into messages a contributor can act on: what is wrong, what is allowed,
 * and the nearest allowed value or key when the input looks like a typo.
 */
import type { z } from 'astro/zod';
import { nearest } from '../suggest.ts';

/** Nouns for the ids that enum fields take, by field name. */
const vocabularyNouns: Record<string, string> = {
	country: 'a UNECE member state code',
	countries: 'a UNECE member state code',
	domains: 'a domain id (see content/domains.yaml)',
	stage: 'a maturity stage id (see content/stages.yaml)',
	policyMessages: 'a policy message id (see content/policy-messages.yaml)',
	conditions: 'a condition id (see content/conditions.yaml)',
	kind: 'a kind of result (see content/result-kinds.yaml)',
};

/** What the caller knows about the file that makes a suggestion better. */
export interface IssueHints {
	/** Per field name, the value to suggest first when it is allowed (the folder's country for `country`). */
	preferred?: Record<string, string>;
}

export interface FormattedIssue {
	path: PropertyKey[];
	/** Report at the key rather than at the value (unknown keys). */
	atKey: boolean;
	message: string;
}

export function fieldName(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
	return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

function show(value: unknown): string {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	return String(value);
}

function kindOf(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return `the text ${show(value)}`;
	return `the ${typeof value} ${show(value)}`;
}

const expectedWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	array: 'a list (lines starting with "- ")',
	object: 'a group of indented fields',
	date: 'a date written as YYYY-MM-DD',
	boolean: 'true or false',
};

function lastKey(path: readonly PropertyKey[]): string | undefined {
	for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
	return undefined;
}

/** Lists allowed values in full when few, else names the noun and points at the nearest. */
function enumMessage(value: unknown, values: readonly unknown[], field: string | undefined, preferred: string | undefined): string {
	const allowed = values.map(String);
	const noun = field ? vocabularyNouns[field] : undefined;
	const guess = typeof value === 'string' ? (preferred !== undefined && allowed.includes(preferred) ? preferred : nearest(value, allowed)) : undefined;
	const hint = guess ? ` (did you mean "${guess}"?)` : '';
	if (value === undefined) {
		// A missing enum field: say it is required and what it takes, not "undefined is not …".
		return noun ? `is required: ${noun}${allowed.length <= 12 ? `; allowed: ${allowed.join(', ')}` : ''}` : `is required; allowed: ${allowed.join(', ')}`;
	}
	if (noun) {
		const list = allowed.length <= 12 ? `; allowed: ${allowed.join(', ')}` : '';
		return `${show(value)} is not ${noun}${hint}${guess ? '' : list}`;
	}
	return `${show(value)} is not allowed${hint}; allowed: ${allowed.join(', ')}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
	const small = issue.code === 'too_small';
	const bound = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
	const inclusive = issue.inclusive !== false;
	switch (issue.origin) {
		case 'string': {
			const length = typeof value === 'string' ? value.trim().length : 0;
			return `must be ${small ? 'at least' : 'at most'} ${bound} character${bound === 1 ? '' : 's'} long (it has ${length})`;
		}
		case 'array': {
			const count = Array.isArray(value) ? value.length : 0;
			if (small && bound === 1) return 'needs at least one entry';
			return `must have ${small ? 'at least' : 'at most'} ${bound} entr${bound === 1 ? 'y' : 'ies'} (it has ${count})`;
		}
		default:
			return `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${bound} (it is ${show(value)})`;
	}
}

export function formatIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
	knownKeys: (path: readonly PropertyKey[]) => string[],
	hints: IssueHints = {},
): FormattedIssue[] {
	const path = issue.path as PropertyKey[];
	const value = valueAt(data, path);
	const field = lastKey(path);
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => {
				const known = knownKeys(path);
				const guess = nearest(key, known);
				return {
					path: [...path, key],
					atKey: true,
					message: guess ? `unknown field "${key}" (did you mean "${guess}"?)` : `unknown field "${key}"; allowed fields here: ${known.join(', ')}`,
				};
			});
		case 'invalid_value':
			// A missing enum field is reported as a wrong value by zod: say that it is required.
			if (value === undefined) {
				const noun = field ? vocabularyNouns[field] : undefined;
				const allowed = issue.values.map(String);
				return [
					{
						path,
						atKey: path.length > 0,
						message: `is required (${noun ?? `one of ${allowed.join(', ')}`}${noun && allowed.length <= 12 ? `: ${allowed.join(', ')}` : ''})`,
					},
				];
			}
			// A preferred value is only offered for the top-level field it belongs to (`country`, not `transfer[0].country`).
			return [{ path, atKey: false, message: enumMessage(value, issue.values, field, path.length === 1 && field ? hints.preferred?.[field] : undefined) }];
		case 'invalid_type': {
			if (value === undefined) return [{ path, atKey: path.length > 0, message: `is required (${expectedWords[issue.expected] ?? issue.expected})` }];
			const expected = expectedWords[issue.expected] ?? issue.expected;
			return [{ path, atKey: false, message: `must be ${expected}, not ${kindOf(value)}` }];
		}
		case 'too_small':
		case 'too_big':
			return [{ path, atKey: false, message: sizeMessage(issue, value) }];
		case 'invalid_union':
			// Only the calendar-date fields are unions; a wrong value there is a badly written date.
			if (value === undefined) return [{ path, atKey: path.length > 0, message: 'is required (a date written as YYYY-MM-DD)' }];
			return [{ path, atKey: false, message: `must be a date written as YYYY-MM-DD, not ${kindOf(value)}` }];
		case 'invalid_format':
			return [{ path, atKey: false, message: `${show(value)} ${issue.message}` }];
		default:
			return [{ path, atKey: false, message: issue.message }];
	}
}

type AnySchema = z.core.$ZodType;

/** The field names a strict object schema allows at `path` (array indices are skipped). */
export function knownKeysOf(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	let current: AnySchema | undefined = schema;
	const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
		let node = s;
		for (let guard = 0; node && guard < 20; guard++) {
			const def = node._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema; element?: AnySchema };
			if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType;
			else if (def.type === 'pipe') node = def.in;
			else break;
		}
		return node;
	};
	for (const key of path) {
		current = unwrap(current);
		if (!current) return [];
		const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
		if (typeof key === 'number' && def.type === 'array') current = def.element;
		else if (typeof key === 'string' && def.type === 'object') current = def.shape?.[key];
		else return [];
	}
	current = unwrap(current);
	const def = current?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
