/** The coverage the knowledge base promises: every UNECE member State, 120+ sourced case studies, each theme deep enough to compare within it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseStudies, readTranslations } from '../../src/lib/read-content-fs.ts';
import { contentStats, translationCoverage } from '../../src/lib/content-stats.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';

const { cases, taxonomies } = readCaseStudies(projectRoot);
const stats = contentStats(cases, taxonomies);
// The issue asks for 12 a stage. Mainstreamed is the hardest to reach: candidates whose sources
// do not show joint steering and take-up across levels were moved down to their stage.
const STAGE_FLOOR = 12;
const sections = ['Context', 'What was done', 'Governance and risk', 'Citizens and users', 'Results and measurement', 'Transferability'];

describe('content coverage', () => {
	it('has at least 120 case studies from at least 54 of the 56 member States', () => {
		expect(stats.cases).toBeGreaterThanOrEqual(120);
		expect(stats.countries).toBeGreaterThanOrEqual(54);
		expect(stats.countriesWithout.length).toBeLessThanOrEqual(2);
	});
	it('covers every domain at least 8 times and every stage at least 12 times', () => {
		for (const [domain, n] of Object.entries(stats.byDomain)) expect(n, domain).toBeGreaterThanOrEqual(8);
		for (const [stage, n] of Object.entries(stats.byStage)) expect(n, stage).toBeGreaterThanOrEqual(STAGE_FLOOR);
	});
	it('gives measured results for at least 75% of cases, and mixes levels', () => {
		expect(stats.impactShare).toBeGreaterThanOrEqual(0.75);
		expect(Object.keys(stats.byLevel).length).toBeGreaterThanOrEqual(3);
	});
	it('has at least 10 programmes that ended, each saying why, and at least 30 recorded transfers', () => {
		expect(stats.ended).toBeGreaterThanOrEqual(10);
		expect(cases.filter((c) => (c.data.status === 'completed' || c.data.status === 'discontinued') && !c.data.endedBecause)).toEqual([]);
		expect(stats.transfers).toBeGreaterThanOrEqual(30);
	});
	it.each(cases.map((c) => c.id))('%s has the six sections in order, 400–900 words and footnotes', (id) => {
		const body = parseFrontMatter(readFileSync(join(projectRoot, 'case-studies', `${id}.mdx`), 'utf8')).body;
		const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		expect(headings).toEqual(sections);
		const prose = body.replace(/^\[\^\w+\]:.*$/gm, '');
		const words = prose.split(/\s+/).filter((w) => /\w/.test(w)).length;
		expect(words).toBeGreaterThanOrEqual(400);
		expect(words).toBeLessThanOrEqual(900);
		expect(body).toMatch(/\[\^1\]/);
	});
});

describe('translation coverage', () => {
	it('counts each language’s translations and those older than their original’s review', () => {
		const day = (d: string) => new Date(`${d}T00:00:00Z`);
		const cases = [
			{ id: 'ee/a', data: { lastReviewed: day('2026-11-30') } },
			{ id: 'ee/b', data: { lastReviewed: day('2026-12-01') } },
		] as unknown as Parameters<typeof translationCoverage>[0];
		const coverage = translationCoverage(
			cases,
			[
				{ lang: 'fr', caseId: 'ee/a', reviewed: day('2026-12-01') },
				{ lang: 'fr', caseId: 'ee/b', reviewed: day('2026-11-01') },
				{ lang: 'ru', caseId: 'ee/a', reviewed: day('2026-12-01') },
			],
			['fr', 'ru'],
		);
		expect(coverage).toEqual([
			{ lang: 'fr', translated: 2, outdated: 1, share: 1 },
			{ lang: 'ru', translated: 1, outdated: 0, share: 0.5 },
		]);
	});

	// Every case of 1 December 2026 is in French and Russian. A case added later may wait for its
	// translations (it has no page in those languages until then); the floor keeps what exists.
	const TRANSLATED_FLOOR = 132;
	it(`keeps at least ${TRANSLATED_FLOOR} cases translated into each of French and Russian`, () => {
		const coverage = translationCoverage(
			cases,
			readTranslations(projectRoot).map((t) => ({ lang: t.lang, caseId: t.caseId, reviewed: t.data.translation.reviewed })),
			['fr', 'ru'],
		);
		for (const { lang, translated } of coverage) expect(translated, lang).toBeGreaterThanOrEqual(TRANSLATED_FLOOR);
	});
});
