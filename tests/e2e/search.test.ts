/**
 * The search page in Chromium against the real build (and a /kb/ build): facet counts match
 * the front matter, URLs restore views, full text is searched, history works, hostile input
 * executes nothing, and axe finds no violations.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/cli/support/browser.ts';
import { serveDist } from '../../src/cli/support/preview-server.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readCaseStudies, readTranslations } from '../../src/lib/read-content-fs.ts';
import { countBy, decadeOf } from '../../src/lib/case-studies.ts';
import { listFiles } from '../../src/lib/content-files-fs.ts';
import { eventIdFromPath } from '../../src/lib/content-paths.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { eventMarker, searchFacetNames } from '../../src/lib/search-state.ts';
import type { ResultSort } from '../../src/lib/search-sort.ts';

const { cases, taxonomies } = readCaseStudies(projectRoot);
const regionOf = new Map(taxonomies.countries.map((c) => [c.id, c.region]));

/** A page of the index as the sorts see it: its path below the base, title and start year. */
interface Listed {
	path: string;
	title: string;
	started: number;
}

function frontMatter(file: string): Record<string, unknown> {
	return parseFrontMatter(readFileSync(file, 'utf8')).data as Record<string, unknown>;
}

const eventFiles = listFiles(projectRoot, 'content/events', '.mdx');
const eventsListed = (prefix: string): Listed[] =>
	eventFiles.map((file) => {
		const data = frontMatter(join(projectRoot, file));
		return {
			path: `${prefix}events/${eventIdFromPath(file)}/`,
			title: String(data.title),
			started: new Date(data.startDate as string | Date).getUTCFullYear(),
		};
	});
const casesListed: Listed[] = cases.map((c) => ({ path: `case-studies/${c.id}/`, title: c.data.title, started: c.data.started }));
/** The case the /kb/ build adds (tests/global-setup.ts). */
const showcase = frontMatter(join(projectRoot, 'tests/fixtures/site/gfm-showcase.mdx'));
const showcaseListed: Listed = { path: 'case-studies/ee/gfm-showcase/', title: String(showcase.title), started: Number(showcase.started) };

/** The order a sort should give, from the content: titles by the language's collator, years either way with ties by title. */
function expectedOrder(listed: readonly Listed[], sort: ResultSort, lang = 'en'): string[] {
	const byTitle = (a: Listed, b: Listed) => a.title.localeCompare(b.title, lang);
	const compare = sort === 'title' ? byTitle : (a: Listed, b: Listed) => (sort === 'started' ? b.started - a.started : a.started - b.started) || byTitle(a, b);
	return [...listed].sort(compare).map((l) => l.path);
}

/** The facet a Pagefind filter file indexes: its gzip text is "pagefind_dcd", then CBOR [name, …]. */
function filterName(file: string): string {
	const bytes = gunzipSync(readFileSync(file));
	expect(bytes.subarray(0, 13).toString('latin1')).toBe('pagefind_dcd\x82');
	const length = bytes[13]! - 0x60;
	expect(length).toBeGreaterThan(0);
	expect(length).toBeLessThan(24);
	return bytes.subarray(14, 14 + length).toString('utf8');
}

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

/** Paths (below the server's root) of every result, after showing every page of them. */
async function allResultPaths(page: Page): Promise<string[]> {
	const links = page.locator('[data-results] h3 a');
	for (let i = 0; i < 100 && (await page.locator('[data-more]').isVisible()); i++) {
		const shown = await links.count();
		await page.locator('[data-more]').click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] h3 a').length > n, shown);
	}
	return links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

async function openGroups(page: Page): Promise<string[]> {
	return page.locator('details[data-facet][open]').evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.facet!));
}

