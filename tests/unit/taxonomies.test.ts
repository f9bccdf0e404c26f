import { describe, expect, it } from 'vitest';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { vocabularyOf } from '../../src/schema/taxonomy.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('taxonomy files', () => {
	const { taxonomies, diagnostics } = readTaxonomies(projectRoot);

	it('are valid', () => expect(diagnostics).toEqual([]));

	it('list all 56 UNECE member States, each in a known M49 sub-region', () => {
		expect(taxonomies.countries).toHaveLength(56);
		expect(new Set(taxonomies.countries.map((c) => c.m49)).size).toBe(56);
		const regions = new Set(taxonomies.regions.map((r) => r.id));
		for (const country of taxonomies.countries) expect(regions).toContain(country.region);
		expect(taxonomies.countries.find((c) => c.id === 'KZ')?.region).toBe('central-asia');
		expect(taxonomies.countries.find((c) => c.id === 'US')?.region).toBe('northern-america');
	});

	it('hold the design’s 9 domains, 10 policy messages and 4 ordered stages', () => {
		const vocabulary = vocabularyOf(taxonomies);
		expect(vocabulary.domains).toEqual([
			'digital-services',
			'service-design',
			'citizen-transactions',
			'procurement',
			'health',
			'mobility',
			'participation',
			'open-data',
			'innovation-policy',
		]);
		expect(vocabulary.stages).toEqual(['ict-enabled', 'service-redesign', 'systematic', 'mainstreamed']);
		expect(vocabulary.policyMessages).toEqual([
			'political-backing',
			'intrapreneurs',
			'hold-harmless',
			'co-creation',
			'transparency',
			'two-way-platforms',
			'open-data',
			'chain-deficiencies',
			'measurement',
			'cross-border-learning',
		]);
	});
});
