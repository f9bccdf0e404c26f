/**
 * The six sections every case-study body has, in this order, so that cases can be compared
 * section by section. `npm run new` writes them with the guidance below as MDX comments, and
 * the validator names a missing, misspelt or empty section.
 */
export interface BodySection {
	heading: string;
	/** What goes in the section, for the scaffold's comments and the validator's messages. */
	guide: string;
}

export const caseBodySections: readonly BodySection[] = [
	{
		heading: 'Context',
		guide: 'The situation before the programme: the problem, who had it, and why it mattered then.',
	},
	{
		heading: 'What was done',
		guide: 'What the programme built or changed, who led it, when it started, and how it works.',
	},
	{
		heading: 'Governance and risk',
		guide: 'Who decided and who paid, the legal basis, and how risks and possible failure were handled.',
	},
	{
		heading: 'Citizens and users',
		guide: 'Who uses it and how they were involved: co-creation, feedback, take-up, accessibility.',
	},
	{
		heading: 'Results and measurement',
		guide: 'What changed, with figures from the sources and how they were measured; say when a figure is self-reported.',
	},
	{
		heading: 'Transferability',
		guide: 'What another country would need to do the same, where it has been reused, and what would not carry over.',
	},
];

export const caseBodyHeadings: readonly string[] = caseBodySections.map((section) => section.heading);

/**
 * The six headings in each language a case study is written or translated in, in the same
 * order: a translation's sections are checked against its own language's headings.
 */
export const caseBodyHeadingsByLang = {
	en: caseBodyHeadings,
	fr: ['Contexte', 'Ce qui a été fait', 'Gouvernance et risques', 'Citoyens et usagers', 'Résultats et mesure', 'Transférabilité'],
	ru: ['Контекст', 'Что было сделано', 'Управление и риски', 'Граждане и пользователи', 'Результаты и их измерение', 'Возможность переноса опыта'],
} as const satisfies Record<string, readonly string[]>;
