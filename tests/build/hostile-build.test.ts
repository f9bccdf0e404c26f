/**
 * A hostile file that the validator accepts builds into a site exactly as safe and whole as
 * without it: the build succeeds, the case page's ids stay unique (a body heading cannot take
 * a page id), code is shown not styled inline, protocol-relative links count as external, the
 * CSV cell is inert, the feed parses as XML, `_redirects` holds only the new alias, and pages
 * that do not list cases are byte for byte the same.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyProject, projectRoot, tmpRoot } from '../helpers/build-site.ts';
import { listDist, readPage } from '../helpers/dist.ts';
import { pageIdPattern } from '../../src/lib/page-ids.ts';

const dist = inject('distDir');
const hostileDist = join(tmpRoot, 'test-dist-hostile');
let output = '';
let status = 1;

beforeAll(() => {
	const root = copyProject('site-hostile');
	cpSync(join(projectRoot, 'tests/fixtures/hostile-accepted/ee/hostile-probe.mdx'), join(root, 'case-studies/ee/hostile-probe.mdx'));
	({ status, output } = buildSite(root, hostileDist));
}, 300_000);

describe('a hostile case study that passes validation', () => {
	it('builds', () => {
		expect(status, output.slice(-3000)).toBe(0);
	});

	it('leaves every id on its page unique, renaming body headings that would take a page id', () => {
		const html = readPage(hostileDist, '/case-studies/ee/hostile-probe/');
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
		expect(ids.length - new Set(ids).size).toBe(0);
		expect(ids).toContain('section-source-1');
		expect(ids).toContain('section-facts-heading');
		expect(html).toMatch(/<li id="source-1">/);
	});

	it('shows code without inline styles the Content-Security-Policy would block', () => {
		const html = readPage(hostileDist, '/case-studies/ee/hostile-probe/');
		expect(html).toMatch(/<pre><code class="language-js">alert\((&#x22;|&quot;|")code is shown, never run/);
		expect(html).not.toMatch(/\sstyle="/);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/(ld\+)?json")[^>]*>[^<]*alert/);
	});

	it('treats protocol-relative links and upper-case schemes as external', () => {
		const html = readPage(hostileDist, '/case-studies/ee/hostile-probe/');
		expect(html).toContain('<a href="//evil.example/path" rel="noopener noreferrer">');
		expect(html).toContain('<a href="HTTPS://evil.example/shout" rel="noopener noreferrer">');
	});

	it('keeps spreadsheet formulas inert in the CSV export', () => {
		const rows = parseCsv(readFileSync(join(hostileDist, 'data/case-studies.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
		const row = rows.find((r) => r['id'] === 'ee/hostile-probe')!;
		expect(row['summary']).toMatch(/^'=HYPERLINK/);
		expect(row['leadOrganisation']).toBe("'@SUM(A1:A9)");
	});

	it('keeps the feed well-formed XML, with the markup in the title as text', () => {
		const xml = readFileSync(join(hostileDist, 'rss.xml'), 'utf8');
		const feed = new XMLParser().parse(xml) as { rss: { channel: { item: { title: string }[] } } };
		expect(feed.rss.channel.item.map((item) => item.title)).toContain('Probe: <b>markup</b> & ]]> in a title');
	});

	it('adds only its own alias to _redirects, and no page of the site changes address', () => {
		expect(readFileSync(join(hostileDist, '_redirects'), 'utf8')).toBe('/cases/hostile-probe/ /case-studies/ee/hostile-probe/ 301\n');
		const before = new Set(listDist(dist));
		const after = listDist(hostileDist);
		const added = after.filter((f) => !before.has(f) && !f.startsWith('pagefind/') && !f.startsWith('_astro/'));
		expect(added.sort()).toEqual(['case-studies/ee/hostile-probe/index.html', 'cases/hostile-probe/index.html']);
		for (const file of before) if (!file.startsWith('pagefind/') && !file.startsWith('_astro/')) expect(after, file).toContain(file);
	});

	it('leaves pages that do not list cases byte for byte the same', () => {
		for (const page of ['search/index.html', '404.html', 'contribute/index.html', 'case-studies/ua/prozorro/index.html']) {
			expect(readFileSync(join(hostileDist, page), 'utf8'), page).toBe(readFileSync(join(dist, page), 'utf8'));
		}
	});
});

describe('the registry of page ids', () => {
	it('covers every id a case or event page sets outside body headings, so a heading can be kept off them', () => {
		const pages = listDist(dist).filter((f) => /^(case-studies\/[a-z]{2}|events)\/[^/]+\/index\.html$/.test(f));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			for (const match of html.matchAll(/<(\w+)[^>]*\sid="([^"]+)"/g)) {
				if (/^h[2-6]$/.test(match[1]!)) continue;
				expect(match[2], `${page}: <${match[1]} id="${match[2]}">`).toMatch(pageIdPattern);
			}
		}
	});
});
