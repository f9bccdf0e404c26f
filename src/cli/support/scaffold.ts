/**
 * What the scaffolds of `npm run new` share (a case study in src/cli/new.ts, an event in
 * src/cli/new-event.ts): file names made from titles, YAML quoting, country and slug checks that
 * name the allowed values, and questions asked again until the answer is valid.
 */
import { vocabularyOf, type Taxonomies, type Vocabulary } from '../../schema/taxonomy.ts';
import { readTaxonomies } from '../../lib/taxonomies-fs.ts';
import { formatText } from '../../lib/validation/diagnostic.ts';
import { slugPattern } from '../../schema/patterns.ts';
import { nearest } from '../../lib/suggest.ts';
import { UsageError } from './args.ts';

/** The file name made from a title: shared with the case-study form (src/lib/slug.ts). */
export { slugify } from '../../lib/slug.ts';

/** Double-quoted YAML (a JSON string is a valid YAML scalar). */
export const quote = (text: string): string => JSON.stringify(text);

export interface Vocab {
	taxonomies: Taxonomies;
	countryCodes: string[];
	domainIds: string[];
	stageIds: string[];
}

/**
 * The taxonomies a scaffold offers values from, or a usage error (after printing each problem)
 * when the taxonomy files are broken: both scaffolds start here.
 */
export function loadVocabulary(root: string): { vocabulary: Vocabulary; vocab: Vocab } {
	const { taxonomies, diagnostics } = readTaxonomies(root);
	if (diagnostics.length > 0) {
		for (const d of diagnostics) console.error(formatText(d));
		throw new UsageError('the taxonomy files in content/ have problems; run this from the repository root after fixing them');
	}
	const vocabulary = vocabularyOf(taxonomies);
	return { vocabulary, vocab: { taxonomies, countryCodes: [...vocabulary.countries], domainIds: [...vocabulary.domains], stageIds: [...vocabulary.stages] } };
}

/**
 * Checks each given value and collects every mistake instead of stopping at the first, so that
 * both scaffolds report all wrong values at once, before asking for what is missing.
 */
export function errorCollector(): { errors: string[]; check: <T>(raw: string | undefined, resolve: (value: string) => T) => T | undefined } {
	const errors: string[] = [];
	const check = <T>(raw: string | undefined, resolve: (value: string) => T): T | undefined => {
		if (raw === undefined) return undefined;
		try {
			return resolve(raw);
		} catch (error) {
			if (!(error instanceof UsageError)) throw error;
			errors.push(error.message);
			return undefined;
		}
	};
	return { errors, check };
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
	const guess =
		nearest(value, vocab.countryCodes) ??
		nearest(
			value,
			vocab.taxonomies.countries.map((c) => c.name),
		);
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
