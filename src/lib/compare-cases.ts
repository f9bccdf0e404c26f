/**
 * The side-by-side comparison of two to four cases: which ids the address asks for, and which
 * rows differ. Pure, so that the browser's compare page imports it too.
 */

/** One row of a side-by-side comparison: a label and one cell per case. */
export interface CompareRow {
	key: string;
	label: string;
	values: string[];
	/** True when the cases do not all have the same value. */
	differs: boolean;
}

/** Marks each row whose values are not all equal. Blank values count as a difference. */
export function markDifferences(rows: readonly Omit<CompareRow, 'differs'>[]): CompareRow[] {
	return rows.map((row) => ({ ...row, differs: new Set(row.values.map((v) => v.trim())).size > 1 }));
}

/** Parses `ids=ee/x-road,ua/prozorro` into valid and not-found ids (never more than `max`). */
export function parseCompareIds(raw: string | null, known: ReadonlySet<string>, max = 4): { ids: string[]; notFound: string[]; overLimit: string[] } {
	const parts = (raw ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part.length > 0)
		.slice(0, 20);
	const ids: string[] = [];
	const notFound: string[] = [];
	const overLimit: string[] = [];
	for (const part of parts) {
		const clean = part.slice(0, 80);
		if (!known.has(clean)) notFound.push(clean);
		else if (ids.includes(clean)) continue;
		else if (ids.length >= max) overLimit.push(clean);
		else ids.push(clean);
	}
	return { ids, notFound, overLimit };
}
