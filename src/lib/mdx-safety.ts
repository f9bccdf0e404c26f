/**
 * MDX safety: a pull request's MDX is code. MDX compiles `import`/`export`, `{…}` expressions
 * and JSX into a JavaScript module that runs when the site is built and rendered, so a case
 * study may hold Markdown and a few known components, nothing that executes.
 *
 * One remark plugin, used twice with the same rules:
 * - by the build (`markdown.processor: unified({ remarkPlugins: [remarkGfm, remarkMdxSafety] })`
 *   in astro.config.mjs, which MDX inherits): compiling an unsafe file throws, so its module is
 *   never evaluated;
 * - by the validator (`src/lib/validation/mdx-body.ts`), which runs before the build in
 *   `src/integrations/content-checks.ts` and reports each problem at its file and line.
 *
 * The plugin only reads the tree. It walks plain unist nodes rather than importing mdast and
 * MDX node types, so that it stays a dependency-free module that the config, the validator and
 * the tests import directly.
 */

/** A JSX attribute a component accepts. */
export interface AllowedAttribute {
	required?: boolean;
	/** The only values allowed, when the attribute is an enumeration. */
	values?: readonly string[];
	/** What the attribute takes, in words, for error messages. */
	hint: string;
	/** Whether the value is the number of an entry in the front matter's `sources`. */
	sourceNumber?: boolean;
}

export interface AllowedElement {
	/** What the element is for, in words: error messages and CONTRIBUTING.md use it. */
	purpose: string;
	attributes: Readonly<Record<string, AllowedAttribute>>;
	/** Whether the element may contain text; false means it must be self-closing. */
	children: boolean;
	/** A block stands on its own lines, not inside a sentence (its HTML is not valid there). */
	block?: boolean;
}

/**
 * Every JSX element a case study may use. The three components are provided to every case
 * body by src/pages/case-studies/[...id].astro (src/components/mdx/); the four lower-case HTML
 * elements have no Markdown syntax and cannot run anything. Keep CONTRIBUTING.md in step.
 */
export const allowedElements: Readonly<Record<string, AllowedElement>> = {
	Figure: {
		block: true,
		purpose: 'an image or table with a caption',
		children: true,
		attributes: {
			caption: { required: true, hint: 'the caption, in quotes' },
			source: { hint: 'the number of the source in `sources`, e.g. "2"', sourceNumber: true },
		},
	},
	Callout: {
		block: true,
		purpose: 'a highlighted box: a note, a lesson learned or a caution',
		children: true,
		attributes: {
			type: { values: ['note', 'lesson', 'caution'], hint: 'note, lesson or caution' },
			title: { hint: 'a short heading, in quotes' },
		},
	},
	KeyFigure: {
		block: true,
		purpose: 'one headline number with what it counts and its source',
		children: false,
		attributes: {
			value: { required: true, hint: 'the number as readers should see it, e.g. "1.5 million"' },
			label: { required: true, hint: 'what the number counts, e.g. "requests a day in 2017"' },
			source: { required: true, hint: 'the number of the source in `sources`, e.g. "3"', sourceNumber: true },
		},
	},
	abbr: { purpose: 'an abbreviation with its expansion', children: true, attributes: { title: { required: true, hint: 'the expansion' } } },
	sub: { purpose: 'subscript text', children: true, attributes: {} },
	sup: { purpose: 'superscript text', children: true, attributes: {} },
	br: { purpose: 'a line break', children: false, attributes: {} },
};

export const allowedElementNames = Object.keys(allowedElements);

/** One unsafe or unsupported construct, at its place in the file (1-based). */
export interface MdxSafetyProblem {
	line: number;
	column: number;
	message: string;
}

/** The few fields of unist / mdast / MDX nodes the check reads. */
interface Point {
	line: number;
	column: number;
}
interface AnyNode {
	type: string;
	position?: { start: Point };
	children?: AnyNode[];
	value?: unknown;
	url?: unknown;
	name?: string | null;
	attributes?: AnyNode[];
	data?: { estree?: { body?: unknown[] } | null };
}

