/** A case study in memory for unit tests: valid defaults, any field overridden. */
import type { CaseStudy } from '../../src/lib/case-studies.ts';

export function makeCase(id: string, overrides: Partial<CaseStudy['data']> = {}): CaseStudy {
	return {
		id,
		data: {
			title: id,
			summary: 'A summary long enough to pass the forty-character minimum.',
			country: id.slice(0, 2).toUpperCase(),
			level: 'national',
			domains: ['health'],
			stage: 'ict-enabled',
			policyMessages: [],
			leadOrganisation: 'x',
			started: 2010,
			status: 'active',
			impact: [],
			sources: [
				{ title: 'One', publisher: 'P', url: 'https://example.org/1' },
				{ title: 'Two', publisher: 'P', url: 'https://example.org/2' },
			],
			materials: [],
			presentedAt: [],
			transfer: [],
			related: [],
			aliases: [],
			conditions: ['dedicated-unit'],
			evidence: { level: 'self-reported', source: 1 },
			challenges: [{ text: 'A challenge of the case.', source: 1 }],
			lastReviewed: new Date('2026-01-01'),
			...overrides,
		},
	};
}
