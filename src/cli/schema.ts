/**
 * `npm run schema [-- --check]`
 * Writes the JSON Schema of case-study front matter to public/schema/case-study.json (served at
 * /schema/case-study.json) from the zod schema and the taxonomies in content/. Run it after
 * changing src/schema or a taxonomy file. `--check` changes nothing and exits 1 when the file
 * is out of date. Exit 2 on a usage error or broken taxonomy files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTaxonomies } from '../lib/taxonomies-fs.ts';
import { formatText } from '../lib/validation/diagnostic.ts';
import { CASE_STUDY_JSON_SCHEMA_PATH, renderCaseStudyJsonSchema } from '../lib/validation/json-schema.ts';
import { readArgs, UsageError } from './support/args.ts';

const usage = `Usage: npm run schema [-- --check]

Writes ${CASE_STUDY_JSON_SCHEMA_PATH} from src/schema/case-study.ts and content/*.yaml.
--check  change nothing; exit 1 if the file is out of date`;

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
	const text = renderCaseStudyJsonSchema(taxonomies);
	const target = join(root, CASE_STUDY_JSON_SCHEMA_PATH);
	let current: string | undefined;
	try {
		current = readFileSync(target, 'utf8');
	} catch {
		current = undefined;
	}
	if (check) {
		if (current === text) {
			console.error(`schema: ${CASE_STUDY_JSON_SCHEMA_PATH} is up to date`);
			return 0;
		}
		console.error(`schema: ${CASE_STUDY_JSON_SCHEMA_PATH} is out of date; run npm run schema and commit the file`);
		return 1;
	}
	if (current === text) {
		console.error(`schema: ${CASE_STUDY_JSON_SCHEMA_PATH} is already up to date`);
		return 0;
	}
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text);
	console.error(`schema: wrote ${CASE_STUDY_JSON_SCHEMA_PATH}`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error(`schema: internal error: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
