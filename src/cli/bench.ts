/**
 * `npm run bench [-- --sizes current,100,1000,10000] [--skip-bare] [--repeat 3]`
 *
 * Builds the site from the current content and from generated content at each size, and the
 * "bare stack" (the least site Astro 7 + MDX on the remark pipeline + Pagefind can make of the
 * same files) for comparison. Reports build time, peak memory, Pagefind index time and size,
 * and for a first filtered and a first full-text search in Chromium the bytes transferred and
 * the time to the first result. A benchmark, not a test: numbers are printed, not asserted.
 * `--repeat n` builds each stack n times, alternating project and bare stack, each build cold
 * (caches and output removed), and reports the median time of each and the ratio of medians:
 * on a noisy machine one pair of builds can differ by half.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readArgs, UsageError } from './support/args.ts';
import { chromePath } from './support/browser.ts';
import { loadTaxonomies } from '../lib/taxonomies-fs.ts';
import { syntheticCase } from '../lib/synthetic-cases.ts';
import { listCaseFiles } from '../lib/content-files-fs.ts';

const root = resolve(import.meta.dirname, '../..');
const benchRoot = join(root, '.tmp/bench');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

interface BuildMeasure {
	seconds: number;
	peakMb: number;
	indexMs?: number;
	ok: boolean;
	log: string;
}

/** Sums the resident memory of a process and its descendants (Linux /proc). */
function treeRssKb(pid: number): number {
	let total = 0;
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const walk = (p: number) => {
		try {
			const status = readFileSync(`/proc/${p}/status`, 'utf8');
			total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
		} catch {
			return;
		}
		for (const child of children.get(p) ?? []) walk(child);
	};
	walk(pid);
	return total;
}

function build(cwd: string): Promise<BuildMeasure> {
	return new Promise((done) => {
		const started = performance.now();
		const child = spawn(process.execPath, [astroBin, 'build'], {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_CACHE_DIR: join(cwd, '.cache') },
		});
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		let peak = 0;
		const timer = setInterval(() => {
			if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
		}, 100);
		child.on('close', (code) => {
			clearInterval(timer);
			const indexMs = /Indexed \d+ pages.* in (\d+) ms/.exec(log)?.[1];
			done({
				seconds: (performance.now() - started) / 1000,
				peakMb: peak / 1024,
				...(indexMs ? { indexMs: Number(indexMs) } : {}),
				ok: code === 0,
				log,
			});
		});
	});
}

