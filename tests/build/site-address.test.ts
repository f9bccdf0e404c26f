/**
 * No made-up public address: a build without SITE_URL uses the local preview origin for its
 * absolute links and says so once; a build with SITE_URL uses it; no built file carries an
 * example.* host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listDist, readPage } from '../helpers/dist.ts';
import { tmpRoot } from '../helpers/build-site.ts';

const dist = inject('distDir');
const distKb = inject('distKbDir');
const textFiles = (dir: string) => listDist(dir).filter((f) => /\.(html|xml|json|csv|txt|bib)$/.test(f) || f === '_redirects' || f === '_headers');

describe('site address', () => {
	it('puts no example.* host in any built file', () => {
		const offending = textFiles(dist).filter((f) => /https?:\/\/[a-z0-9.-]*\bexample\.(org|com|net)\b/i.test(readFileSync(join(dist, f), 'utf8')));
		expect(offending).toEqual([]);
	});

	it('uses the local preview origin without SITE_URL, in canonical links, sitemap, feed and citations', () => {
		expect(readPage(dist, '/case-studies/ee/x-road/')).toContain('<link rel="canonical" href="http://localhost:4321/case-studies/ee/x-road/"');
		expect(readPage(dist, '/sitemap-0.xml')).toContain('<loc>http://localhost:4321/</loc>');
		expect(readPage(dist, '/rss.xml')).toContain('http://localhost:4321/case-studies/');
		expect(readPage(dist, '/case-studies/ee/x-road/')).toMatch(/url = \{http:\/\/localhost:4321\/case-studies\/ee\/x-road\/\}/);
	});

	it('links to no repository while package.json names none: no edit, report or propose link', () => {
		expect(readPage(dist, '/case-studies/ee/x-road/')).not.toMatch(/github\.com|Edit this page/);
		expect(readPage(dist, '/contribute/')).not.toContain('"repository"');
	});

	it('says so once in the build output', () => {
		const log = readFileSync(join(tmpRoot, 'test-dist-build.log'), 'utf8');
		expect(log.match(/SITE_URL is not set/g)).toHaveLength(1);
	});

	it('uses SITE_URL when it is set', () => {
		expect(readPage(distKb, '/case-studies/ee/x-road/')).toContain('<link rel="canonical" href="https://psi-kb.test/kb/case-studies/ee/x-road/"');
	});
});
