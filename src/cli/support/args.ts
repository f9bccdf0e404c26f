/**
 * Command-line options for every CLI, read with `node:util`'s parseArgs, and its errors turned
 * into one-line messages a contributor can act on (with a "did you mean" for a mistyped flag).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '../../lib/suggest.ts';

/** A mistake in how a command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function readArgs<O extends Options, P extends boolean = false>(argv: readonly string[], options: O, allowPositionals?: P) {
	try {
		return parseArgs({ args: [...argv], options, tokens: true, strict: true, allowPositionals: allowPositionals ?? false });
	} catch (error) {
		const code = (error as { code?: string }).code;
		const arg = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
			const name = /^--?([^=]+)/.exec(arg)?.[1];
			const guess = name ? nearest(name, Object.keys(options)) : undefined;
			throw new UsageError(`unknown option "${arg}"${guess ? ` (did you mean "--${guess}"?)` : ''}`);
		}
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${arg.split(' ')[0]} needs a value`);
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument "${arg}": every value follows its option`);
		throw error;
	}
}

/** The options given more than once, apart from those allowed to repeat. */
export function repeatedOptions(tokens: readonly { kind: string; name?: string }[], mayRepeat: readonly string[] = []): string[] {
	const counts = Map.groupBy(
		tokens.filter((token) => token.kind === 'option' && token.name !== undefined),
		(token) => token.name!,
	);
	return [...counts].filter(([name, list]) => list.length > 1 && !mayRepeat.includes(name)).map(([name]) => name);
}
