/**
 * Runs the content validator before Astro reads any content. Astro's own schema error names
 * only the first bad entry (at :0:0) and a dangling `reference()` only logs; this makes
 * `npm run build` fail on every problem, each reported with file, line and what is allowed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/validate-content.ts';
import { formatText } from '../lib/validation/diagnostic.ts';

export function contentChecks(): AstroIntegration {
	return {
		name: 'kb:content-checks',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const { diagnostics, caseFiles } = validateContent(fileURLToPath(config.root));
				const errors = diagnostics.filter((d) => d.severity === 'error');
				for (const d of diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatText(d));
				if (errors.length === 0) {
					logger.info(`${caseFiles.length} case studies passed validation`);
				} else if (command === 'build') {
					logger.error(
						`Content validation failed with ${errors.length} error${errors.length === 1 ? '' : 's'} (listed above). ` +
							'Fix each file at the line and column given and build again; `npm run validate` lists the same problems.',
					);
					// Exit rather than throw: a thrown error makes Astro print a stack trace, which tells a
					// contributor nothing about their file.
					process.exit(1);
				}
			},
		},
	};
}
