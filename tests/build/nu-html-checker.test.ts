/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package; needs a Java runtime, which
 * .ci/run installs) over every built page: no errors. html-validate (integrity.test.ts) checks
 * style rules; the Nu checker is the reference for what HTML and ARIA allow.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
// The package exports the jar's path (as a String object).
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	url?: string;
	lastLine?: number;
	message: string;
}

describe('Nu HTML Checker', () => {
	it('finds no error on any built page', () => {
		const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		expect(run.error, 'java must be installed (see .ci/run)').toBeUndefined();
		const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
		const errors = messages
			.filter((m) => m.type !== 'info')
			.map((m) => `${m.url ? relative(dist, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? 0} ${m.message}`);
		expect(errors).toEqual([]);
	});
});