/**
 * Link addresses may be relative, `#…`, or use one of these schemes. Images must be files of the
 * site (relative paths): the Content-Security-Policy (`img-src 'self'`) would block any other.
 */
const linkSchemes = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see: it drops ASCII whitespace and control characters inside a
 * URL (so `java\tscript:` is `javascript:`); mdast has already decoded character references.
 */
export function urlScheme(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

function urlProblem(url: string, image: boolean): string | undefined {
	const scheme = urlScheme(url);
	const what = image ? 'image' : 'link';
	if (image && (scheme === 'http' || scheme === 'https' || url.trim().startsWith('//'))) {
		return 'an image from another site is not shown: the site only shows images it serves itself (its Content-Security-Policy). Add the file to the repository next to the case study and use a relative path';
	}
	if (scheme === undefined) return undefined;
	if (scheme === 'javascript' || scheme === 'vbscript') {
		return `${what} to a "${scheme}:" address is not allowed: it would run code in the reader's browser`;
	}
	if (scheme === 'data') {
		return `${what} to a "data:" address is not allowed: add the file to the repository next to the case study, or link to where it is published`;
	}
	if (image || !linkSchemes.has(scheme)) {
		return `${what} to a "${scheme}:" address is not allowed; use ${image ? 'a file next to the case study (a relative path)' : 'https://, http:// or mailto: or a relative path'}`;
	}
	return undefined;
}

const dangerousElements: Record<string, string> = {
	script: 'a case study cannot run scripts',
	style: 'the site stylesheet styles every case study; ask in the pull request if something is missing',
	iframe: 'embedded pages can run code; link to the page or video instead, and list it under `materials` in the front matter',
	object: 'embedded objects can run code; link to the file instead, and list it under `materials` in the front matter',
	embed: 'embedded objects can run code; link to the file instead, and list it under `materials` in the front matter',
};

/** Attributes that hold addresses; none is allowed, but a dangerous address gets its own message. */
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'xlink:href']);

const allowedList = (): string =>
	allowedElementNames.map((name) => (name[0] === name[0]?.toUpperCase() ? name : `<${name}>`)).join(', ');

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("titel" → "title"),
 * small and local so that this module imports nothing.
 */
function distance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

