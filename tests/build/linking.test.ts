/**
 * Links handed out keep working and data can be reused: exports, feed, sitemap, aliases,
 * canonical links, JSON-LD, citations and heading anchors, over the real build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { listDist, readPage } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { caseIdFromPath, eventIdFromPath } from '../../src/lib/content-paths.ts';
import type { EventRecord } from '../../src/lib/event-export.ts';
import { listFiles, listCaseFiles } from '../../src/lib/content-files-fs.ts';
import { csvColumns } from '../../src/lib/export.ts';
import { eventMarkerFilter } from '../../src/lib/search-state.ts';

const dist = inject('distDir');
const distKb = inject('distKbDir');
const caseIds = listCaseFiles(projectRoot).map(caseIdFromPath).sort();

interface ExportFile {
	schemaVersion: string;
	generated: string;
	licence: string;
	caseStudies: ({ id: string; url: string; lastReviewed: string } & Record<string, unknown>)[];
}

describe('open data', () => {
	const json = JSON.parse(readPage(dist, 'data/case-studies.json')) as ExportFile;

	it('exports one JSON record per case-study file, with the same ids', () => {
		expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
		expect(json.licence).toBe('CC-BY-4.0');
		expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(json.caseStudies.map((c) => c.id)).toEqual(caseIds);
	});

	it('validates every record against the published JSON Schema', () => {
		const schema = JSON.parse(readFileSync(join(dist, 'schema/case-study.json'), 'utf8')) as Record<string, unknown>;
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		for (const record of json.caseStudies) {
			// `translations` holds the texts of each translation; the facts are the record's own.
			const { id: _id, url: _url, translations: _translations, ...frontMatter } = record as typeof record & { translations?: unknown };
			expect(validate(frontMatter), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
	});

	it('exports the same cases as CSV, one row each, with quoting intact', () => {
		const text = readFileSync(join(dist, 'data/case-studies.csv'), 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.id)).toEqual(caseIds);
		expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
		for (const row of rows) {
			const record = json.caseStudies.find((c) => c.id === row.id)!;
			expect(row.title).toBe(record['title']);
			expect(row.summary).toBe(record['summary']);
		}
		expect(rows.some((r) => r.title!.includes(',') || r.title!.includes("'") || r.summary!.includes('"') || r.summary!.includes(','))).toBe(true);
	});

	it('publishes each taxonomy and explains the files on /data/ with a codebook', () => {
		for (const file of ['countries', 'regions', 'domains', 'stages', 'policy-messages']) {
			expect(() => JSON.parse(readPage(dist, `data/${file}.json`))).not.toThrow();
		}
		expect((JSON.parse(readPage(dist, 'data/countries.json')) as { countries: unknown[] }).countries).toHaveLength(56);
		const page = readPage(dist, '/data/');
		expect(page).toContain('<code>sources[].url</code>');
		expect(page).toContain('CC BY 4.0');
	});
});

describe('open data: events', () => {
	const eventIds = listFiles(projectRoot, 'content/events', '.mdx').map(eventIdFromPath).sort();
	const read = (dir: string) =>
		JSON.parse(readPage(dir, 'data/events.json')) as { schemaVersion: string; licence: string; schema: string; events: EventRecord[] };

	it('exports one record per event file, with its sessions, and is listed on /data/', () => {
		const json = read(dist);
		expect(json.licence).toBe('CC-BY-4.0');
		expect(json.schema).toMatch(/\/schema\/event\.json$/);
		expect(json.events.map((e) => e.id)).toEqual(eventIds);
		const unece = json.events.find((e) => e.id === 'unece-2013-public-sector-innovation')!;
		expect(unece.url).toMatch(/^https?:\/\/[^/]+\/events\/unece-2013-public-sector-innovation\/$/);
		expect(unece.sessions.map((s) => s.id)).toContain('design');
		expect(unece.sessions[0]!.url).toBe(`${unece.url}#session-${unece.sessions[0]!.id}`);
		const page = readPage(dist, '/data/');
		expect(page).toContain('href="/data/events.json"');
		expect(page).toContain('href="/schema/event.json"');
	});

	it('holds the front matter as the published event schema describes it (the event’s own page as website)', () => {
		const schema = JSON.parse(readFileSync(join(dist, 'schema/event.json'), 'utf8')) as Record<string, unknown>;
		expect(readFileSync(join(dist, 'schema/event.json'), 'utf8')).toBe(readFileSync(join(projectRoot, 'public/schema/event.json'), 'utf8'));
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		for (const { id: _id, url: _url, website, cases: _cases, sessions, ...rest } of read(dist).events) {
			const frontMatter = { ...rest, ...(website ? { url: website } : {}), sessions: sessions.map(({ url: _u, cases: _c, ...session }) => session) };
			expect(validate(frontMatter), JSON.stringify(validate.errors)).toBe(true);
		}
	});

	it('lists the cases presented in each session with their stable addresses, under a sub-path too', () => {
		// The /kb/ build adds a fixture case presented in the first session of the 2013 conference.
		const unece = read(distKb).events.find((e) => e.id === 'unece-2013-public-sector-innovation')!;
		const session = unece.sessions.find((s) => s.id === 'electronic-technologies')!;
		expect(session.url).toMatch(/^https:\/\/psi-kb\.test\/kb\/events\/unece-2013-public-sector-innovation\/#session-electronic-technologies$/);
		expect(session.cases).toContainEqual({
			id: 'ee/gfm-showcase',
			title: 'GFM rendering showcase (test fixture)',
			url: 'https://psi-kb.test/kb/case-studies/ee/gfm-showcase/',
		});
		expect(unece.cases).toContainEqual(expect.objectContaining({ id: 'ee/gfm-showcase', sessions: ['electronic-technologies'] }));
		const html = readPage(distKb, '/events/unece-2013-public-sector-innovation/');
		expect(html).toContain('href="/kb/case-studies/ee/gfm-showcase/"');
	});
});

describe('feeds and discovery', () => {
	it('has an RSS feed that parses as XML with one item per case', () => {
		const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser().parse(xml) as { rss: { channel: { item: { link: string }[] } } };
		expect(feed.rss.channel.item).toHaveLength(caseIds.length);
	});

	it('has a sitemap without the 404 page, and robots.txt pointing at it', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(XMLValidator.validate(sitemap)).toBe(true);
		for (const id of caseIds) expect(sitemap).toContain(`/case-studies/${id}/</loc>`);
		expect(sitemap).not.toContain('404');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	});

	it.each(caseIds)('%s has a canonical link, Open Graph tags, parseable JSON-LD and a BibTeX entry', (id) => {
		const html = readPage(dist, `/case-studies/${id}/`);
		expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/case-studies/${id}/"`));
		expect(html).toContain('<meta property="og:type" content="article"');
		const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
		const data = JSON.parse(ld!) as { '@type': string; citation: unknown[]; dateModified: string; spatialCoverage: { identifier: string } };
		expect(data['@type']).toBe('Article');
		expect(data.citation.length).toBeGreaterThan(0);
		expect(data.spatialCoverage.identifier).toBe(id.slice(0, 2).toUpperCase());
		expect(html).toMatch(/@misc\{psikb-[a-z0-9-]+,/);
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
		for (const section of ['context', 'what-was-done', 'governance-and-risk', 'citizens-and-users', 'results-and-measurement', 'transferability']) {
			expect(html).toContain(`<h2 id="${section}">`);
			expect(html).toContain(`href="#${section}"`);
		}
	});

	it('has event pages with Event JSON-LD, indexed with a type filter', () => {
		const html = readPage(dist, '/events/unece-2013-public-sector-innovation/');
		const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as { '@type': string; startDate: string };
		expect(ld['@type']).toBe('Event');
		expect(ld.startDate).toBe('2013-10-10');
		expect(html).toContain('data-pagefind-filter="type:event"');
		// The marker the search's count line counts events by (case pages never carry it).
		expect(html).toContain(`data-pagefind-filter="${eventMarkerFilter}"`);
		expect(readPage(dist, '/events/')).toContain('href="/events/unece-2013-public-sector-innovation/"');
	});
});

describe('stable links', () => {
	it('turns an alias into a redirect page and a _redirects entry (under /kb/)', () => {
		const html = readPage(distKb, '/cases/gfm-showcase/');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kb/case-studies/ee/gfm-showcase/"');
		expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/kb\/case-studies\/ee\/gfm-showcase\/"/);
		expect(html).toContain('href="/kb/case-studies/ee/gfm-showcase/"');
		expect(readFileSync(join(distKb, '_redirects'), 'utf8')).toBe('/kb/cases/gfm-showcase/ /kb/case-studies/ee/gfm-showcase/ 301\n');
		const sitemap = readFileSync(join(distKb, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).not.toContain('/cases/gfm-showcase/');
		// The description is a whole sentence, not a phrase cut off before the address.
		const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
		expect(description).toMatch(/has moved to a new address[^:]*\.$/);
	});

	it('writes an empty _redirects when no case has an alias', () => {
		expect(listDist(dist)).toContain('_redirects');
	});
});
