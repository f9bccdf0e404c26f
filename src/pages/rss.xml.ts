/** Newest and most recently reviewed case studies first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCaseStudies } from './_site-data.ts';
import { byLastReviewed } from '../lib/case-studies.ts';
import { link, routes } from '../lib/links.ts';
import { defaultLang, useTranslations } from '../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
	const t = useTranslations(defaultLang);
	const cases = [...(await getCaseStudies())].sort(byLastReviewed);
	return rss({
		title: t('site.name'),
		description: t('site.description'),
		site: new URL(link(routes.home()), site),
		items: cases.map((item) => ({
			title: item.data.title,
			description: item.data.summary,
			link: link(routes.caseStudy(item.id)),
			pubDate: item.data.lastReviewed,
			categories: [item.data.country, ...item.data.domains, item.data.stage],
		})),
		customData: '<language>en</language>',
	});
};
