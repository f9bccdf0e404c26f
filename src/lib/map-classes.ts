/**
 * Classes for shading the map by number of case studies, taken from the data: one class per
 * distinct count while there are few, otherwise ranges cut at quantiles, so that every class
 * is used and the darkest one holds the most cases. Zero is not a class: it is "no case yet",
 * drawn with its own pattern.
 */

export interface CountClass {
	min: number;
	max: number;
	/** Step of the sequential palette, 1 (lightest) to `steps` (darkest). */
	step: number;
}

export function countClasses(counts: readonly number[], steps = 4): CountClass[] {
	const values = counts.filter((n) => n > 0).sort((a, b) => a - b);
	const distinct = [...new Set(values)];
	if (distinct.length === 0) return [];
	let ranges: [number, number][];
	if (distinct.length <= steps) {
		ranges = distinct.map((n) => [n, n]);
	} else {
		// Upper bounds at the quantiles of the counts; a bound repeated is one class.
		const uppers = [...new Set(Array.from({ length: steps }, (_, i) => values[Math.ceil(((i + 1) * values.length) / steps) - 1]!))];
		ranges = uppers.map((upper, i) => [i === 0 ? distinct[0]! : uppers[i - 1]! + 1, upper]);
	}
	// Spread the classes over the palette so that the highest is always the darkest step.
	return ranges.map(([min, max], i) => ({ min, max, step: ranges.length === 1 ? steps : Math.round(1 + (i * (steps - 1)) / (ranges.length - 1)) }));
}

export function classOf(count: number, classes: readonly CountClass[]): CountClass | undefined {
	return classes.find((c) => count >= c.min && count <= c.max);
}
