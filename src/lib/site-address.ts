/**
 * Where the site and its source live. A build must never invent a public address: without
 * `SITE_URL` the absolute links (canonical, sitemap, feed, citations) use the local preview
 * origin, and the build says so; the source repository comes from package.json's
 * `repository` field, and GitHub links are left out while it is unset.
 */
import packageJson from '../../package.json' with { type: 'json' };

/** The origin `npm start` serves the built site on. */
export const previewOrigin = 'http://localhost:4321';

export interface SiteAddress {
	/** The origin absolute links use. */
	site: string;
	/** True when it came from `SITE_URL`; false when the build fell back to the preview origin. */
	public: boolean;
}

/** Reads `SITE_URL`; anything but an http(s) origin is refused with a message that names it. */
export function siteAddress(value: string | undefined): SiteAddress {
	if (value === undefined || value.trim() === '') return { site: previewOrigin, public: false };
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(`SITE_URL "${value}" is not an address; write the public origin, e.g. https://kb.unece.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${value}" must start with https://`);
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL "${value}" must be an origin only; put a sub-path in BASE_PATH (e.g. BASE_PATH=/kb/)`);
	}
	return { site: url.origin, public: true };
}

/**
 * The https address of a GitHub repository from package.json's `repository` field, in any of
 * the forms npm accepts ("owner/name", "github:owner/name", "git+https://github.com/owner/name.git",
 * or `{ "url": … }`). Undefined when unset or not on GitHub: only GitHub's edit and new-file
 * pages are linked.
 */
export function githubRepository(repository: unknown): string | undefined {
	const raw =
		typeof repository === 'string' ? repository : repository !== null && typeof repository === 'object' ? (repository as { url?: unknown }).url : undefined;
	if (typeof raw !== 'string') return undefined;
	const match = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/|git@github\.com:)?([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(
		raw.trim(),
	);
	return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}

/** The project's own repository on GitHub, from package.json; undefined while `repository` is unset. */
export const projectRepository = githubRepository((packageJson as { repository?: unknown }).repository);
