/** A problem found in a content file, located the way a compiler reports it. */
export interface Diagnostic {
	/** Path of the file relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line; 1 when a problem concerns the whole file. */
	line: number;
	/** 1-based column. */
	column: number;
	severity: 'error' | 'warning';
	/** The front-matter field, written as a path such as `impact[0].source`, when there is one. */
	field?: string;
	message: string;
}

export function formatText(d: Diagnostic): string {
	const where = `${d.file}:${d.line}:${d.column}`;
	// One line per problem: a message that spans lines (a parser's) is folded onto one.
	return `${where} ${d.severity} ${d.field ? `${d.field}: ` : ''}${d.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** GitHub Actions workflow command; `%`, CR and LF must be escaped in the message and properties. */
export function formatGithub(d: Diagnostic): string {
	const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
	const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
	const title = d.field ? `,title=${escapeProperty(d.field)}` : '';
	return `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column}${title}::${escapeData((d.field ? `${d.field}: ` : '') + d.message)}`;
}

export function byLocation(a: Diagnostic, b: Diagnostic): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
