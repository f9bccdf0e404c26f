/** The side-by-side page and the compare tray in Chromium, and axe on the comparison pages. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(() => inject('distDir'));

describe('side by side', () => {
	it('shows the cases named in the URL with differing rows marked', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.server.url}compare/cases/?ids=ee/x-road,ua/prozorro`);
		await page.waitForSelector('.compare-table');
		const headers = await page.locator('.compare-table thead th a').allTextContents();
		expect(headers).toEqual(["X-Road: Estonia's national data exchange layer", "ProZorro: Ukraine's open e-procurement system"]);
		expect(await page.locator('tr.differs th', { hasText: 'Country' }).count()).toBe(1);
		expect(await page.locator('tr:not(.differs) th', { hasText: 'Level of government' }).count()).toBe(1);
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
	])('%s has no axe violations', async (_, path) => {
		const page = await site.context.newPage();
		await page.goto(site.server.url + path);
		if (path.startsWith('compare/cases')) await page.waitForSelector('.compare-table');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.close();
	});
});
