import { gzipSync, gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	buildSortFiles,
	fragmentSignature,
	languageOfId,
	orderResults,
	parseFragment,
	readSortFile,
	sortFileName,
	type FragmentRecord,
	type ResultSort,
} from '../../src/lib/search-sort.ts';
import { writeSortFiles } from '../../src/integrations/pagefind.ts';

const fragment = (meta: Record<string, string>, url = '/x/') => `${fragmentSignature}${JSON.stringify({ url, content: 'Body text.', meta, filters: {} })}`;

/** The browser's view: a file as JSON over the wire, read back. */
const roundTrip = (records: FragmentRecord[], language = 'en') => readSortFile(JSON.parse(JSON.stringify(buildSortFiles(records).get(language))));

const order = (records: FragmentRecord[], sort: ResultSort, ids = records.map((r) => r.id)) =>
	orderResults(
		ids.map((id) => ({ id })),
		roundTrip(records, languageOfId(ids[0]!)),
		sort,
	).map((r) => r.id);

describe('reading Pagefind fragments', () => {
	it('takes the title and start year from the meta', () => {
		expect(parseFragment('en_dd132d8', fragment({ title: 'X-Road', started: '2001', summary: '…' }))).toEqual({
			id: 'en_dd132d8',
			title: 'X-Road',
			started: 2001,
		});
		// An event's meta carries its start year as well; a page without one sorts last.
		expect(parseFragment('fr_0a1b2c3', fragment({ title: 'Conférence' }))).toEqual({ id: 'fr_0a1b2c3', title: 'Conférence' });
		expect(parseFragment('en_0a1b2c3', fragment({ title: 'T', started: 'soon' }))).toEqual({ id: 'en_0a1b2c3', title: 'T' });
		// No title meta: the address stands in.
		expect(parseFragment('en_0a1b2c3', fragment({}, '/events/a/')).title).toBe('/events/a/');
	});

	it('refuses anything that is not a fragment, so that a format change fails the build', () => {
		expect(() => parseFragment('en_1', '{"url":"/"}')).toThrow(/signature/);
		expect(() => parseFragment('en_1', `${fragmentSignature}{not json`)).toThrow(/does not parse/);
		expect(() => parseFragment('nohash', fragment({ title: 'T' }))).toThrow(/<language>_<hash>/);
	});
});

