import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { createCaseStudySchema } from '../../src/schema/case-study.ts';
import { vocabularyOf } from '../../src/schema/taxonomy.ts';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { syntheticCase } from '../../src/lib/synthetic-cases.ts';
import { projectRoot } from '../helpers/build-site.ts';

const { taxonomies } = readTaxonomies(projectRoot);
const schema = createCaseStudySchema(vocabularyOf(taxonomies));

describe('synthetic benchmark cases', () => {
	it('are valid against the real schema and sit in their country folder', () => {
		for (let i = 0; i < 200; i++) {
			const { path, text } = syntheticCase(i, taxonomies);
			const data = parseFrontMatter(text).data as { country: string };
			expect(schema.safeParse(data).success, path).toBe(true);
			expect(path.split('/')[1]).toBe(data.country.toLowerCase());
		}
	});

	it('are deterministic', () => {
		expect(syntheticCase(7, taxonomies)).toEqual(syntheticCase(7, taxonomies));
		expect(syntheticCase(7, taxonomies).text).not.toBe(syntheticCase(8, taxonomies).text);
	});
});
