/** The coverage the knowledge base promises (issue: 45 real case studies). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseStudies } from '../../src/lib/read-content-fs.ts';
import { contentStats } from '../../src/lib/content-stats.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';

const { cases, taxonomies } = readCaseStudies(projectRoot);
const stats = contentStats(cases, taxonomies);
const sections = ['Context', 'What was done', 'Governance and risk', 'Citizens and users', 'Results and measurement', 'Transferability'];

describe('content coverage', () => {
	it('has at least 45 case studies from at least 28 countries', () => {
		expect(stats.cases).toBeGreaterThanOrEqual(45);
		expect(stats.countries).toBeGreaterThanOrEqual(28);
	});
	it('covers every domain at least 3 times and every stage at least 4 times', () => {
		for (const [domain, n] of Object.entries(stats.byDomain)) expect(n, domain).toBeGreaterThanOrEqual(3);
		for (const [stage, n] of Object.entries(stats.byStage)) expect(n, stage).toBeGreaterThanOrEqual(4);
	});
	it('mixes levels and statuses, and gives impact figures for at least 60% of cases', () => {
		expect(Object.keys(stats.byLevel).length).toBeGreaterThanOrEqual(3);
		expect(stats.byStatus.discontinued ?? 0).toBeGreaterThan(0);
		expect(stats.byStatus.completed ?? 0).toBeGreaterThan(0);
		expect(stats.impactShare).toBeGreaterThanOrEqual(0.6);
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
