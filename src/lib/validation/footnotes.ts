/**
 * Footnote checks on a case-study body: every `[^n]` is the number of a listed source and has a
 * definition. A footnote is a citation: the page shows it as the source's number and links it
 * into the Sources list (src/lib/rehype-source-citations.ts), so a label such as `[^note]` has
 * nowhere to lead.
 */
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
			if (!isSourceNumber(definition[1])) {
				diagnostics.push({ file, line, column: 1, severity: 'error', message: notANumber(definition[1], sourceCount) });
			} else if (Number(definition[1]) > sourceCount) {
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
		if (!isSourceNumber(reference.label)) {
			diagnostics.push({ file, line: reference.line, column: reference.column, severity: 'error', message: notANumber(reference.label, sourceCount) });
		} else if (!definitions.has(reference.label)) {
			diagnostics.push({ file, line: reference.line, column: reference.column, severity: 'error', message: `footnote [^${reference.label}] has no definition; add a line "[^${reference.label}]: …" at the end` });
		}
	}
	return diagnostics;
}

const isSourceNumber = (label: string): boolean => /^[1-9]\d*$/.test(label);

function notANumber(label: string, sourceCount: number): string {
	return `footnote [^${label}] must be the number of a source (1 to ${sourceCount}): [^2] cites the second entry of \`sources\``;
}