async function openGroup(page: Page, facet: string): Promise<void> {
	await page.locator(`details[data-facet="${facet}"] > summary`).click();
	await page.waitForFunction(
		(name) => [...document.querySelectorAll(`details[data-facet="${name}"] [data-count]`)].every((el) => el.textContent !== ''),
		facet,
	);
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
		const base = variant === 'kb' ? '/kb/' : '/';
		const dist = () => (variant === 'root' ? inject('distDir') : inject('distKbDir'));
		const listed = () => [...casesListed, ...eventsListed(''), ...(variant === 'kb' ? [showcaseListed] : [])];

		it('starts with every facet group folded, opens the ones the URL chose, and loads counts when a group is opened', async () => {
			const page = await openSearch(context, `${server.url}search/`);
			expect(await openGroups(page)).toEqual([]);
			expect(await page.locator('[data-count]').evaluateAll((els) => els.filter((el) => el.textContent !== '').length)).toBe(0);
			const status = await page.locator('#search-status').textContent();
			const firstResult = await page.locator('[data-results] h3 a').first().getAttribute('href');
			await openGroup(page, 'stage');
			const stages = countBy(cases, (c) => [c.data.stage]);
			if (variant === 'kb') stages.set(String(showcase.stage), (stages.get(String(showcase.stage)) ?? 0) + 1);
			expect(await shownCounts(page, 'stage')).toEqual(Object.fromEntries(taxonomies.stages.map((s) => [s.id, stages.get(s.id) ?? 0])));
			// Opening a group is not a new search: the status line and the results stay.
			expect(await page.locator('#search-status').textContent()).toBe(status);
			expect(await page.locator('[data-results] h3 a').first().getAttribute('href')).toBe(firstResult);
			// Still counted after the selection changes while it is folded again.
			await page.locator('details[data-facet="stage"] > summary').click();
			await openGroup(page, 'domain');
			await page.locator('input[name=domain][value=health]').check();
			await page.waitForURL(/domain=health/);
			const health = cases.filter((c) => c.data.domains.includes('health'));
			await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent === `${n} case studies`, health.length);
			await page.locator('details[data-facet="stage"] > summary').click();
			const healthStages = countBy(health, (c) => [c.data.stage]);
			await expect.poll(() => shownCounts(page, 'stage')).toEqual(Object.fromEntries(taxonomies.stages.map((s) => [s.id, healthStages.get(s.id) ?? 0])));
			await page.close();

			const chosen = await openSearch(context, `${server.url}search/?country=EE&decade=2010s`);
			expect((await openGroups(chosen)).sort()).toEqual(['country', 'decade']);
			await chosen.close();
		});

		it('fetches only the chosen facet and the event marker on a first filtered search, and the sort file only once sorted', async () => {
			const fresh = await browser.newContext();
			const page = await fresh.newPage();
			const requested: string[] = [];
			page.on('requestfinished', (request) => {
				const { pathname } = new URL(request.url());
				if (pathname.startsWith(`${base}pagefind/`)) requested.push(pathname.slice(base.length));
			});
			await page.goto(`${server.url}search/?country=EE`);
			await waitForCount(page);
			await page.waitForLoadState('networkidle');
			const filterFiles = requested.filter((path) => path.startsWith('pagefind/filter/'));
			expect(filterFiles.map((path) => filterName(join(dist(), path))).sort()).toEqual(['country', eventMarker.name].sort());
			const sortFiles = () => requested.filter((path) => /^pagefind\/sort\./.test(path));
			// Relevance is Pagefind's own order: no sort file.
			expect(sortFiles()).toEqual([]);
			const estonia = listed().filter((l) => l.path.startsWith('case-studies/ee/'));
			for (const sort of ['title', 'started', 'started-asc'] as const) {
				await page.locator('#search-sort').selectOption(sort);
				await page.waitForURL(new RegExp(`sort=${sort}$`));
				const expected = expectedOrder(estonia, sort)
					.slice(0, 10)
					.map((path) => `${base}${path}`);
				await expect.poll(() => page.locator('[data-results] h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(expected);
			}
			// Fetched once, from the bundle under the base, and never again.
			expect(sortFiles()).toEqual(['pagefind/sort.en.json']);
			await fresh.close();
		});

		it('orders every result by each sort, events included, as the content says', async () => {
			const all = listed();
			for (const sort of ['title', 'started', 'started-asc'] as const) {
				const page = await openSearch(context, `${server.url}search/?sort=${sort}`);
				expect(await page.locator('#search-sort').inputValue()).toBe(sort);
				const paths = await allResultPaths(page);
				expect(paths, sort).toEqual(expectedOrder(all, sort).map((path) => `${base}${path}`));
				await page.close();
			}
		});

		it('counts case studies and events for a query that matches both, as the type facet does', async () => {
			const page = await openSearch(context, `${server.url}search/?q=award`);
			const found = await resultCounts(page);
			expect(found.events).toBeGreaterThanOrEqual(1);
			expect(found.cases).toBeGreaterThanOrEqual(2);
			expect(await page.locator('#search-status').textContent()).toBe(`${found.cases} case studies and ${found.events} event${found.events === 1 ? '' : 's'}`);
			const paths = await allResultPaths(page);
			expect(paths.length).toBe(found.cases + found.events);
			expect(paths.filter((path) => path.startsWith(`${base}events/`)).length).toBe(found.events);
			// Pagefind's own count of the type index, fetched once the group is opened, agrees.
			await openGroup(page, 'type');
			expect(await shownCounts(page, 'type')).toEqual({ 'case-study': found.cases, event: found.events });
			await page.close();
		});

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
			// Its title as written, not lower-cased.
			expect(eventsListed('').map((e) => e.title)).toContain(await card.locator('h3').textContent());
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
			await openGroup(page, 'domain');
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

describe('sorting in French and Russian', () => {
	let server: Awaited<ReturnType<typeof serveDist>>;
	let context: BrowserContext;
	beforeAll(async () => {
		server = await serveDist(inject('distDir'));
		context = await browser.newContext();
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});
	const started = new Map(cases.map((c) => [c.id, c.data.started]));

	it.each([
		['fr', 'title'],
		['ru', 'title'],
		['fr', 'started'],
		['ru', 'started-asc'],
	] as const)('/%s/search/?sort=%s orders the translations by their own titles, with the language collator', async (lang, sort) => {
		const listed: Listed[] = [
			...readTranslations(projectRoot)
				.filter((t) => t.lang === lang)
				.map((t) => ({ path: `${lang}/case-studies/${t.caseId}/`, title: t.data.title, started: started.get(t.caseId)! })),
			...eventsListed(`${lang}/`),
		];
		const page = await context.newPage();
		await page.goto(`${server.url}${lang}/search/?sort=${sort}`);
		// The status line is in the language: wait for its number.
		await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
		expect(await page.locator('#search-sort').inputValue()).toBe(sort);
		const paths = await allResultPaths(page);
		expect(paths).toEqual(expectedOrder(listed, sort, lang).map((path) => `/${path}`));
		await page.close();
	});
});

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

	it('submits choices made in folded facet groups as URL keys', async () => {
		const server = await serveDist(inject('distDir'));
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}search/`);
		expect(await page.locator('details[data-facet][open]').count()).toBe(0);
		await page.locator('details[data-facet="stage"] > summary').click();
		await page.locator('input[name=stage][value=systematic]').check();
		await page.locator('details[data-facet="country"] > summary').click();
		await page.locator('input[name=country][value=EE]').check();
		await page.locator('#search-sort').selectOption('title');
		await page.locator('.search-facets button[type=submit]').click();
		await page.waitForURL(/\/search\/\?/);
		const params = new URL(page.url()).searchParams;
		expect(params.get('stage')).toBe('systematic');
		expect(params.get('country')).toBe('EE');
		expect(params.get('sort')).toBe('title');
		for (const key of params.keys()) expect([...searchFacetNames, 'q', 'sort']).toContain(key);
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
