/**
 * The search page in Chromium against the real build (and a /kb/ build): facet counts match
 * the front matter, URLs restore views, full text is searched, history works, hostile input
 * executes nothing, and axe finds no violations.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/cli/support/browser.ts';
import { serveDist } from '../../src/cli/support/preview-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readCaseStudies } from '../../src/lib/read-content-fs.ts';
import { countBy, decadeOf } from '../../src/lib/case-studies.ts';
import { listFiles } from '../../src/lib/content-files-fs.ts';

const { cases, taxonomies } = readCaseStudies(projectRoot);
const regionOf = new Map(taxonomies.countries.map((c) => [c.id, c.region]));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function openSearch(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await waitForCount(page);
	return page;
}

/** The status line once a search is done: "No results", "3 case studies", "45 case studies and 1 event". */
const countLine = /^(No results|[\d,]+ (case stud(y|ies)|events?)( and [\d,]+ events?)?)$/;

async function waitForCount(page: Page): Promise<void> {
	await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), countLine.source);
}

/** Case studies and events found, as the status line says. */
async function resultCounts(page: Page): Promise<{ cases: number; events: number }> {
	const text = (await page.locator('#search-status').textContent()) ?? '';
	expect(text).toMatch(countLine);
	const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1]?.replace(/,/g, '') ?? 0);
	return { cases: number(/([\d,]+) case stud/), events: number(/([\d,]+) events?/) };
}

async function resultCount(page: Page): Promise<number> {
	const { cases, events } = await resultCounts(page);
	return cases + events;
}

async function shownCounts(page: Page, facet: string): Promise<Record<string, number>> {
	return page.evaluate((name) => {
		const out: Record<string, number> = {};
		for (const el of document.querySelectorAll<HTMLElement>(`details[data-facet="${name}"] [data-count]`)) {
			out[el.dataset.count!] = Number(el.textContent!.replace(/[^\d]/g, ''));
		}
		return out;
	}, facet);
}