function closest(input: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(input.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

/** An MDX comment `{/* … *\/}` compiles to nothing; any other expression is code. */
function isComment(node: AnyNode): boolean {
	const program = node.data?.estree;
	if (program && Array.isArray(program.body)) return program.body.length === 0;
	// Without an estree (a parser set up without acorn), accept only a lone block comment.
	return typeof node.value === 'string' && /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value);
}

const esmMessages = {
	import: `"import" is not allowed: code in a case study would run when the site is built. The components ${allowedElementNames.filter((n) => /^[A-Z]/.test(n)).join(', ')} are available without an import`,
	export: '"export" is not allowed: code in a case study would run when the site is built; facts belong in the front matter',
};

/** One message per import or export statement: several consecutive lines form one node. */
function esmProblems(node: AnyNode): MdxSafetyProblem[] {
	const start = node.position?.start ?? { line: 1, column: 1 };
	const lines = typeof node.value === 'string' ? node.value.split('\n') : [];
	const problems = lines.flatMap((text, index) => {
		const keyword = /^\s*(import|export)\b/.exec(text)?.[1] as keyof typeof esmMessages | undefined;
		return keyword ? [{ line: start.line + index, column: index === 0 ? start.column : 1, message: esmMessages[keyword] }] : [];
	});
	return problems.length > 0 ? problems : [{ line: start.line, column: start.column, message: esmMessages.export }];
}

/**
 * Finds every unsafe or unsupported construct in an MDX (or Markdown) tree.
 * `sourceCount` is the number of entries in the front matter's `sources`, when known, so that
 * a component's `source="n"` can be checked.
 */
export function findMdxSafetyProblems(tree: unknown, sourceCount?: number): MdxSafetyProblem[] {
	const problems: MdxSafetyProblem[] = [];
	const report = (node: AnyNode, message: string) => {
		const start = node.position?.start;
		problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
	};

	const checkElement = (node: AnyNode): boolean => {
		const name = node.name;
		if (!name) {
			report(node, `a fragment "<>…</>" is not allowed; allowed elements: ${allowedList()}`);
			return true;
		}
		const lower = name.toLowerCase();
		const danger = Object.hasOwn(dangerousElements, lower) ? dangerousElements[lower] : undefined;
		if (danger) {
			report(node, `<${name}> is not allowed: ${danger}`);
			return lower !== 'script' && lower !== 'style'; // their content is code, already refused
		}
		const allowed = Object.hasOwn(allowedElements, name) ? allowedElements[name] : undefined;
		if (!allowed) {
			const guess = closest(name, allowedElementNames);
			report(
				node,
				`<${name}> is not allowed in a case study${guess ? ` (did you mean <${guess}>?)` : ''}; allowed elements: ${allowedList()} (see CONTRIBUTING.md)`,
			);
		}
		// Attributes that are present (even if wrong) or that a typo was meant as: a missing
		// required attribute is then not reported a second time.
		const seen = new Set<string>();
		let spread = false;
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				report(attribute.position ? attribute : node, `<${name}> has a "{…}" attribute: attributes must be written name="text"`);
				spread = true;
				continue;
			}
			if (attribute.type !== 'mdxJsxAttribute') continue;
			const attributeName = String(attribute.name ?? '');
			const at = attribute.position ? attribute : node;
			const value = attribute.value;
			if (/^on/i.test(attributeName)) {
				report(at, `attribute "${attributeName}" on <${name}> is not allowed: event handlers run code in the reader's browser`);
				continue;
			}
			if (value && typeof value === 'object') {
				report(at, `attribute "${attributeName}" on <${name}> is a "{…}" expression: write it as ${attributeName}="text"`);
				seen.add(attributeName);
				continue;
			}
			if (typeof value === 'string' && urlAttributes.has(attributeName.toLowerCase())) {
				const urlIssue = urlProblem(value, false);
				if (urlIssue) {
					report(at, `attribute "${attributeName}" on <${name}>: ${urlIssue}`);
					continue;
				}
			}
			if (!allowed) continue;
			seen.add(attributeName);
			const rule = Object.hasOwn(allowed.attributes, attributeName) ? allowed.attributes[attributeName] : undefined;
			const names = Object.keys(allowed.attributes);
			if (!rule) {
				const guess = closest(attributeName, names);
				if (guess) seen.add(guess);
				report(
					at,
					`<${name}> has no attribute "${attributeName}"${guess ? ` (did you mean "${guess}"?)` : ''}; ${
						names.length > 0 ? `its attributes: ${names.join(', ')}` : 'it takes no attributes'
					}`,
				);
				continue;
			}
			if (typeof value !== 'string' || value.trim() === '') {
				report(at, `attribute "${attributeName}" on <${name}> needs a value: ${attributeName}="…" (${rule.hint})`);
				continue;
			}
			if (rule.values && !rule.values.includes(value)) {
				const guess = closest(value, rule.values);
				report(at, `"${value}" is not allowed for ${attributeName} on <${name}>${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${rule.values.join(', ')}`);
			}
			if (rule.sourceNumber) {
				if (!/^[1-9]\d*$/.test(value)) {
					report(at, `${attributeName} on <${name}> must be the number of a source, counting from 1, e.g. ${attributeName}="2"`);
				} else if (sourceCount !== undefined && Number(value) > sourceCount) {
					report(at, `${attributeName}="${value}" on <${name}> cites source ${value}, but only ${sourceCount} source${sourceCount === 1 ? ' is' : 's are'} listed in the front matter`);
				}
			}
		}
		if (allowed) {
			for (const [attributeName, rule] of Object.entries(allowed.attributes)) {
				if (rule.required && !seen.has(attributeName) && !spread) report(node, `<${name}> needs the attribute ${attributeName}="…" (${rule.hint})`);
			}
			if (!allowed.children && (node.children?.length ?? 0) > 0) {
				report(node, `<${name}> takes no content between its tags; write it self-closing: <${name} … />`);
			}
		}
		return true;
	};

	const visit = (node: AnyNode): void => {
		let descend = true;
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push(...esmProblems(node));
				descend = false;
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isComment(node)) {
					report(node, '"{…}" is a JavaScript expression, which a case study cannot contain; to show a brace, write \\{ , and write a comment as {/* … */}');
				}
				descend = false;
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				descend = checkElement(node);
				break;
			case 'paragraph': {
				const children = node.children ?? [];
				const blocks = children.filter((child) => child.type === 'mdxJsxTextElement' && child.name && Object.hasOwn(allowedElements, child.name) && allowedElements[child.name]?.block);
				const inSentence = children.some((child) => !blocks.includes(child) && !(child.type === 'text' && String(child.value).trim() === ''));
				if (inSentence) {
					for (const block of blocks) report(block, `<${block.name}> must stand on its own lines, with a blank line before and after it, not inside a sentence`);
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition': {
				const problem = typeof node.url === 'string' ? urlProblem(node.url, node.type === 'image') : undefined;
				if (problem) report(node, problem);
				break;
			}
			case 'html': {
				// Plain Markdown (.md) keeps raw HTML as `html` nodes; MDX never produces them.
				const html = typeof node.value === 'string' ? node.value : '';
				const tag = /<\s*(script|style|iframe|object|embed)\b/i.exec(html)?.[1];
				if (tag) report(node, `<${tag.toLowerCase()}> is not allowed: ${dangerousElements[tag.toLowerCase()]}`);
				else if (/\son[a-z]+\s*=/i.test(html)) report(node, "event-handler attributes (on…) are not allowed: they run code in the reader's browser");
				else if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(html)) report(node, 'javascript: and data: addresses are not allowed');
				break;
			}
		}
		if (descend) for (const child of node.children ?? []) visit(child);
	};

	if (tree && typeof tree === 'object') visit(tree as AnyNode);
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The parts of a vfile the plugin uses. */
interface FileLike {
	path?: string;
	cwd?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } } & Record<string, unknown>;
}

