/**
 * Splits an MDX file into its YAML front matter and body. The values are read with js-yaml,
 * exactly as Astro reads them (`@astrojs/internal-helpers/frontmatter`), so that the validator
 * and the build never see different data (a bare date is a date for both; an unknown tag fails
 * both). The `yaml` package parses the same text a second time for positions, when a problem
 * needs one, and to refuse what js-yaml would accept but a case study has no use for: aliases (a
 * few lines of aliases can expand into gigabytes). Tags js-yaml does not know fail in js-yaml,
 * at their line.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';

export interface ParsedFile {
	/** The YAML front matter as a document with positions; undefined when there is none. */
	document?: Document.Parsed;
	/** Plain JavaScript value of the front matter. */
	data: unknown;
	/** 1-based line on which the front matter's YAML starts (the line after `---`). */
	yamlStartLine: number;
	/** Body text after the closing `---`. */
	body: string;
	/** 1-based line on which the body starts. */
	bodyStartLine: number;
	lineCounter: LineCounter;
	/** Problems that stop the file from being read: no front matter, YAML syntax errors. */
	problems: { line: number; column: number; message: string }[];
}

const fence = /^---[ \t]*$/;

export function parseFrontMatter(text: string): ParsedFile {
	const lines = text.split(/\r?\n/);
	const empty: ParsedFile = { data: undefined, yamlStartLine: 1, body: text, bodyStartLine: 1, lineCounter: new LineCounter(), problems: [] };
	if (text.trim() === '') {
		return { ...empty, problems: [{ line: 1, column: 1, message: 'the file is empty; it needs a front-matter block between two "---" lines, then the text' }] };
	}
	if (!fence.test(lines[0] ?? '')) {
		return {
			...empty,
			problems: [{ line: 1, column: 1, message: 'the file must start with a front-matter block: a line "---", the YAML fields, and another "---"' }],
		};
	}
	const closing = lines.findIndex((line, index) => index > 0 && fence.test(line));
	if (closing === -1) {
		return { ...empty, problems: [{ line: 1, column: 1, message: 'the front-matter block opened on line 1 is never closed with a "---" line' }] };
	}
	const yamlText = lines.slice(1, closing).join('\n');
	const body = lines.slice(closing + 1).join('\n');
	// A line starting with --- inside the block ends Astro's front matter early.
	const early = lines.slice(1, closing).findIndex((line) => /^(---|\+\+\+)/.test(line));
	const earlyProblem =
		early === -1
			? []
			: [{ line: early + 2, column: 1, message: 'a line starting with "---" inside the front matter would end it early; indent it or reword it' }];
	const file = { yamlStartLine: 2, body, bodyStartLine: closing + 2 };

	// The common case, fast: js-yaml reads the values, and the text holds no `&` or `*`, so no
	// anchor or alias. The positions (the \`yaml\` package's parse, the larger part of checking a
	// file) are then parsed only if a problem needs one.
	let quick: { data: unknown } | undefined;
	if (!/[&*]/.test(yamlText)) {
		try {
			quick = { data: loadYaml(yamlText) };
		} catch {
			// Read again below, where the problem is named at its line.
		}
	}
	if (quick) {
		let positions: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
		const withPositions = () => (positions ??= readPositions(yamlText));
		return {
			get document() {
				return withPositions().document;
			},
			get lineCounter() {
				return withPositions().lineCounter;
			},
			data: quick.data,
			...file,
			problems: earlyProblem,
		};
	}

	const { document, lineCounter } = readPositions(yamlText);
	const at = (offset: number, message: string) => {
		const position = lineCounter.linePos(offset);
		return { line: position.line + 1, column: position.col, message };
	};
	const problems = document.errors.map((error) => at(error.pos[0], `YAML syntax: ${firstLine(error.message)}`));
	if (problems.length === 0) {
		visit(document, (_, node) => {
			if (isAlias(node)) {
				problems.push(at(node.range?.[0] ?? 0, `the YAML alias *${node.source} is not allowed: write the value out in full`));
			}
		});
	}
	problems.push(...earlyProblem);
	let data: unknown;
	if (problems.length === 0) {
		try {
			data = loadYaml(yamlText);
		} catch (error) {
			const mark = error instanceof YAMLException ? error.mark : undefined;
			problems.push({
				line: (mark?.line ?? 0) + 2,
				column: (mark?.column ?? 0) + 1,
				message: `YAML: ${error instanceof YAMLException ? error.reason : String(error)}`,
			});
		}
	}
	return { document, data, ...file, lineCounter, problems };
}

/** The front matter parsed with positions (and the `yaml` package's own syntax errors). */
function readPositions(yamlText: string): { document: Document.Parsed; lineCounter: LineCounter } {
	const lineCounter = new LineCounter();
	return { document: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function firstLine(message: string): string {
	return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export interface Position {
	line: number;
	column: number;
}

/**
 * The position in the file of the value at `path` in the YAML (or of its key when `atKey`),
 * falling back to the nearest existing ancestor, and to the first line of the YAML.
 */
export function positionOf(parsed: ParsedFile, path: readonly PropertyKey[], atKey = false): Position {
	const fallback = { line: parsed.yamlStartLine, column: 1 };
	if (!parsed.document) return fallback;
	let node: Node | null = parsed.document.contents;
	let best: number | undefined = node?.range?.[0];
	for (let i = 0; i < path.length && node; i++) {
		const key = path[i];
		const last = i === path.length - 1;
		if (isMap(node) && typeof key === 'string') {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Node, Node | null> | undefined;
			if (!pair) break;
			const keyStart = (pair.key as Node).range?.[0];
			if (last && atKey && keyStart !== undefined) {
				best = keyStart;
				break;
			}
			node = pair.value ?? null;
			best = node?.range?.[0] ?? keyStart ?? best;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			node = item;
			best = item.range?.[0] ?? best;
		} else {
			break;
		}
	}
	if (best === undefined) return fallback;
	const position = parsed.lineCounter.linePos(best);
	return { line: position.line + parsed.yamlStartLine - 1, column: position.col };
}

/** Position of a key of the top-level map (for unknown keys). */
export function positionOfKey(parsed: ParsedFile, parentPath: readonly PropertyKey[], key: string): Position {
	return positionOf(parsed, [...parentPath, key], true);
}
