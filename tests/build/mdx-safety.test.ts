/**
 * MDX safety in real builds of scratch copies of the project. A case study whose `export`
 * would write a marker file:
 * - stops the build in the pre-build content check, named by file and line, and never runs;
 * - stops it just as surely when that check is taken out of the config, at the remark plugin,
 *   before the module is ever evaluated;
 * - and, as the control that makes the two tests above mean something, does write the marker
 *   when both guards are taken out.
 * A case using every allowed component, and one made with `npm run new` and filled in, build
 * and render; the JSON Schema is served at /schema/case-study.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyProject, projectRoot } from '../helpers/build-site.ts';
import { readPage } from '../helpers/dist.ts';

const showcase = readFileSync(join(projectRoot, 'tests/fixtures/site/components-showcase.mdx'), 'utf8');

/** A valid case whose body imports node:fs and, when evaluated, writes `marker`. */
function hostileCase(marker: string): string {
	return showcase
		.replace('title: Components showcase (test fixture)', 'title: Hostile export (test fixture)')
		.replace(
			'## Context\n',
			`## Context\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'the export ran')\n`,
		);
}

/** A scratch copy with the hostile case; `edit` changes its astro.config.mjs. */
function hostileProject(name: string, edit: (config: string) => string = (c) => c) {
	const root = copyProject(name);
	const marker = join(root, 'marker.txt');
	writeFileSync(join(root, 'case-studies/ee/hostile-export.mdx'), hostileCase(marker));
	const configPath = join(root, 'astro.config.mjs');
	const config = readFileSync(configPath, 'utf8');
	const edited = edit(config);
	writeFileSync(configPath, edited);
	return { root, marker, configChanged: edited !== config };
}

const withoutContentChecks = (config: string) => config.replace(/^\t\tchecks,\n/m, '');
const withoutRemarkSafety = (config: string) => config.replace(/(remarkPlugins: \[[^\n]*?), remarkMdxSafety\b/, '$1');

describe('a case study with import/export', () => {
	it('fails the build in the content check, naming file and lines, and its code never runs', () => {
		const { root, marker } = hostileProject('mdx-hostile-checked');
		writeFileSync(
			join(root, 'case-studies/ee/hostile-script.mdx'),
			showcase.replace('## Transferability\n', '## Transferability\n\n<script>alert(1)</script>\n'),
		);
		const result = buildSite(root, join(root, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(
			'case-studies/ee/hostile-export.mdx:30:1 error "import" is not allowed: code in a case study would run when the site is built',
		);
		expect(result.output).toContain('case-studies/ee/hostile-export.mdx:31:1 error "export" is not allowed');
		expect(result.output).toMatch(/case-studies\/ee\/hostile-script\.mdx:\d+:1 error <script> is not allowed/);
		expect(result.output).toContain('Content validation failed with 3 errors');
		expect(result.output).not.toContain('generating static routes');
		expect(existsSync(marker)).toBe(false);
	});

	it('fails the build at the remark plugin when the content check is taken out, and its code never runs', () => {
		const { root, marker, configChanged } = hostileProject('mdx-hostile-plugin', withoutContentChecks);
		expect(configChanged, 'astro.config.mjs no longer lists contentChecks() as this test expects').toBe(true);
		const result = buildSite(root, join(root, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.output).not.toContain('Content validation failed');
		expect(result.output).toContain('case-studies/ee/hostile-export.mdx:30:1 error "import" is not allowed');
		expect(result.output).toContain('case-studies/ee/hostile-export.mdx:31:1 error "export" is not allowed');
		expect(existsSync(marker)).toBe(false);
	});

	it('(control) does run when both guards are taken out, so the marker proves the tests above', () => {
		const { root, marker, configChanged } = hostileProject('mdx-hostile-unguarded', (c) => withoutRemarkSafety(withoutContentChecks(c)));
		expect(configChanged).toBe(true);
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).not.toMatch(/remarkPlugins: \[[^\n]*remarkMdxSafety/);
		buildSite(root, join(root, 'dist'));
		expect(existsSync(marker), 'the unguarded build did not evaluate the export').toBe(true);
		expect(readFileSync(marker, 'utf8')).toBe('the export ran');
	});
});

describe('allowed components and a scaffolded case', () => {
	it('build, render, and the JSON Schema is served', () => {
		const root = copyProject('mdx-components');
		writeFileSync(join(root, 'case-studies/ee/components-showcase.mdx'), showcase);
		// A case made by `npm run new` (with its yaml-language-server comment line), then filled in.
		const made = spawnSync(
			process.execPath,
			[
				join(root, 'src/cli/new.ts'),
				'--country',
				'lv',
				'--title',
				'Scaffolded programme',
				'--domain',
				'health',
				'--stage',
				'systematic',
				'--lead',
				'A ministry',
				'--started',
				'2015',
			],
			{ cwd: root, encoding: 'utf8' },
		);
		expect(made.status, made.stderr).toBe(0);
		const file = join(root, made.stdout.trim());
		const filled = readFileSync(file, 'utf8')
			.replace('summary: ""', 'summary: "A programme made with npm run new and filled in, to prove that it builds."')
			.replace('  - title: ""', '  - title: "Example source"')
			.replace('    publisher: ""', '    publisher: "Example publisher"')
			.replace('    url: ""', '    url: "https://example.org/source"')
			.replace(/^conditions: \[\].*$/m, 'conditions: [dedicated-unit]')
			.replace(/^ {2}level: .*$/m, '  level: self-reported')
			.replace(/^ {2}source: .*$/m, '  source: 1')
			.replace('  - text: ""', '  - text: "A challenge the source describes, in a sentence."')
			.replace(/^ {4}source: +#.*$/m, '    source: 1')
			.replace(/(## [^\n]+\n\n)\{\/\*[^]*?\*\/\}/g, (_, heading: string) => `${heading}Written by the contributor.[^1]`);
		writeFileSync(file, `${filled}\n[^1]: Example publisher, *Example source*.\n`);

		const dist = join(root, 'dist');
		const result = buildSite(root, dist);
		expect(result.status, result.output.slice(-3000)).toBe(0);

		const html = readPage(dist, '/case-studies/ee/components-showcase/');
		expect(html).toMatch(/<span class="key-figure"><span class="key-figure-value">1.5 million<\/span>/);
		expect(html).toMatch(/<a class="source-ref" href="#source-1"><span class="visually-hidden">Source <\/span>\[1\]<\/a>/);
		expect(html).toMatch(/<div class="callout callout-lesson" role="note"><p class="callout-title">Start with the law<\/p>/);
		expect(html).toMatch(/<div class="callout callout-note" role="note"><p class="callout-title">Note<\/p>/);
		expect(html).toMatch(/<div class="callout callout-caution" role="note"><p class="callout-title">Caution<\/p>/);
		expect(html).toMatch(/<figure class="mdx-figure">[\s\S]*<table>[\s\S]*<figcaption>[\s\S]*Authorities connected, by year/);
		expect(html).toContain('<abbr title="Estonian Information System Authority">RIA</abbr>');
		expect(html).toContain('CO<sub>2</sub>');
		expect(html).toContain('10<sup>6</sup>');
		expect(html).toContain('10<sup>6</sup>.<br/>A line break');
		expect(html).not.toContain('An MDX comment');
		expect(html).toContain('braces are written { and }');

		expect(readPage(dist, '/case-studies/lv/scaffolded-programme/')).toContain('Written by the contributor.');
		expect(readFileSync(join(dist, 'schema/case-study.json'), 'utf8')).toBe(readFileSync(join(projectRoot, 'public/schema/case-study.json'), 'utf8'));
	});
});
