/** Search, compare and copy work under the site's Content-Security-Policy, with no violation. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(() => inject('distDir'));

beforeAll(async () => {
	const { context, server } = site;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
	await context.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
});

async function open(path: string): Promise<{ page: Page; console: string[] }> {
	const page = await site.context.newPage();
	const messages: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
	});
	await page.goto(site.server.url + path);
	return { page, console: messages };
}

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('under the Content-Security-Policy', () => {
	it('every page carries the policy as a meta tag', async () => {
		const { page } = await open('');
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self' 'wasm-unsafe-eval'");
		await page.close();
	});

	it('search runs Pagefind (WebAssembly and worker) with no violation', async () => {
		const { page, console } = await open('search/?q=procurement&stage=systematic');
		await page.waitForSelector('[data-results] li');
		// Chromium runs Pagefind's WebAssembly in a blob: worker that a <meta> policy does not
		// reach, so also prove that the policy itself lets the page compile WebAssembly.
		const compiled = await page.evaluate(async () => {
			try {
				await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
				return 'ok';
			} catch (error) {
				return String(error);
			}
		});
		expect(compiled).toBe('ok');
		expect(await violations(page)).toEqual([]);
		expect(console).toEqual([]);
		await page.close();
	});

	it('the side-by-side page, the tray and copy buttons run with no violation', async () => {
		const { page, console } = await open('case-studies/ee/x-road/');
		await page.locator('button[data-compare-add]').click();
		await page.waitForSelector('kb-compare-tray:not([hidden])');
		await page.locator('button[data-copy-target="cite-text-bibtex"]').click();
		await page.waitForFunction(() => document.querySelector('button[data-copy-target="cite-text-bibtex"]')?.textContent?.includes('Copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{psikb-ee-x-road-/);
		expect(await violations(page)).toEqual([]);
		const compare = await open('compare/cases/?ids=ee/x-road,ua/prozorro');
		await compare.page.waitForSelector('.compare-table');
		await compare.page.locator('button[data-copy-url]').click();
		expect(await compare.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}compare/cases/?ids=ee/x-road,ua/prozorro`);
		expect(await violations(compare.page)).toEqual([]);
		expect([...console, ...compare.console]).toEqual([]);
		await page.close();
		await compare.page.close();
	});

	it('an event session’s “Copy link to this session” copies its address, and is a plain link without JavaScript', async () => {
		const path = 'events/unece-2013-public-sector-innovation/';
		const { page, console } = await open(path);
		await page.waitForLoadState('load');
		const control = page.locator('#session-design a[data-copy-link]');
		expect(await control.getAttribute('href')).toBe('#session-design');
		expect(await control.getAttribute('aria-label')).toBe('Copy link to this session: Design as a method of innovation');
		await control.click();
		await page.waitForFunction(() => document.querySelector('#session-design a[data-copy-link]')?.textContent?.includes('Link copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${path}#session-design`);
		expect(page.url()).toBe(`${site.server.url}${path}#session-design`);
		expect(await violations(page)).toEqual([]);
		expect(console).toEqual([]);
		await page.close();

		// Without JavaScript the link still leads to the session, whose address is then in the address bar.
		const plain = await site.browser.newContext({ javaScriptEnabled: false });
		const noScript = await plain.newPage();
		await noScript.goto(site.server.url + path);
		await noScript.locator('#session-participation a[data-copy-link]').click();
		expect(noScript.url()).toBe(`${site.server.url}${path}#session-participation`);
		await plain.close();
	});

	it('reading pages load with no violation', async () => {
		for (const path of ['', 'countries/', 'countries/ee/', 'compare/', 'events/unece-2013-public-sector-innovation/', 'events/organise/', 'data/']) {
			const { page, console } = await open(path);
			await page.waitForLoadState('load');
			expect(await violations(page), path).toEqual([]);
			expect(console, path).toEqual([]);
			await page.close();
		}
	});
});
