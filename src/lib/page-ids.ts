/**
 * The ids a case or event page uses outside its body. A contributor's heading gets an id from
 * its text (rehype-slug), so `### source-1` would take the target of the source links; such a
 * heading id is namespaced instead (src/lib/rehype-heading-ids.ts). A build test checks that
 * every id outside the body of a built page matches this pattern, so the two cannot drift.
 */
export const pageIdPattern = /^(?:main|header-.+|.+-heading|cite-.+|source-\d+|event-.+|session-.+|sessions|view-url)$/;

/** The id a body heading gets when its own would collide with one of the page's. */
export const namespacedHeadingId = (id: string): string => `section-${id}`;
