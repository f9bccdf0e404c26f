/**
 * Says once per build when the site has no public address, so that nobody publishes a build
 * whose canonical links, sitemap, feed and citations point at the local preview.
 */
import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/site-address.ts';

export function siteAddressNotice(address: SiteAddress): AstroIntegration {
	return {
		name: 'kb:site-address',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (address.public) return;
				logger.info(
					`SITE_URL is not set: canonical links, sitemap, feed and citations use ${address.site}, the local preview. Set SITE_URL to the public origin for a production build (README: Deployment).`,
				);
			},
		},
	};
}