for (const variant of ['root', 'kb'] as const) {
	describe(`search page (${variant === 'root' ? 'base /' : 'base /kb/'})`, () => {
		let server: Awaited<ReturnType<typeof serveDist>>;
		let context: BrowserContext;
		beforeAll(async () => {
			server = variant === 'root' ? await serveDist(inject('distDir')) : await serveDist(inject('distKbDir'), '/kb/');
			context = await browser.newContext();
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});
		// Event pages are indexed too; the /kb/ build adds one fixture case (ee/gfm-showcase).
		const events = listFiles(projectRoot, 'content/events', '.mdx').length;
		const extra = events + (variant === 'kb' ? 1 : 0);

		it('shows every case with no query and counts each facet value as the front matter does', async () => {
			const page = await openSearch(context, `${server.url}search/`);
			// Events are their own kind of result, never counted as case studies.
			expect(await resultCounts(page)).toEqual({ cases: cases.length + (variant === 'kb' ? 1 : 0), events });
			expect(await page.locator('#search-status').textContent()).toBe(
				`${cases.length + extra - events} case studies and ${events} event${events === 1 ? '' : 's'}`,
			);
			if (variant === 'root') {
				const expected = {
					stage: countBy(cases, (c) => [c.data.stage]),
					domain: countBy(cases, (c) => c.data.domains),
					country: countBy(cases, (c) => [c.data.country]),
					region: countBy(cases, (c) => [regionOf.get(c.data.country)!]),
					level: countBy(cases, (c) => [c.data.level]),
					status: countBy(cases, (c) => [c.data.status]),
					policy: countBy(cases, (c) => c.data.policyMessages),
					decade: countBy(cases, (c) => [decadeOf(c.data.started)]),
					type: new Map([
						['case-study', cases.length],
						['event', events],
					]),
				};
				for (const [facet, counts] of Object.entries(expected)) {
					// Counts of a facet are fetched when its group is opened.
					const group = page.locator(`details[data-facet="${facet}"]`);
					if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
					await page.waitForFunction(
						(name) => [...document.querySelectorAll(`details[data-facet="${name}"] [data-count]`)].every((el) => el.textContent !== ''),
						facet,
					);
					const shown = await shownCounts(page, facet);
					expect(Object.keys(shown).length, facet).toBeGreaterThan(0);
					for (const [value, count] of Object.entries(shown)) expect(count, `${facet}=${value}`).toBe(counts.get(value) ?? 0);
				}
			}
			await page.close();
		});

		it('restores a filtered view from its URL, with OR within a facet and AND across facets', async () => {
			const page = await openSearch(context, `${server.url}search/?stage=systematic&stage=mainstreamed&region=eastern-europe&sort=title`);
			const expected = cases.filter((c) => ['systematic', 'mainstreamed'].includes(c.data.stage) && regionOf.get(c.data.country) === 'eastern-europe');
			expect(await resultCount(page)).toBe(expected.length);
			expect(await page.locator('input[name=stage][value=systematic]').isChecked()).toBe(true);
			expect(await page.locator('input[name=stage][value=mainstreamed]').isChecked()).toBe(true);
			expect(await page.locator('input[name=region][value=eastern-europe]').isChecked()).toBe(true);
			expect(await page.locator('#search-sort').inputValue()).toBe('title');
			const titles = await page.locator('[data-results] h3').allTextContents();
			expect(titles).toEqual(
				expected
					.map((c) => c.data.title)
					.sort((a, b) => a.localeCompare(b, 'en'))
					.slice(0, 10),
			);
			expect(await page.locator('[data-chip-list] button').count()).toBe(3);
			await page.close();
		});

		it('finds a case by a word that appears only in its body', async () => {
			const page = await openSearch(context, `${server.url}search/?q=Viik`);
			expect(await resultCount(page)).toBeGreaterThanOrEqual(1);
			expect(await page.locator('[data-results] h3 a').first().getAttribute('href')).toBe(`${variant === 'kb' ? '/kb/' : '/'}case-studies/ee/x-road/`);
			expect(await page.locator('[data-results] mark').first().textContent()).toMatch(/viik/i);
			await page.close();
		});

		it('finds facts of the facts panel: lead organisation, policy-message labels', async () => {
			const page = await openSearch(context, `${server.url}search/?q=AKSHI`);
			expect(await page.locator('[data-results] h3 a').first().getAttribute('href')).toBe(`${variant === 'kb' ? '/kb/' : '/'}case-studies/al/e-albania/`);
			await page.close();
			const tagged = cases.filter((c) => c.data.policyMessages.includes('hold-harmless')).map((c) => `${variant === 'kb' ? '/kb/' : '/'}case-studies/${c.id}/`);
			const harmless = await openSearch(context, `${server.url}search/?q=${encodeURIComponent('hold harmless')}`);
			// Show every page of results; the button hides itself once all are shown.
			for (let i = 0; i < 20 && (await harmless.locator('[data-more]').isVisible()); i++) {
				await harmless
					.locator('[data-more]')
					.click({ timeout: 5_000 })
					.catch(() => undefined);
				await harmless.waitForTimeout(150);
			}
			const found = await harmless.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			for (const href of tagged) expect(found, href).toContain(href);
			await harmless.close();
		});

		it('takes excerpts from the prose, without heading anchors or citation marks', async () => {
			const page = await openSearch(context, `${server.url}search/?q=citizens`);
			const excerpts = await page.locator('[data-results] li > p').allTextContents();
			expect(excerpts.length).toBeGreaterThan(0);
			for (const excerpt of excerpts) {
				expect(excerpt).not.toMatch(/#/);
				expect(excerpt).not.toMatch(/Facts|Lead organisation|Maturity stage/);
			}
			await page.close();
		});

		it('shows an event as an event, and every case with its years and status', async () => {
			const page = await openSearch(context, `${server.url}search/?type=event`);
			const card = page.locator('[data-results] li').first();
			await expect.poll(() => card.locator('.type-tag').textContent()).toBe('Event');
			expect(await card.textContent()).not.toMatch(/Started|Since/);
			await page.close();
			const ended = cases.find((c) => c.data.status === 'discontinued')!;
			const list = await openSearch(context, `${server.url}search/?status=discontinued&sort=title`);
			const meta = await list.locator('[data-results] li', { hasText: ended.data.title }).first().locator('.case-meta').textContent();
			expect(meta).toContain('Discontinued');
			expect(meta).toContain(`${ended.data.started}–${ended.data.ended}`);
			await list.close();
		});

		it('writes choices to the URL and goes back and forward through them', async () => {
			const page = await openSearch(context, `${server.url}search/`);
			await page.locator('input[name=domain][value=health]').check();
			await page.waitForURL(/domain=health/);
			await page.waitForFunction(
				(n) => document.querySelector('#search-status')?.textContent === `${n} case studies`,
				cases.filter((c) => c.data.domains.includes('health')).length,
			);
			await page.locator('#search-q').fill('prescription');
			await page.locator('#search-q').press('Enter');
			await page.waitForURL(/q=prescription&domain=health/);
			await page.goBack();
			await page.waitForURL((url) => !url.search.includes('q='));
			await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === '');
			expect(await page.locator('input[name=domain][value=health]').isChecked()).toBe(true);
			await page.goBack();
			await page.waitForURL((url) => url.search === '');
			await page.waitForFunction(() => !(document.querySelector('input[name=domain][value=health]') as HTMLInputElement).checked);
			await page.goForward();
			await page.waitForURL(/domain=health/);
			await page.waitForFunction(() => (document.querySelector('input[name=domain][value=health]') as HTMLInputElement).checked);
			await page.close();
		});

		it('executes nothing from hostile queries and filter values', async () => {
			const payloads = ['<img src=x onerror="window.__xss=1">', '"><script>window.__xss=2</script>', '<svg/onload=window.__xss=3>'];
			for (const payload of payloads) {
				const query = new URLSearchParams({ q: payload, country: payload, stage: payload, sort: payload });
				const page = await context.newPage();
				const dialogs: string[] = [];
				page.on('dialog', (d) => {
					dialogs.push(d.message());
					void d.dismiss();
				});
				await page.goto(`${server.url}search/?${query}`);
				await waitForCount(page);
				expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
				expect(dialogs).toEqual([]);
				expect(await page.locator('#search-q').inputValue()).toBe(payload);
				expect(await page.locator('[data-results] img, [data-results] script, [data-results] svg').count()).toBe(0);
				await page.close();
			}
		});

		it('has no axe violations with results, filters and chips showing', async () => {
			const page = await openSearch(context, `${server.url}search/?q=digital&stage=systematic&domain=digital-services`);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.close();
		});
	});
}

describe('search without JavaScript', () => {
	it('shows a notice linking to the browse page', async () => {
		const server = await serveDist(inject('distDir'));
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}search/?q=health`);
		expect(await page.locator('.search-form noscript').first().innerHTML()).toContain('/case-studies/');
		await context.close();
		await server.close();
	});
});

describe('header search box', () => {
	it('submits a plain GET form to the search page', async () => {
		const server = await serveDist(inject('distDir'));
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}case-studies/`);
		await page.locator('#header-search-q').fill('open data');
		await page.locator('.header-search button').click();
		await page.waitForURL(/\/search\/\?q=open\+data$/);
		await context.close();
		await server.close();
	});
});
