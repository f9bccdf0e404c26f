/**
 * The Content-Security-Policy: only what the site uses. Scripts are our own bundled modules;
 * Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker from a blob: URL; no inline
 * script or style runs (JSON data blocks are not executed, so they need no hash).
 */
const directives: [string, string][] = [
	['default-src', "'self'"],
	['script-src', "'self' 'wasm-unsafe-eval'"],
	['worker-src', "'self' blob:"],
	['style-src', "'self'"],
	['img-src', "'self' data:"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/** For the <meta> tag: browsers ignore frame-ancestors there (and warn), so it is left out. */
export const contentSecurityPolicyMeta = directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** For the HTTP header, where frame-ancestors works. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicyMeta}; frame-ancestors 'none'`;

export const securityHeaders: Record<string, string> = {
	'Content-Security-Policy': contentSecurityPolicyHeader,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The `_headers` file (Netlify / Cloudflare Pages format) for every path. */
export function headersFile(): string {
	return `/*\n${Object.entries(securityHeaders)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}
