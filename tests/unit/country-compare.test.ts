import { describe, expect, it } from 'vitest';
import { compareCountries, knownCountry, type CountryCaseRecord } from '../../src/lib/country-compare.ts';

const record = (id: string, overrides: Partial<CountryCaseRecord>): CountryCaseRecord => ({
	id,
	title: id,
	url: `/case-studies/${id}/`,
	country: id.slice(0, 2).toUpperCase(),
	domains: ['digital-services'],
	stage: 'systematic',
	stageOrder: 3,
	conditions: [],
	transfer: [],
	...overrides,
});

const records = [
	record('ee/x-road', {
		stage: 'mainstreamed',
		stageOrder: 4,
		conditions: ['legal-mandate', 'digital-identity', 'interoperability-layer'],
		transfer: [{ country: 'KG', note: 'Tunduk', case: 'kg/tunduk' }],
	}),
	record('ee/e-prescription', { domains: ['health'], stage: 'ict-enabled', stageOrder: 1, conditions: ['digital-identity'] }),
	record('kz/egov', { stage: 'service-redesign', stageOrder: 2, conditions: ['legal-mandate', 'dedicated-unit'] }),
	record('kg/tunduk', { stage: 'systematic', stageOrder: 3, conditions: ['international-support'] }),
];
const domains = ['digital-services', 'health', 'mobility'];

describe('compareCountries', () => {
	const result = compareCountries(records, domains, 'EE', 'KZ');
	it('gives each domain both countries’ highest stage and which is ahead', () => {
		const digital = result.domains.find((d) => d.domain === 'digital-services')!;
		expect(digital.a.highest?.stage).toBe('mainstreamed');
		expect(digital.b.highest?.stage).toBe('service-redesign');
		expect(digital.ahead).toBe('a');
		expect(result.domains.find((d) => d.domain === 'health')!.ahead).toBe('a');
		expect(result.domains.find((d) => d.domain === 'mobility')!.ahead).toBeUndefined();
	});
	it('offers the leader’s cases with their conditions, marking those the learner already shows', () => {
		const lesson = result.lessons.find((l) => l.domain === 'digital-services')!;
		expect(lesson.from).toBe('a');
		expect(lesson.cases.map((c) => c.record.id)).toEqual(['ee/x-road']);
		expect(lesson.cases[0]!.conditions).toEqual([
			{ id: 'legal-mandate', alreadyShown: true },
			{ id: 'digital-identity', alreadyShown: false },
			{ id: 'interoperability-layer', alreadyShown: false },
		]);
	});
	it('lists transfers between the two, in either direction', () => {
		expect(compareCountries(records, domains, 'KG', 'EE').transfers.map((t) => `${t.from.id}>${t.to}`)).toEqual(['ee/x-road>KG']);
		expect(result.transfers).toEqual([]);
	});
	it('accepts only known country codes from the URL', () => {
		const known = new Set(['EE', 'KZ']);
		expect(knownCountry('ee', known)).toBe('EE');
		expect(knownCountry('<img src=x>', known)).toBeUndefined();
		expect(knownCountry(null, known)).toBeUndefined();
	});
});
