/**
 * `npm run schema [-- --check]`
 * Writes the JSON Schemas of the front matter of case studies and events to
 * public/schema/case-study.json and public/schema/event.json (served at /schema/…) from the zod
 * schemas and the taxonomies in content/. Run it after changing src/schema or a taxonomy file.
 * `--check` changes nothing and exits 1 when a file is out of date. Exit 2 on a usage error or
 * broken taxonomy files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTaxonomies } from '../lib/taxonomies-fs.ts';
import { formatText } from '../lib/validation/diagnostic.ts';
import { CASE_STUDY_JSON_SCHEMA_PATH, EVENT_JSON_SCHEMA_PATH, jsonSchemaFiles } from '../lib/validation/json-schema.ts';
import { readArgs, UsageError } from './support/args.ts';

const usage = `Usage: npm run schema [-- --check]

Writes ${CASE_STUDY_JSON_SCHEMA_PATH} from src/schema/case-study.ts and
${EVENT_JSON_SCHEMA_PATH} from src/schema/event.ts, with the ids in content/*.yaml.
--check  change nothing; exit 1 if a file is out of date`;

function main(argv: string[]): number {
	let check: boolean;
	try {
		const { values } = readArgs(argv, { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } });
		if (values.help) {
			console.log(usage);
			return 0;
		}
		check = values.check;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`schema: ${error.message}\n\n${usage}`);
		return 2;
	}
	const root = process.cwd();
	const { taxonomies, diagnostics } = readTaxonomies(root);
	if (diagnostics.length > 0) {
		for (const d of diagnostics) console.error(formatText(d));
		console.error('schema: fix the taxonomy files first');
		return 2;
	}
	let outOfDate = 0;
	for (const { path, text } of jsonSchemaFiles(taxonomies)) {
		const target = join(root, path);
		let current: string | undefined;
		try {
			current = readFileSync(target, 'utf8');
		} catch {
			current = undefined;
		}
		if (check) {
			if (current === text) {
				console.error(`schema: ${path} is up to date`);
			} else {
				console.error(`schema: ${path} is out of date; run npm run schema and commit the file`);
				outOfDate++;
			}
			continue;
		}
		if (current === text) {
			console.error(`schema: ${path} is already up to date`);
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
		console.error(`schema: wrote ${path}`);
	}
	return outOfDate > 0 ? 1 : 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(`schema: internal error: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
