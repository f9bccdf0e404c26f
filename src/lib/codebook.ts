/**
 * The open-data codebook: one row per field of the front matter (nested fields as
 * `sources[].url`), read from the JSON Schema generated from the zod schema, so the
 * descriptions contributors see in their editor are the ones data users read.
 */
type JsonSchema = {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	anyOf?: JsonSchema[];
	format?: string;
	minItems?: number;
	maxItems?: number;
};

export interface CodebookRow {
	field: string;
	type: string;
	required: boolean;
	description: string;
	allowed?: string[];
}

function typeOf(schema: JsonSchema): string {
	if (schema.enum) return 'text (one of a list)';
	if (schema.format === 'date') return 'date (YYYY-MM-DD)';
	if (schema.format === 'uri' || schema.format === 'url') return 'URL';
	const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
	switch (type) {
		case 'string':
			return 'text';
		case 'integer':
			return 'whole number';
		case 'number':
			return 'number';
		case 'array':
			return schema.items?.type === 'object' ? 'list of records' : `list of ${typeOf(schema.items ?? {})}`;
		case 'object':
			return 'record';
		default:
			return type ?? 'value';
	}
}

export function codebook(schema: JsonSchema, prefix = ''): CodebookRow[] {
	const rows: CodebookRow[] = [];
	const required = new Set(schema.required ?? []);
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		const field = `${prefix}${name}`;
		const enumValues = property.enum ?? property.items?.enum;
		rows.push({
			field,
			type: typeOf(property),
			required: required.has(name),
			description: property.description ?? '',
			...(enumValues ? { allowed: enumValues.map(String) } : {}),
		});
		if (property.type === 'object') rows.push(...codebook(property, `${field}.`));
		if (property.type === 'array' && property.items?.type === 'object') rows.push(...codebook(property.items, `${field}[].`));
	}
	return rows;
}
