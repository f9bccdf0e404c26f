/** The built site in Chromium: accessibility (axe, WCAG 2.2 AA), keyboard use, phone layout. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(() => inject('distDir'));

const pages = [
	['home', ''],
	['case list', 'case-studies/'],
	['case page', 'case-studies/ee/x-road/'],
	['404', 'no-such-page/'],
	['events', 'events/'],
	['event', 'events/unece-2013-public-sector-innovation/'],
	['organisers', 'events/organise/'],
	['open data', 'data/'],
	['domains', 'domains/'],
	['countries', 'countries/'],
	['matrix', 'compare/'],
	['country profile', 'countries/ee/'],
	['stages', 'stages/'],
	['contribute', 'contribute/'],
	['results', 'results/'],
	['transfers', 'transfers/'],
] as const;

describe('accessibility', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it.each(pages)(`%s has no axe violations (${scheme})`, async (_, path) => {
			const context = await site.browser.newContext({ colorScheme: scheme });
			const page = await context.newPage();
			await page.goto(site.server.url + path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			await context.close();
			const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		});
	}
});

describe('keyboard', () => {
	it('reaches the skip link first and it moves focus to the main content', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(site.server.url + 'case-studies/ee/x-road/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).top);
		expect(outline).not.toBe('-100px');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await context.close();
	});
});

describe('keyboard only', () => {
	const keyboardPages: (readonly [string, string])[] = [
		...pages,
		['search', 'search/?q=digital&stage=systematic'],
		['side by side', 'compare/cases/?ids=ee/x-road,ua/prozorro'],
		['country to country', 'compare/countries/?a=EE&b=KZ'],
		['results', 'results/'],
		['transfers', 'transfers/'],
	];
	it.each(keyboardPages)('%s: every interactive control is reached by Tab, each with a visible focus indicator', async (_, path) => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(site.server.url + path);
		await page.waitForLoadState('networkidle');
		// Tab stops in document order; the same link can appear twice (e.g. in two matrix cells).
		const stops = await page.evaluate(() =>
			[...document.querySelectorAll('a[href], button:not([hidden]), input, select, summary, [tabindex="0"]')]
				.filter((el) => {
					// A closed <details> hides its content, not its own <summary>.
					const closed = el.closest('details:not([open])');
					const hidden = closed !== null && !(el.tagName === 'SUMMARY' && el.parentElement === closed);
					return (el as HTMLElement).offsetParent !== null && (el as HTMLElement).tabIndex >= 0 && !hidden;
				})
				.map((el) => el.outerHTML.slice(0, 160)),
		);
		const interactive = new Set(stops).size;
		const seen = new Set<string>();
		for (let i = 0; i < stops.length + 5; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const visible =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
				return { key: el.outerHTML.slice(0, 160), visible, tag: el.tagName };
			});
			if (!focus) continue;
			expect(focus.visible, focus.key).toBe(true);
			seen.add(focus.key);
		}
		expect(seen.size).toBeGreaterThanOrEqual(interactive);
		await context.close();
	});

	it('operates search facets and the compare tray without a mouse', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(site.server.url + 'search/');
		await page.waitForFunction(() => /result|case stud|event/.test(document.querySelector('#search-status')?.textContent ?? ''));
		// Facet groups start folded: open one from the keyboard, then choose in it.
		await page.locator('details[data-facet="stage"] > summary').focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('details[data-facet="stage"]').getAttribute('open')).not.toBeNull();
		await page.locator('input[name=stage][value=mainstreamed]').focus();
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('mainstreamed');
		await page.keyboard.press('Space');
		await page.waitForURL(/stage=mainstreamed/);
		const addButton = page.locator('[data-results] button[data-compare-add]').first();
		await addButton.waitFor({ state: 'visible' });
		await addButton.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('kb-compare-tray:not([hidden])');
		await page.locator('[data-tray-go]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/compare\/cases\/\?ids=/);
		await context.close();
	});
});

describe('layout stability', () => {
	/** Cumulative layout shift of a page load, as Lighthouse counts it (shifts without recent input). */
	async function layoutShift(path: string, width: number): Promise<number> {
		const context = await site.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { __shifts: number[] }).__shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
					if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(site.server.url + path);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		const total = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));
		await context.close();
		return total;
	}

	it.each([
		['search/?q=digital', 1280],
		['search/?q=digital', 390],
		['search/?q=digital&stage=systematic&domain=health', 390],
		// Groups start folded; the script opens the chosen ones (country, stage) before they are drawn.
		['search/?country=EE&stage=systematic', 1280],
		['search/', 1280],
		['', 1280],
		['case-studies/ee/x-road/', 390],
		['countries/', 1280],
	] as const)('%s at %i px moves nothing once shown (CLS under 0.05)', async (path, width) => {
		expect(await layoutShift(path, width)).toBeLessThan(0.05);
	});

	it('shows the search filters unfolded on a phone when scripts are off', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.server.url + 'search/');
		// The panel is open; its groups start folded, as with scripts, and open on a tap.
		expect(await page.locator('details[data-facet="stage"] > summary').isVisible()).toBe(true);
		await page.locator('details[data-facet="stage"] > summary').click();
		expect(await page.locator('input[name=stage][value=systematic]').isVisible()).toBe(true);
		await context.close();
	});
});

