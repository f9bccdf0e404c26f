/**
 * Aliases are old addresses of a case study that must keep working. They are paths the site
 * owns, so only canonical ones are accepted: single slashes between lower-case words (letters,
 * digits, hyphens), no dot segments, escapes, backslashes or file names, a sensible length.
 * A canonical path can only become a file inside the output folder, and cannot spell a page
 * of the site in another way (`//search/`, `/search/./`, `/Search/`).
 */
import { aliasSegmentSource } from './patterns.ts';

export const maxAliasLength = 200;
export const maxAliasSegments = 6;
export const maxAliasSegmentLength = 64;

const segment = aliasSegmentSource;
export const aliasPattern = new RegExp(`^(?:/${segment}){1,${maxAliasSegments}}/?$`);

export const aliasRule = `a path such as "/cases/x-road/": lower-case letters, digits and hyphens between single slashes, at most ${maxAliasSegments} parts of up to ${maxAliasSegmentLength} characters`;

/** Why an alias is not canonical, or undefined when it is. */
export function aliasShapeProblem(alias: string): string | undefined {
	if (alias.length > maxAliasLength) return `is ${alias.length} characters long; an alias has at most ${maxAliasLength}`;
	if (!aliasPattern.test(alias)) return `must be ${aliasRule}`;
	const long = alias.split('/').find((part) => part.length > maxAliasSegmentLength);
	if (long) return `has a part of ${long.length} characters; each part has at most ${maxAliasSegmentLength}`;
	return undefined;
}

/** `/cases/x-road` → `/cases/x-road/`: the one spelling every comparison uses. */
export function normaliseAlias(alias: string): string {
	return alias.endsWith('/') ? alias : `${alias}/`;
}

/** The first part of an alias (`/cases/x-road/` → `cases`). */
export function aliasSection(alias: string): string {
	return alias.split('/')[1] ?? '';
}
