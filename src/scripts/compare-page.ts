/**
 * `<kb-compare-cases>`: renders the side-by-side table for the ids in the URL. Unknown or
 * malformed ids are listed as not found, as text; nothing from the URL is ever inserted as HTML.
 */
import { parseCompareIds } from '../lib/compare-cases.ts';
import { compareRows, type CompareLabels, type CompareRecord, type CompareRowKey } from '../lib/compare-records.ts';
import { loadSelection, saveSelection } from './compare-selection.ts';
import { el, scaleBadge } from './dom.ts';
import { interpolate } from '../i18n/interpolate.ts';

interface Config {
	strings: Record<string, string>;
	dataUrl: string;
	lang: string;
}

const rowKeys: CompareRowKey[] = [
	'country',
	'level',
	'domains',
	'stage',
	'leadOrganisation',
	'years',
	'status',
	'policyMessages',
	'evidence',
	'challenges',
	'endedBecause',
	'transfer',
	'transferability',
	'sources',
];

class KbCompareCases extends HTMLElement {
	private config!: Config;
	private names: CompareLabels = { conditions: {}, resultKinds: {} };

	connectedCallback(): void {
		this.config = JSON.parse(document.getElementById('compare-config')?.textContent ?? '{}') as Config;
		void this.load();
		window.addEventListener('popstate', () => void this.load());
	}

	private text(key: string, values: Record<string, string> = {}): string {
		return interpolate(this.config.strings[key] ?? key, values);
	}

	private async load(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-compare-status]')!;
		let records: CompareRecord[];
		try {
			const response = await fetch(this.config.dataUrl);
			const data = (await response.json()) as { cases: CompareRecord[]; labels: CompareLabels };
			records = data.cases;
			this.names = data.labels;
		} catch {
			status.textContent = this.text('compare.cases.loadError');
			return;
		}
		const byId = new Map(records.map((r) => [r.id, r]));
		const { ids, notFound, overLimit } = parseCompareIds(new URLSearchParams(window.location.search).get('ids'), new Set(byId.keys()));
		const chosen = ids.map((id) => byId.get(id)!);
		// The URL is the comparison. A link someone shared must not silently replace the reader's
		// own compare list: when the two differ, offer to save this selection instead.
		const selection = chosen.map((r) => ({ id: r.id, title: r.title }));
		const stored = loadSelection();
		const offer = this.querySelector<HTMLElement>('[data-compare-offer]')!;
		if (stored.length === 0 && selection.length > 0) saveSelection(selection);
		const differs = stored.length > 0 && (stored.length !== selection.length || stored.some((s, i) => s.id !== selection[i]?.id));
		offer.hidden = !(differs && selection.length > 0);
		offer.querySelector<HTMLButtonElement>('[data-compare-save]')!.onclick = () => {
			saveSelection(selection);
			offer.hidden = true;
			status.textContent = this.text('compare.cases.saved');
		};

		const problems = this.querySelector<HTMLElement>('[data-compare-problems]')!;
		problems.replaceChildren();
		if (notFound.length > 0) problems.append(el('p', this.text('compare.cases.notFound', { ids: notFound.join(', ') })));
		if (overLimit.length > 0) problems.append(el('p', this.text('compare.cases.overLimit', { ids: overLimit.join(', ') })));
		problems.hidden = problems.childElementCount === 0;

