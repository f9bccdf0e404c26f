// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeTableAlign from './src/lib/rehype-table-align.ts';
import rehypeSourceCitations from './src/lib/rehype-source-citations.ts';
import rehypeHeadingIds from './src/lib/rehype-heading-ids.ts';
import sitemap from '@astrojs/sitemap';
import remarkMdxSafety from './src/lib/mdx-safety.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { casePagesCheck } from './src/integrations/case-pages-check.ts';
import { aliasRedirects } from './src/integrations/alias-redirects.ts';
import { defaultLang, useTranslations } from './src/i18n/ui.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { siteAddressNotice } from './src/integrations/site-address-notice.ts';

/**
 * Plain text of a hast node, for the anchor links' accessible names.
 * @param {{ type: string; value?: string; children?: unknown[] }} node
 * @returns {string}
 */
const textOf = (node) => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((child) => textOf(/** @type {any} */ (child))).join(''));

/**
 * Every upper/lower-case spelling of a scheme: browsers read `HTTPS://` as `https://`, but
 * rehype-external-links compares schemes as written.
 * @param {string} word
 */
const everyCase = (word) => Array.from({ length: 2 ** word.length }, (_, mask) => [...word].map((c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join(''));

/** Where the site is deployed; set both for a real deployment (README: Deployment). Never a made-up host. */
const address = siteAddress(process.env.SITE_URL);
const site = address.site;
const base = process.env.BASE_PATH || '/';

const checks = contentChecks();

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	// Tests and the benchmark build scratch copies of the project that share node_modules;
	// each gets its own cache so that no build reuses another's content store.
	...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
	build: { format: 'directory' },
	// The unified pipeline (not Astro 7's default Rust one) so that remark-gfm and our own
	// remark plugins run; MDX inherits this processor.
	markdown: {
		// Code in a case study is shown as plain text in the site's own style: Shiki's colours are
		// inline styles, which the Content-Security-Policy (style-src 'self') would block.
		syntaxHighlight: false,
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, remarkMdxSafety],
			// Every heading gets an id and a visible link to itself, so organisers can link to
			// "Results and measurement" of a case.
			rehypePlugins: [
				// Footnote marks become citations of the numbered Sources list (README: Citations).
				[rehypeSourceCitations, { label: (/** @type {string} */ n) => useTranslations(defaultLang)('case.citation', { n }) }],
				// Links that leave the site (GFM autolinks and protocol-relative `//host` included) give
				// the page they open no handle on ours and no referrer.
				[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false, protocols: ['http', 'https'].flatMap(everyCase) }],
				rehypeTableAlign,
				rehypeSlug,
				rehypeHeadingIds,
				[
					rehypeAutolinkHeadings,
					{
						behavior: 'append',
						properties: (/** @type {import('hast').Element} */ heading) => ({
							className: ['heading-anchor'],
							ariaLabel: useTranslations(defaultLang)('heading.anchor', { heading: textOf(/** @type {any} */ (heading)) }),
						}),
						content: { type: 'text', value: '#' },
					},
				],
			],
		}),
	},
	// pagefindIndex() comes last so that it indexes the finished output.
	integrations: [
		siteAddressNotice(address),
		checks,
		mdx(),
		sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
		// Redirect pages of old addresses, written after the site (never over a page of it).
		aliasRedirects(checks.aliases),
		pagefindIndex(),
		casePagesCheck(),
	],
	vite: {
		build: {
			rollupOptions: {
				onwarn(warning, warn) {
					// One per MDX file, harmless: Astro's head-injection marker in compiled MDX.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
