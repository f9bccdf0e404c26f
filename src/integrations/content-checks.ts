/**
 * Runs the content validator before Astro reads any content. Astro's own schema error names
 * only the first bad entry (at :0:0) and a dangling `reference()` only logs; this makes
 * `npm run build` fail on every problem, each reported with file, line and what is allowed.
 *
 * A build checks in two steps so that it stays fast: before anything is compiled, the front
 * matter, the references and every body that could hold code (see `bodyNeedsMdxParse`); and,
 * in a worker thread running beside the build, every body parsed in full (sections,
 * footnotes), whose findings fail the build when it is done. Unsafe MDX never runs either way:
 * the same safety plugin is part of the compiler.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { validateContent, type ValidationResult } from '../lib/validate-content-fs.ts';
import { formatText, type Diagnostic } from '../lib/validation/diagnostic.ts';

function report(diagnostics: readonly Diagnostic[], logger: AstroIntegrationLogger): number {
	for (const d of diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatText(d));
	return diagnostics.filter((d) => d.severity === 'error').length;
}

function fail(errors: number): never {
	// An AstroError ends the build the way Astro ends it (other integrations' cleanup runs), with
	// the message and hint and no stack trace; every problem was listed above with file and line.
	const error = new AstroError(
		`Content validation failed with ${errors} error${errors === 1 ? '' : 's'} (listed above).`,
		'Fix each file at the line and column given and build again; `npm run validate` lists the same problems.',
	);
	error.stack = '';
	throw error;
}

function fullCheckInWorker(root: string): Promise<Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./body-check-worker.ts', import.meta.url), { workerData: { root } });
		worker.once('message', (diagnostics: Diagnostic[]) => resolve(diagnostics));
		worker.once('error', reject);
		// A worker that dies without answering (out of memory, killed) fails the build, never hangs it.
		worker.once('exit', (code) =>
			reject(new AstroError(`The content check stopped before it finished (exit code ${code}).`, 'Run `npm run validate` to see the problem.')),
		);
	});
}

export interface ContentChecks extends AstroIntegration {
	/** The aliases of the checked content, once the check has run (for the redirect writer). */
	aliases: () => ValidationResult['aliases'];
}

export function contentChecks(): ContentChecks {
	let fullCheck: Promise<Diagnostic[]> | undefined;
	let reported = new Set<string>();
	let aliases: ValidationResult['aliases'] = [];
	return {
		aliases: () => aliases,
		name: 'kb:content-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const root = fileURLToPath(config.root);
				const result = validateContent(root, undefined, command === 'build' ? 'screen' : 'all');
				const { diagnostics, caseFiles } = result;
				aliases = result.aliases;
				const errors = report(diagnostics, logger);
				if (errors > 0 && command === 'build') fail(errors);
				if (errors === 0) logger.info(`${caseFiles.length} case studies passed validation`);
				if (command === 'build') {
					reported = new Set(diagnostics.map(formatText));
					fullCheck = fullCheckInWorker(root);
				}
			},
			'astro:build:done': async ({ logger }) => {
				if (!fullCheck) return;
				const rest = (await fullCheck).filter((d) => !reported.has(formatText(d)));
				const errors = report(rest, logger);
				if (errors > 0) fail(errors);
			},
		},
	};
}
