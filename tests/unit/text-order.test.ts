import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/text-order.ts';

describe('compareText', () => {
	it('orders as localeCompare does in each language', () => {
		const words = ['Éire', 'eire', 'Zagreb', 'zèbre', 'Ålesund', 'Österreich', 'Овощи', 'Ёлка', 'Ель', 'apple', 'Apple', 'b'];
		for (const locale of ['en', 'fr', 'ru']) {
			expect([...words].sort(compareText(locale))).toEqual([...words].sort((a, b) => a.localeCompare(b, locale)));
		}
	});
	it('makes one collator per locale', () => {
		expect(compareText('fr')).toBe(compareText('fr'));
		expect(compareText('fr')).not.toBe(compareText('ru'));
	});
});
