/**
 * The build's check of body structure (six sections, footnotes against the sources), run on the
 * tree the MDX compiler parses anyway. Before the build, the content check parses only the bodies
 * that could hold code or fail to parse (`screen` in src/lib/validate-content-fs.ts) and hands
 * the rest over in a queue; this plugin takes each queued file as it is compiled and records what
 * it finds, and the content check reports the findings, and checks any body the compiler never
 * reached itself, when the build is done (src/integrations/content-checks.ts). Parsing every body
 * a second time cost the build as much as compiling it.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { DeferredBody } from './validate-content-fs.ts';
import type { Diagnostic } from './validation/diagnostic.ts';
import { checkBodyTree } from './validation/mdx-body.ts';

export interface BodyCheckQueue {
	/** The project root, against which compiled files are named as the validator names them. */
	root: string;
	/** Bodies still to be checked, by file (`case-studies/ee/x-road.mdx`). */
	pending: Map<string, DeferredBody>;
	/** What the checks found so far. */
	found: Diagnostic[];
}

export function createBodyCheckQueue(): BodyCheckQueue {
	return { root: '', pending: new Map(), found: [] };
}

/** Queues bodies for checking during compilation. */
export function queueBodies(queue: BodyCheckQueue, root: string, bodies: readonly DeferredBody[]): void {
	queue.root = root;
	queue.found = [];
	queue.pending = new Map(bodies.map((body) => [body.file, body]));
}

/** The file a compiled module came from, as the validator names it; a Vite query is dropped. */
export function queuedName(root: string, path: string): string {
	return relative(root, path.replace(/\?.*$/, '')).split('\\').join('/');
}

/** A remark plugin: checks a queued file's tree and takes it off the queue; other files pass untouched. */
export default function remarkBodyChecks(queue: BodyCheckQueue) {
	return (tree: Root, file: VFile): void => {
		if (queue.pending.size === 0 || !file.path) return;
		const name = queuedName(queue.root, file.path);
		const body = queue.pending.get(name);
		if (!body) return;
		queue.pending.delete(name);
		queue.found.push(...checkBodyTree(name, tree, body.bodyStartLine, body.options));
	};
}
