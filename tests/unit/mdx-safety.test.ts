/**
 * The MDX safety plugin on its own and inside the real MDX compiler (@mdx-js/mdx, which Astro
 * uses): what it allows, what it refuses, how the build sees a refusal, and that the allowlist,
 * the components and CONTRIBUTING.md name the same set.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkMdxSafety, { MdxSafetyError, allowedElementNames, findMdxSafetyProblems, urlScheme } from '../../src/lib/mdx-safety.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { checkMdxBody } from '../../src/lib/validation/mdx-body.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';
import { brokenFixtures, brokenFixtureText } from '../fixtures/broken/fixtures.ts';

const showcasePath = join(projectRoot, 'tests/fixtures/site/components-showcase.mdx');

/** Problems in an MDX snippet, parsed as the validator parses it. */
function problems(mdx: string): string[] {
	const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
	return findMdxSafetyProblems(tree, 2).map((p) => `${p.line}:${p.column} ${p.message}`);
}

/** Compiles a file the way Astro's MDX integration does: front matter blanked, then @mdx-js/mdx. */
async function compileLikeAstro(path: string, text: string): Promise<string> {
	const parsed = parseFrontMatter(text);
	const file = new VFile({
		path,
		cwd: projectRoot,
		value: '\n'.repeat(parsed.bodyStartLine - 1) + parsed.body,
		data: { astro: { frontmatter: parsed.data as Record<string, unknown> } },
	});
	return String(await compile(file, { remarkPlugins: [remarkGfm, remarkMdxSafety] }));
}

describe('the allowlist', () => {
	const components = allowedElementNames.filter((name) => /^[A-Z]/.test(name));

	it('is the set of components in src/components/mdx/, all provided to case bodies', () => {
		const files = readdirSync(join(projectRoot, 'src/components/mdx'))
			.filter((f) => f.endsWith('.astro'))
			.map((f) => f.replace(/\.astro$/, ''));
		expect(files.sort()).toEqual([...components].sort());
		const index = readFileSync(join(projectRoot, 'src/components/mdx/index.ts'), 'utf8');
		expect(
			/caseBodyComponents = \{([^}]*)\}/
				.exec(index)?.[1]
				?.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
				.sort(),
		).toEqual([...components].sort());
		const page = readFileSync(join(projectRoot, 'src/pages/[...lang]/case-studies/[...id].astro'), 'utf8');
		expect(page).toContain('<Content components={caseBodyComponents} />');
	});

	it('is documented in CONTRIBUTING.md', () => {
		const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
		for (const name of allowedElementNames) expect(guide, name).toContain(`<${name}`);
	});
});

describe('findMdxSafetyProblems', () => {
	it('allows Markdown, comments, the allowlisted elements and safe addresses', () => {
		expect(
			problems('# Title\n\nText with *emphasis*, `code {x}` and a [link](https://example.org "t").\n\n{/* a comment */}\n\n```js\nimport x from "y"\n```'),
		).toEqual([]);
		expect(
			problems(
				'<Callout type="lesson" title="T">\nText.\n</Callout>\n\n<KeyFigure value="5" label="l" source="2" />\n\nH<sub>2</sub>O, x<sup>2</sup>, <abbr title="t">T</abbr><br />',
			),
		).toEqual([]);
		expect(problems('[a](mailto:a@example.org) [b](/x/) [c](#y) [d](../z) ![e](./e.png) [f](HTTPS://example.org)')).toEqual([]);
	});

	it('refuses an expression that hides code behind a comment', () => {
		expect(problems('{/* harmless */ globalThis.process.exit(1)}')).toEqual([expect.stringMatching(/^1:1 "\{…\}" is a JavaScript expression/)]);
	});

	it('refuses code in every position: ESM, expressions, attributes, handlers', () => {
		const found = problems('import a from "b"\nexport const c = 1\n\nText {d}.\n\n<Callout title={e} onClick="f()" {...g}>\nx\n</Callout>');
		expect(found).toEqual([
			expect.stringMatching(/^1:1 "import" is not allowed/),
			expect.stringMatching(/^2:1 "export" is not allowed/),
			expect.stringMatching(/^4:6 "\{…\}" is a JavaScript expression/),
			expect.stringMatching(/^6:10 attribute "title" on <Callout> is a "\{…\}" expression/),
			expect.stringMatching(/^6:20 attribute "onClick" on <Callout> is not allowed/),
			expect.stringMatching(/^6:34 <Callout> has a "\{…\}" attribute/),
		]);
	});

	it('refuses javascript:, vbscript: and data: addresses however they are written', () => {
		for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java&#x09;script:x', 'java&#10;script:x', 'vbscript:x', 'data:text/html,x']) {
			expect(problems(`[x](<${url}>)`), url).toEqual([expect.stringMatching(/^1:1 link to a "(javascript|vbscript|data):" address is not allowed/)]);
		}
		expect(problems('[x](ftp://example.org/f)')).toEqual(['1:1 link to a "ftp:" address is not allowed; use https://, http:// or mailto: or a relative path']);
		expect(problems('![x](http://example.org/i.png) ![y](data:image/png;base64,AA)')).toEqual([
			expect.stringMatching(/^1:1 an image from another site is not shown/),
			expect.stringMatching(/^1:32 image to a "data:"/),
		]);
	});

	it('refuses images the Content-Security-Policy would block, and accepts files of the site', () => {
		for (const url of ['https://evil.example/pixel.png', '//evil.example/pixel.png', 'HTTP://evil.example/p.png']) {
			expect(problems(`![x](${url})`), url).toEqual([expect.stringMatching(/^1:1 an image from another site is not shown/)]);
		}
		expect(problems('![A chart](./chart.png)')).toEqual([]);
	});

	it('normalises an address as a browser does before reading its scheme', () => {
		expect(urlScheme('\u0000 Java\tScript:alert(1)')).toBe('javascript');
		expect(urlScheme('https://example.org')).toBe('https');
		expect(urlScheme('/relative:path')).toBeUndefined();
		expect(urlScheme('#anchor')).toBeUndefined();
	});

	it('refuses dangerous raw HTML in plain Markdown (.md) too', () => {
		const tree = unified().use(remarkParse).parse('Text\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">');
		expect(findMdxSafetyProblems(tree).map((p) => `${p.line} ${p.message}`)).toEqual([
			'3 <script> is not allowed: a case study cannot run scripts',
			"5 event-handler attributes (on…) are not allowed: they run code in the reader's browser",
		]);
	});
});

