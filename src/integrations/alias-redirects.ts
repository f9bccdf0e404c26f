/**
 * Writes the redirect pages of old addresses (`aliases`) and `_redirects` (Netlify / Cloudflare
 * Pages format, real 301s for hosts that read it) when the build is done, from the aliases the
 * content check read. Defence in depth: the validator refuses aliases that are not canonical or
 * that name a page of the site, and this writer still refuses to overwrite any file, so that no
 * case study can ever replace another page.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasShapeProblem, normaliseAlias } from '../schema/alias.ts';
import { joinBase, routes } from '../lib/links.ts';
import { redirectPageHtml } from '../lib/redirect-page.ts';
import { contentSecurityPolicyMeta } from '../lib/security.ts';
import { defaultLang, useTranslations } from '../i18n/ui.ts';

export interface AliasRedirect {
	alias: string;
	caseId: string;
	title: string;
	/** Where the alias is written, for error messages. */
	file: string;
}

export function aliasRedirects(aliases: () => readonly AliasRedirect[]): AstroIntegration {
	let base = '/';
	let site = '';
	return {
		name: 'kb:alias-redirects',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ?? '';
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const t = useTranslations(defaultLang);
				const lines: string[] = [];
				for (const { alias, caseId, title, file } of aliases()) {
					const problem = aliasShapeProblem(alias);
					if (problem) throw new AstroError(`The alias "${alias}" in ${file} ${problem}.`, 'Run `npm run validate`, which names the line.');
					const path = normaliseAlias(alias);
					const target = joinBase(base, routes.caseStudy(caseId));
					const page = resolve(out, `.${path}`, 'index.html');
					if (!page.startsWith(`${resolve(out)}${sep}`)) throw new AstroError(`The alias "${alias}" in ${file} points outside the site.`);
					mkdirSync(join(page, '..'), { recursive: true });
					try {
						// `wx`: create, never replace. A page of the site (or another alias) already there stays.
						writeFileSync(
							page,
							redirectPageHtml({
								lang: defaultLang,
								target,
								canonical: new URL(target, site).href,
								title: t('alias.title', { title }),
								heading: t('alias.title', { title }),
								description: t('alias.description', { title }),
								text: t('alias.text', { title }),
								contentSecurityPolicy: contentSecurityPolicyMeta,
							}),
							{ flag: 'wx' },
						);
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
						throw new AstroError(
							`The alias "${alias}" in ${file} would replace ${relative(out, page).split(sep).join('/')}, which the site already has.`,
							'An alias must be an old address that no page uses; remove it or choose another.',
						);
					}
					lines.push(`${joinBase(base, path)} ${target} 301`);
				}
				lines.sort();
				writeFileSync(join(out, '_redirects'), lines.length ? `${lines.join('\n')}\n` : '');
				logger.info(`${lines.length} redirect${lines.length === 1 ? '' : 's'} written`);
			},
		},
	};
}
