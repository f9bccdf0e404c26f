/** A build deployed under BASE_PATH=/kb/, with a showcase case that uses every GFM feature. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listDist, readPage } from '../helpers/dist.ts';

const dist = inject('distKbDir');

describe('a deployment under /kb/', () => {
	const htmlFiles = listDist(dist).filter((f) => f.endsWith('.html'));

	it('prefixes every internal link and asset with /kb/', () => {
		expect(htmlFiles.length).toBeGreaterThan(3);
		for (const file of htmlFiles) {
			const html = readPage(dist, file);
			const targets = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
			for (const target of targets) {
				if (/^(https?:|mailto:|#)/.test(target)) continue;
				expect(target, `${file} links to ${target}`).toMatch(/^\/kb\//);
				const path = target.replace(/^\/kb\//, '').replace(/[?#].*$/, '');
				const onDisk = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
				expect(existsSync(onDisk), `${file} links to ${target}, which does not exist`).toBe(true);
			}
		}
	});

	describe('GitHub-flavoured Markdown through remark-gfm', () => {
		const html = () => readPage(dist, '/case-studies/ee/gfm-showcase/');
		it('renders tables with alignment', () => {
			expect(html()).toMatch(/<table>[\s\S]*<th>Country<\/th>[\s\S]*<th class="align-right">Cases<\/th>[\s\S]*<td class="align-right">2<\/td>/);
		});
		it('renders footnotes as citations of the numbered Sources list', () => {
			expect(html()).toMatch(/<sup><a href="#source-1" id="cite-1-1" class="citation" data-citation="1" aria-label="Source 1">1<\/a><\/sup>/);
			expect(html()).toContain('<li id="source-1">');
			expect(html()).not.toContain('data-footnotes');
		});
		it('renders strikethrough', () => {
			expect(html()).toContain('<del>struck text</del>');
		});
		it('renders task lists', () => {
			expect(html()).toMatch(/<li class="task-list-item"><input type="checkbox" checked disabled/);
		});
		it('renders autolink literals', () => {
			expect(html()).toContain('<a href="https://www.unece.org" rel="noopener noreferrer">https://www.unece.org</a>');
			expect(html()).toContain('<a href="http://www.example.org" rel="noopener noreferrer">www.example.org</a>');
		});
	});

	describe('with a repository named in package.json', () => {
		const repository = 'https://github.com/psi-kb-test/knowledge-base';
		it('links every case page to its file in GitHub’s editor and to a prefilled issue', () => {
			const html = readPage(dist, '/case-studies/ee/x-road/');
			expect(html).toContain(`<a href="${repository}/edit/main/case-studies/ee/x-road.mdx" rel="noopener noreferrer">Edit this page on GitHub</a>`);
			const report = /<a href="([^"]+)"[^>]*>Report a problem with this case study<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
			const url = new URL(report!);
			expect(url.origin + url.pathname).toBe(`${repository}/issues/new`);
			expect(url.searchParams.get('title')).toBe('Problem with the case study ee/x-road');
			expect(url.searchParams.get('body')).toContain('Page: https://psi-kb.test/kb/case-studies/ee/x-road/');
			expect(url.searchParams.get('body')).toContain('File: case-studies/ee/x-road.mdx');
		});
		it('gives the case-study form the repository to propose files to', () => {
			const config = /<script type="application\/json" id="case-form-config">([^<]*)<\/script>/.exec(readPage(dist, '/contribute/'))?.[1];
			expect(JSON.parse(config!)).toMatchObject({ repository });
		});
	});
});
