/**
 * Indexes the built site with Pagefind's Node API in `astro:build:done`, so that
 * `npm run build` alone yields a searchable `dist/`. Every `errors` array is checked, and the
 * build fails when the pages indexed as case studies differ from the case-study files: a case
 * that silently fell out of search would be as bad as one that fell out of the site.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { CASE_STUDIES_DIR } from '../lib/content-paths.ts';
import { listFiles } from '../lib/content-files-fs.ts';

interface PagefindResponse {
	errors: string[];
}

function check<T extends PagefindResponse>(response: T, step: string): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	}
	return response;
}

export function pagefindIndex(): AstroIntegration {
	let root = '';
	return {
		name: 'kb:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const html = listFiles(outDir, '.', '.html');
				const indexable = html.filter((file) => readFileSync(`${outDir}/${file}`, 'utf8').includes('data-pagefind-body'));
				const casePages = indexable.filter((file) => file.startsWith(`${CASE_STUDIES_DIR}/`));
				const caseFiles = listFiles(root, CASE_STUDIES_DIR, '.mdx');
				try {
					// Citation marks and heading anchors ("#") are not prose: keep them out of excerpts.
					const { index } = check(
						await pagefind.createIndex({ excludeSelectors: ['.citation', '.heading-anchor'] }),
						'createIndex',
					);
					if (!index) throw new Error('Pagefind createIndex returned no index');
					check(await index.addDirectory({ path: outDir }), 'addDirectory');
					check(await index.writeFiles({ outputPath: `${outDir}/pagefind` }), 'writeFiles');
					// addDirectory's page_count counts every HTML file it read; the entry file counts
					// the pages that went into the index.
					const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
						languages: Record<string, { page_count: number }>;
					};
					const page_count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
					if (casePages.length !== caseFiles.length) {
						throw new Error(`${caseFiles.length} case-study files but ${casePages.length} case pages marked for the search index`);
					}
					if (page_count !== indexable.length) {
						throw new Error(`Pagefind indexed ${page_count} pages, but ${indexable.length} pages are marked with data-pagefind-body`);
					}
					logger.info(`Indexed ${page_count} pages (${casePages.length} case studies) in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
