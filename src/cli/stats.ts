/** `npm run stats`: prints the coverage of the knowledge base (cases, countries, per domain and stage). */
import { readCaseStudies, readTranslations } from '../lib/read-content-fs.ts';
import { contentStats, translationCoverage } from '../lib/content-stats.ts';
import { translationLanguages } from '../schema/case-translation.ts';

try {
	const { cases, taxonomies } = readCaseStudies(process.cwd());
	const stats = contentStats(cases, taxonomies);
	const coverage = translationCoverage(
		cases,
		readTranslations(process.cwd()).map((t) => ({ lang: t.lang, caseId: t.caseId, reviewed: t.data.translation.reviewed })),
		translationLanguages,
	);
	const table = (title: string, counts: Record<string, number>) =>
		`${title}\n${Object.entries(counts)
			.map(([id, n]) => `  ${id.padEnd(24)} ${String(n).padStart(3)}`)
			.join('\n')}`;
	console.log(
		[
			`case studies             ${stats.cases}`,
			`countries                ${stats.countries}`,
			`with impact figures      ${stats.withImpact} (${Math.round(stats.impactShare * 100)}%)`,
			`with transfer abroad     ${stats.withTransfer} (${stats.transfers} transfers recorded)`,
			`programmes that ended    ${stats.ended}`,
			`States without a case    ${stats.countriesWithout.length === 0 ? 'none' : stats.countriesWithout.join(', ')}`,
			table('by domain (primary or secondary)', stats.byDomain),
			table('by maturity stage', stats.byStage),
			table('by level', stats.byLevel),
			table('by status', stats.byStatus),
			`translations\n${coverage
				.map(
					(c) =>
						`  ${c.lang.padEnd(24)} ${String(c.translated).padStart(3)} of ${stats.cases} (${Math.round(c.share * 100)}%)${c.outdated > 0 ? `, ${c.outdated} out of date` : ''}`,
				)
				.join('\n')}`,
		].join('\n'),
	);
} catch (error) {
	console.error(`stats: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
