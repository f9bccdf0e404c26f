/**
 * The whole built site holds together: every internal link and asset resolves (anchors
 * included), ids are unique, every page has one h1, a title, a description and a language,
 * the HTML is valid (html-validate, rules in .htmlvalidate.json), and the counts agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listDist } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';

import { listFiles, listCaseFiles, listTranslationFiles } from '../../src/lib/content-files-fs.ts';

const dist = inject('distDir');
const htmlFiles = listDist(dist).filter((f) => f.endsWith('.html'));
const pages = new Map(htmlFiles.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');

/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.replace(/[?#].*$/, '').replace(/^\//, ''));
	for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) {
		if (candidate && existsSync(join(dist, candidate)) && !candidate.endsWith('/')) return candidate;
	}
	return clean === '' ? 'index.html' : undefined;
}

describe('site integrity', () => {
	it('has every internal link and asset resolve, anchors included', () => {
		const broken: string[] = [];
		for (const [file, html] of pages) {
			for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
				const target = match[1]!.replace(/&amp;/g, '&');
				if (/^(https?:|mailto:|data:)/.test(target) || target.startsWith('//')) continue;
				const [pathPart, anchor] = target.split('#') as [string, string | undefined];
				const resolvedFile = pathPart === '' ? file : fileFor(pathPart.startsWith('/') ? pathPart : `/${file.replace(/[^/]*$/, '')}${pathPart}`);
				if (!resolvedFile) {
					broken.push(`${file} → ${target}`);
					continue;
				}
				if (anchor && resolvedFile.endsWith('.html') && !idsOf(pages.get(resolvedFile) ?? '').includes(decodeURIComponent(anchor))) {
					broken.push(`${file} → ${target} (no id "${anchor}")`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('has unique ids, one h1, a title, a description and a language on every page', () => {
		for (const [file, html] of pages) {
			const ids = idsOf(html);
			expect(
				ids.filter((id, i) => ids.indexOf(id) !== i),
				`${file}: duplicate ids`,
			).toEqual([]);
			expect(html.match(/<h1[\s>]/g)?.length, `${file}: h1`).toBe(1);
			expect(html, file).toMatch(/<title>[^<]+<\/title>/);
			expect(html, file).toMatch(/<meta name="description" content="[^"]{20,}"/);
			const lang = /^(fr|ru)\//.exec(file)?.[1] ?? 'en';
			expect(html, file).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`, 'i'));
		}
	});

	it('is valid HTML under the documented rule set', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const file of htmlFiles) {
			const report = await validator.validateFile(join(dist, file));
			if (!report.valid) problems.push(formatterFactory('text')(report.results));
		}
		expect(problems).toEqual([]);
	});

	it('has rel="noopener noreferrer" on every external link', () => {
		for (const [file, html] of pages) {
			for (const match of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
				expect(match[0], file).toMatch(/rel="noopener noreferrer"/);
			}
		}
	});

	it('counts the same case studies everywhere: files, pages, search index and JSON export', () => {
		const files = listCaseFiles(projectRoot).length;
		const casePages = htmlFiles.filter((f) => /^case-studies\/[a-z]{2}\/[^/]+\/index\.html$/.test(f) && !isRedirect(pages.get(f)!)).length;
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
		const events = listFiles(projectRoot, 'content/events', '.mdx').length;
		const exported = (JSON.parse(readFileSync(join(dist, 'data/case-studies.json'), 'utf8')) as { caseStudies: unknown[] }).caseStudies.length;
		// Each language has its own index: every case in English, every translation in its
		// language, and the event pages (in English text) in all three.
		const translations = listTranslationFiles(projectRoot).length;
		expect({ casePages, indexed: indexed - 3 * events, exported }).toEqual({ casePages: files, indexed: files + translations, exported: files });
	});
});
