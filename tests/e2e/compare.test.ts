/** The side-by-side page and the compare tray in Chromium, and axe on the comparison pages. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/build-site.ts';
import { listCaseFiles } from '../../src/lib/content-files-fs.ts';

const site = useServedSite(() => inject('distDir'));

describe('side by side', () => {
	it('shows the cases named in the URL with differing rows marked', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}compare/cases/?ids=ee/x-road,ua/prozorro`);
		await page.waitForSelector('.compare-table');
		const headers = await page.locator('.compare-table thead th a').allTextContents();
		expect(headers).toEqual(["X-Road: Estonia's national data exchange layer", "ProZorro: Ukraine's open e-procurement system"]);
		// "Differs" only where a difference means something: never the country, always the stage here.
		expect(await page.locator('tr:not(.differs) th', { hasText: 'Country' }).count()).toBe(1);
		expect(await page.locator('tr.differs th', { hasText: 'Maturity stage' }).count()).toBe(1);
		expect(await page.locator('tr:not(.differs) th', { hasText: 'Level of government' }).count()).toBe(1);
		await page.close();
	});

	it('shows the lessons of each case (its first challenge), results by kind, transferability, and folds the sources', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}compare/cases/?ids=ee/x-road,ua/prozorro`);
		await page.waitForSelector('.compare-table');
		const groups = await page.locator('.compare-table .compare-group th').allTextContents();
		expect(groups).toEqual(['The programme', 'Lessons', 'Results, by kind', 'Transferability', 'Sources']);
		const challenges = page.locator('tr', { has: page.locator('th', { hasText: 'What was hard or went wrong' }) }).locator('td');
		expect(await challenges.count()).toBe(2);
		for (const cell of await challenges.all()) expect((await cell.textContent())?.length ?? 0).toBeGreaterThan(20);
		expect(await page.locator('.compare-table td.condition-yes').count()).toBeGreaterThan(0);
		expect(
			await page
				.locator('tr', { has: page.locator('th', { hasText: 'What would transfer' }) })
				.locator('td p')
				.count(),
		).toBeGreaterThan(1);
		const sources = page.locator('tr', { has: page.locator('th', { hasText: /^Sources/ }) }).locator('details');
		expect(await sources.count()).toBe(2);
		for (const details of await sources.all()) expect(await details.getAttribute('open')).toBeNull();
		await page.close();
	});
});

describe('country to country', () => {
	it('compares two member States domain by domain, with what one could learn from the other', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}compare/countries/?a=EE&b=KZ`);
		await page.waitForSelector('.country-compare-table');
		expect(await page.locator('[data-status]').textContent()).toBe('Estonia and Kazakhstan');
		expect(await page.locator('.country-compare-table tbody tr').count()).toBe(9);
		expect(await page.locator('h2', { hasText: 'What Kazakhstan could learn from Estonia' }).count()).toBe(1);
		const lesson = page.locator('.country-lesson', { has: page.locator('h3', { hasText: 'Digital public services' }) });
		expect(await lesson.locator('a[href="/case-studies/ee/x-road/"]').count()).toBe(1);
		expect(await lesson.locator('.condition-check li').count()).toBeGreaterThan(0);
		expect(await page.locator('#country-a').inputValue()).toBe('EE');
		await page.close();
	});

	it('shows hostile or unknown codes as text and runs nothing', async () => {
		const page = await site.context.newPage();
		const hostile = '<img src=x onerror="window.__xss=1">';
		await page.goto(`${site.server.url}compare/countries/?a=${encodeURIComponent(hostile)}&b=zz`);
		await page.waitForSelector('[data-problems]:not([hidden])');
		expect(await page.locator('[data-problems]').textContent()).toContain(hostile);
		expect(await page.locator('[data-problems] img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		await page.close();
	});
});

describe('reuse seen from both sides', () => {
	it('lists a transfer on the transfers page, on both countries’ pages and as "Adapted from" on the adopting case', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}transfers/`);
		expect(await page.locator('table a[href="/case-studies/kg/tunduk/"]').count()).toBeGreaterThan(0);
		await page.goto(`${site.server.url}countries/kg/`);
		expect(
			await page
				.locator('section', { has: page.locator('#reuse-heading') })
				.locator('a[href="/case-studies/ee/x-road/"]')
				.count(),
		).toBeGreaterThan(0);
		await page.goto(`${site.server.url}countries/ee/`);
		expect(await page.locator('section', { has: page.locator('#reuse-heading') }).textContent()).toContain('Kyrgyzstan');
		await page.goto(`${site.server.url}case-studies/kg/tunduk/`);
		expect(await page.locator('.facts dt', { hasText: 'Adapted from' }).count()).toBe(1);
		await page.close();
	});

	it('links every case with results from /results/', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}results/`);
		const linked = new Set(await page.locator('table tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
		const withResults = listCaseFiles(projectRoot).filter((file) => /^impact:\n\s+- /m.test(readFileSync(join(projectRoot, file), 'utf8')));
		expect(withResults.length).toBeGreaterThan(20);
		for (const file of withResults) expect(linked, file).toContain(`/${file.replace(/\.mdx$/, '/')}`);
		await page.close();
	});

	it('lists unknown and hostile ids as not found, as text, and runs nothing', async () => {
		const page = await site.context.newPage();
		const hostile = '<img src=x onerror="window.__xss=1">';
		await page.goto(`${site.server.url}compare/cases/?ids=${encodeURIComponent(`ee/x-road,zz/nothing,${hostile}`)}`);
		await page.waitForSelector('[data-compare-problems]:not([hidden])');
		const text = await page.locator('[data-compare-problems]').textContent();
		expect(text).toContain('zz/nothing');
		expect(text).toContain(hostile);
		expect(await page.locator('[data-compare-problems] img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(await page.locator('[data-compare-status]').textContent()).toMatch(/at least one more/);
		await page.close();
	});

	it('keeps a selection in the tray across page loads, caps it at four and opens the comparison', async () => {
		// A fresh context: the side-by-side page above wrote its cases to the selection.
		const fresh = await site.browser.newContext();
		const page = await fresh.newPage();
		const ids = ['ee/x-road', 'ua/prozorro', 'es/decide-madrid', 'ee/e-prescription', 'fi/experimental-finland'];
		for (const id of ids) {
			await page.goto(`${site.server.url}case-studies/${id}/`);
			const button = page.locator('button[data-compare-add]');
			await button.waitFor({ state: 'visible' });
			await button.click();
		}
		await page.waitForFunction(() => /at most four/.test(document.querySelector('[data-tray-status]')?.textContent ?? ''));
		expect(await page.locator('[data-tray-list] li').count()).toBe(4);
		expect(await page.locator('button[data-compare-add]').getAttribute('aria-pressed')).toBe('false');
		await page.goto(`${site.server.url}case-studies/`);
		expect(await page.locator('kb-compare-tray').isVisible()).toBe(true);
		await page.locator('[data-tray-go]').click();
		await page.waitForURL(/compare\/cases\/\?ids=ee\/x-road,ua\/prozorro,es\/decide-madrid,ee\/e-prescription$/);
		await page.waitForSelector('.compare-table');
		expect(await page.locator('.compare-table thead th').count()).toBe(4);
		await page.locator('[data-tray-clear]').click();
		expect(await page.locator('kb-compare-tray').isHidden()).toBe(true);
		await fresh.close();
	});
});

describe('a shared comparison link', () => {
	it('never replaces the reader’s own compare list silently, and offers to save its cases instead', async () => {
		const fresh = await site.browser.newContext();
		const page = await fresh.newPage();
		await page.goto(`${site.server.url}case-studies/ee/x-road/`);
		await page.locator('button[data-compare-add]').click();
		await page.goto(`${site.server.url}compare/cases/?ids=ua/prozorro,es/decide-madrid`);
		await page.waitForSelector('.compare-table');
		const stored = () => page.evaluate(() => (JSON.parse(localStorage.getItem('kb-compare') ?? '[]') as { id: string }[]).map((s) => s.id));
		expect(await stored()).toEqual(['ee/x-road']);
		await page.locator('[data-compare-offer]').waitFor({ state: 'visible' });
		await page.locator('[data-compare-save]').click();
		expect(await stored()).toEqual(['ua/prozorro', 'es/decide-madrid']);
		expect(await page.locator('[data-compare-offer]').isHidden()).toBe(true);
		await fresh.close();
	});
});

describe('accessibility of comparison pages', () => {
	it.each([
		['countries', 'countries/'],
		['country profile', 'countries/ee/'],
		['matrix', 'compare/'],
		['matrix for a region', 'compare/central-asia/'],
		['side by side', 'compare/cases/?ids=ee/x-road,ua/prozorro,es/decide-madrid'],
		['domain', 'domains/health/'],
		['stages', 'stages/'],
		['stage', 'stages/systematic/'],
		['policy messages', 'policy-messages/'],
		['policy message', 'policy-messages/co-creation/'],
		['results', 'results/'],
		['transfers', 'transfers/'],
		['country to country', 'compare/countries/?a=EE&b=KZ'],
		['case page with lessons', 'case-studies/ee/x-road/'],
	])('%s has no axe violations', async (_, path) => {
		const page = await site.context.newPage();
		await page.goto(site.server.url + path);
		if (path.startsWith('compare/cases')) await page.waitForSelector('.compare-table');
		if (path.startsWith('compare/countries')) await page.waitForSelector('.country-compare-table');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.close();
	});
});