		status.textContent = chosen.length === 0 ? this.text('compare.cases.empty') : chosen.length === 1 ? this.text('compare.cases.one') : '';
		this.renderTable(chosen);
	}

	private renderTable(records: CompareRecord[]): void {
		const holder = this.querySelector<HTMLElement>('[data-compare-table]')!;
		holder.replaceChildren();
		if (records.length === 0) return;
		const labels = Object.fromEntries(rowKeys.map((key) => [key, this.text(`compare.cases.row.${key}`)])) as Record<CompareRowKey, string>;
		const rows = compareRows(records, labels, this.names);
		const wrap = el('div', undefined, 'table-wrap compare-wrap');
		const table = el('table', undefined, 'compare-table');
		table.append(el('caption', this.text('compare.cases.caption')));
		const head = el('thead');
		const headRow = el('tr');
		headRow.append(el('td'));
		for (const record of records) {
			const th = el('th');
			th.scope = 'col';
			const link = el('a', record.title);
			link.href = record.url;
			// A case with no translation into the page's language is shown in English, marked as such.
			const inEnglish = record.lang !== document.documentElement.lang;
			if (inEnglish) link.lang = record.lang;
			const remove = el('button', '×', 'tray-remove');
			remove.type = 'button';
			remove.setAttribute('aria-label', this.text('compare.cases.remove', { title: record.title }));
			remove.addEventListener('click', () => {
				const rest = records.filter((r) => r.id !== record.id).map((r) => r.id);
				history.pushState(null, '', `${window.location.pathname}${rest.length ? `?ids=${rest.join(',')}` : ''}`);
				window.dispatchEvent(new CustomEvent('kb-url-change'));
				saveSelection(loadSelection().filter((s) => s.id !== record.id));
				void this.load();
			});
			const summary = el('span', record.summary, 'compare-summary');
			if (inEnglish) summary.lang = record.lang;
			th.append(link, ' ', remove, summary);
			headRow.append(th);
		}
		head.append(headRow);
		const body = el('tbody');
		let group: string | undefined;
		for (const row of rows) {
			// Each group of rows gets a heading row: the programme, lessons, results, transferability, sources.
			if (row.group !== group) {
				group = row.group;
				const headingRow = el('tr', undefined, 'compare-group');
				const heading = el('th', this.text(`compare.cases.group.${row.group}`));
				heading.scope = 'colgroup';
				heading.colSpan = records.length + 1;
				headingRow.append(heading);
				body.append(headingRow);
			}
			const tr = el('tr', undefined, row.differs ? 'differs' : undefined);
			const th = el('th');
			th.scope = 'row';
			th.append(el('span', row.label));
			th.append(
				el('span', row.differs ? this.text('compare.cases.differs') : this.text('compare.cases.same'), row.differs ? 'differs-marker' : 'visually-hidden'),
			);
			tr.append(th);
			records.forEach((record) => tr.append(this.cell(row.key, record)));
			body.append(tr);
		}
		table.append(head, body);
		wrap.append(table);
		holder.append(wrap);
	}

	private cell(key: string, record: CompareRecord): HTMLTableCellElement {
		const td = el('td');
		const none = () => td.append(el('span', this.text('compare.cases.none'), 'muted'));
		// Sources are an ordered list, so that "[n]" beside a result is entry n, as on the case page.
		const list = (items: Node[], ordered = false) => {
			if (items.length === 0) return none();
			const ul = el(ordered ? 'ol' : 'ul');
			for (const item of items) {
				const li = el('li');
				li.append(item);
				ul.append(li);
			}
			td.append(ul);
		};
		const linkTo = (text: string, url: string) => {
			const a = el('a', text);
			a.href = url;
			a.rel = 'noopener noreferrer';
			return a;
		};
		if (key.startsWith('condition:')) {
			const shown = record.conditions.includes(key.slice('condition:'.length));
			td.className = shown ? 'condition-yes' : 'condition-no';
			td.append(
				el('span', shown ? '●' : '–', undefined),
				el('span', ` ${shown ? this.text('compare.cases.condition.yes') : this.text('compare.cases.condition.no')}`, 'visually-hidden'),
			);
			td.firstElementChild?.setAttribute('aria-hidden', 'true');
			return td;
		}
		if (key.startsWith('kind:')) {
			const figures = record.impact.filter((figure) => figure.kind === key.slice('kind:'.length));
			list(figures.map((figure) => this.figure(figure, linkTo)));
			return td;
		}
		switch (key) {
			case 'evidence':
				if (record.evidence) td.append(scaleBadge('evidence', record.evidence.order));
				else none();
				break;
			case 'challenges':
				list(record.challenges.map((c) => document.createTextNode(c)));
				break;
			case 'endedBecause':
				if (record.endedBecause) td.textContent = record.endedBecause;
				else none();
				break;
			case 'transferability':
				if (!record.transferability) none();
				for (const paragraph of record.transferability.split('\n\n').filter(Boolean)) td.append(el('p', paragraph));
				break;
			case 'stage': {
				td.append(scaleBadge('stage', record.stage.order), el('p', record.stage.definition, 'muted small'));
				break;
			}
			case 'domains':
				list(record.domains.map((d) => document.createTextNode(d)));
				break;
			case 'policyMessages':
				list(record.policyMessages.map((d) => document.createTextNode(d)));
				break;
			case 'transfer':
				list(record.transfer.map((d) => document.createTextNode(d)));
				break;
			case 'sources': {
				// Folded by default: sources would otherwise take half the table's height.
				const details = el('details');
				details.append(el('summary', this.text('compare.cases.sources.show', { count: String(record.sources.length) })));
				td.append(details);
				const target = details;
				const items = record.sources.map((s) => {
					const span = el('span', `${s.publisher}, `);
					span.append(linkTo(s.title, s.url));
					if (s.year !== undefined) span.append(`, ${s.year}`);
					return span;
				});
				const ol = el('ol');
				for (const item of items) {
					const li = el('li');
					li.append(item);
					ol.append(li);
				}
				target.append(ol);
				break;
			}
			default: {
				// Plain text fields: country, level, lead organisation, years, status.
				const plain: Partial<Record<string, string>> = {
					country: record.country,
					level: record.level,
					leadOrganisation: record.leadOrganisation,
					years: record.years,
					status: record.status,
				};
				const value = plain[key];
				if (value) td.textContent = value;
				else none();
			}
		}
		return td;
	}

	private figure(figure: CompareRecord['impact'][number], linkTo: (text: string, url: string) => HTMLAnchorElement): HTMLElement {
		const span = el('span', `${figure.text} (${figure.year}) `);
		if (figure.source) {
			const mark = linkTo(`[${figure.source.n}]`, figure.source.url);
			mark.setAttribute('aria-label', `${this.text('case.citation', { n: String(figure.source.n) })}: ${figure.source.title}`);
			span.append(mark);
		}
		return span;
	}
}

customElements.define('kb-compare-cases', KbCompareCases);
