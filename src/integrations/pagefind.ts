/**
 * Indexes the built site with Pagefind's Node API in `astro:build:done`, so that
 * `npm run build` alone yields a searchable `dist/`. Every `errors` array is checked (model:
 * withastro/starlight `integrations/pagefind.ts`); that every case page reached the index is
 * checked apart, by `case-pages-check.ts`.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { translationLanguages } from '../schema/patterns.ts';
import { buildSortFiles, fragmentExtension, parseFragment, sortFileName, type FragmentRecord } from '../lib/search-sort.ts';

/**
 * The folders whose pages carry `data-pagefind-body` (case and event pages, in every
 * language). Pagefind reads only these: every other page (lists, matrix, profiles, in three
 * languages) holds no body to index, and reading them was a quarter of the indexing time.
 */
export const searchableFolders = ['case-studies', 'events'].flatMap((folder) => [folder, ...translationLanguages.map((lang) => `${lang}/${folder}`)]);

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0) {
		throw new AstroError(`Pagefind ${step} failed`, response.errors.join('\n'));
	}
	return response;
}

/**
 * Writes `sort.<language>.json` beside Pagefind's files, from the fragments it has written
 * (gzip; `pagefind_dcd` then JSON), for sorting results by title or start year without
 * Pagefind sorts (see `src/lib/search-sort.ts`). Returns the languages written.
 */
export function writeSortFiles(bundleDir: string): string[] {
	const fragmentDir = join(bundleDir, 'fragment');
	const records: FragmentRecord[] = [];
	for (const name of readdirSync(fragmentDir).sort()) {
		if (!name.endsWith(fragmentExtension)) continue;
		const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
		records.push(parseFragment(name.slice(0, -fragmentExtension.length), text));
	}
	const files = buildSortFiles(records);
	for (const [language, file] of files) writeFileSync(join(bundleDir, sortFileName(language)), JSON.stringify(file));
	return [...files.keys()];
}

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'kb:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				try {
					// Citation marks and heading anchors ("#") are not prose: keep them out of excerpts.
					const config: pagefind.PagefindServiceConfig = { excludeSelectors: ['.citation', '.heading-anchor'] };
					const { index } = check(await pagefind.createIndex(config), 'createIndex');
					if (!index) throw new AstroError('Pagefind createIndex returned no index');
					let page_count = 0;
					for (const folder of searchableFolders) {
						page_count += check(await index.addDirectory({ path: outDir, glob: `${folder}/**/*.html` }), 'addDirectory').page_count;
					}
					check(await index.writeFiles({ outputPath: `${outDir}/pagefind` }), 'writeFiles');
					logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
					const sorting = performance.now();
					let languages: string[];
					try {
						languages = writeSortFiles(join(outDir, 'pagefind'));
					} catch (error) {
						throw new AstroError('Writing the search sort files failed', (error as Error).message);
					}
					logger.info(`Wrote sort files for ${languages.join(', ')} in ${Math.round(performance.now() - sorting)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
