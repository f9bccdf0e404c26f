/**
 * The case-study form of /contribute/: checks every field with the validator's own zod schema
 * and messages (on leaving a field and on submit), shows a GOV.UK-style error summary, writes
 * the MDX file as the user types, keeps a draft in localStorage, and offers copy, download and
 * "propose on GitHub". Loaded by this page only, so only this page carries zod.
 */
// First: zod must be told before any schema module is evaluated.
import './zod-jitless.ts';
import { createCaseStudySchema } from '../schema/case-study.ts';
import type { Vocabulary } from '../schema/taxonomy.ts';
import { sourceBoundProblem, sourceNumberText } from '../schema/fields.ts';
import { caseFileText, formFieldOf, formValuesToData, parseFieldName } from '../lib/case-form.ts';
import { fieldId } from '../lib/form-ids.ts';
import { newFileUrl } from '../lib/repository-links.ts';
import { slugify } from '../lib/slug.ts';
import { fieldName, formatIssue, knownKeysOf } from '../lib/validation/zod-issues.ts';
import { interpolate } from '../i18n/interpolate.ts';

interface Config {
	vocabulary: Vocabulary;
	strings: Record<string, string>;
	/** The project's GitHub repository, when package.json names it. */
	repository?: string;
	schemaLine: string;
	caseStudiesDir: string;
}

const DRAFT_KEY = 'kb-case-form-draft';
const TEMPLATE_INDEX = '9999';

class CaseFormController {
	private readonly form: HTMLFormElement;
	private readonly config: Config;
	private readonly schema: ReturnType<typeof createCaseStudySchema>;
	/** Fields the user has left at least once: only those show errors before a submit. */
	private readonly touched = new Set<string>();
	private submitted = false;
	private downloadUrl: string | undefined;
	/** Domains in the order they were ticked: the first is the primary domain. */
	private domainOrder: string[] = [];

	constructor(form: HTMLFormElement, config: Config) {
		this.form = form;
		this.config = config;
		this.schema = createCaseStudySchema(config.vocabulary);
	}