describe('print', () => {
	it.each(['case-studies/ee/x-road/', 'countries/ee/'])(
		'prints %s as a brief: no navigation or controls, sources with their numbers and addresses',
		async (path) => {
			const context = await site.browser.newContext();
			const page = await context.newPage();
			await page.emulateMedia({ media: 'print' });
			await page.goto(site.server.url + path);
			for (const selector of ['.site-header', '.site-footer', '.header-search', '.breadcrumbs']) {
				if ((await page.locator(selector).count()) > 0) expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
			}
			if (path.startsWith('case-studies')) {
				expect(await page.locator('.source-list li').first().isVisible()).toBe(true);
				const after = await page
					.locator('.source-list a')
					.first()
					.evaluate((a) => getComputedStyle(a, '::after').content);
				expect(after).toContain('https://');
				expect(await page.locator('.case-panels .lessons').isVisible()).toBe(true);
			}
			await context.close();
		},
	);
});

describe('links look like links', () => {
	it('underlines the stage names on the home page, which are links', async () => {
		const page = await site.context.newPage();
		await page.goto(site.server.url);
		const decorations = await page
			.locator('.stage-link .stage-badge > span:last-child')
			.evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationLine));
		expect(decorations.length).toBe(4);
		for (const decoration of decorations) expect(decoration).toContain('underline');
		await page.close();
	});
});

describe('countries map', () => {
	it('lets every member State be reached by keyboard with its name, and its legend shows only the classes in use', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'countries/');
		const members = page.locator('.region-map .map-member');
		const names = await members.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
		// 56 members; a few micro-states appear in both panels' data only once.
		expect(new Set(names.map((n) => n.split(':')[0])).size).toBeGreaterThanOrEqual(50);
		for (const name of names) expect(name).toMatch(/^[^:]+: (no case study yet|1 case study|\d+ case studies)$/);
		const tabbable = await members.evaluateAll((els) => els.every((el) => (el as SVGElement).tabIndex === 0));
		expect(tabbable).toBe(true);
		// Classes in the legend are exactly the shades used on the map.
		const used = new Set(
			await page
				.locator('.region-map .map-country')
				.evaluateAll((els) => els.map((el) => [...el.classList].find((c) => c.startsWith('map-step-') || c === 'map-none'))),
		);
		const legend = new Set(
			await page
				.locator('.map-legend .map-swatch')
				.evaluateAll((els) =>
					els.map((el) => (el.classList.contains('map-swatch-none') ? 'map-none' : [...el.classList].find((c) => c.startsWith('map-step-')))),
				),
		);
		expect(legend).toEqual(used);
		// "No case yet" is a pattern, not a colour close to the sea (when any member has no case).
		if ((await page.locator('.region-map .map-none').count()) > 0) {
			expect(
				await page
					.locator('.region-map .map-none')
					.first()
					.evaluate((el) => getComputedStyle(el).fill),
			).toMatch(/url\(/);
		}
		await context.close();
	});

	it('keeps the map readable on a phone', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'countries/');
		const height = await page.locator('.region-map-svg').evaluate((svg) => svg.getBoundingClientRect().height);
		expect(height).toBeGreaterThanOrEqual(300);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await context.close();
	});
});

