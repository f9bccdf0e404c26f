/** GitHub addresses for contributions: edit a file, propose a new one, report a problem. */
import { describe, expect, it } from 'vitest';
import { editFileUrl, newFileUrl, newIssueUrl } from '../../src/lib/repository-links.ts';

const repository = 'https://github.com/owner/name';

describe('repository links', () => {
	it('edits a file on the main branch', () => {
		expect(editFileUrl(repository, 'case-studies/ee/x-road.mdx')).toBe('https://github.com/owner/name/edit/main/case-studies/ee/x-road.mdx');
	});
	it('proposes a new file with its text, every character escaped', () => {
		const url = new URL(newFileUrl(repository, 'case-studies/ee/new.mdx', '---\ntitle: "A & B #1"\n---\n'));
		expect(url.pathname).toBe('/owner/name/new/main');
		expect(url.searchParams.get('filename')).toBe('case-studies/ee/new.mdx');
		expect(url.searchParams.get('value')).toBe('---\ntitle: "A & B #1"\n---\n');
	});
	it('opens an issue with title and body filled in', () => {
		const url = new URL(newIssueUrl(repository, 'Problem with ee/x-road', 'Page: https://kb.test/x\nFile: x.mdx'));
		expect(url.pathname).toBe('/owner/name/issues/new');
		expect(url.searchParams.get('body')).toBe('Page: https://kb.test/x\nFile: x.mdx');
	});
});
