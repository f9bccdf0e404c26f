/**
 * Content collections. Schemas come from src/schema, built from the taxonomy files, so the
 * site, `npm run validate` and the JSON Schema share one definition.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseStudySchema } from './schema/case-study.ts';
import { createEventSchema } from './schema/event.ts';
import { createCaseTranslationSchema, translationLanguages } from './schema/case-translation.ts';
import { vocabularyOf } from './schema/taxonomy.ts';
import { loadTaxonomies } from './lib/taxonomies-fs.ts';
import { caseIdFromPath, eventIdFromPath, translationFromPath } from './lib/content-paths.ts';

const vocabulary = vocabularyOf(loadTaxonomies(process.cwd()));

export const collections = {
	caseStudies: defineCollection({
		// Ids are `<country>/<slug>`, the same as the URL below /case-studies/.
		loader: glob({
			base: './case-studies',
			pattern: ['**/*.mdx', `!**/*.{${translationLanguages.join(',')}}.mdx`],
			generateId: ({ entry }) => caseIdFromPath(entry),
		}),
		schema: createCaseStudySchema(vocabulary),
	}),
	// Translations sit beside their originals (`ee/x-road.fr.mdx`); ids are `<lang>/<case id>`.
	caseTranslations: defineCollection({
		loader: glob({
			base: './case-studies',
			pattern: `**/*.{${translationLanguages.join(',')}}.mdx`,
			generateId: ({ entry }) => {
				const { lang, caseId } = translationFromPath(entry)!;
				return `${lang}/${caseId}`;
			},
		}),
		schema: createCaseTranslationSchema(),
	}),
	events: defineCollection({
		loader: glob({ base: './content/events', pattern: '*.mdx', generateId: ({ entry }) => eventIdFromPath(entry) }),
		schema: createEventSchema(vocabulary),
	}),
};
// The taxonomies in content/*.yaml are not collections: pages read them in file order through
// src/pages/_site-data.ts (getCollection would sort them by id), and the schemas above are
// built from them.
