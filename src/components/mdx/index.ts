/**
 * The components every case-study body (and event body) may use without an import, passed to
 * MDX by src/pages/case-studies/[...id].astro and src/pages/events/[slug].astro. The allowlist in src/lib/mdx-safety.ts names the same
 * set (a unit test keeps them in step); anything else in a body stops the build.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';

export const caseBodyComponents = { Callout, Figure, KeyFigure };
