/**
 * "Did you mean …?" for every check that knows the allowed values: the validator, the MDX
 * safety plugin, the scaffold and the case-study form. One distance and one tolerance, so that
 * a typo gets the same suggestion wherever it is made.
 */

/**
 * Edit distance where a swap of two neighbouring letters counts as one edit ("titel" → "title";
 * optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/** The closest candidate to `input` (case-insensitive), when it is close enough to be a likely typo. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
	const needle = input.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const tolerance = Math.max(1, Math.floor(Math.max(needle.length, 2) / 3));
	return bestDistance <= tolerance ? best : undefined;
}
