/**
 * Cross-border reuse, seen from both sides: every `transfer` entry of every case is a flow from
 * the case's country to the country that reused or adapted the idea, with the adopter's own
 * case when the knowledge base has it.
 */
import type { CaseStudy } from './case-studies.ts';

export interface Transfer {
	/** The case whose idea was reused. */
	from: CaseStudy;
	fromCountry: string;
	toCountry: string;
	note: string;
	/** The adopting country's own case, when there is one. */
	adopter?: CaseStudy | undefined;
}

export function allTransfers(cases: readonly CaseStudy[]): Transfer[] {
	const byId = new Map(cases.map((item) => [item.id, item]));
	return cases
		.flatMap((from) =>
			from.data.transfer.map((entry) => ({
				from,
				fromCountry: from.data.country,
				toCountry: entry.country,
				note: entry.note,
				adopter: entry.case ? byId.get(entry.case) : undefined,
			})),
		)
		.sort((a, b) => a.fromCountry.localeCompare(b.fromCountry) || a.toCountry.localeCompare(b.toCountry) || a.from.id.localeCompare(b.from.id));
}

/** What a country adopted from abroad, and what others adopted from it. */
export function transfersOfCountry(transfers: readonly Transfer[], country: string): { adopted: Transfer[]; adoptedBy: Transfer[] } {
	return {
		adopted: transfers.filter((t) => t.toCountry === country && t.fromCountry !== country),
		adoptedBy: transfers.filter((t) => t.fromCountry === country && t.toCountry !== country),
	};
}

/** The transfers that name a case as the adopter's own: what that case was adapted from. */
export function adaptedFrom(transfers: readonly Transfer[], caseId: string): Transfer[] {
	return transfers.filter((t) => t.adopter?.id === caseId);
}
