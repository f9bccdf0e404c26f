/**
 * Citations over the real build: on every case page a mark for `[^n]` reads n, leads to entry n
 * of the one Sources list, and that entry names the n-th source of the front matter; the
 * results table's "[n]" means the same source. (remark-gfm alone numbers marks by first use,
 * so `[^5]` could read "3" and lead to a footnote list in a third order.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { CASE_STUDIES_DIR, caseIdFromPath } from '../../src/lib/content-paths.ts';
import { listCaseFiles } from '../../src/lib/content-files-fs.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';

const dist = inject('distDir');
const decode = (text: string) =>
	text
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

interface Source {
	title: string;
	publisher: string;
}

const cases = listCaseFiles(projectRoot).map((file) => {
	const parsed = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8'));
	const data = parsed.data as { sources: Source[]; impact?: { source: number }[] };
	// The labels the body cites, in reading order (definition lines excluded).
	const cited = [...parsed.body.replace(/^\[\^\d+\]:.*$/gm, '').matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
	return { id: caseIdFromPath(file), data, cited };
});

describe.each(cases)('citations on $id', ({ id, data, cited }) => {
	const html = readPage(dist, `/${CASE_STUDIES_DIR}/${id}/`);
	const marks = [...html.matchAll(/<a href="#source-(\d+)" id="cite-(\d+)-(\d+)" class="citation"[^>]*>([^<]*)<\/a>/g)];

	it('shows each mark as the number of the source it cites, in the order the body cites them', () => {
		expect(marks.map((m) => Number(m[4]))).toEqual(cited);
		for (const [, href, idNumber, , text] of marks) {
			expect(href).toBe(text);
			expect(idNumber).toBe(text);
		}
	});

	it('leads every mark and every result to entry n of the Sources list, which names the n-th source', () => {
		const list = /<ol class="source-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
		const entries = [...list.matchAll(/<li id="source-(\d+)">([\s\S]*?)<\/li>/g)];
		expect(entries.map((e) => Number(e[1]))).toEqual(data.sources.map((_, i) => i + 1));
		entries.forEach(([, , entry], i) => {
			expect(decode(entry!)).toContain(data.sources[i]!.title);
			expect(decode(entry!)).toContain(data.sources[i]!.publisher);
		});
		const results = [...html.matchAll(/<td class="num"[^>]*><a href="#source-(\d+)"[^>]*>\[(\d+)\]<\/a><\/td>/g)];
		expect(results.map((r) => Number(r[2]))).toEqual((data.impact ?? []).map((figure) => figure.source));
		for (const [, href, text] of results) expect(href).toBe(text);
	});

	it('has no second, differently numbered footnote list', () => {
		expect(html).not.toContain('data-footnotes');
		expect(html).not.toContain('user-content-fn');
	});
});
