/** Reads and checks the taxonomy files in `content/`. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'astro/zod';
import { taxonomyFiles, type Taxonomies } from '../schema/taxonomy.ts';
import { CONTENT_DIR } from './content-paths.ts';
import type { Diagnostic } from './validation/diagnostic.ts';
import { formatText } from './validation/diagnostic.ts';
import { formatIssue, fieldName, knownKeysOf } from './validation/zod-issues.ts';
import { positionOf, type ParsedFile } from './validation/frontmatter.ts';

export interface TaxonomyResult {
	taxonomies: Taxonomies;
	diagnostics: Diagnostic[];
}

/**
 * One parse per build: the content config, the pre-build check and the pages each ask for the
 * taxonomies, from module graphs that share nothing but the process, so the result is kept on
 * `globalThis`, keyed by the files' modification times (the dev server re-reads after an edit).
 */
const cacheKey = Symbol.for('public-sector-innovation-kb.taxonomies');
type TaxonomyCache = Map<string, { stamp: string; result: TaxonomyResult }>;

function stampOf(root: string): string {
	return Object.values(taxonomyFiles)
		.map(({ file }) => {
			try {
				const stats = statSync(join(root, CONTENT_DIR, file));
				return `${stats.mtimeMs}:${stats.size}`;
			} catch {
				return 'missing';
			}
		})
		.join(',');
}

export function readTaxonomies(root: string): TaxonomyResult {
	const cache = ((globalThis as { [cacheKey]?: TaxonomyCache })[cacheKey] ??= new Map());
	const stamp = stampOf(root);
	const cached = cache.get(root);
	if (cached?.stamp === stamp) return cached.result;
	const result = parseTaxonomies(root);
	cache.set(root, { stamp, result });
	return result;
}

function parseTaxonomies(root: string): TaxonomyResult {
	const diagnostics: Diagnostic[] = [];
	const taxonomies: Taxonomies = {
		regions: [],
		countries: [],
		domains: [],
		stages: [],
		policyMessages: [],
		conditions: [],
		evidenceLevels: [],
		resultKinds: [],
	};
	for (const [name, { file, schema }] of Object.entries(taxonomyFiles) as [keyof Taxonomies, (typeof taxonomyFiles)[keyof Taxonomies]][]) {
		const path = `${CONTENT_DIR}/${file}`;
		let text: string;
		try {
			text = readFileSync(join(root, path), 'utf8');
		} catch {
			diagnostics.push({ file: path, line: 1, column: 1, severity: 'error', message: 'taxonomy file is missing' });
			continue;
		}
		const lineCounter = new LineCounter();
		const document = parseDocument(text, { lineCounter, prettyErrors: false });
		const parsed: ParsedFile = { document, data: undefined, yamlStartLine: 1, body: '', bodyStartLine: 1, lineCounter, problems: [] };
		if (document.errors.length > 0) {
			for (const error of document.errors) {
				const position = lineCounter.linePos(error.pos[0]);
				diagnostics.push({ file: path, line: position.line, column: position.col, severity: 'error', message: `YAML syntax: ${error.message.split('\n')[0]}` });
			}
			continue;
		}
		const data = document.toJS() as unknown;
		const result = z.array(schema).min(1).safeParse(data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				for (const formatted of formatIssue(issue, data, (p) => knownKeysOf(schema, p.slice(1)))) {
					const position = positionOf(parsed, formatted.path, formatted.atKey);
					diagnostics.push({ file: path, ...position, severity: 'error', field: fieldName(formatted.path), message: formatted.message });
				}
			}
			continue;
		}
		const seen = new Set<string>();
		result.data.forEach((entry, index) => {
			if (seen.has(entry.id)) {
				diagnostics.push({
					file: path,
					...positionOf(parsed, [index, 'id']),
					severity: 'error',
					field: `[${index}].id`,
					message: `"${entry.id}" is listed twice`,
				});
			}
			seen.add(entry.id);
		});
		(taxonomies[name] as unknown[]) = result.data;
	}
	const regionIds = new Set(taxonomies.regions.map((r) => r.id));
	taxonomies.countries.forEach((country) => {
		if (!regionIds.has(country.region)) {
			diagnostics.push({
				file: `${CONTENT_DIR}/countries.yaml`,
				line: 1,
				column: 1,
				severity: 'error',
				field: country.id,
				message: `region "${country.region}" is not in regions.yaml`,
			});
		}
	});
	taxonomies.stages.sort((a, b) => a.order - b.order);
	taxonomies.evidenceLevels.sort((a, b) => a.order - b.order);
	return { taxonomies, diagnostics };
}

/** Taxonomies for the site build: any problem in them stops the build with every message. */
export function loadTaxonomies(root: string): Taxonomies {
	const { taxonomies, diagnostics } = readTaxonomies(root);
	if (diagnostics.length > 0) {
		throw new Error(`The taxonomy files in content/ have problems:\n${diagnostics.map(formatText).join('\n')}`);
	}
	return taxonomies;
}
