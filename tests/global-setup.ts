/**
 * Builds the site once before the build and e2e tests:
 * - `dist`: the real content at base `/`;
 * - `distKb`: a copy of the project plus a GFM showcase case, deployed under `BASE_PATH=/kb/`,
 *   with a `repository` in its package.json.
 * Set KB_SKIP_BUILD=1 to run unit tests alone.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, copyProject, projectRoot, tmpRoot } from './helpers/build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		distDir: string;
		distKbDir: string;
	}
}

export default function setup(project: TestProject) {
	const distDir = join(tmpRoot, 'test-dist');
	const distKbDir = join(tmpRoot, 'test-dist-kb');
	project.provide('distDir', distDir);
	project.provide('distKbDir', distKbDir);
	if (process.env.KB_SKIP_BUILD === '1') return;

	mkdirSync(tmpRoot, { recursive: true });
	rmSync(distDir, { recursive: true, force: true });
	const main = buildSite(projectRoot, distDir);
	if (main.status !== 0) throw new Error(`The site build failed:\n${main.output.slice(-4000)}`);
	// Kept for tests of what the build says (e.g. the notice when SITE_URL is unset).
	writeFileSync(join(tmpRoot, 'test-dist-build.log'), main.output);

	const fixtureRoot = copyProject('site-kb');
	cpSync(join(projectRoot, 'tests/fixtures/site/gfm-showcase.mdx'), join(fixtureRoot, 'case-studies/ee/gfm-showcase.mdx'));
	// A deployment whose package.json names its repository: edit, report and propose links appear.
	const packageJson = JSON.parse(readFileSync(join(fixtureRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
	writeFileSync(join(fixtureRoot, 'package.json'), JSON.stringify({ ...packageJson, repository: 'github:psi-kb-test/knowledge-base' }, null, 2));
	rmSync(distKbDir, { recursive: true, force: true });
	const kb = buildSite(fixtureRoot, distKbDir, { BASE_PATH: '/kb/', SITE_URL: 'https://psi-kb.test' });
	if (kb.status !== 0) throw new Error(`The /kb/ build failed:\n${kb.output.slice(-4000)}`);
}