describe('the plugin inside the MDX compiler, as the build runs it', () => {
	it('compiles the components showcase', async () => {
		const code = await compileLikeAstro(showcasePath, readFileSync(showcasePath, 'utf8'));
		for (const name of ['Callout', 'Figure', 'KeyFigure']) expect(code).toContain(`_missingMdxReference("${name}"`);
	});

	it('stops compilation, naming the file and every line, before any code is produced', async () => {
		const text = readFileSync(showcasePath, 'utf8').replace(
			'## Context\n',
			"## Context\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync('marker', 'ran')\n\n<iframe src=\"https://example.org\" />\n",
		);
		const error = await compileLikeAstro(join(projectRoot, 'case-studies/ee/hostile.mdx'), text).then(
			() => undefined,
			(thrown: unknown) => thrown,
		);
		expect(error).toBeInstanceOf(MdxSafetyError);
		const message = (error as MdxSafetyError).message;
		expect(message).toContain('case-studies/ee/hostile.mdx:30:1 error "import" is not allowed');
		expect(message).toContain('case-studies/ee/hostile.mdx:31:1 error "export" is not allowed');
		expect(message).toContain('case-studies/ee/hostile.mdx:33:1 error <iframe> is not allowed');
		expect((error as MdxSafetyError).line).toBe(30);
	});
});

describe('the validator and the build agree', () => {
	const files = Object.keys(brokenFixtures)
		.filter((f) => f.startsWith('ee/') && !f.includes('utf8') && parseFrontMatter(brokenFixtureText(f).text).problems.length === 0)
		.map((f) => f.slice('ee/'.length));

	it.each(files)('on %s: the build refuses exactly what the validator reports, at the same places', async (name) => {
		const text = brokenFixtureText(`ee/${name}`).text;
		const parsed = parseFrontMatter(text);
		const reported = checkMdxBody(`case-studies/ee/${name}`, parsed, { sections: false, frontmatter: parsed.data as Record<string, unknown> }).map((d) => ({
			at: `${d.line}:${d.column}`,
			syntax: d.message.startsWith('MDX syntax'),
		}));
		const thrown = await compileLikeAstro(join(projectRoot, 'case-studies/ee', name), text).then(
			() => undefined,
			(error: unknown) => error as { message: string; line?: number; column?: number },
		);
		if (reported.length === 0) return expect(thrown?.message).toBeUndefined();
		expect(thrown, 'the build compiled what the validator refuses').toBeDefined();
		if (reported[0]!.syntax) {
			// The compiler stops at the first syntax error; the validator reports it at the same place.
			// (A tag left open is reported without a place, only with its span in the message.)
			const span = /\((\d+:\d+)-/.exec(thrown!.message)?.[1];
			expect(thrown!.line == null ? span : `${thrown!.line}:${thrown!.column}`).toBe(reported[0]!.at);
		} else {
			const places = [...thrown!.message.matchAll(/\.mdx:(\d+:\d+) error/g)].map((m) => m[1]);
			expect(places).toEqual(reported.map((r) => r.at));
		}
	});
});

describe('the validator over the components showcase', () => {
	it('finds nothing wrong', () => {
		const root = join(tmpRoot, 'validator-showcase');
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'case-studies/ee'), { recursive: true });
		symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
		cpSync(showcasePath, join(root, 'case-studies/ee/components-showcase.mdx'));
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
	});
});
