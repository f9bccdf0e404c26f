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
 * A calendar date. js-yaml (which both Astro and the validator read values with) makes a bare
 * `2026-11-28` a Date; a quoted `"2026-11-28"` stays a string, and so does every value the
 * case-study form in the browser builds, so the string form is accepted too.
 */
export const calendarDate = z.union([
	z.date(),
	z.iso.date({ error: 'must be a date written as YYYY-MM-DD' }).transform((value) => new Date(`${value}T00:00:00Z`)),
]);

/** A citation written as text (a footnote label, a component's `source="n"`): 1, 2, 3 … */
export const sourceNumberText = /^[1-9]\d*$/;

/**
 * The one bound on every citation by number (front-matter fields, footnotes, components): why
 * source `n` cannot be cited when `count` sources are listed, or undefined when it can.
 */
export function sourceBoundProblem(n: number, count: number): string | undefined {
	return n > count ? `cites source ${n}, but only ${count} source${count === 1 ? ' is' : 's are'} listed in the front matter` : undefined;
}

/** Longer than any real address of a page; browsers and archives cut far shorter ones. */
export const maxUrlLength = 2000;

/** Letters of each script a host name could mix, for spotting look-alike (homograph) hosts. */
const scripts = [
	/\p{Script=Latin}/u,
	/\p{Script=Cyrillic}/u,
	/\p{Script=Greek}/u,
	/\p{Script=Armenian}/u,
	/\p{Script=Georgian}/u,
	/\p{Script=Hebrew}/u,
	/\p{Script=Arabic}/u,
];

/**
 * Why an address a reader will follow is deceptive, or undefined: user information before the
 * host (`https://gov.example@evil.example/` leads to evil.example), a bare IP address instead of
 * a name, a label that mixes scripts (Latin "e" beside Cyrillic "е"), or an absurd length.
 */
export function deceptiveUrlProblem(value: string): string | undefined {
	if (value.length > maxUrlLength) return `is ${value.length} characters long; an address has at most ${maxUrlLength}`;
	const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value)?.[1];
	if (authority === undefined) return undefined;
	if (authority.includes('@')) return 'has user information before the host ("…@"), which hides where the link leads; give the address without it';
	const host = authority.replace(/:\d*$/, '');
	if (/^\[.*\]$/.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^[0-9.]+$/.test(host) || /^0x/i.test(host))
		return 'has an IP address for a host; cite the page by its name';
	for (const label of host.split('.')) {
		if (scripts.filter((script) => script.test(label)).length > 1)
			return `has a host part "${label}" that mixes alphabets, as look-alike addresses do; write the host in one alphabet`;
	}
	// The JSON Schema (format "uri") and every HTTP client want ASCII: letters outside it are written as %-escapes.
	if (/[^\x20-\x7e]/.test(value)) return 'has letters outside ASCII; copy the address from the browser, which writes them as %-escapes (e.g. %D0%9D)';
	return undefined;
}

const notDeceptive = (schema: z.ZodURL) =>
	schema.check(
		z.superRefine((value: string, ctx) => {
			const problem = deceptiveUrlProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
		}),
	);

/** Links a reader follows to a source: https only (cite a web.archive.org copy of an http page). */
export const httpsUrl = notDeceptive(z.url({ protocol: /^https$/, error: 'must be a full https:// address' }));

/** Links to materials as their publisher gave them; old conference pages may be http. */
export const webUrl = notDeceptive(z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' }));

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
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
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
	else if (value !== null && typeof value === 'object' && !(value instanceof Date))
		for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
}

/** Adds an issue at every text of the front matter that holds an unsafe character. */
export function checkUnsafeCharacters(data: unknown, ctx: { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void }): void {
	for (const [text, path] of textsOf(data)) {
		const character = unsafeCharacterIn(text);
		if (character)
			ctx.addIssue({
				code: 'custom',
				path,
				message: `contains the invisible control character ${character}, which can hide or reorder text and breaks the feed; remove it`,
			});
	}
}