	start(): void {
		this.form.hidden = false;
		// The page was built on some day; the review date starts as the reader's today.
		const reviewed = this.form.querySelector<HTMLInputElement>('input[name="lastReviewed"]');
		if (reviewed) reviewed.value = new Date().toISOString().slice(0, 10);
		this.restoreDraft();
		this.form.addEventListener('input', () => this.changed());
		this.form.addEventListener('change', (event) => {
			const box = event.target;
			if (box instanceof HTMLInputElement && box.name === 'domains') {
				this.domainOrder = this.domainOrder.filter((id) => id !== box.value);
				if (box.checked) this.domainOrder.push(box.value);
			}
			this.changed();
		});
		this.form.addEventListener('focusout', (event) => {
			const name = this.fieldNameOf(event.target);
			if (!name) return;
			this.touched.add(name);
			this.showProblems(this.problems(), false);
		});
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.submitted = true;
			this.showProblems(this.problems(), true);
		});
		for (const button of this.form.querySelectorAll<HTMLButtonElement>('[data-add-entry]')) {
			button.addEventListener('click', () => {
				const entry = this.addEntry(button.closest<HTMLElement>('[data-group]')!);
				entry.querySelector<HTMLElement>('input, select, textarea')?.focus();
			});
		}
		this.form.querySelector('[data-clear]')!.addEventListener('click', () => this.clear());
		this.form.querySelector('[data-copy]')!.addEventListener('click', (event) => void this.copy(event.currentTarget as HTMLButtonElement));
		this.writeFile();
	}

	private text(key: string, values: Record<string, string | number> = {}): string {
		return interpolate(this.config.strings[key] ?? key, values);
	}

	private fieldNameOf(target: EventTarget | null): string | undefined {
		if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return undefined;
		return target.name && target.name !== 'mdx' ? target.name : undefined;
	}

	private entries(): [string, string][] {
		const entries = [...new FormData(this.form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
		// Domains in the order they were ticked, not the order of the boxes.
		const rank = (id: string) => (this.domainOrder.includes(id) ? this.domainOrder.indexOf(id) : this.domainOrder.length);
		const domains = entries.filter(([name]) => name === 'domains').sort((a, b) => rank(a[1]) - rank(b[1]));
		return [...entries.filter(([name]) => name !== 'domains'), ...domains];
	}

	private sections(): { name: string; heading: string; guide: string; text: string }[] {
		return [...this.form.querySelectorAll<HTMLTextAreaElement>('textarea[data-heading]')].map((area) => ({
			name: area.name,
			heading: area.dataset['heading']!,
			guide: area.dataset['guide']!,
			text: area.value,
		}));
	}

	/** Every problem, by form field name, in the validator's words. */
	private problems(): Map<string, string> {
		const { data, slots } = formValuesToData(this.entries());
		const problems = new Map<string, string>();
		const result = this.schema.safeParse(data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				for (const formatted of formatIssue(issue, data, (path) => knownKeysOf(this.schema, path))) {
					const name = this.presentName(formFieldOf(formatted.path, slots));
					if (!problems.has(name)) problems.set(name, formatted.message);
				}
			}
		}
		const sourceCount = Array.isArray(data['sources']) ? data['sources'].length : 0;
		for (const section of this.sections()) {
			if (section.text.trim() === '') {
				problems.set(section.name, this.text('form.section.empty', { heading: section.heading, guide: section.guide }));
				continue;
			}
			for (const [, label] of section.text.matchAll(/\[\^([^\]\s]+)\]/g)) {
				const bound = sourceNumberText.test(label!) ? sourceBoundProblem(Number(label), sourceCount) : undefined;
				if (!sourceNumberText.test(label!)) {
					problems.set(section.name, `footnote [^${label}] must be the number of a source (1 to ${sourceCount}): [^2] cites the second entry of \`sources\``);
				} else if (bound) {
					problems.set(section.name, `footnote [^${label}] ${bound}`);
				}
			}
		}
		return problems;
	}

	/** The nearest field on the page for a problem's name (`sources` → the first source's title). */
	private presentName(name: string): string {
		if (this.groupOf(name)) return name;
		const path = parseFieldName(name);
		for (let length = path.length; length > 0; length--) {
			const prefix = fieldName(path.slice(0, length));
			const inside = this.form.querySelector<HTMLElement>(`[data-field^="${CSS.escape(prefix)}"]`);
			if (inside?.dataset['field']) return inside.dataset['field'];
		}
		return name;
	}

	private groupOf(name: string): HTMLElement | null {
		return this.form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
	}

	private showProblems(problems: Map<string, string>, summarise: boolean): void {
		for (const group of this.form.querySelectorAll<HTMLElement>('[data-field]')) {
			const name = group.dataset['field']!;
			const visible = this.submitted || this.touched.has(name) || group.querySelector('[aria-invalid="true"]') !== null;
			this.mark(group, visible ? problems.get(name) : undefined);
		}
		const summary = this.form.querySelector<HTMLElement>('[data-error-summary]')!;
		const ok = this.form.querySelector<HTMLElement>('[data-form-ok]')!;
		if (!summarise) {
			if (problems.size === 0) summary.hidden = true;
			return;
		}
		const list = summary.querySelector('[data-error-list]')!;
		list.replaceChildren();
		for (const [name, message] of problems) {
			const group = this.groupOf(name);
			const item = document.createElement('li');
			const link = document.createElement('a');
			const target = group?.querySelector<HTMLElement>('input, select, textarea');
			link.href = `#${target?.id || fieldId(name)}`;
			link.textContent = `${this.labelOf(group) || name}: ${message}`;
			item.append(link);
			list.append(item);
		}
		summary.hidden = problems.size === 0;
		ok.textContent = problems.size === 0 ? this.text('form.ok') : '';
		if (problems.size > 0) summary.focus();
	}

	private labelOf(group: HTMLElement | null): string {
		const label = group?.querySelector('label.form-label, legend.form-label');
		const optional = label?.querySelector('.muted')?.textContent ?? '';
		return (label?.textContent ?? '').replace(optional, '').trim();
	}

	private mark(group: HTMLElement, message: string | undefined): void {
		const error = group.querySelector<HTMLElement>('.field-error')!;
		const hint = group.querySelector<HTMLElement>('.form-hint');
		error.textContent = message ?? '';
		error.hidden = message === undefined;
		const described = [hint?.id, message === undefined ? undefined : error.id].filter(Boolean).join(' ');
		const controls = group.matches('fieldset')
			? [group, ...group.querySelectorAll<HTMLInputElement>('input')]
			: [...group.querySelectorAll<HTMLElement>('input, select, textarea')];
		for (const control of controls) {
			if (control !== group || group.matches('fieldset')) control.setAttribute('aria-describedby', described);
			if (control.matches('input, select, textarea')) {
				if (message === undefined) control.removeAttribute('aria-invalid');
				else control.setAttribute('aria-invalid', 'true');
			}
		}
	}

	private changed(): void {
		this.saveDraft();
		this.writeFile();
		// A field marked wrong is re-checked as it is corrected.
		if (this.submitted || this.form.querySelector('[aria-invalid="true"]')) this.showProblems(this.problems(), false);
	}

	/** The file's path in the repository and its text. */
	private file(): { path: string; name: string; text: string } {
		const { data } = formValuesToData(this.entries());
		const title = typeof data['title'] === 'string' ? data['title'] : '';
		const country = typeof data['country'] === 'string' ? data['country'].toLowerCase() : 'xx';
		const name = `${slugify(title) || 'case-study'}.mdx`;
		const text = caseFileText(data, this.sections(), this.config.schemaLine);
		return { path: `${this.config.caseStudiesDir}/${country}/${name}`, name, text };
	}

	private writeFile(): void {
		const { path, name, text } = this.file();
		this.form.querySelector<HTMLTextAreaElement>('textarea[name="mdx"]')!.value = text;
		this.form.querySelector<HTMLElement>('[data-output-hint]')!.textContent = this.text('form.output.hint', { file: path });
		const download = this.form.querySelector<HTMLAnchorElement>('[data-download]')!;
		if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
		this.downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
		download.href = this.downloadUrl;
		download.download = name;
		download.textContent = this.text('form.download', { file: name });
		const propose = this.form.querySelector<HTMLAnchorElement>('[data-propose]')!;
		if (this.config.repository) {
			propose.href = newFileUrl(this.config.repository, path, text);
			propose.hidden = false;
			this.form.querySelector<HTMLElement>('[data-propose-hint]')!.hidden = false;
		}
	}

	private async copy(button: HTMLButtonElement): Promise<void> {
		const text = this.file().text;
		try {
			await navigator.clipboard.writeText(text);
		} catch {
			const area = this.form.querySelector<HTMLTextAreaElement>('textarea[name="mdx"]')!;
			area.select();
			document.execCommand('copy');
		}
		const label = button.textContent;
		button.textContent = this.text('form.copied');
		window.setTimeout(() => (button.textContent = label), 2000);
	}

	/** A new, empty entry at the end of a repeated group, cloned from its template. */
	private addEntry(group: HTMLElement): HTMLElement {
		const entries = group.querySelector<HTMLElement>('[data-entries]')!;
		const index = entries.querySelectorAll('[data-entry]').length;
		const template = group.querySelector<HTMLTemplateElement>('template[data-entry-template]')!;
		const entry = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
		for (const element of [entry, ...entry.querySelectorAll<HTMLElement>('*')]) {
			for (const attribute of [...element.attributes]) {
				if (attribute.value.includes(TEMPLATE_INDEX)) element.setAttribute(attribute.name, attribute.value.replaceAll(TEMPLATE_INDEX, String(index)));
			}
		}
		const legend = entry.querySelector('legend')!;
		legend.textContent = (legend.textContent ?? '').replace(String(Number(TEMPLATE_INDEX) + 1), String(index + 1));
		entries.append(entry);
		return entry;
	}

	private saveDraft(): void {
		try {
			localStorage.setItem(DRAFT_KEY, JSON.stringify(this.entries().filter(([name]) => name !== 'mdx')));
		} catch {
			// Storage full or refused (private mode): the form still works, without a draft.
		}
	}

	private restoreDraft(): void {
		let saved: unknown;
		try {
			saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
		} catch {
			return;
		}
		if (!Array.isArray(saved)) return;
		const entries = saved.filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string');
		// Enough slots for every saved entry of a repeated group.
		for (const group of this.form.querySelectorAll<HTMLElement>('[data-group]')) {
			const list = group.dataset['group']!;
			const highest = Math.max(
				-1,
				...entries
					.map(([name]) => parseFieldName(name))
					.filter((p) => p[0] === list && typeof p[1] === 'number')
					.map((p) => p[1] as number),
			);
			while (group.querySelectorAll('[data-entries] [data-entry]').length <= highest) this.addEntry(group);
		}
		const byName = Map.groupBy(entries, ([name]) => name);
		this.domainOrder = (byName.get('domains') ?? []).map(([, value]) => value);
		for (const element of this.form.elements) {
			if (
				!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) ||
				!element.name ||
				element.name === 'mdx'
			)
				continue;
			const values = (byName.get(element.name) ?? []).map(([, value]) => value);
			if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) element.checked = values.includes(element.value);
			else if (byName.has(element.name)) element.value = values[0] ?? '';
		}
	}

	private clear(): void {
		try {
			localStorage.removeItem(DRAFT_KEY);
		} catch {
			// Nothing stored to clear.
		}
		this.form.reset();
		for (const group of this.form.querySelectorAll<HTMLElement>('[data-group]')) {
			const entries = [...group.querySelectorAll<HTMLElement>('[data-entries] [data-entry]')];
			const keep = Number(group.dataset['initial'] ?? entries.length);
			entries.slice(keep).forEach((entry) => entry.remove());
		}
		this.touched.clear();
		this.domainOrder = [];
		this.submitted = false;
		this.showProblems(new Map(), true);
		this.writeFile();
	}
}

const form = document.querySelector<HTMLFormElement>('[data-case-form]');
const configElement = document.getElementById('case-form-config');
if (form && configElement) new CaseFormController(form, JSON.parse(configElement.textContent ?? '{}') as Config).start();
