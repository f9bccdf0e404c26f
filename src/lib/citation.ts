/**
 * How to cite a case study: a plain reference, BibTeX and CSL-JSON, each with the stable URL
 * and the date the facts were last reviewed. The year cited is the last-review year, not the
 * build date, so that builds are reproducible. Pure: the same strings serve the page and tests.
 */
import type { CaseStudy } from './case-studies.ts';

export interface CitationContext {
	/** Absolute, stable URL of the case page. */
	url: string;
	siteName: string;
	/** Name used as the author: the knowledge base's contributors. */
	author: string;
	/** Lead country of the case, named in the note. */
	countryName: string;
	/**
	 * The reference's closing words and the BibTeX/CSL note in the page's language, given the
	 * review date (YYYY-MM-DD); English when not given.
	 */
	words?: { reviewed: (date: string) => string; note: (country: string, date: string) => string };
}

const englishWords = {
	reviewed: (date: string) => `(facts last reviewed ${date})`,
	note: (country: string, date: string) => `Case study of ${country}; facts last reviewed ${date}`,
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function plainCitation(item: CaseStudy, ctx: CitationContext): string {
	const reviewed = isoDate(item.data.lastReviewed);
	return `${ctx.author} (${item.data.lastReviewed.getUTCFullYear()}). ${item.data.title}. ${ctx.siteName}. ${ctx.url} ${(ctx.words ?? englishWords).reviewed(reviewed)}.`;
}

/** LaTeX for characters that would break a BibTeX entry or be read as markup. */
const bibtexSpecials: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/**
 * BibTeX escapes, in one pass (escaping backslashes first and braces after would escape the
 * braces of `\textbackslash{}` too): braces and backslashes can never close the field early.
 */
function bibtexEscape(value: string): string {
	return value.replace(/[\\{}&%$#_~^]/g, (c) => bibtexSpecials[c] ?? `\\${c}`);
}

export function bibtexKey(item: CaseStudy): string {
	return `psikb-${item.id.replace('/', '-')}-${item.data.lastReviewed.getUTCFullYear()}`;
}

export function bibtexCitation(item: CaseStudy, ctx: CitationContext): string {
	const fields: [string, string][] = [
		['title', `{${bibtexEscape(item.data.title)}}`],
		['author', `{${bibtexEscape(ctx.author)}}`],
		['howpublished', `{${bibtexEscape(ctx.siteName)}}`],
		['year', String(item.data.lastReviewed.getUTCFullYear())],
		['url', `{${ctx.url}}`],
		['note', `{${bibtexEscape((ctx.words ?? englishWords).note(ctx.countryName, isoDate(item.data.lastReviewed)))}}`],
	];
	return `@misc{${bibtexKey(item)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

export interface CslJson {
	id: string;
	type: 'webpage';
	title: string;
	author: { literal: string }[];
	'container-title': string;
	URL: string;
	issued: { 'date-parts': [[number, number, number]] };
	note: string;
}

export function cslJson(item: CaseStudy, ctx: CitationContext): CslJson {
	const d = item.data.lastReviewed;
	return {
		id: bibtexKey(item),
		type: 'webpage',
		title: item.data.title,
		author: [{ literal: ctx.author }],
		'container-title': ctx.siteName,
		URL: ctx.url,
		issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		note: (ctx.words ?? englishWords).note(ctx.countryName, isoDate(d)),
	};
}
