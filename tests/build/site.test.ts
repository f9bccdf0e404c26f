/** Checks over the real production build of the repository's content. */
import { describe, expect, inject, it } from 'vitest';
import { caseIdFromPath } from '../../src/lib/content-paths.ts';
import { listCaseFiles } from '../../src/lib/content-files-fs.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listDist, readPage } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { eventMarkerFilter } from '../../src/lib/search-state.ts';

const dist = inject('distDir');
const caseFiles = listCaseFiles(projectRoot);
const caseIds = caseFiles.map(caseIdFromPath);

describe('the production build', () => {
	it('turns every case-study file into exactly one page', () => {
		const pages = listDist(dist).filter((f) => /^case-studies\/[^/]+\/[^/]+\/index\.html$/.test(f));
		expect(pages.map((p) => p.replace(/^case-studies\//, '').replace(/\/index\.html$/, '')).sort()).toEqual([...caseIds].sort());
		expect(caseIds.length).toBeGreaterThanOrEqual(3);
	});

	it('builds the home page, the case list and a 404 page', () => {
		expect(readPage(dist, '/')).toContain('<h1>');
		const list = readPage(dist, '/case-studies/');
		expect(caseIds.filter((id) => !list.includes(`href="/case-studies/${id}/"`))).toEqual([]);
		expect(readPage(dist, '404.html')).toContain('Page not found');
	});

	it('ships no JavaScript on reading pages but the small site-wide compare tray', () => {
		for (const path of ['/', '/case-studies/', `/case-studies/${caseIds[0]}/`, '/countries/', '/compare/', '/stages/']) {
			const scripts = [...readPage(dist, path).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
			expect(scripts, path).toHaveLength(1);
			const src = /src="\/([^"]+)"/.exec(scripts[0]!)?.[1];
			expect(src, path).toMatch(/^_astro\/BaseLayout[^/]*\.js$/);
			const bytes =
				statSync(join(dist, src!)).size +
				listDist(dist)
					.filter((f) => /^_astro\/compare-selection[^/]*\.js$/.test(f))
					.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
			expect(bytes).toBeLessThanOrEqual(10 * 1024);
		}
	});

	it.each(caseIds)('shows the facts panel and search attributes of %s', (id) => {
		const html = readPage(dist, `/case-studies/${id}/`);
		expect(html).toMatch(/<html lang="en"/);
		for (const label of [
			'Country',
			'Level of government',
			'Domains',
			'Maturity stage',
			'Lead organisation',
			'Years',
			'Status',
			'Policy messages',
			'Facts last checked',
			'Sources',
		]) {
			expect(html, label).toContain(`>${label}<`);
		}
		expect(html).toContain('data-pagefind-body');
		for (const filter of ['country', 'region', 'domain', 'stage', 'level', 'status', 'decade']) {
			expect(html, filter).toMatch(new RegExp(`data-pagefind-filter="${filter}:[^"]+"`));
		}
		for (const meta of ['title', 'summary', 'country_name', 'stage_label', 'started']) {
			expect(html, meta).toContain(`data-pagefind-meta="${meta}[data-value]"`);
		}
		const country = id.split('/')[0]!.toUpperCase();
		expect(html).toContain(`data-pagefind-filter="country:${country}"`);
		// Only events carry the event marker: the count line takes case studies as the rest.
		expect(html).not.toContain(`data-pagefind-filter="${eventMarkerFilter}"`);
		// The header and footer never reach the search index.
		expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all"/);
	});
});
