/** No made-up public address: the site origin and the repository come from settings or not at all. */
import { describe, expect, it } from 'vitest';
import { githubRepository, previewOrigin, siteAddress } from '../../src/lib/site-address.ts';

describe('siteAddress', () => {
	it('falls back to the local preview origin, marked as not public, when SITE_URL is unset', () => {
		expect(siteAddress(undefined)).toEqual({ site: previewOrigin, public: false });
		expect(siteAddress('  ')).toEqual({ site: previewOrigin, public: false });
	});
	it('takes SITE_URL as the public origin', () => {
		expect(siteAddress('https://kb.unece.org/')).toEqual({ site: 'https://kb.unece.org', public: true });
	});
	it('refuses what is not an origin, naming the value', () => {
		expect(() => siteAddress('kb.unece.org')).toThrow(/SITE_URL "kb.unece.org" is not an address/);
		expect(() => siteAddress('ftp://kb.unece.org')).toThrow(/must start with https/);
		expect(() => siteAddress('https://unece.org/kb/')).toThrow(/BASE_PATH/);
	});
});

describe('githubRepository', () => {
	it.each([
		['owner/name'],
		['github:owner/name'],
		['git+https://github.com/owner/name.git'],
		['https://github.com/owner/name'],
		['git@github.com:owner/name.git'],
		[{ type: 'git', url: 'git+https://github.com/owner/name.git' }],
	])('reads %j', (repository) => {
		expect(githubRepository(repository)).toBe('https://github.com/owner/name');
	});
	it('is undefined when unset or not on GitHub', () => {
		expect(githubRepository(undefined)).toBeUndefined();
		expect(githubRepository({})).toBeUndefined();
		expect(githubRepository('https://gitlab.com/owner/name')).toBeUndefined();
		expect(githubRepository('https://github.com.evil.example/owner/name')).toBeUndefined();
	});
});
