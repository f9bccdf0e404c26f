/**
 * The shapes of identifiers, in one place, free of zod so that browser scripts can import them
 * too. A slug is lower-case words joined by hyphens ("x-road"); a case id is the country folder
 * and the slug ("ee/x-road").
 */
const slugSource = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const slugPattern = new RegExp(`^${slugSource}$`);

export const caseIdPattern = new RegExp(`^[a-z]{2}/${slugSource}$`);

/** A case page's path ends in its id: `/kb/case-studies/ee/x-road/` → `ee/x-road`. */
export const casePathPattern = new RegExp(`/case-studies/([a-z]{2}/${slugSource})/$`);

/** One path segment of an alias (an old address). */
export const aliasSegmentSource = slugSource;

/** The languages a case study is translated into; English is the original (and the site's root). */
export const translationLanguages = ['fr', 'ru'] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];
