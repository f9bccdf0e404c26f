/**
 * `<kb-compare-countries>`: renders the comparison of the two countries named in the URL
 * (`?a=EE&b=KZ`). Codes that are not member States are shown back as text; nothing from the
 * URL is ever inserted as HTML.
 */
import { compareCountries, knownCountry, type CountryCaseRecord, type CountrySide } from '../lib/country-compare.ts';
import { el, scaleBadge } from './dom.ts';
import { interpolate } from '../i18n/interpolate.ts';

interface Config {
	strings: Record<string, string>;
	dataUrl: string;
}

interface Data {
	cases: CountryCaseRecord[];
	countries: Record<string, string>;
	domains: { id: string; label: string }[];
	stages: Record<string, string>;
	conditions: Record<string, string>;
}

class KbCompareCountries extends HTMLElement {
	private config!: Config;
	private data?: Data;

	connectedCallback(): void {
		this.config = JSON.parse(document.getElementById('country-compare-config')?.textContent ?? '{}') as Config;
		void this.render();
	}

	private text(key: string, values: Record<string, string> = {}): string {
		return interpolate(this.config.strings[key] ?? key, values);
	}

	private async render(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			this.data ??= (await (await fetch(this.config.dataUrl)).json()) as Data;
		} catch {
			status.textContent = this.text('countryCompare.loadError');
			return;
		}
		const data = this.data;
		const params = new URLSearchParams(window.location.search);
		const known = new Set(Object.keys(data.countries));
		const raw = { a: params.get('a'), b: params.get('b') };
		const a = knownCountry(raw.a, known);
		const b = knownCountry(raw.b, known);
		// The form shows the current choice.
		for (const [id, code] of [
			['country-a', a],
			['country-b', b],
		] as const) {
			const select = document.getElementById(id) as HTMLSelectElement | null;
			if (select && code) select.value = code;
		}
		const problems = this.querySelector<HTMLElement>('[data-problems]')!;
		problems.replaceChildren();
		for (const [code, value] of [
			[a, raw.a],
			[b, raw.b],
		] as const) {
			if (!code && value) problems.append(el('p', this.text('countryCompare.unknown', { code: value.slice(0, 40) })));
		}
		problems.hidden = problems.childElementCount === 0;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		result.replaceChildren();
		if (!a || !b) {
			status.textContent = this.text('countryCompare.choose');
			return;
		}
		if (a === b) {
			status.textContent = this.text('countryCompare.same');
			return;
		}
		const nameA = data.countries[a]!;
		const nameB = data.countries[b]!;
		const comparison = compareCountries(
			data.cases,
			data.domains.map((d) => d.id),
			a,
			b,
		);
		const domainLabel = new Map(data.domains.map((d) => [d.id, d.label]));
		document.title = `${this.text('countryCompare.heading', { a: nameA, b: nameB })} – ${document.title.split(' – ').pop() ?? ''}`;
		status.textContent = this.text('countryCompare.heading', { a: nameA, b: nameB });

		// By domain
		result.append(el('h2', this.text('countryCompare.byDomain')));
		const wrap = el('div', undefined, 'table-wrap');
		const table = el('table', undefined, 'country-compare-table stack-on-phone');
		table.append(el('caption', this.text('countryCompare.caption', { a: nameA, b: nameB })));
		const head = el('tr');
		for (const label of [this.text('countryCompare.domain'), nameA, nameB]) {
			const th = el('th', label);
			th.scope = 'col';
			head.append(th);
		}
		const thead = el('thead');
		thead.append(head);
		const tbody = el('tbody');
		for (const row of comparison.domains) {
			const tr = el('tr');
			const th = el('th', domainLabel.get(row.domain) ?? row.domain);
			th.scope = 'row';
			if (row.ahead) th.append(el('span', this.text('countryCompare.ahead', { country: row.ahead === 'a' ? nameA : nameB }), 'ahead-marker'));
			tr.append(th, this.sideCell(row.a, nameA), this.sideCell(row.b, nameB));
			tbody.append(tr);
		}
		table.append(thead, tbody);
		wrap.append(table);
		result.append(wrap);

		// Lessons, each way
		for (const [from, fromName, learnerName] of [
			['a', nameA, nameB],
			['b', nameB, nameA],
		] as const) {
			const offers = comparison.lessons.filter((lesson) => lesson.from === from);
			result.append(el('h2', this.text('countryCompare.learn', { learner: learnerName, from: fromName })));
			if (offers.length === 0) {
				result.append(el('p', this.text('countryCompare.learn.none', { learner: learnerName, from: fromName }), 'muted'));
				continue;
			}
			for (const offer of offers) {
				const section = el('section', undefined, 'country-lesson');
				section.append(el('h3', domainLabel.get(offer.domain) ?? offer.domain));
				for (const { record, conditions } of offer.cases) {
					const p = el('p');
					const link = el('a', record.title);
					link.href = record.url;
					p.append(link, ` (${data.stages[record.stage] ?? record.stage})`);
					section.append(p);
					if (conditions.length === 0) continue;
					section.append(el('p', this.text('countryCompare.conditions', { learner: learnerName }), 'small muted'));
					const list = el('ul', undefined, 'condition-check');
					for (const condition of conditions) {
						const li = el('li', undefined, condition.alreadyShown ? 'shown' : 'missing');
						li.append(el('strong', data.conditions[condition.id] ?? condition.id), ': ');
						li.append(
							condition.alreadyShown
								? this.text('countryCompare.shown', { learner: learnerName })
								: this.text('countryCompare.notShown', { learner: learnerName }),
						);
						list.append(li);
					}
					section.append(list);
				}
				result.append(section);
			}
		}

		// Transfers
		result.append(el('h2', this.text('countryCompare.transfers', { a: nameA, b: nameB })));
		if (comparison.transfers.length === 0) {
			result.append(el('p', this.text('countryCompare.transfers.none'), 'muted'));
		} else {
			const list = el('ul');
			for (const transfer of comparison.transfers) {
				const li = el('li');
				const link = el('a', transfer.from.title);
				link.href = transfer.from.url;
				li.append(link, ` → ${data.countries[transfer.to] ?? transfer.to}: ${transfer.note}`);
				list.append(li);
			}
			result.append(list);
		}
	}

	private sideCell(side: CountrySide, name: string): HTMLTableCellElement {
		const td = el('td');
		td.dataset['label'] = name;
		if (!side.highest) {
			td.append(el('span', this.text('countryCompare.noCase'), 'muted'));
			return td;
		}
		td.append(scaleBadge('stage', side.highest.order));
		const list = el('ul');
		for (const record of side.cases) {
			const li = el('li');
			const link = el('a', record.title);
			link.href = record.url;
			li.append(link);
			list.append(li);
		}
		td.append(list);
		return td;
	}
}

customElements.define('kb-compare-countries', KbCompareCountries);
