import { describe, expect, it } from 'vitest';
import { indexTaxonomies } from '../../src/lib/case-studies.ts';
import { readTaxonomies } from '../../src/lib/taxonomies-fs.ts';
import { resultsByKind } from '../../src/lib/results.ts';
import { adaptedFrom, allTransfers, transfersOfCountry } from '../../src/lib/transfers.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { makeCase } from '../helpers/make-case.ts';

const index = indexTaxonomies(readTaxonomies(projectRoot).taxonomies);

const ua = makeCase('ua/prozorro', {
	impact: [
		{ indicator: 'Savings', kind: 'cost-saved', value: 1.9, unit: 'billion USD', year: 2019, source: 2 },
		{ indicator: 'Users', kind: 'uptake', value: 100, unit: 'thousand', year: 2019, source: 1 },
	],
	evidence: { level: 'audit-or-statistics', source: 2 },
	transfer: [{ country: 'MD', note: 'Moldova built MTender on it.', case: 'md/mtender' }],
});
const md = makeCase('md/mtender', { impact: [{ indicator: 'Savings', kind: 'cost-saved', value: 0.4, unit: 'billion USD', year: 2020, source: 1 }] });
const ee = makeCase('ee/x', { impact: [{ indicator: 'Savings', kind: 'cost-saved', value: 5, unit: '%', year: 2020, source: 1 }] });

describe('resultsByKind', () => {
	const groups = resultsByKind([ua, md, ee], index);
	it('groups every figure by its kind, with its source and the case evidence level', () => {
		const cost = groups.find((g) => g.kind.id === 'cost-saved')!;
		expect(cost.rows.map((r) => r.item.id)).toEqual(['ee/x', 'md/mtender', 'ua/prozorro']);
		expect(cost.rows.find((r) => r.item.id === 'ua/prozorro')!.source.title).toBe('Two');
		expect(cost.rows.find((r) => r.item.id === 'ua/prozorro')!.evidence?.id).toBe('audit-or-statistics');
		expect(groups.map((g) => g.kind.id)).toEqual(['cost-saved', 'uptake']);
	});
	it('charts only figures that share a unit, largest first', () => {
		const cost = groups.find((g) => g.kind.id === 'cost-saved')!;
		expect(cost.charts).toHaveLength(1);
		expect(cost.charts[0]!.unit).toBe('billion USD');
		expect(cost.charts[0]!.rows.map((r) => r.figure.value)).toEqual([1.9, 0.4]);
	});
});

describe('transfers', () => {
	const transfers = allTransfers([ua, md, ee]);
	it('are seen from both sides', () => {
		expect(transfersOfCountry(transfers, 'MD').adopted.map((t) => t.from.id)).toEqual(['ua/prozorro']);
		expect(transfersOfCountry(transfers, 'UA').adoptedBy.map((t) => t.toCountry)).toEqual(['MD']);
		expect(adaptedFrom(transfers, 'md/mtender').map((t) => t.from.id)).toEqual(['ua/prozorro']);
		expect(adaptedFrom(transfers, 'ee/x')).toEqual([]);
	});
});
