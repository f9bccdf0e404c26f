/**
 * Does a translation say what its original says? A translation holds only texts (its facts are
 * the original's), so what can drift is in those texts: a figure mistyped or dropped, a citation
 * lost, a challenge or result left out. These checks compare the two files' texts, field by field
 * and section by section, through what survives any translation: numbers written in digits and
 * footnote marks. Pure: the validator reads the files and places the problems.
 */
import type { Lang } from '../../i18n/ui.ts';

export interface TranslationProblem {
	/** Front-matter path of the field, or undefined for the body. */
	path?: PropertyKey[];
	/** For a body problem, the number of the section (0-based) it is in, or undefined for the whole body. */
	section?: number;
	severity: 'error' | 'warning';
	message: string;
}

/** Spaces a language may group thousands with: space, no-break space, narrow no-break space. */
const groupSpace = '[ \\u00a0\\u202f]';

/** English writes 1,500.5; French and Russian write 1 500,5. Either accepts a plain 1500.5. */
const numberPatterns: Record<Lang, RegExp> = {
	en: /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?(?!\d)/g,
	fr: new RegExp(`(?<![\\d.,])\\d{1,3}(?:${groupSpace}\\d{3})+(?:[,.]\\d+)?(?!\\d)|(?<![\\d.,])\\d+(?:[,.]\\d+)?(?!\\d)`, 'g'),
	ru: new RegExp(`(?<![\\d.,])\\d{1,3}(?:${groupSpace}\\d{3})+(?:[,.]\\d+)?(?!\\d)|(?<![\\d.,])\\d+(?:[,.]\\d+)?(?!\\d)`, 'g'),
};

/** Text that is not prose: addresses, footnote marks and labels, comments. */
function proseOnly(text: string): string {
	return text
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/https?:\/\/[^\s)>"']+/g, ' ')
		.replace(/\[\^[^\]]*\]/g, ' ')
		.replace(/\bsource="\d+"/g, ' ');
}

/** Every number written in digits in a text, as values, in the order they appear. */
export function numbersIn(text: string, lang: Lang): number[] {
	const values: number[] = [];
	for (const match of proseOnly(text).matchAll(numberPatterns[lang])) {
		const written = match[0];
		const plain = lang === 'en' ? written.replace(/,/g, '') : written.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
		values.push(Number(plain));
	}
	return values;
}

/** What one list has more of than the other, each value as often as it is in excess. */
function excess(a: readonly number[], b: readonly number[]): number[] {
	const counts = new Map<number, number>();
	for (const value of b) counts.set(value, (counts.get(value) ?? 0) + 1);
	const out: number[] = [];
	for (const value of a) {
		const left = counts.get(value) ?? 0;
		if (left > 0) counts.set(value, left - 1);
		else out.push(value);
	}
	return out;
}

const show = (values: readonly number[]) => values.map((v) => String(v)).join(', ');

/** Why two texts do not carry the same figures, or undefined when they do. */
export function figureProblem(original: string, translated: string, lang: Lang): string | undefined {
	const want = numbersIn(original, 'en');
	const have = numbersIn(translated, lang);
	const missing = excess(want, have);
	const extra = excess(have, want);
	if (missing.length === 0 && extra.length === 0) return undefined;
	const parts = [
		missing.length > 0 ? `lacks the original's figure${missing.length > 1 ? 's' : ''} ${show(missing)}` : '',
		extra.length > 0 ? `has figure${extra.length > 1 ? 's' : ''} the original does not (${show(extra)})` : '',
	].filter(Boolean);
	return `${parts.join(' and ')}; write every figure of the original in digits, with the same value (thousands with a space, decimals with a comma)`;
}

/** The citations `[^n]` in a text (not the definitions), in order. */
export function citationsIn(text: string): string[] {
	return [...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]!);
}

/** The labels of footnote definitions `[^n]:` at the start of a line. */
export function footnoteDefinitions(body: string): string[] {
	return [...body.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!);
}