describe('sort files', () => {
	const records: FragmentRecord[] = [
		{ id: 'en_aaa0001', title: 'ProZorro', started: 2015 },
		{ id: 'en_aaa0002', title: 'data.gov.ua', started: 2015 },
		{ id: 'en_aaa0003', title: 'Émile', started: 2009 },
		{ id: 'en_aaa0004', title: 'Diia', started: 2020 },
		{ id: 'en_aaa0005', title: 'Estonia', started: 2001 },
		{ id: 'en_aaa0006', title: 'An event without a year' },
	];

	it('write one file per language, in title order by the language collator, years beside', () => {
		const files = buildSortFiles([
			...records,
			{ id: 'ru_bbb0001', title: 'Электронное правительство', started: 2012 },
			{ id: 'ru_bbb0002', title: 'Госуслуги', started: 2009 },
		]);
		expect([...files.keys()]).toEqual(['en', 'ru']);
		expect(files.get('en')).toEqual({
			version: 1,
			language: 'en',
			// Case and accents do not push "data.gov.ua" after the capitals or "Émile" after "Estonia".
			ids: 'aaa0006 aaa0002 aaa0004 aaa0003 aaa0005 aaa0001',
			started: [null, 2015, 2020, 2009, 2001, 2015],
		});
		expect(files.get('ru')!.ids).toBe('bbb0002 bbb0001');
		expect(sortFileName('ru')).toBe('sort.ru.json');
	});

	it('sort French titles by the French collator', () => {
		const fr = [
			{ id: 'fr_3', title: 'Zèbre' },
			{ id: 'fr_1', title: 'élan' },
			{ id: 'fr_2', title: 'Eau' },
			{ id: 'fr_4', title: 'Œuvre' },
		];
		expect(order(fr, 'title')).toEqual(['fr_2', 'fr_1', 'fr_4', 'fr_3']);
	});

	it('are the same bytes whatever order the fragments are read in', () => {
		const a = JSON.stringify([...buildSortFiles(records)]);
		const b = JSON.stringify([...buildSortFiles([...records].reverse())]);
		expect(a).toBe(b);
		// Equal titles are ordered by id.
		const twins = [
			{ id: 'en_b', title: 'Same' },
			{ id: 'en_a', title: 'Same' },
		];
		expect(buildSortFiles(twins).get('en')!.ids).toBe('a b');
	});

	it('order results by title, and by start year either way with ties by title', () => {
		expect(order(records, 'title')).toEqual(['en_aaa0006', 'en_aaa0002', 'en_aaa0004', 'en_aaa0003', 'en_aaa0005', 'en_aaa0001']);
		// 2015 twice: data.gov.ua before ProZorro in both directions; no year comes last.
		expect(order(records, 'started')).toEqual(['en_aaa0004', 'en_aaa0002', 'en_aaa0001', 'en_aaa0003', 'en_aaa0005', 'en_aaa0006']);
		expect(order(records, 'started-asc')).toEqual(['en_aaa0005', 'en_aaa0003', 'en_aaa0002', 'en_aaa0001', 'en_aaa0004', 'en_aaa0006']);
	});

	it('order any subset of results, keeping unknown ids last in the order given', () => {
		expect(order(records, 'title', ['en_aaa0001', 'en_zzz', 'en_aaa0003', 'en_yyy', 'en_aaa0002'])).toEqual([
			'en_aaa0002',
			'en_aaa0003',
			'en_aaa0001',
			'en_zzz',
			'en_yyy',
		]);
		const results = [{ id: 'en_aaa0001', extra: 1 }];
		expect(orderResults(results, roundTrip(records), 'started')).toEqual(results);
		expect(orderResults(results, roundTrip(records), 'started')).not.toBe(results);
	});

	it('are checked when read', () => {
		expect(() => readSortFile(null)).toThrow();
		expect(() => readSortFile({ version: 2, language: 'en', ids: '', started: [] })).toThrow(/version 1/);
		expect(() => readSortFile({ version: 1, language: 'en', ids: 'a b', started: [1] })).toThrow(/as many years/);
		expect(readSortFile({ version: 1, language: 'en', ids: '', started: [] }).rank.size).toBe(0);
	});
});

describe('writeSortFiles', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('reads the gzip fragments Pagefind wrote and writes sort.<language>.json beside them', () => {
		dir = mkdtempSync(join(tmpdir(), 'kb-sort-'));
		mkdirSync(join(dir, 'fragment'));
		const write = (name: string, meta: Record<string, string>) => writeFileSync(join(dir!, 'fragment', `${name}.pf_fragment`), gzipSync(fragment(meta)));
		write('en_0000001', { title: 'Zebra crossings', started: '2019' });
		write('en_0000002', { title: 'Apple', started: '2011' });
		write('fr_0000003', { title: 'Été', started: '2012' });
		expect(
			gunzipSync(readFileSync(join(dir, 'fragment', 'en_0000001.pf_fragment')))
				.toString()
				.startsWith(fragmentSignature),
		).toBe(true);
		expect(writeSortFiles(dir)).toEqual(['en', 'fr']);
		expect(readdirSync(dir).sort()).toEqual(['fragment', 'sort.en.json', 'sort.fr.json']);
		expect(JSON.parse(readFileSync(join(dir, 'sort.en.json'), 'utf8'))).toEqual({ version: 1, language: 'en', ids: '0000002 0000001', started: [2011, 2019] });
	});

	it('fails on a fragment it cannot read', () => {
		dir = mkdtempSync(join(tmpdir(), 'kb-sort-'));
		mkdirSync(join(dir, 'fragment'));
		writeFileSync(join(dir, 'fragment', 'en_0000001.pf_fragment'), gzipSync('{"url":"/"}'));
		expect(() => writeSortFiles(dir!)).toThrow(/en_0000001: not a Pagefind fragment/);
	});
});
