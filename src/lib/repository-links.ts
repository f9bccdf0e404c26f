/**
 * Addresses of GitHub's own pages for a contribution, from the project's repository address:
 * edit a file, propose a new one with its text filled in, or open an issue about a page. Used
 * only when package.json names the repository; nothing is linked to an invented address.
 */
const branch = 'main';

/** GitHub's editor for a file of the repository (`case-studies/ee/x-road.mdx`). */
export function editFileUrl(repository: string, path: string): string {
	return `${repository}/edit/${branch}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** GitHub's page for a new file at `path`, with `text` filled in. */
export function newFileUrl(repository: string, path: string, text: string): string {
	const url = new URL(`${repository}/new/${branch}`);
	url.searchParams.set('filename', path);
	url.searchParams.set('value', text);
	return url.href;
}

/** A new issue with its title and body filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
	const url = new URL(`${repository}/issues/new`);
	url.searchParams.set('title', title);
	url.searchParams.set('body', body);
	return url.href;
}