describe('compare matrix layout', () => {
	it('shows all nine domains at 1280 px without sideways scrolling, keeps the header row in view, and lists cases on opening a cell', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'compare/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const headers = page.locator('.matrix thead th');
		expect(await headers.count()).toBe(10);
		for (const box of await headers.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().toJSON() as DOMRect))) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(1280);
		}
		// Cells show a stage and a count; the case names open beneath by keyboard.
		const cell = page.locator('.matrix-cell details').first();
		await cell.locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await cell.getAttribute('open')).not.toBeNull();
		expect(await cell.locator('li a').count()).toBeGreaterThan(0);
		await page.mouse.wheel(0, 2000);
		await page.waitForFunction(() => window.scrollY > 1000);
		const headerTop = await page
			.locator('.matrix thead th')
			.first()
			.evaluate((th) => th.getBoundingClientRect().top);
		expect(Math.abs(headerTop)).toBeLessThan(2);
		await context.close();
	});

	it('becomes a list per country on a phone', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'compare/');
		expect(await page.locator('.matrix').isVisible()).toBe(false);
		expect(await page.locator('.matrix-list').isVisible()).toBe(true);
		expect(await page.locator('.matrix-list h3', { hasText: 'Estonia' }).isVisible()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await context.close();
	});
});

describe('phone layout', () => {
	it.each(['countries/', 'transfers/', 'results/', 'compare/', 'case-studies/ee/x-road/'])(
		'%s has no axe violations at 390 px (scrolling maps and charts included)',
		async (path) => {
			const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(site.server.url + path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			await context.close();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		},
	);

	it.each([
		['results of a case', 'case-studies/ee/x-road/', 'section[aria-labelledby=impact-heading] table'],
		['countries', 'countries/', '.countries-table'],
		['codebook', 'data/', '.codebook'],
	])('shows every column of the %s table at 390 px, each value under its column name', async (_, path, selector) => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(site.server.url + path);
		const cells = page.locator(`${selector} tbody td`);
		expect(await cells.count()).toBeGreaterThan(0);
		const boxes = await cells.evaluateAll((tds) =>
			tds.map((td) => ({ right: td.getBoundingClientRect().right, label: getComputedStyle(td, '::before').content })),
		);
		for (const box of boxes) {
			expect(box.right).toBeLessThanOrEqual(390);
			expect(box.label).not.toBe('none');
		}
		await context.close();
	});

	it('keeps the row names in view on the side-by-side page at 390 px and shows that more cases lie to the right', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'compare/cases/?ids=ee/x-road,ua/prozorro');
		await page.waitForSelector('.compare-table');
		expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
		const secondCase = await page
			.locator('.compare-table thead th')
			.nth(1)
			.evaluate((th) => th.getBoundingClientRect().left);
		expect(secondCase).toBeLessThan(390);
		await page.locator('.compare-wrap').evaluate((wrap) => wrap.scrollBy(600, 0));
		const rowName = await page
			.locator('.compare-table tbody tr:not(.compare-group) th')
			.first()
			.evaluate((th) => th.getBoundingClientRect().left);
		expect(rowName).toBeGreaterThanOrEqual(0);
		expect(rowName).toBeLessThan(30);
		await context.close();
	});

	it('has no horizontal page scroll at 390 px on a case page', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(site.server.url + 'case-studies/ee/x-road/');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
