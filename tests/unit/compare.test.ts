import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix.ts';
import { groupByPrimaryDomain, highestStage, stageMix, timeline } from '../../src/lib/case-groups.ts';
import { rankRelated } from '../../src/lib/related-cases.ts';
import { markDifferences, parseCompareIds } from '../../src/lib/compare-cases.ts';
import { byTitle, indexTaxonomies, lookup, type CaseStudy } from '../../src/lib/case-studies.ts';
import { readCaseStudies } from '../../src/lib/read-content-fs.ts';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { makeCase } from '../helpers/make-case.ts';

const index = indexTaxonomies(readTaxonomies(projectRoot).taxonomies);

const cases = [
	makeCase('ee/a', { domains: ['health', 'digital-services'], stage: 'systematic', started: 2005 }),
	makeCase('ee/b', { domains: ['health'], stage: 'mainstreamed', started: 2001 }),
	makeCase('fi/c', { domains: ['participation'], stage: 'service-redesign' }),
	makeCase('kz/d', { domains: ['health'], stage: 'ict-enabled' }),
];

describe('matrix', () => {
	const matrix = buildMatrix(cases, index);
	it('groups rows by sub-region, with every domain as a column and the highest stage per cell', () => {
		const north = matrix.find((r) => r.region.id === 'northern-europe')!;
		expect(north.rows.map((r) => r.country.id)).toEqual(['EE', 'FI']);
		const estonia = north.rows[0]!;
		expect(estonia.cells).toHaveLength(9);
		const health = estonia.cells.find((c) => c.domain.id === 'health')!;
		expect(health.cases.map((c) => c.id)).toEqual(['ee/a', 'ee/b']);
		expect(health.highest?.id).toBe('mainstreamed');
		expect(estonia.cells.find((c) => c.domain.id === 'procurement')!.cases).toEqual([]);
		expect(estonia.cells.find((c) => c.domain.id === 'procurement')!.highest).toBeUndefined();
		expect(estonia.total).toBe(2);
	});
	it('lists countries without cases and filters by region', () => {
		const central = buildMatrix(cases, index, { region: 'central-asia' });
		expect(central).toHaveLength(1);
		expect(central[0]!.rows.map((r) => r.country.id)).toEqual(['KZ']);
		expect(central[0]!.withoutCases.map((c) => c.id)).toEqual(['KG', 'TJ', 'TM', 'UZ']);
	});
});

describe('stages and grouping', () => {
	it('finds the highest stage and the stage mix', () => {
		expect(highestStage(cases, index)?.id).toBe('mainstreamed');
		expect(highestStage([], index)).toBeUndefined();
		expect(stageMix(cases, index).map((s) => s.count)).toEqual([1, 1, 1, 1]);
	});
	it('orders a timeline and groups by primary domain', () => {
		expect(timeline(cases).map((c) => c.id)).toEqual(['ee/b', 'ee/a', 'fi/c', 'kz/d']);
		expect(groupByPrimaryDomain(cases, index).map((g) => [g.domain.id, g.cases.length])).toEqual([
			['health', 3],
			['participation', 1],
		]);
	});
});

describe('related cases', () => {
	it('ranks explicitly related and same-domain cases from other countries first', () => {
		const target = makeCase('lv/t', { domains: ['health'], related: ['fi/c'] });
		const ranked = rankRelated(target, [...cases, target], index);
		expect(ranked[0]!.id).toBe('fi/c');
		expect(ranked.map((c) => c.id)).toContain('ee/b');
		expect(ranked.map((c) => c.id)).not.toContain('lv/t');
	});
	it('leaves out unrelated cases and the same country', () => {
		const target = makeCase('ee/t', { domains: ['mobility'] });
		expect(rankRelated(target, cases, index)).toEqual([]);
	});
});

describe('side by side', () => {
	it('marks rows that differ', () => {
		const rows = markDifferences([
			{ key: 'level', label: 'Level', values: ['National', 'National'] },
			{ key: 'stage', label: 'Stage', values: ['Systematic', 'Mainstreamed'] },
			{ key: 'ended', label: 'Ended', values: ['', '2018'] },
		]);
		expect(rows.map((r) => r.differs)).toEqual([false, true, true]);
	});
	it('parses ids, keeping at most four and listing unknown or hostile ones as not found', () => {
		const known = new Set(['ee/a', 'ee/b', 'fi/c', 'kz/d', 'lv/e']);
		expect(parseCompareIds('ee/a,fi/c', known)).toEqual({ ids: ['ee/a', 'fi/c'], notFound: [], overLimit: [] });
		expect(parseCompareIds('ee/a,ee/a,<script>x</script>,zz/none', known)).toEqual({
			ids: ['ee/a'],
			notFound: ['<script>x</script>', 'zz/none'],
			overLimit: [],
		});
		expect(parseCompareIds('ee/a,ee/b,fi/c,kz/d,lv/e', known).overLimit).toEqual(['lv/e']);
		expect(parseCompareIds(null, known).ids).toEqual([]);
	});
});