/** A body cut at its `## ` headings: the text before the first heading is left out. */
export function bodySections(body: string): string[] {
	return body.split(/^## .*$/m).slice(1);
}

/** A text without its footnote definitions (`[^3]: …` and the lines that continue one). */
const withoutDefinitions = (text: string) => text.replace(/^\[\^[^\]\s]+\]:.*(?:\n(?!\n|\[\^).*)*/gm, '');

type Raw = Record<string, unknown>;
const records = (value: unknown): Raw[] => (Array.isArray(value) ? value.map((v: unknown) => (v !== null && typeof v === 'object' ? (v as Raw) : {})) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Every way a translation departs from its original's facts. `original` and `translation` are
 * the front matter as written (checked against their schemas elsewhere); the bodies are the
 * text after the front matter.
 */
export function compareTranslation(
	original: { data: Raw; body: string },
	translation: { data: Raw; body: string },
	lang: Exclude<Lang, 'en'>,
): TranslationProblem[] {
	const problems: TranslationProblem[] = [];
	const o = original.data;
	const t = translation.data;

	// Texts that are present in one but not the other.
	for (const key of ['place', 'endedBecause'] as const) {
		if (o[key] === undefined && t[key] !== undefined)
			problems.push({ path: [key], severity: 'error', message: `the original has no \`${key}\`; remove it from the translation` });
		if (o[key] !== undefined && t[key] === undefined) problems.push({ path: [], severity: 'error', message: `the original has \`${key}\`; translate it too` });
	}
	// Lists that follow the original item for item.
	for (const [key, field] of [
		['impact', 'indicator'],
		['challenges', 'text'],
		['transfer', 'note'],
	] as const) {
		const want = records(o[key]).length;
		const have = records(t[key]).length;
		if (want !== have) {
			problems.push({
				path: have > 0 ? [key] : [],
				severity: 'error',
				message: `\`${key}\` has ${have} item${have === 1 ? '' : 's'} but the original has ${want}; translate each ${key === 'impact' ? 'result' : key === 'transfer' ? 'transfer note' : 'challenge'} of the original once, in its order (\`${field}\`)`,
			});
		}
	}
	// Figures, field by field.
	const pairs: [PropertyKey[], string | undefined, string | undefined][] = [
		[['title'], str(o['title']), str(t['title'])],
		[['summary'], str(o['summary']), str(t['summary'])],
		[['leadOrganisation'], str(o['leadOrganisation']), str(t['leadOrganisation'])],
		[['place'], str(o['place']), str(t['place'])],
		[['endedBecause', 'text'], str(records([o['endedBecause']])[0]?.['text']), str(records([t['endedBecause']])[0]?.['text'])],
		...records(t['impact']).flatMap((item, i): [PropertyKey[], string | undefined, string | undefined][] => [
			[['impact', i, 'indicator'], str(records(o['impact'])[i]?.['indicator']), str(item['indicator'])],
			[['impact', i, 'unit'], str(records(o['impact'])[i]?.['unit']), str(item['unit'])],
		]),
		...records(t['challenges']).map((item, i): [PropertyKey[], string | undefined, string | undefined] => [
			['challenges', i, 'text'],
			str(records(o['challenges'])[i]?.['text']),
			str(item['text']),
		]),
		...records(t['transfer']).map((item, i): [PropertyKey[], string | undefined, string | undefined] => [
			['transfer', i, 'note'],
			str(records(o['transfer'])[i]?.['note']),
			str(item['note']),
		]),
	];
	for (const [path, want, have] of pairs) {
		if (want === undefined || have === undefined) continue;
		const problem = figureProblem(want, have, lang);
		if (problem) problems.push({ path, severity: 'error', message: problem });
	}

	// The body, section by section: same figures, same citations.
	const originalSections = bodySections(original.body);
	const translatedSections = bodySections(translation.body);
	if (originalSections.length !== translatedSections.length) {
		problems.push({
			severity: 'error',
			message: `the body has ${translatedSections.length} sections but the original has ${originalSections.length}; translate each section once, in its order`,
		});
	} else {
		translatedSections.forEach((section, i) => {
			const source = originalSections[i]!;
			// Footnote definitions name sources, often by a title kept in its own language and
			// number format ("1,7 Millionen"); their numbers are not the case's figures.
			const figures = figureProblem(withoutDefinitions(source), withoutDefinitions(section), lang);
			if (figures) problems.push({ section: i, severity: 'error', message: `this section ${figures}` });
			const want = citationsIn(source).join(' ');
			const have = citationsIn(section).join(' ');
			if (want !== have) {
				problems.push({
					section: i,
					severity: 'error',
					message: `this section cites sources ${have ? `[^${citationsIn(section).join('], [^')}]` : '(none)'} but the original cites ${want ? `[^${citationsIn(source).join('], [^')}]` : 'none'}; keep each footnote mark of the original, in its place`,
				});
			}
		});
	}
	const wantDefinitions = footnoteDefinitions(original.body).join(' ');
	const haveDefinitions = footnoteDefinitions(translation.body).join(' ');
	if (wantDefinitions !== haveDefinitions) {
		problems.push({
			severity: 'error',
			message: `the footnote definitions are [^${footnoteDefinitions(translation.body).join('], [^')}] but the original's are [^${footnoteDefinitions(original.body).join('], [^')}]; translate each definition, with the same numbers in the same order`,
		});
	}

	// Out of date: the original's facts were checked after the translation was.
	const reviewed = records([t['translation']])[0]?.['reviewed'];
	const lastReviewed = o['lastReviewed'];
	const date = (value: unknown) => (value instanceof Date ? value : typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : undefined);
	const translatedOn = date(reviewed);
	const checkedOn = date(lastReviewed);
	if (translatedOn && checkedOn && checkedOn.getTime() > translatedOn.getTime()) {
		problems.push({
			path: ['translation', 'reviewed'],
			severity: 'warning',
			message: `the original was reviewed on ${checkedOn.toISOString().slice(0, 10)}, after this translation (${translatedOn.toISOString().slice(0, 10)}); compare the two, update the translation and its \`reviewed\` date`,
		});
	}
	return problems;
}
