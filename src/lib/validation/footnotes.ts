/** Footnote checks on a case-study body: every `[^n]` has a definition, and cites a listed source. */
import type { Diagnostic } from './diagnostic.ts';
import type { ParsedFile } from './frontmatter.ts';

export function checkFootnotes(file: string, parsed: ParsedFile, sourceCount: number): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const lines = parsed.body.split('\n');
	const definitions = new Set<string>();
	let inFence = false;
	const references: { label: string; line: number; column: number }[] = [];
	lines.forEach((text, index) => {
		if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
		if (inFence) return;
		const line = parsed.bodyStartLine + index;
		const definition = /^\s{0,3}\[\^([^\]\s]+)\]:/.exec(text);
		if (definition?.[1]) {
			definitions.add(definition[1]);
			if (/^\d+$/.test(definition[1]) && Number(definition[1]) > sourceCount) {
				diagnostics.push({ file, line, column: 1, severity: 'error', message: `footnote [^${definition[1]}] cites source ${definition[1]}, but only ${sourceCount} source${sourceCount === 1 ? ' is' : 's are'} listed in the front matter` });
			}
		}
		const pattern = /\[\^([^\]\s]+)\](?!:)/g;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (definition && match.index === text.indexOf('[^')) continue;
			references.push({ label: match[1]!, line, column: match.index + 1 });
		}
	});
	for (const reference of references) {
		if (!definitions.has(reference.label)) {
			diagnostics.push({ file, line: reference.line, column: reference.column, severity: 'error', message: `footnote [^${reference.label}] has no definition; add a line "[^${reference.label}]: …" at the end` });
		}
	}
	return diagnostics;
}
