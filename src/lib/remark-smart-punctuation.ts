/**
 * Curly quotes, dashes and ellipses: the same output as remark-smartypants (which Astro runs
 * when `smartypants` is on), at a fraction of its cost.
 *
 * remark-smartypants runs retext (the natural-language parser parse-latin, then a generic tree
 * walk) once over a file's whole text for the quotes, and then once more over every single text
 * node for dashes, ellipses and backticks. On a build of 1,000 case studies that was about five
 * seconds, the largest part of compiling them. Here the algorithm is the same, step for step:
 * the same parser, retext-smartypants' rules in their order (quirks included), but a direct walk
 * instead of a unified processor and unist-util-visit, and a pass skipped where its characters
 * are absent (the whole-text pass without a straight quote, the per-node pass without `--`, two
 * dots or a doubled backtick or quote). tests/unit/smart-punctuation.test.ts compares the trees
 * with remark-smartypants over every content file, hard sentences and 2,000 random texts.
 *
 * Used with `smartypants: false` on the processor in astro.config.mjs, so that it replaces
 * Astro's own rather than running twice.
 */
import type { Nodes, Root } from 'mdast';
import type { Nodes as TextNodes, Parent as TextParent, Root as TextRoot } from 'nlcst';
import { ParseLatin } from 'parse-latin';
import { visit } from 'unist-util-visit';

/** Nodes whose text smartypants educates (remark-smartypants 3's own list). */
const visitedTypes = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts afresh: a quote at their start opens. */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
/** HTML elements whose content is never text to educate. */
const ignoredElements = new Set(['style', 'script']);

/** What the per-node pass could change: `--`, dots (one ellipsis may be spaced out), `` `` `` or `''`. */
const restPattern = /--|\.\s*\.|``|''/;
const quotePattern = /["']/;

/** parse-latin, as retext runs it: a natural-language tree of words, punctuation and space. */
const parseText = (text: string): TextRoot => new ParseLatin().parse(text);

const textOf = (node: TextNodes): string => ('value' in node ? node.value : node.children.map(textOf).join(''));

const isMark = (node: TextNodes | undefined): boolean => node?.type === 'PunctuationNode' || node?.type === 'SymbolNode';

/**
 * retext-smartypants' `quotesDefault` rule for the quote at `index` of `siblings`, in its order
 * of cases: a quote opens or closes by what stands before and after it in its sentence.
 */
function educateQuote(siblings: TextNodes[], index: number): void {
	const node = siblings[index]!;
	if (!('value' in node)) return;
	const value = node.value;
	if (value !== '"' && value !== "'") return;
	const [open, close] = value === '"' ? ['“', '”'] : ['‘', '’'];
	const previous = siblings[index - 1];
	const next = siblings[index + 1];
	const nextNext = siblings[index + 2];
	const nextValue = next ? textOf(next) : '';
	if (next && isMark(next) && nextNext?.type !== 'WordNode') node.value = close;
	else if (next && isMark(next) && (nextValue === '"' || nextValue === "'") && nextNext?.type === 'WordNode') {
		// Double sets of quotes: `He said, "'Quoted' words in a larger quote."`
		node.value = open;
		if ('value' in next) next.value = nextValue === '"' ? '“' : '‘';
	} else if (next && /^\d\ds$/.test(nextValue))
		node.value = close; // the '80s
	else if (previous && (previous.type === 'WhiteSpaceNode' || isMark(previous)) && next?.type === 'WordNode') node.value = open;
	else if (previous && previous.type !== 'WhiteSpaceNode' && !isMark(previous)) node.value = close;
	else if (!next || next.type === 'WhiteSpaceNode' || (value === "'" && nextValue === 's')) node.value = close;
	else node.value = open;
}

/**
 * Parses `text` and calls `educate` on every punctuation or symbol mark, in document order
 * (pre-order), as retext-smartypants' visits do; the index goes on from the same place when
 * `educate` removed siblings before it (a spaced ellipsis), as unist-util-visit's does.
 */
function educateMarks(text: string, educate: (siblings: TextNodes[], index: number) => void): string {
	const tree = parseText(text);
	const walk = (parent: TextParent): void => {
		const { children } = parent;
		for (let index = 0; index < children.length; index++) {
			const child = children[index]!;
			if (isMark(child)) educate(children, index);
			if ('children' in child) walk(child);
		}
	};
	walk(tree);
	return textOf(tree);
}

const isDots = (node: TextNodes | undefined): boolean => node !== undefined && isMark(node) && 'value' in node && /^\.+$/.test(node.value);

/**
 * retext-smartypants' rules other than quotes, for the mark at `index`, in its order: a spaced
 * ellipsis (`. . .`, whose dots and spaces before this one are removed), an unspaced one, a
 * doubled backtick or quote, a double dash. Its quirks are kept, such as never looking at the
 * first sibling for a spaced ellipsis.
 */
function educateMark(siblings: TextNodes[], index: number): void {
	const node = siblings[index]!;
	if (!('value' in node)) return;
	if (/^\.+$/.test(node.value)) {
		let position = index;
		let removed = 0;
		let count = 1;
		while (--position > 0 && siblings[position]!.type === 'WhiteSpaceNode' && isDots(siblings[--position])) {
			removed += 2;
			count++;
		}
		if (count >= 3) {
			siblings.splice(index - removed, removed);
			node.value = '…';
		}
	}
	if (/^\.{3,}$/.test(node.value)) node.value = '…';
	if (node.value === '``') node.value = '“';
	else if (node.value === "''") node.value = '”';
	if (node.value === '--') node.value = '—';
}

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

const educated = (node: Nodes, index: number | undefined, parent: Nodes | undefined): boolean =>
	parent !== undefined &&
	index !== undefined &&
	(parent.type !== 'mdxJsxTextElement' || (typeof parent.name === 'string' && !ignoredElements.has(parent.name))) &&
	visitedTypes.has(node.type) &&
	(isLiteral(node) || blockTypes.has(node.type));

export default function remarkSmartPunctuation() {
	return (tree: Root): void => {
		let allText = '';
		const nodes: Nodes[] = [];
		visit(tree, (node, index, parent) => {
			if (!educated(node, index, parent)) return;
			if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			// A stand-in space, so that a quote at the start of a block reads as opening.
			else allText += ' ';
			nodes.push(node);
		});
		if (quotePattern.test(allText)) allText = educateMarks(allText, educateQuote);
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = allText.slice(start, end);
				node.value = restPattern.test(text) ? educateMarks(text, educateMark) : text;
			}
			start = end;
		}
	};
}
