/**
 * Content collections. Schemas come from src/schema, built from the taxonomy files, so the
 * site, `npm run validate` and the JSON Schema share one definition.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createCaseStudySchema } from './schema/case-study.ts';
import { createEventSchema } from './schema/event.ts';
import { countrySchema, domainSchema, policyMessageSchema, regionSchema, stageSchema, vocabularyOf } from './schema/taxonomy.ts';
import { loadTaxonomies } from './lib/load-taxonomies.ts';
import { caseIdFromPath, eventIdFromPath } from './lib/content-files.ts';

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
	countries: defineCollection({ loader: file('content/countries.yaml'), schema: countrySchema }),
	regions: defineCollection({ loader: file('content/regions.yaml'), schema: regionSchema }),
	domains: defineCollection({ loader: file('content/domains.yaml'), schema: domainSchema }),
	stages: defineCollection({ loader: file('content/stages.yaml'), schema: stageSchema }),
	policyMessages: defineCollection({ loader: file('content/policy-messages.yaml'), schema: policyMessageSchema }),
};