describe('side-by-side records and rows', async () => {
	const { compareRecord, compareRows, sectionText } = await import('../../src/lib/compare-records.ts');
	const body =
		'## Context\n\nBefore.[^1]\n\n## Transferability\n\nThe *law* came first.[^2] See [the act](https://example.org).\n\nSecond paragraph.\n\n[^1]: P, *One*.\n';
	it('quotes a section of the body as plain text', () => {
		expect(sectionText(body, 'Transferability')).toBe('The law came first. See the act.\n\nSecond paragraph.');
		expect(sectionText(body, 'Missing')).toBe('');
	});
	const words = { url: '/x/', level: 'National', status: 'Active', since: (y: number) => `since ${y}`, locale: 'en', body };
	const a = compareRecord(makeCase('ee/a', { stage: 'mainstreamed', conditions: ['legal-mandate', 'digital-identity'] }), index, words);
	const b = compareRecord(
		makeCase('kz/b', { stage: 'systematic', conditions: ['legal-mandate'], challenges: [{ text: 'The portal failed under load.', source: 1 }] }),
		index,
		words,
	);
	const labels = Object.fromEntries(
		[
			'country',
			'level',
			'domains',
			'stage',
			'leadOrganisation',
			'years',
			'status',
			'policyMessages',
			'evidence',
			'challenges',
			'endedBecause',
			'transfer',
			'transferability',
			'sources',
		].map((k) => [k, k]),
	) as never;
	const names = { conditions: { 'legal-mandate': 'Legal mandate', 'digital-identity': 'Digital identity', 'open-source': 'Open source' }, resultKinds: {} };
	const rows = compareRows([a, b], labels, names);
	it('groups rows and marks differences only where they carry meaning', () => {
		const byKey = new Map(rows.map((r) => [r.key, r]));
		expect(byKey.get('country')!.differs).toBe(false);
		expect(byKey.get('stage')!.differs).toBe(true);
		expect(byKey.get('challenges')!.differs).toBe(false);
		expect(rows.map((r) => r.group).filter((g, i, all) => all.indexOf(g) === i)).toEqual(['programme', 'lessons', 'transferability', 'sources']);
	});
	it('sets out conditions as a matrix: one row per condition any case shows', () => {
		const conditionRows = rows.filter((r) => r.key.startsWith('condition:'));
		expect(conditionRows.map((r) => [r.label, r.values, r.differs])).toEqual([
			['Legal mandate', ['yes', 'yes'], false],
			['Digital identity', ['yes', ''], true],
		]);
		expect(rows.find((r) => r.key === 'transferability')!.values[0]).toContain('The law came first.');
	});
	it('ranks every real case as a full sort by score, then title, would', () => {
		// The ranking keeps the best four in one pass; this is the order it must equal.
		const reference = (target: CaseStudy, all: readonly CaseStudy[]) => {
			const region = lookup(index.countries, target.data.country, 'country').region;
			const transferCountries = new Set(target.data.transfer.map((t) => t.country));
			const isCandidate = (c: CaseStudy) =>
				c.data.domains[0] === target.data.domains[0] ||
				target.data.related.includes(c.id) ||
				c.data.related.includes(target.id) ||
				transferCountries.has(c.data.country) ||
				c.data.transfer.some((t) => t.country === target.data.country);
			return all
				.filter((c) => isCandidate(c) && c.id !== target.id && (c.data.country !== target.data.country || target.data.related.includes(c.id)))
				.map((c) => {
					let score = 0;
					if (target.data.related.includes(c.id) || c.data.related.includes(target.id)) score += 10;
					if (c.data.domains[0] === target.data.domains[0]) score += 4;
					score += 2 * c.data.domains.filter((d) => target.data.domains.includes(d)).length;
					score += c.data.policyMessages.filter((m) => target.data.policyMessages.includes(m)).length;
					if (lookup(index.countries, c.data.country, 'country').region === region) score += 1;
					if (transferCountries.has(c.data.country) || c.data.transfer.some((t) => t.country === target.data.country)) score += 3;
					return { c, score };
				})
				.filter(({ score }) => score >= 4)
				.sort((a, b) => b.score - a.score || byTitle(a.c, b.c))
				.slice(0, 4)
				.map(({ c }) => c.id);
		};
		const { cases: real } = readCaseStudies(projectRoot);
		expect(real.length).toBeGreaterThan(100);
		for (const target of real)
			expect(
				rankRelated(target, real, index).map((c) => c.id),
				target.id,
			).toEqual(reference(target, real));
	});
});
