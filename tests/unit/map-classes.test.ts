import { describe, expect, it } from 'vitest';
import { classOf, countClasses } from '../../src/lib/map-classes.ts';

describe('countClasses', () => {
	it('has one class per distinct count when there are few, spread over the palette', () => {
		expect(countClasses([0, 1, 1, 2, 0, 1])).toEqual([
			{ min: 1, max: 1, step: 1 },
			{ min: 2, max: 2, step: 4 },
		]);
		expect(countClasses([1, 2, 3, 5])).toEqual([
			{ min: 1, max: 1, step: 1 },
			{ min: 2, max: 2, step: 2 },
			{ min: 3, max: 3, step: 3 },
			{ min: 5, max: 5, step: 4 },
		]);
	});
	it('cuts ranges at quantiles when counts vary widely, and uses every class', () => {
		const counts = [1, 1, 1, 1, 2, 2, 3, 4, 6, 9, 12, 20];
		const classes = countClasses(counts);
		expect(classes[0]).toEqual({ min: 1, max: 1, step: 1 });
		expect(classes.at(-1)).toMatchObject({ max: 20, step: 4 });
		for (const n of counts) expect(classOf(n, classes), String(n)).toBeDefined();
		for (const c of classes) expect(counts.some((n) => n >= c.min && n <= c.max)).toBe(true);
		for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
	});
	it('has no class for zero and none at all without cases', () => {
		expect(countClasses([0, 0])).toEqual([]);
		expect(classOf(0, countClasses([1, 2]))).toBeUndefined();
	});
	it('gives a single count the darkest step', () => {
		expect(countClasses([3, 3])).toEqual([{ min: 3, max: 3, step: 4 }]);
	});
});
