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
