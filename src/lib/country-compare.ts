/**
 * Two countries side by side, for "what could B learn from A?": per domain, each country's
 * highest stage and its cases; where one is ahead, its cases there with their conditions for
 * success, and which of those conditions the other country's own cases already show; and the
 * recorded transfers between the two. Pure: the page computes it in the browser from
 * /data/countries-compare.json, and the unit tests from plain records.
 */

/** One case as the comparison needs it (ids only; labels come with the data file). */
export interface CountryCaseRecord {
	id: string;
	title: string;
	url: string;
	country: string;
	domains: string[];
	/** Stage id and its position on the scale. */
	stage: string;
	stageOrder: number;
	conditions: string[];
	/** Transfers recorded in this case: to which country, and the adopter's case. */
	transfer: { country: string; note: string; case?: string | undefined }[];
}

export interface CountrySide {
	highest?: { stage: string; order: number } | undefined;
	cases: CountryCaseRecord[];
}

export interface DomainComparison {
	domain: string;
	a: CountrySide;
	b: CountrySide;
	/** Which country is further along in this domain, when one is. */
	ahead?: 'a' | 'b' | undefined;
}

export interface LessonOffer {
	domain: string;
	/** The country ahead in the domain: 'a' or 'b'. */
	from: 'a' | 'b';
	cases: { record: CountryCaseRecord; conditions: { id: string; alreadyShown: boolean }[] }[];
}

export interface CountryComparison {
	domains: DomainComparison[];
	lessons: LessonOffer[];
	transfers: { from: CountryCaseRecord; to: string; note: string; adopter?: string | undefined }[];
}

function side(records: readonly CountryCaseRecord[], country: string, domain: string): CountrySide {
	const cases = records.filter((r) => r.country === country && r.domains.includes(domain));
	const top = cases.reduce<CountryCaseRecord | undefined>((best, r) => (!best || r.stageOrder > best.stageOrder ? r : best), undefined);
	return { cases, highest: top ? { stage: top.stage, order: top.stageOrder } : undefined };
}

export function compareCountries(records: readonly CountryCaseRecord[], domains: readonly string[], a: string, b: string): CountryComparison {
	const rows = domains.map((domain): DomainComparison => {
		const left = side(records, a, domain);
		const right = side(records, b, domain);
		const l = left.highest?.order ?? 0;
		const r = right.highest?.order ?? 0;
		return { domain, a: left, b: right, ahead: l > r ? 'a' : r > l ? 'b' : undefined };
	});
	// Conditions a country's own cases already show, anywhere: a condition it has met once.
	const shown = (country: string) => new Set(records.filter((r) => r.country === country).flatMap((r) => r.conditions));
	const shownBy = { a: shown(a), b: shown(b) };
	const lessons = rows
		.filter((row) => row.ahead)
		.map((row): LessonOffer => {
			const from = row.ahead!;
			const learner = from === 'a' ? 'b' : 'a';
			return {
				domain: row.domain,
				from,
				cases: row[from].cases
					.filter((record) => record.stageOrder > (row[learner].highest?.order ?? 0))
					.map((record) => ({ record, conditions: record.conditions.map((id) => ({ id, alreadyShown: shownBy[learner].has(id) })) })),
			};
		});
	const transfers = records
		.filter((r) => r.country === a || r.country === b)
		.flatMap((r) =>
			r.transfer.filter((t) => (r.country === a ? t.country === b : t.country === a)).map((t) => ({ from: r, to: t.country, note: t.note, adopter: t.case })),
		);
	return { domains: rows, lessons, transfers };
}

/** A country code from the URL, upper-cased when it is one the data knows; otherwise undefined. */
export function knownCountry(raw: string | null, known: ReadonlySet<string>): string | undefined {
	const code = (raw ?? '').trim().toUpperCase();
	return known.has(code) ? code : undefined;
}
