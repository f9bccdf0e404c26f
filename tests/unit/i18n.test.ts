/**
 * French and Russian dictionaries: every English key is translated, every placeholder kept, and
 * counts take the plural form of their language (Russian: 1 and 21 "one", 2–4 and 22 "few").
 */
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import ru from '../../src/i18n/ru.json' with { type: 'json' };
import { caseStudyCount, formatDate, ui, useTranslations, type UiKey } from '../../src/i18n/ui.ts';
import { taxonomyText, type TaxonomyFile } from '../../src/i18n/taxonomy-text.ts';
import { loadTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { projectRoot } from '../helpers/build-site.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = ui.en as Record<UiKey, string>;

describe.each([
	['fr', fr as Record<string, string>],
	['ru', ru as Record<string, string>],
] as const)('the %s dictionary', (_, dictionary) => {
	it('translates every key of the English dictionary, and no other', () => {
		expect(Object.keys(english).filter((key) => !(key in dictionary))).toEqual([]);
		expect(Object.keys(dictionary).filter((key) => !(key in english))).toEqual([]);
	});
	it('keeps every placeholder of the English text', () => {
		const lost = Object.entries(english).filter(
			([key, text]) => dictionary[key] !== undefined && placeholders(dictionary[key]!).join() !== placeholders(text).join(),
		);
		expect(lost.map(([key]) => key)).toEqual([]);
	});
	it('translates rather than copies the interface', () => {
		const copied = Object.entries(english).filter(([key, text]) => dictionary[key] === text && /[a-z]{4,} [a-z]{4,}/i.test(text));
		expect(copied.length / Object.keys(english).length).toBeLessThan(0.05);
	});
});

describe('counts and dates in each language', () => {
	it.each([
		['en', 1, '1 case study'],
		['en', 2, '2 case studies'],
		['fr', 1, '1 étude de cas'],
		['fr', 2, '2 études de cas'],
		['ru', 1, '1 тематическое исследование'],
		['ru', 2, '2 тематических исследования'],
		['ru', 5, '5 тематических исследований'],
		['ru', 21, '21 тематическое исследование'],
		['ru', 22, '22 тематических исследования'],
		['ru', 25, '25 тематических исследований'],
	] as const)('%s: %i → %s', (lang, count, text) => {
		expect(caseStudyCount(lang, count)).toBe(text);
	});
	it('writes dates as UN documents do in each language', () => {
		const date = new Date('2026-11-28T00:00:00Z');
		expect(formatDate('en', date)).toBe('28 November 2026');
		expect(formatDate('fr', date)).toBe('28 novembre 2026');
		expect(formatDate('ru', date)).toMatch(/^28 ноября 2026/);
		const first = new Date('2026-12-01T00:00:00Z');
		expect(formatDate('fr', first)).toBe('1er décembre 2026');
		expect(formatDate('en', first)).toBe('1 December 2026');
	});
	it('reaches the translations through t()', () => {
		expect(useTranslations('fr')('nav.caseStudies')).toBe('Études de cas');
		expect(useTranslations('ru')('nav.caseStudies')).toBe('Тематические исследования');
	});
});

describe('taxonomy translations', () => {
	it.each(['fr', 'ru'] as const)('%s has a label and definition for every entry of every taxonomy', (lang) => {
		const taxonomies = loadTaxonomies(projectRoot);
		const files = {
			domains: taxonomies.domains,
			stages: taxonomies.stages,
			'policy-messages': taxonomies.policyMessages,
			conditions: taxonomies.conditions,
			'evidence-levels': taxonomies.evidenceLevels,
			'result-kinds': taxonomies.resultKinds,
		} as const;
		const missing: string[] = [];
		for (const [file, entries] of Object.entries(files) as [TaxonomyFile, readonly { id: string; label: string; definition: string }[]][]) {
			for (const entry of entries) {
				for (const field of ['label', 'definition'] as const) {
					if (taxonomyText(lang, file, entry.id, field, '\u0000') === '\u0000') missing.push(`${file}.${entry.id}.${field}`);
				}
			}
		}
		expect(missing).toEqual([]);
		expect(taxonomyText(lang, 'stages', 'mainstreamed', 'label', 'Mainstreamed')).not.toBe('Mainstreamed');
	});
});
