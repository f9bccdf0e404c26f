import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyMeta, headersFile } from '../../src/lib/security.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('security headers', () => {
	it('ships public/_headers exactly as generated from the one policy', () => {
		expect(readFileSync(join(projectRoot, 'public/_headers'), 'utf8')).toBe(headersFile());
	});
	it('allows only our scripts, WebAssembly and blob workers, and no inline code', () => {
		expect(contentSecurityPolicyMeta).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(contentSecurityPolicyMeta).toContain("worker-src 'self' blob:");
		expect(contentSecurityPolicyMeta).not.toContain('unsafe-inline');
		expect(contentSecurityPolicyMeta).not.toContain('frame-ancestors');
		expect(headersFile()).toContain("frame-ancestors 'none'");
		expect(headersFile()).toMatch(/X-Content-Type-Options: nosniff/);
	});
});
