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
import rehypeAnchorLabels from './src/lib/rehype-anchor-labels.ts';
import sitemap from '@astrojs/sitemap';
import remarkMdxSafety from './src/lib/mdx-safety.ts';
import remarkSmartPunctuation from './src/lib/remark-smart-punctuation.ts';
import remarkBodyChecks, { createBodyCheckQueue } from './src/lib/remark-body-checks.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { casePagesCheck } from './src/integrations/case-pages-check.ts';
import { aliasRedirects } from './src/integrations/alias-redirects.ts';
import { useTranslations } from './src/i18n/ui.ts';
import { translationFromPath } from './src/lib/content-paths.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { siteAddressNotice } from './src/integrations/site-address-notice.ts';

/**
 * The dictionary of the language a file is written in: a translation's name says it
 * (`x-road.fr.mdx`); everything else is English.
 * @param {string | undefined} path
 */
const dictionaryOf = (path) => useTranslations(translationFromPath(path ?? '')?.lang ?? 'en');

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

// The bodies the pre-build check leaves to the compiler: it queues them, the remark plugin
// checks each on the tree it compiles, and the check reports the findings at the end.
const bodyChecks = createBodyCheckQueue();
const checks = contentChecks(bodyChecks);

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	// Tests and the benchmark build scratch copies of the project that share node_modules;
	// each gets its own cache so that no build reuses another's content store.
	...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
	// Four pages render at once: a page that waits on writing its file or on a content
	// entry lets another render meanwhile (a tenth off the build at 100 cases).
	build: { format: 'directory', concurrency: 4 },
	// English at the root, French and Russian under /fr/ and /ru/. Pages live in
	// src/pages/[...lang]/ and list their languages in getStaticPaths; Astro's i18n routing gives
	// each page its `currentLocale`, which middleware turns into `Astro.locals.t` and `link`.
	i18n: { locales: ['en', 'fr', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	// The unified pipeline (not Astro 7's default Rust one) so that remark-gfm and our own
	// remark plugins run; MDX inherits this processor.
	markdown: {
		// Code in a case study is shown as plain text in the site's own style: Shiki's colours are
		// inline styles, which the Content-Security-Policy (style-src 'self') would block.
		syntaxHighlight: false,
		processor: unified({
			gfm: false,
			// Curly quotes, dashes and ellipses as Astro's smartypants gives them, in the same place
			// (right after GFM), about four times faster: it was the largest cost of compiling a case.
			smartypants: false,
			remarkPlugins: [remarkGfm, remarkSmartPunctuation, remarkMdxSafety, [remarkBodyChecks, bodyChecks]],
			// Every heading gets an id and a visible link to itself, so organisers can link to
			// "Results and measurement" of a case.
			rehypePlugins: [
				// Footnote marks become citations of the numbered Sources list (README: Citations).
				[rehypeSourceCitations, { label: (/** @type {string} */ n, /** @type {string} */ path) => dictionaryOf(path)('case.citation', { n }) }],
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
						properties: { className: ['heading-anchor'] },
						content: { type: 'text', value: '#' },
					},
				],
				// Each "#" link's accessible name, in the language of its file.
				[
					rehypeAnchorLabels,
					{
						className: 'heading-anchor',
						label: (/** @type {string} */ heading, /** @type {string} */ path) => dictionaryOf(path)('heading.anchor', { heading }),
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
		sitemap({ filter: (page) => !/\/404\/?$/.test(page), i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr', ru: 'ru' } } }),
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
