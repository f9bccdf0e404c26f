/**
 * The site in French and Russian, over the real build: every page kind in each language, the
 * page's language on <html>, the switcher and hreflang alternates between the versions, a
 * translated case page that says it is translated, and lists that mark an untranslated case.
 */
import { describe, expect, inject, it } from 'vitest';
import { caseIdFromPath, translationFromPath } from '../../src/lib/content-paths.ts';
import { listCaseFiles, listTranslationFiles } from '../../src/lib/content-files-fs.ts';
import { listDist, readPage } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readSortFile, sortFileName } from '../../src/lib/search-sort.ts';

const dist = inject('distDir');
const caseIds = listCaseFiles(projectRoot).map(caseIdFromPath).sort();
const translations = listTranslationFiles(projectRoot).map((file) => translationFromPath(file)!);
const translated = (lang: string) =>
	translations
		.filter((t) => t.lang === lang)
		.map((t) => t.caseId)
		.sort();

/** One page of every kind the site builds, by its English path. */
const pageKinds = [
	'/',
	'/case-studies/',
	'/search/',
	'/countries/',
	'/countries/ee/',
	'/compare/',
	'/compare/central-asia/',
	'/compare/cases/',
	'/compare/countries/',
	'/results/',
	'/transfers/',
	'/domains/',
	'/domains/health/',
	'/stages/',
	'/stages/systematic/',
	'/policy-messages/',
	'/policy-messages/co-creation/',
	'/events/',
	'/events/unece-2013-public-sector-innovation/',
	'/events/organise/',
	'/data/',
	'/contribute/',
];

const htmlLang = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];

describe('French and Russian', () => {
	for (const lang of ['fr', 'ru'] as const) {
		it(`builds every page kind under /${lang}/, in ${lang}, with alternates for every language`, () => {
			for (const path of pageKinds) {
				const html = readPage(dist, `/${lang}${path}`);
				expect(htmlLang(html), path).toBe(lang);
				for (const other of ['en', 'fr', 'ru'])
					expect(html, `${path} hreflang ${other}`).toMatch(
						new RegExp(`<link rel="alternate" hreflang="${other}" href="[^"]*${other === 'en' ? '' : `/${other}`}${path}"`),
					);
				expect(html, path).toMatch(new RegExp(`<link rel="alternate" hreflang="x-default" href="[^"]*${path}"`));
				// The switcher names this language as current and links the other two.
				expect(html, path).toContain(`<span aria-current="true" lang="${lang}">`);
			}
			expect(readPage(dist, `/${lang}/404/`)).toContain(`<html lang="${lang}"`);
		});

		it(`gives every ${lang} translation its page, and no page to a case without one`, () => {
			const pages = listDist(dist)
				.filter((f) => new RegExp(`^${lang}/case-studies/[^/]+/[^/]+/index\\.html$`).test(f))
				.map((f) => f.replace(new RegExp(`^${lang}/case-studies/`), '').replace(/\/index\.html$/, ''))
				.sort();
			expect(pages).toEqual(translated(lang));
		});

		it(`says on a ${lang} case page that it is a translation and links the English original`, () => {
			const id = translated(lang)[0]!;
			const html = readPage(dist, `/${lang}/case-studies/${id}/`);
			expect(html).toContain('class="notice translation-note"');
			expect(html).toContain(`href="/case-studies/${id}/" hreflang="en"`);
			// Facts stay the original's: the same source links as the English page.
			const sources = (page: string) => [...page.matchAll(/<li id="source-\d+"[\s\S]*?href="([^"]+)"/g)].map((m) => m[1]);
			expect(sources(html)).toEqual(sources(readPage(dist, `/case-studies/${id}/`)));
		});

		it(`links each case in the ${lang} list to its ${lang} page, or to the English page marked as English`, () => {
			const list = readPage(dist, `/${lang}/case-studies/`);
			const done = new Set(translated(lang));
			for (const id of caseIds) {
				if (done.has(id)) expect(list, id).toContain(`href="/${lang}/case-studies/${id}/"`);
				else expect(list, id).toMatch(new RegExp(`href="/case-studies/${id}/" hreflang="en" lang="en"`));
			}
		});
	}

	it('keeps English at the root, with the case folders of France and the Russian Federation in English', () => {
		for (const id of caseIds.filter((id) => /^(fr|ru)\//.test(id))) expect(htmlLang(readPage(dist, `/case-studies/${id}/`)), id).toBe('en');
		expect(htmlLang(readPage(dist, '/'))).toBe('en');
	});

	it('indexes each language apart for search', () => {
		const entry = JSON.parse(readPage(dist, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr', 'ru']);
		const events = listDist(dist).filter((f) => /^events\/(?!organise)[^/]+\/index\.html$/.test(f)).length;
		expect(entry.languages['en']!.page_count).toBe(caseIds.length + events);
		expect(entry.languages['fr']!.page_count).toBe(translated('fr').length + events);
		expect(entry.languages['ru']!.page_count).toBe(translated('ru').length + events);
		// Each index has its sort file (search results sorted by title or start year), listing
		// every page of it with a start year, in the bundle and not in Pagefind's pf_meta.
		for (const [lang, { page_count }] of Object.entries(entry.languages)) {
			const sort = readSortFile(JSON.parse(readPage(dist, `pagefind/${sortFileName(lang)}`)));
			expect(sort.language).toBe(lang);
			expect(sort.rank.size, lang).toBe(page_count);
			expect(sort.started.every((year) => year !== null && year > 1900)).toBe(true);
			const fragments = listDist(dist).filter((f) => f.startsWith(`pagefind/fragment/${lang}_`));
			expect([...sort.rank.keys()].sort()).toEqual(fragments.map((f) => f.replace(/^pagefind\/fragment\/|\.pf_fragment$/g, '')).sort());
		}
		// No page asks Pagefind to sort: its sort keys would grow the pf_meta every search fetches.
		for (const file of listDist(dist).filter((f) => /^(\w\w\/)?(case-studies|events)\/.+\.html$/.test(f))) {
			expect(readPage(dist, file), file).not.toContain('data-pagefind-sort');
		}
	});

	it('lists the translations of each case in the open data, under their language', () => {
		const data = JSON.parse(readPage(dist, 'data/case-studies.json')) as {
			caseStudies: { id: string; translations?: Record<string, { title: string; url: string }> }[];
		};
		const xroad = data.caseStudies.find((c) => c.id === 'ee/x-road')!;
		for (const lang of ['fr', 'ru']) {
			if (!translated(lang).includes('ee/x-road')) continue;
			expect(xroad.translations?.[lang]?.url).toBe(`http://localhost:4321/${lang}/case-studies/ee/x-road/`);
			expect(xroad.translations?.[lang]?.title.length).toBeGreaterThan(5);
		}
		expect(data.caseStudies).toHaveLength(caseIds.length);
	});

	it('writes sitemap alternates between the languages', () => {
		const sitemap = readPage(dist, 'sitemap-0.xml');
		expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="fr" href="http://localhost:4321/fr/countries/"/>');
	});
});
