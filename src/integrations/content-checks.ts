/**
 * Runs the content validator before Astro reads any content. Astro's own schema error names
 * only the first bad entry (at :0:0) and a dangling `reference()` only logs; this makes
 * `npm run build` fail on every problem, each reported with file, line and what is allowed.
 *
 * A build checks in two steps so that no body is parsed twice: before anything is compiled,
 * the front matter, the references and every body that could hold code or fail to parse (see
 * `bodyNeedsMdxParse`); then the other bodies' sections and footnotes, on the tree the MDX
 * compiler makes of them (src/lib/remark-body-checks.ts), reported when the build is done.
 * Unsafe MDX never runs either way: the same safety plugin is part of the compiler.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent, type ValidationResult } from '../lib/validate-content-fs.ts';
import { byLocation, formatText, type Diagnostic } from '../lib/validation/diagnostic.ts';
import { queueBodies, type BodyCheckQueue } from '../lib/remark-body-checks.ts';
import { parseFrontMatter } from '../lib/validation/frontmatter.ts';
import { checkMdxBody } from '../lib/validation/mdx-body.ts';

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

/** Checks, on their own, the queued bodies the compiler never reached (none, in a full build). */
function checkLeftovers(queue: BodyCheckQueue): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const { file, options } of queue.pending.values()) {
		found.push(...checkMdxBody(file, parseFrontMatter(readFileSync(join(queue.root, file), 'utf8')), options));
	}
	queue.pending.clear();
	return found;
}

export interface ContentChecks extends AstroIntegration {
	/** The aliases of the checked content, once the check has run (for the redirect writer). */
	aliases: () => ValidationResult['aliases'];
}

export function contentChecks(bodies: BodyCheckQueue): ContentChecks {
	let aliases: ValidationResult['aliases'] = [];
	let building = false;
	let queued = 0;
	return {
		aliases: () => aliases,
		name: 'kb:content-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const root = fileURLToPath(config.root);
				building = command === 'build';
				const result = validateContent(root, undefined, building ? 'screen' : 'all');
				const { diagnostics, caseFiles } = result;
				aliases = result.aliases;
				const errors = report(diagnostics, logger);
				if (errors > 0 && building) fail(errors);
				if (errors === 0) logger.info(`${caseFiles.length} case studies passed validation`);
				if (building) queueBodies(bodies, root, result.deferredBodies);
				queued = bodies.pending.size;
			},
			'astro:build:done': ({ logger }) => {
				if (!building) return;
				const leftovers = bodies.pending.size;
				const errors = report([...bodies.found, ...checkLeftovers(bodies)].sort(byLocation), logger);
				logger.info(`${queued - leftovers} bodies checked on the compiler's tree, ${leftovers} on their own`);
				if (errors > 0) fail(errors);
			},
		},
	};
}
