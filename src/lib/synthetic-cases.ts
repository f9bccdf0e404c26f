/**
 * Synthetic case studies for the benchmark: valid against the real schema, varied across the
 * taxonomies, deterministic (same N, same files). Never published: `npm run bench` writes them
 * into a scratch copy of the project.
 */
import type { Taxonomies } from '../schema/taxonomy.ts';

/** Small deterministic PRNG (mulberry32), so every run measures the same content. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const vocabulary = (
	'service government citizens digital platform data registry reform ministry agency pilot evaluation budget ' +
	'procurement health mobility participation design interoperability identity portal transparency municipality ' +
	'programme strategy innovation laboratory measurement survey users co-creation open standard legislation ' +
	'funding risk capacity training network regional local national outcome indicator adoption transfer ' +
	'accountability feedback channel prototype research partnership infrastructure efficiency access inclusion'
).split(' ');

const sections = ['Context', 'What was done', 'Governance and risk', 'Citizens and users', 'Results and measurement', 'Transferability'];

export interface SyntheticCase {
	/** Path relative to the project root. */
	path: string;
	text: string;
}

export function syntheticCase(index: number, taxonomies: Taxonomies, wordsPerSection = 100): SyntheticCase {
	const random = seededRandom(index + 1);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
	const country = pick(taxonomies.countries);
	const domainIds = taxonomies.domains.map((d) => d.id);
	const first = pick(domainIds);
	const second = pick(domainIds.filter((d) => d !== first));
	const started = 1995 + Math.floor(random() * 28);
	const slug = `synthetic-${String(index).padStart(5, '0')}`;
	const title = `Synthetic programme ${index}: ${words(3)}`;
	// About 600 words over the six sections, two footnotes and, like real cases, a small table.
	const table = `| Year | Users | Services |\n| ---- | ----: | -------: |\n| ${started + 1} | ${Math.round(random() * 9000)} | ${Math.round(random() * 90)} |\n| ${started + 2} | ${Math.round(random() * 9000)} | ${Math.round(random() * 90)} |\n`;
	const body = sections
		.map((heading, position) => {
			const half = Math.floor(wordsPerSection / 2);
			const note = position === 0 ? '[^1]' : position === 4 ? '[^2]' : '';
			// Real prose has apostrophes, quoted phrases and dashes, which the smart-punctuation
			// pass of both stacks works on; one sentence per section carries them.
			const quoted = `The agency's "${words(2)}" -- ${words(3)}.`;
			return `## ${heading}\n\n${words(half)}.${note} ${quoted}\n\n${words(wordsPerSection - half)}.\n${position === 4 ? `\n${table}` : ''}`;
		})
		.join('\n');
	const text = `---
title: "${title}"
summary: "A generated case study used only to measure build and search performance: ${words(12)}."
country: ${country.id}
level: ${pick(['international', 'national', 'regional', 'local'])}
domains: [${first}, ${second}]
stage: ${pick(taxonomies.stages).id}
policyMessages: [${pick(taxonomies.policyMessages).id}]
leadOrganisation: Generated organisation ${index % 97}
started: ${started}
status: active
impact:
  - indicator: Generated indicator
    kind: ${pick(taxonomies.resultKinds).id}
    value: ${Math.round(random() * 1000)}
    unit: units
    year: ${started + 1}
    source: 1
sources:
  - title: Generated source
    publisher: Benchmark generator
    url: https://example.org/bench/${index}
  - title: Generated evaluation
    publisher: Benchmark generator
    url: https://example.org/bench/${index}/evaluation
conditions: [${pick(taxonomies.conditions).id}]
evidence:
  level: ${pick(taxonomies.evidenceLevels).id}
  source: 2
challenges:
  - text: A generated challenge, long enough for the schema.
    source: 1
lastReviewed: 2026-01-01
---

${body}
[^1]: Benchmark generator, *Generated source*.
[^2]: Benchmark generator, *Generated evaluation*.
`;
	return { path: `case-studies/${country.id.toLowerCase()}/${slug}.mdx`, text };
}
