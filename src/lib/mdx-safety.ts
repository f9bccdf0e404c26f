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
 * The plugin only reads the tree (mdast with the MDX node types, walked with unist-util-visit)
 * and reports each problem as a message on the file (`file.message()`), where the validator
 * reads them; in the build, any problem then stops the compilation.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourceBoundProblem, sourceNumberText } from '../schema/fields.ts';
import { nearest } from './suggest.ts';

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

/** The place a problem is reported at: a node's start, or the file's start. */
type Placed = { position?: { start: { line: number; column: number } } | undefined };

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

const allowedList = (): string => allowedElementNames.map((name) => (name[0] === name[0]?.toUpperCase() ? name : `<${name}>`)).join(', ');

/** An MDX comment `{/* … *\/}` compiles to nothing; any other expression is code. */
function isComment(node: Extract<Nodes, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>): boolean {
	const program = node.data?.estree;
	if (program) return program.body.length === 0;
	// Without an estree (a parser set up without acorn), accept only a lone block comment.
	return typeof node.value === 'string' && /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value);
}

const esmMessages = {
	import: `"import" is not allowed: code in a case study would run when the site is built. The components ${allowedElementNames.filter((n) => /^[A-Z]/.test(n)).join(', ')} are available without an import`,
	export: '"export" is not allowed: code in a case study would run when the site is built; facts belong in the front matter',
};

/** One message per import or export statement: several consecutive lines form one node. */
function esmProblems(node: MdxjsEsm): MdxSafetyProblem[] {
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
export function findMdxSafetyProblems(tree: Root, sourceCount?: number): MdxSafetyProblem[] {
	const problems: MdxSafetyProblem[] = [];
	const report = (node: Placed, message: string) => {
		const start = node.position?.start;
		problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
	};

	const checkElement = (node: MdxJsxFlowElement | MdxJsxTextElement): boolean => {
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
			const guess = nearest(name, allowedElementNames);
			report(
				node,
				`<${name}> is not allowed in a case study${guess ? ` (did you mean <${guess}>?)` : ''}; allowed elements: ${allowedList()} (see CONTRIBUTING.md)`,
			);
		}
		// Attributes that are present (even if wrong) or that a typo was meant as: a missing
		// required attribute is then not reported a second time.
		const seen = new Set<string>();
		let spread = false;
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				report(attribute.position ? attribute : node, `<${name}> has a "{…}" attribute: attributes must be written name="text"`);
				spread = true;
				continue;
			}
			if (attribute.type !== 'mdxJsxAttribute') continue;
			const attributeName = attribute.name;
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
				const guess = nearest(attributeName, names);
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
				const guess = nearest(value, rule.values);
				report(
					at,
					`"${value}" is not allowed for ${attributeName} on <${name}>${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${rule.values.join(', ')}`,
				);
			}
			if (rule.sourceNumber) {
				const bound = sourceCount === undefined ? undefined : sourceBoundProblem(Number(value), sourceCount);
				if (!sourceNumberText.test(value)) {
					report(at, `${attributeName} on <${name}> must be the number of a source, counting from 1, e.g. ${attributeName}="2"`);
				} else if (bound) {
					report(at, `${attributeName}="${value}" on <${name}> ${bound}`);
				}
			}
		}
		if (allowed) {
			for (const [attributeName, rule] of Object.entries(allowed.attributes)) {
				if (rule.required && !seen.has(attributeName) && !spread) report(node, `<${name}> needs the attribute ${attributeName}="…" (${rule.hint})`);
			}
			if (!allowed.children && node.children.length > 0) {
				report(node, `<${name}> takes no content between its tags; write it self-closing: <${name} … />`);
			}
		}
		return true;
	};

	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm':
				problems.push(...esmProblems(node));
				return SKIP;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isComment(node)) {
					report(node, '"{…}" is a JavaScript expression, which a case study cannot contain; to show a brace, write \\{ , and write a comment as {/* … */}');
				}
				return SKIP;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				return checkElement(node) ? undefined : SKIP;
			case 'paragraph': {
				const blocks = node.children.filter(
					(child) => child.type === 'mdxJsxTextElement' && child.name && Object.hasOwn(allowedElements, child.name) && allowedElements[child.name]?.block,
				);
				const inSentence = node.children.some((child) => !blocks.includes(child) && !(child.type === 'text' && child.value.trim() === ''));
				if (inSentence) {
					for (const block of blocks)
						if (block.type === 'mdxJsxTextElement')
							report(block, `<${block.name}> must stand on its own lines, with a blank line before and after it, not inside a sentence`);
				}
				return undefined;
			}
			case 'link':
			case 'image':
			case 'definition': {
				const problem = urlProblem(node.url, node.type === 'image');
				if (problem) report(node, problem);
				return undefined;
			}
			case 'html': {
				// Plain Markdown (.md) keeps raw HTML as `html` nodes; MDX never produces them.
				const html = node.value;
				const tag = /<\s*(script|style|iframe|object|embed)\b/i.exec(html)?.[1];
				if (tag) report(node, `<${tag.toLowerCase()}> is not allowed: ${dangerousElements[tag.toLowerCase()]}`);
				else if (/\son[a-z]+\s*=/i.test(html)) report(node, "event-handler attributes (on…) are not allowed: they run code in the reader's browser");
				else if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(html)) report(node, 'javascript: and data: addresses are not allowed');
				return undefined;
			}
			default:
				return undefined;
		}
	});
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The `source` of the messages this plugin puts on a file, for readers of `file.messages`. */
export const mdxSafetySource = 'kb-mdx-safety';

export interface MdxSafetyOptions {
	/**
	 * Whether any problem stops the compilation (the build; the default), or only leaves its
	 * messages on the file for the caller to read (the validator).
	 */
	fatal?: boolean;
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

function relativePath(file: VFile): string {
	const path = (file.path || 'unknown file').replace(/\\/g, '/');
	const cwd = file.cwd.replace(/\\/g, '/');
	return cwd && path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** The remark plugin (see the module comment). */
export default function remarkMdxSafety(options: MdxSafetyOptions = {}) {
	return (tree: Root, file: VFile): undefined => {
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
		const sources = frontmatter?.['sources'];
		const problems = findMdxSafetyProblems(tree, Array.isArray(sources) ? sources.length : undefined);
		for (const problem of problems) {
			file.message(problem.message, { place: { line: problem.line, column: problem.column }, source: mdxSafetySource, ruleId: 'unsafe-mdx' });
		}
		if (problems.length > 0 && options.fatal !== false) throw new MdxSafetyError(relativePath(file), problems);
		return undefined;
	};
}
