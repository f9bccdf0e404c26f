/**
 * French and Russian in Chromium: search in each language finds the right programmes from its
 * own index, the switcher leads to the same page in another language, the header search stays
 * in the page's language, and axe finds nothing on the French and Russian pages.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(() => inject('distDir'));

/** Titles of the results once the search has answered. */
async function searchTitles(page: Page, path: string): Promise<string[]> {
	await page.goto(site.server.url + path);
	await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
	return page.locator('section.search-results h3 a').allTextContents();
}

describe('search in French and Russian', () => {
	it.each([
		['ru', 'закупки', /ProZorro/],
		['fr', 'marchés publics', /ProZorro/],
		['ru', 'обмен данными', /X-Road/],
		['fr', 'échange de données', /X-Road/],
	])('/%s/search/?q=%s finds the programme', async (lang, query, expected) => {
		const page = await site.context.newPage();
		const titles = await searchTitles(page, `${lang}/search/?q=${encodeURIComponent(query)}`);
		expect(
			titles.some((title) => expected.test(title)),
			titles.join(' | '),
		).toBe(true);
		// Results are pages of the same language, and the status line is in it.
		const hrefs = await page.locator('section.search-results h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(
			hrefs.every((href) => href.startsWith(`/${lang}/`)),
			hrefs.join(' '),
		).toBe(true);
		expect(await page.locator('#search-status').textContent()).not.toMatch(/case stud|result/);
		await page.close();
	});

	it('shows facet labels and counts in the language', async () => {
		const page = await site.context.newPage();
		await searchTitles(page, 'ru/search/?q=закупки');
		await expect(page.locator('details[data-facet="stage"] summary').first().textContent()).resolves.toMatch(/[а-яё]/i);
		await page.close();
	});
});

describe('between languages', () => {
	it('the switcher leads from a French case page to the same case in Russian and English', async () => {
		const page = await site.context.newPage();
		await page.goto(site.server.url + 'fr/case-studies/ua/prozorro/');
		await page.locator('.language-switcher a[hreflang="ru"]').click();
		expect(new URL(page.url()).pathname).toBe('/ru/case-studies/ua/prozorro/');
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		await page.locator('.language-switcher a[hreflang="en"]').click();
		expect(new URL(page.url()).pathname).toBe('/case-studies/ua/prozorro/');
		await page.close();
	});

	it('the header search of a Russian page searches in Russian', async () => {
		const page = await site.context.newPage();
		await page.goto(site.server.url + 'ru/countries/');
		await page.locator('#header-search-q').fill('закупки');
		await page.locator('#header-search-q').press('Enter');
		await page.waitForURL(/\/ru\/search\/\?q=/);
		await page.close();
	});

	it('reaches the language switcher by keyboard right after the skip link', async () => {
		const page = await site.context.newPage();
		await page.goto(site.server.url + 'fr/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('English');
		await page.close();
	});
});

const pages = [
	'',
	'case-studies/',
	'case-studies/ua/prozorro/',
	'countries/',
	'countries/ee/',
	'compare/',
	'compare/cases/?ids=ee/x-road,ua/prozorro',
	'compare/countries/?a=EE&b=UA',
	'results/',
	'transfers/',
	'domains/',
	'stages/',
	'policy-messages/',
	'events/',
	'events/unece-2013-public-sector-innovation/',
	'events/organise/',
	'data/',
	'contribute/',
	'search/?q=données',
	'404/',
];

describe('accessibility in French and Russian', () => {
	for (const lang of ['fr', 'ru'] as const) {
		it.each(pages)(`/${lang}/%s has no axe violations`, async (path) => {
			const context = await site.browser.newContext();
			const page = await context.newPage();
			await page.goto(`${site.server.url}${lang}/${path}`);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			await context.close();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}

	it('has no axe violations on a Russian case page at 390 px in dark mode', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${site.server.url}ru/case-studies/ee/x-road/`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		await context.close();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});
});
