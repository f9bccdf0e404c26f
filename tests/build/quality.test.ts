/** Page budgets and reproducible builds. */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { listDist, readPage } from '../helpers/dist.ts';
import { buildSite, projectRoot, tmpRoot } from '../helpers/build-site.ts';

const dist = inject('distDir');

describe('budgets', () => {
	it('keeps every case page’s HTML plus CSS under 100 KB', () => {
		const pages = listDist(dist).filter((f) => /^case-studies\/[a-z]{2}\/[^/]+\/index\.html$/.test(f));
		for (const page of pages) {
			const html = readFileSync(join(dist, page), 'utf8');
			const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(dist, m[1]!)).size, 0);
			expect(css, page).toBeGreaterThan(0);
			expect(Buffer.byteLength(html) + css, page).toBeLessThan(100 * 1024);
		}
	});

	it('uses system fonts only: no font files and no web-font requests', () => {
		expect(listDist(dist).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
		for (const f of listDist(dist).filter((f) => f.endsWith('.css'))) expect(readFileSync(join(dist, f), 'utf8')).not.toMatch(/@font-face|fonts\.googleapis/);
	});
});

describe('reproducible builds', () => {
	it('builds the same commit twice into byte-identical output', () => {
		const again = join(tmpRoot, 'test-dist-again');
		rmSync(again, { recursive: true, force: true });
		const result = buildSite(projectRoot, again);
		expect(result.status, result.output.slice(-2000)).toBe(0);
		const first = listDist(dist);
		expect(listDist(again)).toEqual(first);
		const different = first.filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(again, f))));
		expect(different).toEqual([]);
	});

	it('dates the exports by the last commit, not by the clock', () => {
		const committed = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: projectRoot, encoding: 'utf8' }).trim();
		const data = JSON.parse(readPage(dist, 'data/case-studies.json')) as { generated: string };
		expect(data.generated).toBe(new Date(committed).toISOString().slice(0, 10));
	});
});
