/** Countries, matrix and browse pages over the real build: every case appears where it should. */
import { describe, expect, inject, it } from 'vitest';
import { readPage, listDist } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { readCaseStudies } from '../../src/lib/read-content-fs.ts';

const dist = inject('distDir');
const { cases, taxonomies } = readCaseStudies(projectRoot);

describe('comparison pages', () => {
	it('lists every case in its country profile and in the matrix', () => {
		const matrix = readPage(dist, '/compare/');
		for (const item of cases) {
			const profile = readPage(dist, `/countries/${item.data.country.toLowerCase()}/`);
			expect(profile, item.id).toContain(`href="/case-studies/${item.id}/"`);
			expect(matrix, item.id).toContain(`href="/case-studies/${item.id}/"`);
		}
	});

	it('has a profile for exactly the countries with cases, and a map with all 56 members', () => {
		const withCases = new Set(cases.map((c) => c.data.country.toLowerCase()));
		const profiles = listDist(dist)
			.filter((f) => /^countries\/[a-z]{2}\/index\.html$/.test(f))
			.map((f) => f.split('/')[1]);
		expect(new Set(profiles)).toEqual(withCases);
		const page = readPage(dist, '/countries/');
		expect(page).toContain('<svg');
		expect(page.match(/<title>/g)?.length).toBeGreaterThanOrEqual(57); // the page title + one per member
		for (const country of taxonomies.countries) expect(page, country.name).toContain(country.name.replace(/'/g, '&#39;'));
	});

	it('makes a matrix page per sub-region with only its countries', () => {
		for (const region of taxonomies.regions) {
			const page = readPage(dist, `/compare/${region.id}/`);
			const own = cases.filter((c) => taxonomies.countries.find((k) => k.id === c.data.country)?.region === region.id);
			for (const item of own) expect(page).toContain(`href="/case-studies/${item.id}/"`);
			const others = cases.filter((c) => !own.includes(c));
			for (const item of others) expect(page).not.toContain(`href="/case-studies/${item.id}/"`);
		}
	});

	it('has browse pages for every domain, stage and policy message with their cases', () => {
		for (const domain of taxonomies.domains) {
			const page = readPage(dist, `/domains/${domain.id}/`);
			for (const item of cases.filter((c) => c.data.domains.includes(domain.id))) expect(page).toContain(`href="/case-studies/${item.id}/"`);
		}
		for (const stage of taxonomies.stages) {
			const page = readPage(dist, `/stages/${stage.id}/`);
			for (const item of cases.filter((c) => c.data.stage === stage.id)) expect(page).toContain(`href="/case-studies/${item.id}/"`);
		}
		for (const message of taxonomies.policyMessages) expect(readPage(dist, `/policy-messages/${message.id}/`)).toContain(message.definition.slice(0, 40));
	});

	it('emits compact comparison data with one record per case', () => {
		const data = JSON.parse(readPage(dist, 'data/compare.json')) as { cases: { id: string }[] };
		expect(data.cases.map((c) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
	});
});
