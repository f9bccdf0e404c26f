/**
 * What the scaffolds of `npm run new` share (a case study in src/cli/new.ts, an event in
 * src/cli/new-event.ts): file names made from titles, YAML quoting, country and slug checks that
 * name the allowed values, and questions asked again until the answer is valid.
 */
import type { Taxonomies } from '../../schema/taxonomy.ts';
import { slugPattern } from '../../schema/patterns.ts';
import { nearest } from '../../lib/suggest.ts';
import { UsageError } from './args.ts';

/** Letters NFKD does not split into a base letter and an accent, and Cyrillic, to Latin. */
const transliteration: Record<string, string> = {
	ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
	а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
	к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts',
	ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o',
	ұ: 'u', ү: 'u', һ: 'h',
};

/** The file name made from a title: lower-case Latin words joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
	const latin = [...title.toLowerCase()].map((c) => transliteration[c] ?? c).join('');
	const words = latin
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > 60 && slug) break;
		slug = next.slice(0, 60);
	}
	return slug;
}

/** Double-quoted YAML (a JSON string is a valid YAML scalar). */
export const quote = (text: string): string => JSON.stringify(text);

export interface Vocab {
	taxonomies: Taxonomies;
	countryCodes: string[];
	domainIds: string[];
	stageIds: string[];
}

export function listAllowed(values: readonly string[]): string {
	return values.join(', ');
}

export function resolveCountry(input: string, vocab: Vocab): string {
	const value = input.trim();
	const byCode = vocab.countryCodes.find((code) => code === value.toUpperCase());
	if (byCode) return byCode;
	const byName = vocab.taxonomies.countries.find((c) => c.name.toLowerCase() === value.toLowerCase());
	if (byName) return byName.id;
	const guess = nearest(value, vocab.countryCodes) ?? nearest(value, vocab.taxonomies.countries.map((c) => c.name));
	const guessCode = guess && (vocab.countryCodes.includes(guess) ? guess : vocab.taxonomies.countries.find((c) => c.name === guess)?.id);
	throw new UsageError(
		`--country "${value}" is not a UNECE member state${guessCode ? ` (did you mean "${guessCode}"?)` : ''}; allowed: ${vocab.taxonomies.countries.map((c) => `${c.id} (${c.name})`).join(', ')}`,
	);
}

export function resolveSlug(input: string): string {
	const slug = input.trim();
	if (!slugPattern.test(slug)) {
		throw new UsageError(`--slug "${slug}" must be lower-case letters and digits in words joined by hyphens, e.g. "x-road"`);
	}
	return slug;
}

export type Ask = (question: string) => Promise<string>;

export async function askUntilValid<T>(ask: Ask, question: string, resolve: (answer: string) => T): Promise<T> {
	for (;;) {
		const answer = await ask(question);
		try {
			return resolve(answer);
		} catch (error) {
			if (!(error instanceof UsageError)) throw error;
			console.error(`  ${error.message.replace(/^--\w+ /, '')}`);
		}
	}
}