/** A cold build: the content cache, Astro's generated types and the previous output are removed first. */
async function coldBuild(cwd: string): Promise<BuildMeasure> {
	for (const dir of ['.cache', '.astro', 'dist']) rmSync(join(cwd, dir), { recursive: true, force: true });
	const measured = await build(cwd);
	// Kept beside the site for a look at its phases (each page's render time is in the log).
	writeFileSync(`${cwd}.log`, measured.log);
	return measured;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function dirSize(path: string, filter: (file: string) => boolean = () => true): number {
	if (!existsSync(path)) return 0;
	let total = 0;
	for (const name of readdirSync(path)) {
		const full = join(path, name);
		const stat = statSync(full);
		if (stat.isDirectory()) total += dirSize(full, filter);
		else if (filter(full)) total += stat.size;
	}
	return total;
}

/** The project itself, with the given case studies (or the current ones). */
function prepareSite(name: string, cases?: { path: string; text: string }[]): string {
	const target = join(benchRoot, name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, entry), join(target, entry), { recursive: true });
	}
	if (cases) writeCases(target, cases);
	else cpSync(join(root, 'case-studies'), join(target, 'case-studies'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
	return target;
}

function writeCases(target: string, cases: { path: string; text: string }[]): void {
	for (const { path, text } of cases) {
		mkdirSync(dirname(join(target, path)), { recursive: true });
		writeFileSync(join(target, path), text);
	}
}

/** The bare stack: Astro + MDX (remark pipeline with remark-gfm) + Pagefind, nothing else. */
function prepareBare(name: string, sourceDir: string): string {
	const target = join(benchRoot, name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(join(target, 'src/pages'), { recursive: true });
	cpSync(join(sourceDir, 'case-studies'), join(target, 'case-studies'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
	writeFileSync(join(target, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(
		join(target, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
export default defineConfig({
	cacheDir: process.env.KB_CACHE_DIR,
	markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
	vite: { build: { rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
	integrations: [mdx(), { name: 'bare-pagefind', hooks: { 'astro:build:done': async ({ dir, logger }) => {
		const started = performance.now();
		const { index } = await pagefind.createIndex({});
		const added = await index.addDirectory({ path: fileURLToPath(dir) });
		await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
		logger.info('Indexed ' + added.page_count + ' pages in ' + Math.round(performance.now() - started) + ' ms');
		await pagefind.close();
	} } }],
});
`,
	);
	writeFileSync(
		join(target, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { cases: defineCollection({ loader: glob({ base: './case-studies', pattern: '**/*.mdx' }) }) };
`,
	);
	writeFileSync(
		join(target, 'src/pages/[...id].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><span hidden data-pagefind-filter="country">{entry.data.country}</span><Content /></main></body></html>
`,
	);
	// The least search page Pagefind's API allows: the query and filters of the address, ten results.
	writeFileSync(
		join(target, 'src/pages/search.astro'),
		`<html lang="en"><head><meta charset="utf-8" /><title>Search</title></head>
<body><ol data-results></ol>
<script is:inline type="module">
const pagefind = await import('/pagefind/pagefind.js');
const params = new URLSearchParams(location.search);
const filters = {};
for (const [key, value] of params) if (key !== 'q') (filters[key] ??= []).push(value);
const search = await pagefind.search(params.get('q') || null, { filters });
const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
for (const result of results) {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title;
	item.append(link);
	document.querySelector('[data-results]').append(item);
}
</script></body></html>
`,
	);
	return target;
}

interface SearchMeasure {
	bytes: number;
	ms: number;
	requests: number;
}

async function measureSearch(dist: string, query: string): Promise<SearchMeasure> {
	const { serveDist } = await import('./support/preview-server.ts');
	const executablePath = chromePath();
	const server = await serveDist(dist);
	let browser;
	try {
		browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	} catch (error) {
		// An open server would keep the process alive after the error is printed.
		await server.close();
		throw error;
	}
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}search/`);
		// Warm-up: the page has listed its first results (the status line's wording changes with the content).
		await page.waitForSelector('[data-results] li');
		// A fresh context again, so the first search fetches everything it needs from scratch.
		await context.close();
		const fresh = await browser.newContext();
		const searchPage = await fresh.newPage();
		const sizes: Promise<number>[] = [];
		searchPage.on('requestfinished', (request) => {
			if (request.url().includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
		});
		const started = Date.now();
		await searchPage.goto(`${server.url}search/?${query}`);
		await searchPage.waitForSelector('[data-results] li');
		const ms = Date.now() - started;
		await searchPage.waitForTimeout(300);
		const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		await fresh.close();
		return { bytes, ms, requests: sizes.length };
	} finally {
		await browser.close();
		await server.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The scale issue's first filtered search: one filter, the least a filtered search can be. */
const filteredQuery = 'country=EE';

/** Changes one case study's summary and builds again with the content cache of the last build. */
async function warmRebuild(site: string, changed: { path: string; text: string }): Promise<number> {
	writeFileSync(join(site, changed.path), changed.text.replace('summary: "A generated case study', 'summary: "A changed generated case study'));
	const rebuilt = await build(site);
	writeFileSync(join(site, changed.path), changed.text);
	if (!rebuilt.ok) {
		console.error(rebuilt.log.slice(-3000));
		throw new Error('the warm rebuild failed');
	}
	return rebuilt.seconds;
}

async function main(): Promise<void> {
	let values;
	try {
		({ values } = readArgs(process.argv.slice(2), {
			sizes: { type: 'string', default: 'current,100,1000,10000' },
			'skip-bare': { type: 'boolean', default: false },
			repeat: { type: 'string', default: '1' },
		}));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`bench: ${error.message}; options: --sizes current,100,1000, --skip-bare and --repeat n`);
		process.exitCode = 2;
		return;
	}
	const sizes = values.sizes.split(',').map((s) => s.trim());
	const skipBare = values['skip-bare'];
	const repeat = Number(values.repeat);
	if (!Number.isInteger(repeat) || repeat < 1) {
		console.error(`bench: --repeat takes a positive whole number, not "${values.repeat}"`);
		process.exitCode = 2;
		return;
	}
	// Every size ends with searches in Chromium: say it is missing before minutes of building, not after.
	chromePath();
	const taxonomies = loadTaxonomies(root);
	mkdirSync(benchRoot, { recursive: true });
	const rows: string[] = [];
	for (const size of sizes) {
		const n = size === 'current' ? listCaseFiles(root).length : Number(size);
		if (!Number.isInteger(n) || n <= 0) {
			console.error(`bench: --sizes takes "current" or positive whole numbers, not "${size}"`);
			process.exitCode = 2;
			return;
		}
		const cases = size === 'current' ? undefined : Array.from({ length: n }, (_, i) => syntheticCase(i, taxonomies));
		console.error(`bench: ${size === 'current' ? `current content (${n} cases)` : `${n} generated cases`} …`);
		const site = prepareSite(`site-${size}`, cases);
		const bareSite = skipBare ? undefined : prepareBare(`bare-${size}`, site);
		const siteTimes: number[] = [];
		const bareTimes: number[] = [];
		let measured: BuildMeasure | undefined;
		let bareBuild: BuildMeasure | undefined;
		// Alternate the two stacks so that a slow spell of the machine hits both.
		for (let run = 0; run < repeat; run++) {
			measured = await coldBuild(site);
			if (!measured.ok) {
				console.error(measured.log.slice(-3000));
				throw new Error(`the build of ${size} failed`);
			}
			siteTimes.push(measured.seconds);
			if (bareSite) {
				bareBuild = await coldBuild(bareSite);
				if (bareBuild.ok) bareTimes.push(bareBuild.seconds);
			}
		}
		if (!measured) throw new Error('no build ran');
		// A rebuild with the content layer's cache warm, after one case study changed (its summary).
		const warm = size === 'current' ? undefined : await warmRebuild(site, cases![0]!);
		const seconds = median(siteTimes);
		const runs = repeat > 1 ? ` (median of ${repeat}: ${siteTimes.map((t) => t.toFixed(1)).join(', ')})` : '';
		const dist = join(site, 'dist');
		const pagefindDir = join(dist, 'pagefind');
		const pages = Number(/(\d+) page\(s\) built/.exec(measured.log)?.[1] ?? 0);
		const indexBytes = dirSize(pagefindDir, (f) => /\/(filter|fragment|index)\/|\.pf_meta$/.test(f));
		const fullTextQuery = size === 'current' ? 'q=procurement' : 'q=interoperability';
		const filtered = await measureSearch(dist, filteredQuery);
		const fullText = await measureSearch(dist, fullTextQuery);
		let bare = '';
		if (bareSite) {
			if (bareBuild?.ok && bareTimes.length === repeat) {
				const bareDist = join(bareSite, 'dist');
				const bareFiltered = await measureSearch(bareDist, filteredQuery);
				const bareFullText = await measureSearch(bareDist, fullTextQuery);
				const bareSeconds = median(bareTimes);
				bare = [
					`| bare stack: ${bareSeconds.toFixed(1)} s${repeat > 1 ? ` (${bareTimes.map((t) => t.toFixed(1)).join(', ')})` : ''}`,
					`${bareBuild.peakMb.toFixed(0)} MB`,
					`index ${bareBuild.indexMs ?? '?'} ms`,
					`first filtered search ${kb(bareFiltered.bytes)}, full-text ${kb(bareFullText.bytes)} `,
					`| ratios: build ${(seconds / bareSeconds).toFixed(2)}×, per page built ${(seconds / pages / (bareSeconds / n)).toFixed(2)}×, memory ${(measured.peakMb / bareBuild.peakMb).toFixed(2)}×, first filtered search ${(filtered.bytes / bareFiltered.bytes).toFixed(2)}×`,
				]
					.join(', ')
					.replace(' , |', ' |');
			} else bare = '| bare stack build failed';
		}
		rows.push(
			[
				`${size === 'current' ? `current (${n})` : n} cases`,
				`build ${seconds.toFixed(1)} s${runs} (${(pages / seconds).toFixed(0)} pages/s)`,
				`peak ${measured.peakMb.toFixed(0)} MB`,
				`index ${measured.indexMs ?? '?'} ms`,
				`index data ${kb(indexBytes)} (bundle ${kb(dirSize(pagefindDir))})`,
				`dist ${(dirSize(dist) / 1024 / 1024).toFixed(1)} MB`,
				`first filtered search ${kb(filtered.bytes)} in ${filtered.ms} ms (${filtered.requests} requests)`,
				`first full-text search ${kb(fullText.bytes)} in ${fullText.ms} ms (${fullText.requests} requests)`,
				...(warm ? [`warm rebuild after one case changed ${warm.toFixed(1)} s`] : []),
			].join(' | ') + (bare ? ` ${bare}` : ''),
		);
		console.log(rows.at(-1));
	}
}

main().catch((error: unknown) => {
	console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
