/**
 * `npm run validate [-- [--format text|github|json] [files or folders…]]`
 * Checks content and prints every problem, compiler style. Exit 0 clean, 1 on errors, 2 on usage.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { validateContent } from '../lib/validate-content-fs.ts';
import { formatGithub, formatText } from '../lib/validation/diagnostic.ts';
import { readArgs, UsageError } from './support/args.ts';

const usage = `Usage: npm run validate -- [--format text|github|json] [file or folder …]

Checks every case study (case-studies/**/*.mdx), event (content/events/*.mdx) and taxonomy
file (content/*.yaml). With files or folders, reports only the problems in those.`;

function main(argv: readonly string[]): number {
	const root = process.cwd();
	let parsed;
	try {
		parsed = readArgs(argv, { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } }, true);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`validate: ${error.message}\n\n${usage}`);
		return 2;
	}
	if (parsed.values.help) {
		console.log(usage);
		return 0;
	}
	const { format } = parsed.values;
	const targets = parsed.positionals;
	if (!['text', 'github', 'json'].includes(format)) {
		console.error(`validate: --format must be text, github or json, not "${format}"\n\n${usage}`);
		return 2;
	}
	const prefixes: string[] = [];
	for (const target of targets) {
		const absolute = resolve(root, target);
		if (!existsSync(absolute)) {
			console.error(`validate: ${target}: no such file or folder`);
			return 2;
		}
		prefixes.push(relative(root, absolute).split(sep).join('/'));
	}
	const only = prefixes.length === 0 ? undefined : (file: string) => prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`));
	const { diagnostics, caseFiles, translationFiles, eventFiles } = validateContent(root, only, 'all', { untranslated: true });
	const errors = diagnostics.filter((d) => d.severity === 'error').length;

	if (format === 'json') {
		console.log(
			JSON.stringify(
				{
					errors,
					warnings: diagnostics.length - errors,
					caseStudies: caseFiles.length,
					translations: translationFiles.length,
					events: eventFiles.length,
					diagnostics,
				},
				null,
				2,
			),
		);
	} else {
		const translations = translationFiles.length === 0 ? '' : `, ${translationFiles.length} translation${translationFiles.length === 1 ? '' : 's'}`;
		const checked = `${caseFiles.length} case stud${caseFiles.length === 1 ? 'y' : 'ies'}${translations} and ${eventFiles.length} event${eventFiles.length === 1 ? '' : 's'}`;
		const warnings = diagnostics.length - errors;
		const warned = warnings === 0 ? '' : ` and ${warnings} warning${warnings === 1 ? '' : 's'}`;
		const summary =
			errors === 0 ? `validate: ${checked} checked, no errors${warned}` : `validate: ${errors} error${errors === 1 ? '' : 's'}${warned} in ${checked}`;
		// One stream, one write, every line ended: the summary can never run into the last
		// diagnostic, however the two are piped or interleaved.
		const lines = [...diagnostics.map((d) => (format === 'github' ? formatGithub(d) : formatText(d))), summary];
		process.stdout.write(`${lines.join('\n')}\n`);
	}
	return errors > 0 ? 1 : 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// A crash here is a bug in the validator, not in the content: say so without a stack trace.
	console.error(`validate: internal error: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
