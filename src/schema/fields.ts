/** Small field schemas shared by case studies and events. */
import { z } from 'astro/zod';

/** Turns a list of ids into a zod enum; zod wants a non-empty tuple. */
export function enumOf(values: readonly string[]) {
	return z.enum(values as [string, ...string[]]);
}

/** The year the content is validated in: `ended` and source years may not lie beyond it. */
export const currentYear = (): number => new Date().getUTCFullYear();

export const year = z.int().min(1950).max(2100);

/**
 * A calendar date. YAML parsers disagree on `2026-11-28` (js-yaml, which Astro uses, makes it a
 * Date; the `yaml` package in YAML 1.2 mode keeps a string), so both are accepted.
 */
export const calendarDate = z.union([
	z.date(),
	z.iso.date({ error: 'must be a date written as YYYY-MM-DD' }).transform((value) => new Date(`${value}T00:00:00Z`)),
]);

/** Links a reader follows to a source: https only (cite a web.archive.org copy of an http page). */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** Links to materials as their publisher gave them; old conference pages may be http. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' });

export const materialTypes = ['slides', 'video', 'report', 'website', 'dataset', 'code'] as const;

export const materialSchema = z.strictObject({
	title: z.string().min(3).max(200).describe('What the material is, as a reader would name it.'),
	type: z.enum(materialTypes).describe(`Kind of material: one of ${materialTypes.join(', ')}.`),
	url: webUrl.describe('Where the material can be opened or downloaded.'),
});

export type Material = z.infer<typeof materialSchema>;

/**
 * Characters no front-matter text may hold: C0 controls other than tab and line feed, DEL, C1
 * controls, and the bidirectional overrides and isolates. They are invisible, can reorder or
 * hide what a reviewer reads (e.g. a URL that displays differently from where it leads), and
 * some (NUL, ESC) make the RSS feed unparseable XML.
 */
export const unsafeCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** "U+001B" for the first unsafe character of a text, or undefined. */
export function unsafeCharacterIn(text: string): string | undefined {
	const found = unsafeCharacter.exec(text)?.[0];
	return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every text in a front matter, with its path. */
function* textsOf(value: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
	if (typeof value === 'string') yield [value, path];
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textsOf(item, [...path, i]);
	else if (value !== null && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
}

/** Adds an issue at every text of the front matter that holds an unsafe character. */
export function checkUnsafeCharacters(data: unknown, ctx: { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void }): void {
	for (const [text, path] of textsOf(data)) {
		const character = unsafeCharacterIn(text);
		if (character) ctx.addIssue({ code: 'custom', path, message: `contains the invisible control character ${character}, which can hide or reorder text and breaks the feed; remove it` });
	}
}
