/**
 * The case-study form on /contribute/ in Chromium, as a contributor without a terminal uses it:
 * only the required fields filled give a file that `npm run validate` accepts; an emptied
 * required field is marked invalid with the validator's message; the error summary links to the
 * fields; drafts survive a reload; all under the site's Content-Security-Policy, clean under axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(() => inject('distDir'));

beforeAll(async () => {
	await site.context.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
});

async function openForm(): Promise<Page> {
	const page = await site.context.newPage();
	await page.goto(`${site.server.url}contribute/`);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await page.locator('[data-case-form]').waitFor({ state: 'visible' });
	return page;
}

/** What a contributor types when they fill in the required fields only. */
async function fillRequired(page: Page): Promise<void> {
	await page.getByLabel('Title of the programme').fill('Citizen science water monitoring');
	await page.getByLabel('Summary').fill('A city asked residents to measure river water quality and published the readings as open data.');
	await page.getByLabel('Country that leads it').selectOption('EE');
	await page.getByLabel('Level of government').selectOption('local');
	await page.getByRole('group', { name: 'Domains' }).getByLabel('Open government data').check();
	await page.getByRole('group', { name: 'Maturity stage' }).getByLabel('Service redesign', { exact: false }).first().check();
	await page.getByLabel('Lead organisation').fill('Tartu City Government');
	await page.getByLabel('Year it started').fill('2019');
	await page.getByLabel('Status').selectOption('active');
	const source = page.getByRole('group', { name: 'Source 1' });
	await source.getByLabel('Title of the page or document').fill('Annual report 2020');
	await source.getByLabel('Publisher').fill('Tartu City Government');
	await source.getByLabel('Address (https://)').fill('https://www.tartu.ee/en');
	await page.getByRole('group', { name: 'Conditions for success' }).locator('input').first().check();
	await page.getByLabel('Strength of the evidence').selectOption('self-reported');
	await page.getByLabel('Number of the source that gives it').fill('1');
	const challenge = page.getByRole('group', { name: 'Challenge 1' });
	await challenge.getByLabel('What happened').fill('Volunteers stopped measuring after the first summer.');
	await challenge.getByLabel('Number of its source').fill('1');
	for (const heading of ['Context', 'What was done', 'Governance and risk', 'Citizens and users', 'Results and measurement', 'Transferability']) {
		await page.getByLabel(heading, { exact: true }).fill(`What the report says about ${heading.toLowerCase()}.[^1]`);
	}
}

describe('the case-study form', () => {
	it('writes a file that npm run validate accepts from the required fields alone', async () => {
		const page = await openForm();
		await fillRequired(page);
		// The domain ticked first is the primary one, whatever the order of the boxes.
		await page.getByRole('group', { name: 'Domains' }).getByLabel('Public procurement').check();
		await page.getByRole('button', { name: 'Check the case study' }).click();
		await expect.poll(() => page.locator('[data-form-ok]').textContent()).toContain('No problems found');
		expect(await page.locator('[data-error-summary]').isHidden()).toBe(true);
		const file = await page.locator('textarea[name="mdx"]').inputValue();
		expect(file).toContain('domains: [open-data, procurement]');
		expect(await page.locator('[data-output-hint]').textContent()).toContain('case-studies/ee/citizen-science-water-monitoring.mdx');
		expect(await page.locator('[data-download]').getAttribute('download')).toBe('citizen-science-water-monitoring.mdx');

		const root = join(tmpRoot, 'contribute-form');
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'case-studies/ee'), { recursive: true });
		symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
		writeFileSync(join(root, 'case-studies/ee/citizen-science-water-monitoring.mdx'), file);
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
		await page.close();
	});

	it('marks an emptied required field invalid with the validator’s message, on leaving it and in the summary', async () => {
		const page = await openForm();
		const title = page.getByLabel('Title of the programme');
		await title.fill('Tiny');
		await title.blur();
		await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
		const error = page.locator('#f-title-error');
		expect(await error.textContent()).toBe('must be at least 5 characters long (it has 4)');
		expect(await title.getAttribute('aria-describedby')).toContain('f-title-error');
		await title.fill('');
		await title.blur();
		await expect.poll(() => error.textContent()).toBe('is required (text)');
		await title.fill('Citizen science water monitoring');
		await expect.poll(() => title.getAttribute('aria-invalid')).toBeNull();

		await title.fill('');
		await page.getByRole('button', { name: 'Check the case study' }).click();
		const summary = page.locator('[data-error-summary]');
		await expect.poll(() => summary.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
		const link = summary.getByRole('link', { name: /^Title of the programme: is required/ });
		expect(await link.getAttribute('href')).toBe('#f-title');
		await link.click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-title');
		await page.close();
	});

	it('keeps a draft across a reload, with added entries, until it is cleared', async () => {
		const page = await openForm();
		await page.getByLabel('Title of the programme').fill('A draft worth keeping');
		await page.getByRole('button', { name: 'Add another source' }).click();
		await page.getByRole('group', { name: 'Source 4' }).getByLabel('Publisher').fill('Fourth publisher');
		await page.reload();
		await page.locator('[data-case-form]').waitFor({ state: 'visible' });
		expect(await page.getByLabel('Title of the programme').inputValue()).toBe('A draft worth keeping');
		expect(await page.getByRole('group', { name: 'Source 4' }).getByLabel('Publisher').inputValue()).toBe('Fourth publisher');
		await page.getByRole('button', { name: 'Clear the form' }).click();
		expect(await page.getByLabel('Title of the programme').inputValue()).toBe('');
		expect(await page.getByRole('group', { name: 'Source 4' }).count()).toBe(0);
		await page.reload();
		expect(await page.getByLabel('Title of the programme').inputValue()).toBe('');
		await page.close();
	});

	it('is clean under axe with its errors showing, in light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await site.browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(`${site.server.url}contribute/`);
			await page.getByRole('button', { name: 'Check the case study' }).click();
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			await context.close();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		}
	});
});
