/** Details of page content over the real build: dates, review lists, charts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listDist, readPage } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { caseIdFromPath } from '../../src/lib/content-paths.ts';
import { listCaseFiles } from '../../src/lib/content-files-fs.ts';

const dist = inject('distDir');
const reviewed = listCaseFiles(projectRoot).map((file) => ({
	id: caseIdFromPath(file),
	date: /^lastReviewed: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(join(projectRoot, file), 'utf8'))![1]!,
}));
const ukDate = (iso: string) =>
	new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('dates', () => {
	it('are written as in UN documents ("28 November 2026") on case pages', () => {
		const { id, date } = reviewed[0]!;
		const html = readPage(dist, `/case-studies/${id}/`);
		expect(html).toContain(`<time datetime="${date}">${ukDate(date)}</time>`);
		expect(ukDate('2026-11-28')).toBe('28 November 2026');
	});
});

describe('home page', () => {
	it('lists as recently reviewed the cases with the latest review dates, each with its date', () => {
		const html = readPage(dist, '/');
		const section = html.slice(html.indexOf('id="newest-heading"'), html.indexOf('id="contribute-heading"'));
		const shown = [...section.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
		expect(shown.length).toBeGreaterThan(0);
		const latest = [...reviewed.map((r) => r.date)].sort().reverse().slice(0, shown.length);
		expect(shown).toEqual(latest);
	});

	it('links contributors to a page of the site that explains the path', () => {
		expect(readPage(dist, '/')).toContain('href="/contribute/"');
		expect(listDist(dist)).toContain('contribute/index.html');
	});
});

describe('stage chart on country pages', () => {
	it('draws no bar for a stage with no case', () => {
		const pages = listDist(dist).filter((f) => /^countries\/[a-z]{2}\/index\.html$/.test(f));
		let zeroRows = 0;
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			for (const row of html.matchAll(/<div class="stage-mix-row">([\s\S]*?)<\/dd>/g)) {
				const count = /<span class="stage-count">([^<]*)<\/span>/.exec(row[1]!)?.[1];
				if (count === '0') {
					zeroRows++;
					expect(row[1], page).not.toContain('<rect');
				}
			}
		}
		expect(zeroRows).toBeGreaterThan(0);
	});
});
