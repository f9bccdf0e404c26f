// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

/** Where the site is deployed; set both for a real deployment (see README). */
const site = process.env.SITE_URL || 'https://kb.example.org';
const base = process.env.BASE_PATH || '/';

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
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
	},
	// pagefindIndex() comes last so that it indexes the finished output.
	integrations: [contentChecks(), mdx(), pagefindIndex()],
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
