/** The build fails when a case-study file has no page, or its page is not marked for search. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { casePagesCheck } from '../../src/integrations/case-pages-check.ts';

function site(pages: Record<string, string>): { root: string; out: string } {
	const root = mkdtempSync(join(tmpdir(), 'kb-case-pages-'));
	const out = join(root, 'dist');
	for (const id of ['ee/x-road', 'ua/prozorro']) {
		mkdirSync(join(root, 'case-studies', id.split('/')[0]!), { recursive: true });
		writeFileSync(join(root, 'case-studies', `${id}.mdx`), '---\n---\n');
	}
	for (const [id, html] of Object.entries(pages)) {
		mkdirSync(join(out, 'case-studies', id), { recursive: true });
		writeFileSync(join(out, 'case-studies', id, 'index.html'), html);
	}
	return { root, out };
}

async function run(pages: Record<string, string>): Promise<string[]> {
	const { root, out } = site(pages);
	const logged: string[] = [];
	const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
	const hooks = casePagesCheck().hooks as Record<string, (options: unknown) => unknown>;
	await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
	return logged;
}

const marked = '<main data-pagefind-body>…</main>';

describe('case pages check', () => {
	it('passes when every case file has a page marked for search', async () => {
		expect(await run({ 'ee/x-road': marked, 'ua/prozorro': marked })).toEqual(['2 case studies and translations, each with a page marked for search']);
	});
	it('names a case file without a page', async () => {
		await expect(run({ 'ee/x-road': marked })).rejects.toMatchObject({ hint: 'no page for case-studies/ua/prozorro.mdx' });
	});
	it('names a case page that search would miss', async () => {
		await expect(run({ 'ee/x-road': marked, 'ua/prozorro': '<main>…</main>' })).rejects.toMatchObject({
			hint: 'the page of case-studies/ua/prozorro.mdx lacks data-pagefind-body',
		});
	});
});
