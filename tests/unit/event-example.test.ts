/**
 * The example event that /events/organise/ and CONTRIBUTING.md show: it passes `npm run
 * validate` as it stands, in a copy of the project, together with a case study that names its
 * session; and the guide carries exactly the text the page shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleEventPath, exampleEventText, examplePresentedAtText } from '../../src/lib/event-example.ts';
import { validateContent } from '../../src/lib/validate-content-fs.ts';
import { formatText } from '../../src/lib/validation/diagnostic.ts';
import { projectRoot, tmpRoot } from '../helpers/build-site.ts';

const root = join(tmpRoot, 'event-example');
const caseFile = 'case-studies/kz/presented-at-the-forum.mdx';

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'content/events'), { recursive: true });
	mkdirSync(join(root, 'case-studies/kz'), { recursive: true });
	for (const name of readdirSync(join(projectRoot, 'content')).filter((n) => n.endsWith('.yaml')))
		symlinkSync(join(projectRoot, 'content', name), join(root, 'content', name));
	symlinkSync(join(projectRoot, 'src'), join(root, 'src'), 'dir');
	symlinkSync(join(projectRoot, 'public'), join(root, 'public'), 'dir');
	writeFileSync(join(root, exampleEventPath), exampleEventText);
	const clean = readFileSync(join(projectRoot, 'tests/fixtures/broken/clean.mdx'), 'utf8').replace('country: EE', 'country: KZ');
	writeFileSync(join(root, caseFile), clean.replace('lastReviewed:', `${examplePresentedAtText}lastReviewed:`));
});

describe('the example event of the organisers’ guide', () => {
	it('passes the validator, with a case study presented in its first session', () => {
		expect(validateContent(root).diagnostics.map(formatText)).toEqual([]);
	});

	it('passes npm run validate', () => {
		const run = spawnSync(process.execPath, [join(projectRoot, 'src/cli/validate.ts')], { cwd: root, encoding: 'utf8' });
		expect(run.stdout).toContain('validate: 1 case study and 1 event checked, no errors');
		expect(run.status).toBe(0);
	});

	it('makes the validator name a mistyped session, with the one meant', () => {
		writeFileSync(join(root, caseFile), readFileSync(join(root, caseFile), 'utf8').replace('session: one-stop-shops', 'session: one-stop-shop'));
		const lines = validateContent(root).diagnostics.map(formatText);
		expect(lines).toEqual([
			expect.stringMatching(
				/^case-studies\/kz\/presented-at-the-forum\.mdx:\d+:14 error presentedAt\[0\]\.session: "one-stop-shop" is not a session of regional-forum-2026 \(did you mean "one-stop-shops"\?\)$/,
			),
		]);
	});

	it('is the example CONTRIBUTING.md shows, word for word', () => {
		const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
		expect(guide).toContain(`Saved as \`${exampleEventPath}\`:\n\n\`\`\`mdx\n${exampleEventText}\`\`\``);
		expect(guide).toContain(`\`\`\`yaml\n${examplePresentedAtText}\`\`\``);
	});
});
