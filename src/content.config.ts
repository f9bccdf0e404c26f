/**
 * Content collections. Schemas come from src/schema, built from the taxonomy files, so the
 * site, `npm run validate` and the JSON Schema share one definition.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseStudySchema } from './schema/case-study.ts';
import { createEventSchema } from './schema/event.ts';
import { vocabularyOf } from './schema/taxonomy.ts';
import { loadTaxonomies } from './lib/taxonomies-fs.ts';
import { caseIdFromPath, eventIdFromPath } from './lib/content-paths.ts';

const vocabulary = vocabularyOf(loadTaxonomies(process.cwd()));

export const collections = {
	caseStudies: defineCollection({
		// Ids are `<country>/<slug>`, the same as the URL below /case-studies/.
		loader: glob({ base: './case-studies', pattern: '**/*.mdx', generateId: ({ entry }) => caseIdFromPath(entry) }),
		schema: createCaseStudySchema(vocabulary),
	}),
	events: defineCollection({
		loader: glob({ base: './content/events', pattern: '*.mdx', generateId: ({ entry }) => eventIdFromPath(entry) }),
		schema: createEventSchema(vocabulary),
	}),
};
// The taxonomies in content/*.yaml are not collections: pages read them in file order through
// src/pages/_site-data.ts (getCollection would sort them by id), and the schemas above are
// built from them.
