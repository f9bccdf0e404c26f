import { describe, expect, it } from 'vitest';
import { citationsIn, compareTranslation, figureProblem, footnoteDefinitions, numbersIn } from '../../src/lib/validation/translation-facts.ts';

describe('numbers written in digits', () => {
	it('reads English and French/Russian separators as the same values', () => {
		expect(numbersIn('By 2017 more than 1,000 authorities and 1.5 million requests, 99%', 'en')).toEqual([2017, 1000, 1.5, 99]);
		expect(numbersIn('En 2017, plus de 1 000 autorités et 1,5 million de requêtes, 99 %', 'fr')).toEqual([2017, 1000, 1.5, 99]);
		expect(numbersIn('В 2017 году более 1\u00a0000 органов и 1,5 млн запросов, 99\u202f%', 'ru')).toEqual([2017, 1000, 1.5, 99]);
	});

	it('never joins a year to the count after it, and skips citations and addresses', () => {
		expect(numbersIn('en 2020 500 communes[^3]', 'fr')).toEqual([2020, 500]);
		expect(numbersIn('see https://example.org/2019/page-12 and [^12]', 'en')).toEqual([]);
	});
});

describe('figureProblem', () => {
	it('accepts the same figures in another order and format', () => {
		expect(figureProblem('1,500 users in 2019', '2019 : 1 500 usagers', 'fr')).toBeUndefined();
	});

	it('names a figure lost and a figure added', () => {
		expect(figureProblem('1,500 users in 2019', '1 600 usagers en 2019', 'fr')).toMatch(
			/lacks the original's figure 1500 and has figure the original does not \(1600\)/,
		);
	});

	it('catches English thousands written into a French text', () => {
		expect(figureProblem('1,500 users', '1,500 usagers', 'fr')).toMatch(/lacks/);
	});
});

describe('citations', () => {
	it('reads marks and definitions apart', () => {
		const body = 'Text.[^1][^2]\n\n[^1]: One.\n[^2]: Two, 2019.';
		expect(citationsIn(body)).toEqual(['1', '2']);
		expect(footnoteDefinitions(body)).toEqual(['1', '2']);
	});
});

describe('compareTranslation', () => {
	const original = {
		data: {
			title: 'A programme since 2001',
			summary: 'Summary',
			challenges: [{ text: 'Hard in 2019.', source: 1 }],
			impact: [{ indicator: 'Users', unit: 'users', value: 5 }],
			lastReviewed: new Date('2026-11-30T00:00:00Z'),
		},
		body: '## Context\n\nIn 2001, 3 offices.[^1]\n\n## What was done\n\nMore.[^1]\n\n[^1]: Source one, 2020.\n',
	};
	const good = {
		data: {
			translation: { from: 'en', method: 'machine', reviewed: new Date('2026-12-01T00:00:00Z') },
			title: 'Un programme depuis 2001',
			summary: 'Résumé',
			challenges: [{ text: 'Difficile en 2019.' }],
			impact: [{ indicator: 'Usagers', unit: 'usagers' }],
		},
		body: '## Contexte\n\nEn 2001, 3 bureaux.[^1]\n\n## Ce qui a été fait\n\nPlus.[^1]\n\n[^1]: Source un, 2020.\n',
	};

	it('finds nothing wrong with a faithful translation', () => {
		expect(compareTranslation(original, good, 'fr')).toEqual([]);
	});

	it('names a dropped challenge, a moved citation, a changed figure and an out-of-date translation', () => {
		const bad = {
			data: { ...good.data, challenges: [], translation: { ...good.data.translation, reviewed: new Date('2026-11-01T00:00:00Z') } },
			body: '## Contexte\n\nEn 2001, 4 bureaux.\n\n## Ce qui a été fait\n\nPlus.[^1][^1]\n\n[^1]: Source un, 2020.\n',
		};
		const messages = compareTranslation(original, bad, 'fr').map((p) => `${p.severity} ${p.section ?? ''} ${p.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^error {2}`challenges` has 0 items but the original has 1/),
			expect.stringMatching(/^error 0 this section lacks the original's figure 3 and has figure the original does not \(4\)/),
			expect.stringMatching(/^error 0 this section cites sources \(none\) but the original cites \[\^1\]/),
			expect.stringMatching(/^error 1 this section cites sources \[\^1\], \[\^1\] but the original cites \[\^1\]/),
			expect.stringMatching(/^warning {2}the original was reviewed on 2026-11-30, after this translation \(2026-11-01\)/),
		]);
	});

	it('names a section left out', () => {
		const short = { ...good, body: '## Contexte\n\nEn 2001, 3 bureaux.[^1]\n\n[^1]: Source un, 2020.\n' };
		expect(compareTranslation(original, short, 'fr').map((p) => p.message)).toContain(
			'the body has 1 sections but the original has 2; translate each section once, in its order',
		);
	});
});
