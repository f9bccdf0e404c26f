import { describe, expect, it } from 'vitest';
import { decadeOf, groupByCountry, indexTaxonomies, searchFacets, yearSpan, countBy, type CaseStudy } from '../../src/lib/case-studies.ts';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { joinBase } from '../../src/lib/links.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { makeCase as baseCase } from '../helpers/make-case.ts';

const index = indexTaxonomies(readTaxonomies(projectRoot).taxonomies);

/** Defaults of this file: two domains, systematic, one policy message, started 2013. */
const makeCase = (id: string, overrides: Partial<CaseStudy['data']> = {}): CaseStudy =>
	baseCase(id, { domains: ['health', 'mobility'], stage: 'systematic', policyMessages: ['transparency'], started: 2013, ...overrides });

describe('case-study queries', () => {
	it('groups by country name, cases by title', () => {
		const groups = groupByCountry([makeCase('fi/b', { title: 'B' }), makeCase('ee/z'), makeCase('fi/a', { title: 'A' })], index);
		expect(groups.map((g) => g.country.name)).toEqual(['Estonia', 'Finland']);
		expect(groups[1]!.cases.map((c) => c.data.title)).toEqual(['A', 'B']);
	});

	it('gives one search facet per value, with taxonomy ids', () => {
		const facets = searchFacets(makeCase('ee/x'), index);
		expect(facets).toContainEqual({ name: 'region', value: 'northern-europe' });
		expect(facets.filter((f) => f.name === 'domain').map((f) => f.value)).toEqual(['health', 'mobility']);
		expect(facets).toContainEqual({ name: 'decade', value: '2010s' });
	});

	it('counts a case once per id', () => {
		expect(countBy([makeCase('ee/a'), makeCase('ee/b', { domains: ['health'] })], (c) => c.data.domains).get('health')).toBe(2);
	});

	it('formats decades and year spans', () => {
		expect(decadeOf(2001)).toBe('2000s');
		expect(yearSpan(2001, undefined, (y) => `since ${y}`)).toBe('since 2001');
		expect(yearSpan(2010, 2018, String)).toBe('2010–2018');
		expect(yearSpan(2010, 2010, String)).toBe('2010');
	});

	it('joins the deployment base and a path', () => {
		expect(joinBase('/', '/case-studies/')).toBe('/case-studies/');
		expect(joinBase('/kb/', '/case-studies/')).toBe('/kb/case-studies/');
		expect(joinBase('/kb', 'x/')).toBe('/kb/x/');
	});
});

describe('searchableFacts', () => {
	it('turns the facts into sentences a search excerpt can show', async () => {
		const { searchableFacts } = await import('../../src/lib/case-studies.ts');
		const item = baseCase('al/e-albania', {
			domains: ['digital-services', 'citizen-transactions'],
			stage: 'systematic',
			policyMessages: ['hold-harmless'],
			leadOrganisation: 'National Agency for Information Society (AKSHI)',
			started: 2012,
			transfer: [{ country: 'MK', note: 'Adapted the portal.' }],
		});
		const sentences = searchableFacts(item, index, { status: 'Active', years: 'since 2012', reusedIn: 'Reused or adapted in' });
		expect(sentences).toContain('National Agency for Information Society (AKSHI).');
		expect(sentences).toContain('Hold-harmless safeguards.');
		expect(sentences).toContain('since 2012, Active.');
		expect(sentences.at(-1)).toBe('Reused or adapted in: North Macedonia.');
		expect(sentences[0]).toBe('Albania.');
		for (const sentence of sentences) expect(sentence).toMatch(/[.!?]$/);
	});
});
