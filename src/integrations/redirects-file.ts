/**
 * Writes `_redirects` (Netlify/Cloudflare Pages format) from the case studies' aliases, next to
 * the static redirect pages, so hosts that read it answer old addresses with a real 301.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCaseStudies } from '../lib/read-content.ts';
import { joinBase, routes } from '../lib/links.ts';

let aliasCache: Set<string> | undefined;

/** Site paths (with base) of every alias; read once, after content validation has passed. */
export function aliasPaths(root: string, base: string): Set<string> {
	aliasCache ??= new Set(readCaseStudies(root).cases.flatMap((item) => item.data.aliases.map((alias) => joinBase(base, alias.endsWith('/') ? alias : `${alias}/`))));
	return aliasCache;
}

export function redirectsFile(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'kb:redirects-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const lines = readCaseStudies(root)
					.cases.flatMap((item) => item.data.aliases.map((alias) => `${joinBase(base, alias)} ${joinBase(base, routes.caseStudy(item.id))} 301`))
					.sort();
				writeFileSync(fileURLToPath(new URL('_redirects', dir)), lines.length ? `${lines.join('\n')}\n` : '');
				logger.info(`${lines.length} redirects written`);
			},
		},
	};
}