export interface MdxSafetyOptions {
	/**
	 * Receives the problems instead of the plugin throwing (the validator collects them).
	 * Without it, any problem throws, so that the build stops before the file's code runs.
	 */
	report?: (problems: MdxSafetyProblem[], file: FileLike) => void;
}

/** Thrown by the plugin in the build; the message lists every problem as `file:line:column`. */
export class MdxSafetyError extends Error {
	line: number;
	column: number;
	constructor(file: string, problems: readonly MdxSafetyProblem[]) {
		super(
			`${problems.length === 1 ? 'Unsafe MDX' : `${problems.length} unsafe MDX constructs`}; a case study may contain Markdown and the components listed in CONTRIBUTING.md only:\n` +
				problems.map((p) => `${file}:${p.line}:${p.column} error ${p.message}`).join('\n'),
		);
		this.name = 'MdxSafetyError';
		this.line = problems[0]?.line ?? 1;
		this.column = problems[0]?.column ?? 1;
	}
}

function relativePath(file: FileLike): string {
	const path = (file.path ?? 'unknown file').replace(/\\/g, '/');
	const cwd = (file.cwd ?? '').replace(/\\/g, '/');
	return cwd && path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** The remark plugin (see the module comment). */
export default function remarkMdxSafety(options: MdxSafetyOptions = {}) {
	return (tree: unknown, file: FileLike): undefined => {
		const sources = file.data.astro?.frontmatter?.['sources'];
		const problems = findMdxSafetyProblems(tree, Array.isArray(sources) ? sources.length : undefined);
		if (options.report) options.report(problems, file);
		else if (problems.length > 0) throw new MdxSafetyError(relativePath(file), problems);
		return undefined;
	};
}
