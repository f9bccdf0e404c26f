import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/interpolate.ts';

describe('interpolate', () => {
	it('fills placeholders, never interpreting replacement patterns in the values', () => {
		expect(interpolate('Remove {title}', { title: 'Costs cut by $& and $1' })).toBe('Remove Costs cut by $& and $1');
		expect(interpolate('{count} cases', { count: 3 })).toBe('3 cases');
	});
	it('leaves a missing value empty, or as the caller says', () => {
		expect(interpolate('A {gap} B', {})).toBe('A  B');
		expect(interpolate('A {gap} B', {}, (name) => `{${name}}`)).toBe('A {gap} B');
	});
});
