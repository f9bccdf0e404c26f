/**
 * The built site served on 127.0.0.1 and a Chromium to look at it, for one test file: started
 * before its tests, closed after them. Read the fields inside tests, not at import time.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/cli/support/browser.ts';
import { serveDist } from '../../src/cli/support/preview-server.ts';

export interface ServedSite {
	browser: Browser;
	server: Awaited<ReturnType<typeof serveDist>>;
	/** A context shared by the file's tests. */
	context: BrowserContext;
}

export function useServedSite(dist: () => string, base = '/'): ServedSite {
	const site = {} as ServedSite;
	beforeAll(async () => {
		site.server = await serveDist(dist(), base);
		site.browser = await launchBrowser();
		site.context = await site.browser.newContext();
	});
	afterAll(async () => {
		await site.context?.close();
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
