/**
 * The static page served at an old address: a meta refresh, a canonical link and a visible link,
 * so that links in old programmes and slides keep working on any static host.
 */

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RedirectPage {
	lang: string;
	/** Site path of the case page, base included. */
	target: string;
	/** Absolute URL of the case page. */
	canonical: string;
	title: string;
	heading: string;
	description: string;
	text: string;
	contentSecurityPolicy: string;
}

export function redirectPageHtml(page: RedirectPage): string {
	const e = escapeHtml;
	return `<!doctype html>
<html lang="${e(page.lang)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${e(page.contentSecurityPolicy)}"><title>${e(page.title)}</title><meta name="robots" content="noindex"><meta name="description" content="${e(page.description)}"><link rel="canonical" href="${e(page.canonical)}"><meta http-equiv="refresh" content="0; url=${e(page.target)}"></head><body><main><h1>${e(page.heading)}</h1><p>${e(page.text)} <a href="${e(page.target)}">${e(page.canonical)}</a></p></main></body></html>
`;
}
