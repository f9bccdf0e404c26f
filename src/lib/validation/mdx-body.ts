/**
 * Checks the MDX body of a content file the way the build will compile it: the same parser
 * (remark-parse + remark-mdx + remark-gfm, as @mdx-js/mdx sets it up with our config) and the same safety
 * plugin as astro.config.mjs, so that `npm run validate` and the pre-build check report at
 * their line what would otherwise stop the build with a stack trace, or run as code.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdxSafety, { mdxSafetySource, type MdxSafetyProblem } from '../mdx-safety.ts';
import { checkFootnotes } from './footnotes.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { ParsedFile } from './frontmatter.ts';
import { caseBodyHeadings, caseBodySections } from './body-sections.ts';
import { nearest } from '../suggest.ts';

// One processor for every file: building it per file would dominate the validator's time.
// Typed as a plain Processor: the exact generic type of the chain says nothing useful here.
let processor: Processor | undefined;
function getProcessor(): Processor {
	// The order @mdx-js/mdx uses (remark-mdx, then the configured remark-gfm): where both
	// extend the same character, the order decides which syntax wins.
	processor ??= unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMdxSafety, { fatal: false }) as unknown as Processor;
	return processor;
}

/** Nodes that put nothing on the page: MDX comments, footnote and link definitions. */
function isInvisible(node: Nodes): boolean {
	if (node.type === 'mdxFlowExpression') return (node.data?.estree?.body.length ?? 0) === 0;
	return node.type === 'footnoteDefinition' || node.type === 'definition';
}

/** A hint for the MDX syntax errors contributors meet, on top of the parser's own reason. */
function syntaxHint(reason: string, ruleId: string | undefined): string {
	if (reason.includes('to create a comment in MDX')) return '';
	if (ruleId === 'unexpected-eof' && reason.includes('closing brace')) {
		return ' A "{" starts code in MDX: to show a brace, write \\{ and \\}.';
	}
	if (ruleId === 'unexpected-character' && reason.includes('before name')) {
		return ' A "<" starts a component in MDX: to show the character, write &lt; (or \\<).';
	}
	if (ruleId === 'end-tag-mismatch' || ruleId === 'unexpected-closing-slash') {
		return ' Every <Component> needs its closing </Component>, or is written self-closing as <Component … />.';
	}
	if (ruleId === 'unexpected-character' && reason.includes('attribute value')) return ' Attribute values go in quotes: name="text".';
	if (ruleId === 'acorn') return ' import and export are not allowed in a case study anyway: remove the line.';
	return ' To show "<" or "{" as text, write \\< or \\{.';
}

interface MessageLike {
	reason?: string;
	message?: string;
	ruleId?: string | null;
	line?: number | null;
	column?: number | null;
	place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
}

function syntaxProblem(error: unknown): MdxSafetyProblem & { ruleId?: string | undefined } {
	const e = (error ?? {}) as MessageLike;
	const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? '';
	// A tag left open is reported without a place; its reason names the tag's span, "(20:1-20:10)".
	const span = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
	const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (span ? Number(span[1]) : 1);
	const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? (span ? Number(span[2]) : 1);
	return {
		line,
		column,
		ruleId: e.ruleId ?? undefined,
		message: `MDX syntax: ${reason}.${syntaxHint(reason, e.ruleId ?? undefined)}`.replace(/\.\.(?= |$)/, '.'),
	};
}

export interface BodyCheckOptions {
	/**
	 * Whether to check a case study's structure: its six sections (events have none). A list
	 * gives the six headings in another language, for a translation.
	 */
	sections: boolean | readonly string[];
	/** Whether to check footnotes against `frontmatter.sources`; by default, when sections are checked. */
	footnotes?: boolean;
	/** The validated front matter, so that footnotes and components' `source="n"` can be checked. */
	frontmatter?: { sources?: readonly unknown[] } | undefined;
}

/** At most this many MDX syntax errors are reported per file before the check gives up. */
const maxSyntaxErrors = 10;

/**
 * Parses the body as MDX and returns every problem in it, at its line in the file.
 *
 * A syntax error stops an MDX parser. So that one run still reports (nearly) everything, the
 * line of each syntax error is neutralised (its `<`, `>`, `{` and `}` become spaces) and the
 * body parsed again; the safety and section checks then run over what parses. When that does not
 * get past an error (say, a brace opened lines earlier), only the syntax errors are reported.
 */
