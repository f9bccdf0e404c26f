/**
 * Fails the build when the built case pages differ from the case-study files, or when a case
 * page is not marked for the search index: a case that silently fell out of the site or out of
 * search would be as bad as a broken build. Apart from the indexer, so that either can change
 * without the other.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CASE_STUDIES_DIR, caseIdFromPath, translationFromPath } from '../lib/content-paths.ts';
import { listCaseFiles, listTranslationFiles } from '../lib/content-files-fs.ts';

export function casePagesCheck(): AstroIntegration {
	let root = '';
	return {
		name: 'kb:case-pages-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// A case's page is at /case-studies/<id>/; its translations' at /fr/… and /ru/….
				const expected = new Map<string, string>([
					...listCaseFiles(root).map((file): [string, string] => [caseIdFromPath(file), file]),
					...listTranslationFiles(root).map((file): [string, string] => {
						const { lang, caseId } = translationFromPath(file)!;
						return [`${lang}/${caseId}`, file];
					}),
				]);
				const pageOf = (key: string) => {
					const [first = '', ...rest] = key.split('/');
					const path = rest.length === 2 ? `${first}/${CASE_STUDIES_DIR}/${rest.join('/')}` : `${CASE_STUDIES_DIR}/${key}`;
					try {
						return readFileSync(`${outDir}/${path}/index.html`, 'utf8');
					} catch {
						return undefined;
					}
				};
				const missing: string[] = [];
				const unmarked: string[] = [];
				for (const id of expected.keys()) {
					const html = pageOf(id);
					if (html === undefined) missing.push(id);
					else if (!html.includes('data-pagefind-body')) unmarked.push(id);
				}
				if (missing.length > 0 || unmarked.length > 0) {
					throw new AstroError(
						`${expected.size} case-study files and translations, but ${missing.length} have no page and ${unmarked.length} pages are not marked for search`,
						[
							...missing.map((id) => `no page for ${expected.get(id)}`),
							...unmarked.map((id) => `the page of ${expected.get(id)} lacks data-pagefind-body`),
						].join('\n'),
					);
				}
				logger.info(`${expected.size} case studies and translations, each with a page marked for search`);
			},
		},
	};
}
