/**
 * Reads the rules of one field out of a zod schema: its `.describe()` text, whether it may be
 * left out, its length or number bounds and its allowed values. The case-study form is built
 * from these, so that it can never drift from the validator.
 */
import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

interface Def {
	type: string;
	innerType?: AnySchema;
	in?: AnySchema;
	element?: AnySchema;
	shape?: Record<string, AnySchema>;
	options?: AnySchema[];
	entries?: Record<string, string>;
	checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } } }[];
}

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/** The description given with `.describe()`, on the schema itself or on its wrapper. */
const descriptionOf = (schema: AnySchema): string | undefined => (schema as { description?: string }).description;

/** Looks through `.optional()`, `.default()`, `.nullable()` and `.transform()` pipes. */
export function unwrapSchema(schema: AnySchema): { inner: AnySchema; optional: boolean; description: string | undefined } {
	let inner = schema;
	let optional = false;
	let description = descriptionOf(schema);
	for (let guard = 0; guard < 20; guard++) {
		const def = defOf(inner);
		if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
			optional = true;
			inner = def.innerType;
		} else if (def.type === 'pipe' && def.in) {
			inner = def.in;
		} else break;
		description ??= descriptionOf(inner);
	}
	return { inner, optional, description };
}

/** The schema of the field at `path` (`['sources', 0, 'url']`), undefined when there is none. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const key of path) {
		if (!current) return undefined;
		const def = defOf(unwrapSchema(current).inner);
		if (typeof key === 'number' && def.type === 'array') current = def.element;
		else if (typeof key === 'string' && def.type === 'object') current = def.shape?.[key];
		else return undefined;
	}
	return current;
}

export interface FieldRules {
	/** zod's type of the field once unwrapped: string, number, enum, array, object, union … */
	type: string;
	description: string;
	/** True when the field may be left out. */
	optional: boolean;
	/** Characters for a string, items for an array, the value for a number. */
	min?: number;
	max?: number;
	/** The allowed values of an enum, or of the items of an array of enums. */
	values?: string[];
}

function boundsOf(schema: AnySchema): { min?: number; max?: number } {
	const bounds: { min?: number; max?: number } = {};
	for (const check of defOf(schema).checks ?? []) {
		const { check: kind, minimum, maximum, value } = check._zod.def;
		if (kind === 'min_length' && minimum !== undefined) bounds.min = minimum;
		else if (kind === 'max_length' && maximum !== undefined) bounds.max = maximum;
		else if (kind === 'greater_than' && value !== undefined) bounds.min = value;
		else if (kind === 'less_than' && value !== undefined) bounds.max = value;
	}
	return bounds;
}

/** The rules of the field at `path`; throws when the schema has no such field (a form out of step). */
export function fieldRules(schema: AnySchema, path: readonly PropertyKey[]): FieldRules {
	const at = schemaAt(schema, path);
	if (!at) throw new Error(`the schema has no field ${path.join('.')}`);
	const { inner, optional, description } = unwrapSchema(at);
	const def = defOf(inner);
	const rules: FieldRules = { type: def.type, description: description ?? '', optional, ...boundsOf(inner) };
	const enumOf = (s: AnySchema | undefined) => (s && defOf(unwrapSchema(s).inner).entries ? Object.values(defOf(unwrapSchema(s).inner).entries!) : undefined);
	const values = def.type === 'array' ? enumOf(def.element) : enumOf(inner);
	if (values) rules.values = values;
	if (def.type === 'union' && def.options) {
		// A union of number and string (a year written either way): take the bounds of its first branch.
		Object.assign(rules, boundsOf(def.options[0]!));
	}
	return rules;
}