export function checkMdxBody(file: string, parsed: ParsedFile, options: BodyCheckOptions): Diagnostic[] {
	const error = (problem: MdxSafetyProblem): Diagnostic => ({ file, ...problem, severity: 'error' });
	const p = getProcessor();
	// Pad with the front matter's lines, as Astro does, so positions are lines of the file.
	const lines = ('\n'.repeat(Math.max(0, parsed.bodyStartLine - 1)) + parsed.body).split('\n');
	const syntax: MdxSafetyProblem[] = [];
	const neutralised = new Set<number>();
	// Tags opened on neutralised lines: their closing tags now stand alone, which is no news.
	const orphanTags = new Set<string>();
	for (;;) {
		const vfile = new VFile({ path: file, value: lines.join('\n'), data: { astro: { frontmatter: options.frontmatter ?? {} } } });
		let tree: Root;
		try {
			tree = p.parse(vfile) as Root;
		} catch (thrown) {
			const { ruleId, ...problem } = syntaxProblem(thrown);
			const index = problem.line - 1;
			const line = lines[index];
			const closing = /<\/\s*([A-Za-z][\w.:-]*)/.exec(line ?? '')?.[1];
			const consequence = ruleId === 'unexpected-closing-slash' && closing !== undefined && orphanTags.has(closing);
			if (!consequence) syntax.push(problem);
			const neutral = line?.replace(/[<>{}]/g, ' ');
			if (line === undefined || neutral === line || neutralised.has(index) || syntax.length >= maxSyntaxErrors) return syntax.map(error);
			for (const match of line.matchAll(/<([A-Za-z][\w.:-]*)/g)) orphanTags.add(match[1]!);
			neutralised.add(index);
			lines[index] = neutral!;
			continue;
		}
		p.runSync(tree as Parameters<Processor['runSync']>[0], vfile);
		const safety = vfile.messages
			.filter((message) => message.source === mdxSafetySource)
			.map((message): MdxSafetyProblem => ({ line: message.line ?? 1, column: message.column ?? 1, message: message.reason }));
		return [...[...syntax, ...safety].map(error), ...checkBodyTree(file, tree, parsed.bodyStartLine, options)];
	}
}

/**
 * The checks of a body's structure on a tree already parsed: its six sections (when
 * `options.sections`) and its footnotes against the sources. The build runs them on the tree
 * its own MDX compiler made (src/lib/remark-body-checks.ts), so no body is parsed twice.
 */
export function checkBodyTree(file: string, tree: Root, bodyStartLine: number, options: BodyCheckOptions): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	if (options.sections) diagnostics.push(...checkSections(file, tree, bodyStartLine, options.sections === true ? caseBodyHeadings : options.sections));
	const sources = options.frontmatter?.sources;
	if ((options.footnotes ?? options.sections !== false) && sources) diagnostics.push(...checkFootnotes(file, tree, sources.length));
	return diagnostics;
}

/** The six sections: each present once, in order, and with text in it. */
function checkSections(file: string, tree: Root, bodyStartLine: number, expected: readonly string[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const order = expected.join(', ');
	const found: { heading: string; line: number; column: number; empty: boolean }[] = [];
	let current: (typeof found)[number] | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth === 2) {
			const start = node.position?.start ?? { line: bodyStartLine, column: 1 };
			current = { heading: toString(node).trim(), line: start.line, column: start.column, empty: true };
			found.push(current);
		} else if (current && !isInvisible(node)) {
			current.empty = false;
		}
	}
	for (const section of found) {
		const known = expected.includes(section.heading);
		if (!known) {
			const guess = nearest(section.heading, expected);
			diagnostics.push({
				file,
				line: section.line,
				column: section.column,
				severity: 'warning',
				message: `section "## ${section.heading}" is not one of the six${guess ? ` (did you mean "## ${guess}"?)` : ''}; the sections, in order: ${order}`,
			});
		}
		if (section.empty) {
			const guide = caseBodySections[expected.indexOf(section.heading)]?.guide;
			diagnostics.push({
				file,
				line: section.line,
				column: section.column,
				severity: 'error',
				message: `section "## ${section.heading}" has no text yet; write it below the heading${guide ? ` (${guide})` : ''}`,
			});
		}
	}
	const headings = found.map((s) => s.heading);
	const missing = expected.filter((h) => !headings.includes(h) && !found.some((s) => nearest(s.heading, expected) === h && !expected.includes(s.heading)));
	if (missing.length > 0) {
		diagnostics.push({
			file,
			line: bodyStartLine,
			column: 1,
			severity: 'warning',
			message: `the body has no section ${missing.map((h) => `"## ${h}"`).join(', ')}; every case study has the six sections, in order: ${order}`,
		});
	}
	const known = found.filter((s) => expected.includes(s.heading));
	const seen = new Set<string>();
	let last = -1;
	for (const section of known) {
		const index = expected.indexOf(section.heading);
		if (seen.has(section.heading)) {
			diagnostics.push({
				file,
				line: section.line,
				column: section.column,
				severity: 'warning',
				message: `section "## ${section.heading}" appears twice; merge the two`,
			});
		} else if (index < last) {
			diagnostics.push({
				file,
				line: section.line,
				column: section.column,
				severity: 'warning',
				message: `section "## ${section.heading}" is out of order; the sections, in order: ${order}`,
			});
		}
		seen.add(section.heading);
		last = Math.max(last, index);
	}
	return diagnostics;
}
