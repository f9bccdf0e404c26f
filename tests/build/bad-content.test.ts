/**
 * Bad content stops the build before any page is made, with every problem named by file and
 * line: nothing is silently skipped.
 */
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../helpers/build-site.ts';
import { bodyNeedsMdxParse } from '../../src/lib/validate-content-fs.ts';

describe('a build with bad content', () => {
	it('fails on a dangling reference, a wrong value and a folder mismatch, naming each', () => {
		const root = copyProject('site-bad');
		const good = readFileSync(join(root, 'case-studies/ee/x-road.mdx'), 'utf8');
		writeFileSync(join(root, 'case-studies/ee/dangling.mdx'), good.replace('status: active', 'status: active\nrelated: [ee/nowhere]'));
		writeFileSync(join(root, 'case-studies/ee/bad-stage.mdx'), good.replace('stage: mainstreamed', 'stage: mainstream'));
		mkdirSync(join(root, 'case-studies/lv'), { recursive: true });
		writeFileSync(join(root, 'case-studies/lv/misplaced.mdx'), good);
		const result = buildSite(root, join(root, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/case-studies\/ee\/dangling\.mdx:\d+:\d+ error related\[0\]: "ee\/nowhere" is not a case study/);
		expect(result.output).toMatch(
			/case-studies\/ee\/bad-stage\.mdx:\d+:8 error stage: "mainstream" is not a maturity stage id \(see content\/stages.yaml\) \(did you mean "mainstreamed"\?\)/,
		);
		expect(result.output).toMatch(/case-studies\/lv\/misplaced\.mdx:\d+:\d+ error country: is "EE" but the file is in the folder "lv\/"/);
		expect(result.output).toContain('Content validation failed with 3 errors');
		expect(result.output).not.toContain('generating static routes');
		// An AstroError with a hint, not a stack trace.
		expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});

	it('fails on a plain body with an empty section and a footnote with no definition, found while compiling', () => {
		const root = copyProject('site-bad-body');
		const good = readFileSync(join(root, 'case-studies/ee/x-road.mdx'), 'utf8');
		const faulty = good
			.replace(/(## Citizens and users\n)[\s\S]*?(?=## Results and measurement)/, '$1\n')
			.replace('## What was done\n', '## What was done\n\nA claim with no source.[^42]\n');
		// Prose with footnotes only: the pre-build check leaves this body to the compiler's tree.
		expect(bodyNeedsMdxParse(faulty.slice(faulty.indexOf('\n---', 4) + 4))).toBe(false);
		writeFileSync(join(root, 'case-studies/ee/plain-faults.mdx'), faulty);
		const lines = faulty.split('\n');
		const sectionLine = lines.indexOf('## Citizens and users') + 1;
		const claimLine = lines.indexOf('A claim with no source.[^42]') + 1;
		const result = buildSite(root, join(root, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(`case-studies/ee/plain-faults.mdx:${sectionLine}:1 error section "## Citizens and users" has no text yet`);
		expect(result.output).toContain(`case-studies/ee/plain-faults.mdx:${claimLine}:24 error footnote [^42] has no definition`);
		expect(result.output).toContain('Content validation failed with 2 errors');
		// Found by the compiler's own parse, not by parsing the bodies again.
		expect(result.output).toMatch(/\d+ bodies checked on the compiler's tree, 0 on their own/);
		expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});
});
