/**
 * Every user-facing string of the interface, keyed by language. Components never hold literal
 * UI text: they call `useTranslations(lang)`. English is written here; French and Russian are
 * translations kept beside it (fr.json, ru.json, key for key; tests/unit/i18n.test.ts checks
 * that every key and placeholder is there). A key missing in another language falls back to
 * English.
 */
import { interpolate } from './interpolate.ts';
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

/** UNECE's three working languages, each named in itself. */
export const languages = { en: 'English', fr: 'Français', ru: 'Русский' } as const;
export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';

export const ui = {
	en: {
		'site.name': 'Public Sector Innovation Knowledge Base',
		'site.shortName': 'PSI Knowledge Base',
		'site.tagline': 'Cross-border policy learning for the UNECE region',
		'site.description':
			'Case studies of public-sector innovation programmes from the UNECE region: what was done, who led it, what it achieved and whether it would transfer.',
		'nav.label': 'Main',
		'case.translated.machine': 'Translated by machine from English on {date}; the English text prevails.',
		'case.translated.human': 'Translated from English on {date}; the English text prevails.',
		'case.translated.original': 'Read the English original',
		'lang.switcher': 'Language',
		'lang.notTranslated': '{language}: not translated yet',
		'list.inEnglish': 'in English',
		// The colon between a label and its value: French puts a (no-break) space before it.
		'punct.colon': ': ',
		'cite.reviewed': '(facts last reviewed {date})',
		'cite.note': 'Case study of {country}; facts last reviewed {date}',
		'nav.home': 'Home',
		'nav.caseStudies': 'Case studies',
		'nav.search': 'Search',
		'header.search.label': 'Search the knowledge base',
		'header.search.button': 'Search',
		'search.title': 'Search case studies',
		'search.lead':
			'Search the full text of every case study, then narrow the results by country, region, domain, maturity stage and more. The address of this page keeps your search, so you can bookmark it or share it.',
		'search.label': 'Words to search for',
		'search.hint': 'For example: participatory budgeting, digital identity, e-procurement',
		'search.button': 'Search',
		'search.noscript': 'Search needs JavaScript, which is turned off or blocked in your browser. You can still browse every case study, grouped by country:',
		'search.devNotice': 'The development server has no search index. Run “npm run build” and then “npm run preview” (or “npm start”) to try search.',
		'search.loadError': 'Search could not be loaded. Try reloading the page, or browse all case studies instead.',
		'search.filters': 'Filter results',
		'search.filters.help': 'Several choices in one group widen the search (any of them); choices in different groups narrow it (all of them).',
		'search.sort': 'Sort by',
		'sort.relevance': 'Best match',
		'sort.started': 'Start year, newest first',
		'sort.started-asc': 'Start year, oldest first',
		'sort.title': 'Title, A to Z',
		'facet.stage': 'Maturity stage',
		'facet.domain': 'Domain',
		'facet.region': 'Region',
		'facet.country': 'Country',
		'facet.level': 'Level of government',
		'facet.status': 'Status',
		'facet.policy': 'Policy message',
		'facet.decade': 'Decade started',
		'facet.type': 'Type',
		'facet.condition': 'Condition for success',
		'facet.evidence': 'Strength of evidence',
		'case.lessons': 'Lessons',
		'results.title': 'Results across cases',
		'results.lead':
			'Every measured result in the knowledge base, grouped by kind of result, with its year, its source and how strong the evidence of its case is. Figures are as their sources report them; compare like with like, and read the case before drawing a conclusion.',
		'results.count': '{figures} figures from {cases} case studies.',
		'results.kinds': 'Kinds of result',
		'results.chart': '{kind}, in {unit}: the figures of the table below that share this unit, largest first.',
		'results.table': '{kind}: every figure, by case',
		'results.col.case': 'Case study',
		'results.noEvidence': 'Not yet rated',
		'nav.results': 'Results',
		'nav.transfers': 'Transfers',
		'home.compare.countries': 'Two countries side by side: what one could learn from the other',
		'home.compare.results': 'Results across cases, by kind, with the strength of their evidence',
		'home.compare.transfers': 'Ideas that crossed borders: every recorded reuse, on a map',
		'countryCompare.title': 'Compare two countries',
		'countryCompare.lead':
			'Choose two member States. For each policy domain you see how far each has got; where one is further along, which conditions for success its programmes relied on, and which of them the other country’s own cases already show.',
		'countryCompare.a': 'Country',
		'countryCompare.b': 'Compare with',
		'countryCompare.submit': 'Compare',
		'countryCompare.noscript': 'This comparison is computed in your browser and needs JavaScript. Each country’s profile shows the same cases:',
		'countryCompare.loadError': 'The comparison could not be loaded. Try reloading the page.',
		'countryCompare.choose': 'Choose two countries and press Compare.',
		'countryCompare.same': 'Choose two different countries.',
		'countryCompare.unknown': '“{code}” is not the code of a UNECE member State.',
		'countryCompare.heading': '{a} and {b}',
		'countryCompare.byDomain': 'Domain by domain',
		'countryCompare.caption': 'The highest maturity stage each country’s case studies reach in each domain, with the cases',
		'countryCompare.domain': 'Domain',
		'countryCompare.ahead': '{country} is further along',
		'countryCompare.noCase': 'No case study',
		'countryCompare.learn': 'What {learner} could learn from {from}',
		'countryCompare.learn.none': 'In no domain do {from}’s case studies reach a higher stage than those of {learner}.',
		'countryCompare.conditions': 'Conditions for success its sources show, and whether {learner}’s own case studies show them:',
		'countryCompare.shown': 'already shown in a case study of {learner}',
		'countryCompare.notShown': 'not yet shown in a case study of {learner}',
		'countryCompare.transfers': 'Transfers between {a} and {b}',
		'countryCompare.transfers.none': 'No reuse between the two is recorded.',
		'transfers.title': 'Ideas that crossed borders',
		'transfers.lead':
			'Where a programme was reused or adapted in another country, as its case study records it with a source. Each row links the originating case and, where the knowledge base has it, the adopting country’s own case.',
		'transfers.count': '{transfers} recorded transfers between {countries} countries.',
		'transfers.map':
			'Arrows run from the country where an idea started to the country that reused or adapted it; a thicker arrow carries more than one idea. North America on the left, Europe and Asia on the right. The table below lists every transfer.',
		'transfers.table': 'Every recorded transfer, by originating country',
		'transfers.col.idea': 'Programme',
		'transfers.col.from': 'From',
		'transfers.col.to': 'Reused in',
		'transfers.col.how': 'What was reused',
		'country.reuse': 'Reuse across borders',
		'country.reuse.all': 'Every recorded transfer, on a map',
		'country.compareWith': 'Compare {country} with',
		'country.compareWith.button': 'Compare the two countries',
		'country.adopted': 'Adopted from abroad',
		'country.adoptedBy': 'Reused by other countries',
		'country.adopted.none': 'No reuse recorded yet.',
		'case.conditions': 'Conditions for success',
		'case.conditions.ended': 'Conditions that mattered (for a discontinued programme, often by their absence)',
		'case.evidence': 'Evidence for the results',
		'case.challenges': 'What was hard or went wrong',
		'case.endedBecause': 'Why it ended',
		'case.evidenceScale': 'Level {order} of {total}',
		'case.adaptedFrom': 'Adapted from',
		'search.count.zero': 'No results',
		'search.count.one': '1 result',
		'search.count': '{count} results',
		'search.count.case.one': '1 case study',
		'search.count.case': '{count} case studies',
		'search.count.event.one': '1 event',
		'search.count.event': '{count} events',
		'search.count.both': '{cases} and {events}',
		'search.results': 'Results',
		'search.searching': 'Searching…',
		'search.more': 'Show more results',
		'search.active': 'Active filters',
		'search.remove': 'Remove filter {group}: {label}',
		'search.clearAll': 'Clear all filters',
		'search.empty': 'No case study matches this search.',
		'search.empty.narrowest': 'Try removing the narrowest filter:',
		'search.empty.query': 'Check the spelling, or try fewer or more general words.',
		'search.since': 'Since {year}',
		'search.copyLink': 'Link to this search',
		'nav.countries': 'Countries',
		'nav.compare': 'Compare',
		'nav.browse': 'Browse',
		'countries.title': 'Countries',
		'countries.lead':
			'The 56 member States of the UN Economic Commission for Europe, shaded by how many of their programmes the knowledge base describes. Each country with case studies has a profile.',
		'countries.map.title': 'Map of the UNECE region: countries shaded by number of case studies',
		'countries.map.desc': 'North America on the left, Europe and Asia on the right. The table below gives the same information.',
		'countries.legend': 'Case studies per country',
		'countries.legend.none': 'none yet',
		'countries.legend.range': '{min}–{max}',
		'countries.map.scroll': 'Scroll sideways to see the whole map.',
		'countries.table': 'Every UNECE member State, by sub-region',
		'countries.table.caption': 'Countries, their UN M49 sub-region, number of case studies and the highest maturity stage reached.',
		'countries.col.country': 'Country',
		'countries.col.region': 'Sub-region',
		'countries.col.cases': 'Case studies',
		'countries.col.highest': 'Highest stage',
		'countries.noCases': 'No case study yet',
		'countries.mapTitle.none': '{country}: no case study yet',
		'countries.mapTitle.some': '{country}: {count} case studies',
		'countries.mapTitle.one': '{country}: 1 case study',
		'country.lead': '{country} is in {region}. The knowledge base describes {count} of its programmes; the highest maturity stage they reach is {stage}.',
		'country.lead.one': '{country} is in {region}. The knowledge base describes one of its programmes, at the {stage} stage.',
		'country.stageMix': 'Mix of maturity stages',
		'country.stageMix.caption': 'Number of case studies at each stage',
		'country.byDomain': 'Case studies by primary domain',
		'country.timeline': 'Timeline',
		'country.timeline.lead': 'Programmes by the year they started.',
		'country.events': 'Events',
		'country.events.none': 'No event in the knowledge base lists this country yet.',
		'country.compare': 'Compare',
		'country.compare.region': 'Compare {country} with the rest of {region} in the matrix',
		'country.compare.search': 'Search and filter {country}’s case studies',
		'compare.title': 'Compare countries and domains',
		'compare.title.region': 'Compare countries and domains: {region}',
		'compare.lead':
			'Each row is a country, each column a policy domain. A cell shows the highest maturity stage the country’s case studies reach in that domain and how many there are; open it to see them. An empty cell is a gap in what the knowledge base knows, not necessarily in what the country has done.',
		'compare.filter': 'Show sub-region',
		'compare.filter.all': 'All sub-regions',
		'compare.table.caption': 'Countries (rows) by policy domain (columns): case studies and highest maturity stage in each cell.',
		'compare.empty': 'No case study',
		'compare.cell.one': '1 case',
		'compare.cases.offer': 'These cases come from a link and differ from your own compare list, which is kept as it was.',
		'compare.cases.save': 'Make these my compare list',
		'compare.cases.saved': 'Your compare list now holds these cases.',
		'compare.cases.group.programme': 'The programme',
		'compare.cases.group.lessons': 'Lessons',
		'compare.cases.group.results': 'Results, by kind',
		'compare.cases.group.transferability': 'Transferability',
		'compare.cases.group.sources': 'Sources',
		'compare.cases.row.evidence': 'Evidence for the results',
		'compare.cases.row.challenges': 'What was hard or went wrong',
		'compare.cases.row.endedBecause': 'Why it ended',
		'compare.cases.row.transferability': 'What would transfer',
		'compare.cases.condition.yes': 'shown by its sources',
		'compare.cases.condition.no': 'not recorded',
		'compare.cases.sources.show': 'Show the {count} sources',
		'compare.cases.scroll': 'On a narrow screen, scroll the table sideways to see every case; the row names stay in view.',
		'compare.cell.count': '{count} cases',
		'compare.noCasesYet': 'No case study yet from: {countries}.',
		'compare.cases.title': 'Compare case studies side by side',
		'compare.cases.lead':
			'Two to four case studies in aligned rows. Rows where the cases differ are marked. The address of this page lists the cases, so you can share or bookmark the comparison.',
		'compare.cases.noscript': 'This comparison is built in your browser and needs JavaScript. You can open each case study from the list of all case studies:',
		'compare.cases.loading': 'Loading the comparison…',
		'compare.cases.empty': 'No case studies chosen yet. Use “Add to compare” on a case study or in search results, or open a link that lists cases.',
		'compare.cases.one': 'Choose at least one more case study to compare with.',
		'compare.cases.notFound': 'Not found (check the link): {ids}',
		'compare.cases.overLimit': 'Only four case studies can be compared at once; left out: {ids}',
		'compare.cases.loadError': 'The comparison data could not be loaded. Try reloading the page.',
		'compare.cases.field': 'Field',
		'compare.cases.differs': 'differs',
		'compare.cases.same': 'same',
		'compare.cases.remove': 'Remove {title} from the comparison',
		'compare.cases.caption': 'Case studies compared field by field; rows marked “differs” have different values.',
		'compare.cases.row.country': 'Country',
		'compare.cases.row.level': 'Level of government',
		'compare.cases.row.domains': 'Domains',
		'compare.cases.row.stage': 'Maturity stage',
		'compare.cases.row.leadOrganisation': 'Lead organisation',
		'compare.cases.row.years': 'Years',
		'compare.cases.row.status': 'Status',
		'compare.cases.row.policyMessages': 'Policy messages',
		'compare.cases.row.transfer': 'Reused or adapted in',
		'compare.cases.row.sources': 'Sources',
		'compare.cases.none': '–',
		'compare.add': 'Add to compare',
		'compare.added': 'Added to compare',
		'compare.tray.label': 'Case studies chosen for comparison',
		'compare.tray.go': 'Compare ({count})',
		'compare.tray.clear': 'Clear',
		'compare.tray.full': 'You can compare at most four case studies. Remove one first.',
		'compare.tray.remove': 'Remove {title}',
		'related.title': 'Similar programmes in other countries',
		'browse.domains': 'Policy domains',
		'browse.domains.lead':
			'The policy domains of public-sector innovation, from the themes of the 2013 UNECE conference in Geneva. A case study names one to three; the first is its primary domain.',
		'browse.stages': 'Maturity stages',
		'browse.stages.lead':
			'Four stages, in order, from the differences between countries found at the 2013 UNECE conference: from ICT used to improve selected services to innovation mainstreamed across government.',
		'browse.messages': 'Policy messages',
		'browse.messages.lead':
			'The key policy messages of the 2013 UNECE conference on innovation in the public sector, paraphrased. Each case study names the messages it illustrates.',
		'browse.count': '{count} case studies',
		'browse.count.one': '{count} case study',
		// Languages whose plurals have a "few" form (Russian: 2–4, 22–24 …) translate this key; English never uses it.
		'browse.count.few': '{count} case studies',
		'browse.count.zero': 'No case study yet',
		'browse.casesByCountry': 'Case studies, by country',
		'browse.next': 'What distinguishes it from the next stage',
		'browse.searchThis': 'Search within these case studies',
		'browse.stageOrder': 'Stage {order} of {total}',
		'nav.events': 'Events',
		'events.title': 'Events',
		'events.lead':
			'Conferences and sessions where public-sector innovation programmes were presented and discussed, with their materials and the case studies that trace back to them.',
		'events.sessions.count': '{count} sessions',
		'event.facts': 'Event',
		'event.dates': 'Dates',
		'event.place': 'Place',
		'event.organiser': 'Organiser',
		'event.participants': 'Participants',
		'event.website': 'Event page',
		'event.website.old': '(old address, as published by the organiser)',
		'event.sessions': 'Sessions',
		'event.session.domains': 'Related domains',
		'event.session.cases': 'Case studies presented',
		'event.session.none': 'No case study in the knowledge base is recorded as presented in this session.',
		'event.messages': 'Key policy messages',
		'event.materials': 'Materials',
		'event.cases': 'Case studies presented at this event',
		'event.sources': 'Sources',
		'case.presentedAt': 'Presented at',
		'case.presentedAt.session': 'session: {session}',
		'type.case-study': 'Case study',
		'type.event': 'Event',
		'cite.title': 'Cite this case study',
		'cite.lead': 'The address below is stable. The year and date are those of the last review of the facts.',
		'cite.plain': 'Reference',
		'cite.author': 'Public Sector Innovation Knowledge Base contributors',
		'copy.button': 'Copy',
		'copy.done': 'Copied',
		'copy.link': 'Copy link to this view',
		'copy.link.label': 'Link to this view',
		'feed.title': 'New and updated case studies (RSS)',
		'nav.data': 'Open data',
		'data.title': 'Open data',
		'data.lead':
			'Every case study and taxonomy of the knowledge base as data files, free to download without an account and to reuse under an open licence: the same content as the pages, for spreadsheets, research and other services.',
		'data.files': 'Files',
		'data.file.json': 'all case studies with every field, as JSON',
		'data.file.csv': 'all case studies, one row each, as CSV (UTF-8, comma-separated, lists joined with “; ”)',
		'data.file.countries': 'the 56 UNECE member States with their UN M49 codes and sub-regions',
		'data.file.regions': 'the UN M49 sub-regions',
		'data.file.domains': 'the policy domains with their definitions',
		'data.file.stages': 'the maturity stages, in order, with their definitions',
		'data.file.messages': 'the policy messages of the 2013 UNECE conference',
		'data.file.schema': 'the JSON Schema of a case study’s fields',
		'data.file.rss': 'a feed of new and updated case studies',
		'data.generated': 'Generated on {date} (data version {version}) with {count} case studies.',
		'data.licence': 'Licence',
		'data.licence.text':
			'The case studies and taxonomy texts are published under the Creative Commons Attribution 4.0 International licence: you may share and adapt them for any purpose if you credit the knowledge base and, for facts, the sources each case cites.',
		'data.cite': 'How to cite the dataset',
		'data.cite.text':
			'Public Sector Innovation Knowledge Base contributors ({year}). Public Sector Innovation Knowledge Base: case studies of public-sector innovation in the UNECE region, data version {version}, generated {date}, {count} case studies. {url}',
		'data.codebook': 'Codebook',
		'data.codebook.lead':
			'The fields of a case study, as in the JSON export; in the CSV, lists are joined with “; ”. The descriptions come from the schema the site itself validates against.',
		'data.codebook.caption': 'Fields of a case-study record',
		'data.col.field': 'Field',
		'data.col.type': 'Type',
		'data.col.required': 'Required',
		'data.col.description': 'Meaning and rule',
		'data.yes': 'yes',
		'data.no': 'no',
		'data.allowed': 'Allowed',
		'alias.title': 'Moved: {title}',
		'alias.text': 'This case study has a new address:',
		'alias.description': '“{title}” has moved to a new address in the Public Sector Innovation Knowledge Base; this page forwards you there.',
		'heading.anchor': 'Link to this section: {heading}',
		'skip.toContent': 'Skip to main content',
		'footer.licence': 'Case studies are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0); the code under the MIT licence.',
		'footer.source': 'Source code and contribution guide',
		'footer.origin':
			'Built in answer to the UNECE International Conference on Innovation in the Public Sector (Geneva, October 2013), which called for a platform for cross-border policy learning.',
		'home.title': 'Learn from other countries’ public-sector innovation',
		'home.lead':
			'Governments across the UNECE region innovate at very different stages. This knowledge base collects structured, sourced case studies of their programmes so that policymakers can see what others did, how it was governed, what it achieved and whether it would work at home.',
		'home.counts': 'The knowledge base in numbers',
		'home.count.cases': 'case studies',
		'home.count.countries': 'countries',
		'home.count.domains': 'policy domains',
		'home.browse': 'Browse all case studies',
		'home.byStage': 'By maturity stage',
		'home.byStage.lead': 'The four stages form an ordered scale, from digitising selected services to innovation mainstreamed across government.',
		'home.byDomain': 'By policy domain',
		'home.compare': 'Compare across countries',
		'home.compare.text': 'See who else has worked on a problem, how far they got and what happened.',
		'home.compare.matrix': 'Countries × domains matrix: which countries reached which stage in each domain',
		'home.compare.map': 'Map and profiles of the 56 UNECE countries',
		'home.compare.cases': 'Two to four case studies side by side',
		'home.compare.messages': 'The 2013 Geneva conference’s policy messages, with the cases that illustrate them',
		'home.newest': 'Recently reviewed case studies',
		'home.contribute': 'Add a case study',
		'home.contribute.text': 'Civil servants and researchers can add or correct a case study with a pull request of one file.',
		'home.contribute.link': 'How to contribute a case study',
		'nav.contribute': 'Contribute',
		'contribute.title': 'Contribute a case study',
		'contribute.lead':
			'Anyone who knows a public-sector innovation programme in a UNECE member State can add it, or correct a case that is here. Every case study is one text file, reviewed in public before it is published.',
		'contribute.good': 'What makes a good case study',
		'contribute.good.real': 'A real programme of a public body in one of the 56 UNECE member States, at any level of government, running or ended.',
		'contribute.good.sourced': 'Facts you can source: every figure, date and claim comes from a page or document you cite.',
		'contribute.good.failures': 'What was hard or went wrong as well as what worked: challenges, and why a programme ended, teach other countries most.',
		'contribute.good.sections': 'Written in your own words, in English, in the six sections every case uses so that cases can be compared:',
		'contribute.sources': 'Sources',
		'contribute.sources.primary':
			'Prefer primary sources: the programme itself, a ministry, a parliament, an audit office or official statistics. Give each source its title, publisher, https address and year.',
		'contribute.sources.cite':
			'In the text, a footnote such as [^2] cites the second source. The page shows it as the number 2 and links it to the second entry of the Sources list; measured results name their source by the same number.',
		'contribute.sources.refused':
			'Not accepted as the source of a figure: Wikipedia, machine-translated news aggregators, or one article cited twice under two publishers. Leave out any figure you cannot attribute.',
		'contribute.path': 'From idea to published case',
		'contribute.path.new': 'Start the file: the command below writes case-studies/<country>/<name>.mdx with every field and section to fill, each explained.',
		'contribute.path.fill':
			'Fill in the facts at the top of the file and write the six sections. Editors that read the JSON Schema complete the fields and their allowed values as you type:',
		'contribute.path.validate': 'Check the file: the validator names every mistake at once, with its line and what is allowed.',
		'contribute.path.pr': 'Open a pull request with the one file. The same checks run on it and mark each problem on its line.',
		'contribute.path.review':
			'A maintainer checks the facts against the sources and may suggest changes in the pull request. Once merged, the case is published with the date its facts were checked.',
		'contribute.browser': 'Without a terminal',
		'contribute.browser.text':
			'You can write the file in GitHub’s web editor: in your copy (fork) of the repository, add a file under case-studies/<country>/, start from an existing case study such as X-Road’s, and propose the change. The checks run on the pull request as they do for everyone.',
		'contribute.browser.newFile': 'Propose a new case-study file on GitHub',
		'contribute.browser.guide': 'Read the full contributor guide (CONTRIBUTING.md)',
		'contribute.browser.noRepository': 'The full contributor guide is the file CONTRIBUTING.md in the project’s repository.',
		'contribute.correct': 'Correct a case study',
		'contribute.correct.text':
			'Every case page says when its facts were last checked. To correct one, edit its file (its path follows the page address: /case-studies/ee/x-road/ is case-studies/ee/x-road.mdx), set lastReviewed to the day you checked the facts, and open a pull request.',
		'case.improve': 'Improve this page',
		'case.improve.edit': 'Edit this page on GitHub',
		'case.improve.report': 'Report a problem with this case study',
		'case.improve.issueTitle': 'Problem with the case study {id}',
		'case.improve.issueBody': 'Case study: {id}\nPage: {url}\nFile: {file}\n\nWhat is wrong, and the source that shows it:\n',
		// Case-study form (/contribute/)
		'form.title': 'Write a case study in this page',
		'form.lead':
			'Fill in the fields below. The page checks each one with the same rules as npm run validate and builds the case-study file as you type; copy or download it, then propose it as a pull request. Fields are required unless marked optional.',
		'form.noscript':
			'The form needs JavaScript, which is turned off or blocked in your browser. You can still write the file by hand: start from the template and the guide linked above.',
		'form.optional': '(optional)',
		'form.part.programme': 'The programme',
		'form.part.sources': 'Sources',
		'form.part.sources.hint': 'Every fact and figure comes from one of these. In the text, [^1] cites the first source, [^2] the second.',
		'form.part.lessons': 'Lessons',
		'form.part.challenges': 'What went wrong, was hard or was criticised',
		'form.part.ended': 'If the programme has ended',
		'form.part.ended.hint': 'Needed when the status is completed or discontinued.',
		'form.part.results': 'Measured results',
		'form.part.results.hint': 'Optional. A figure the sources give, with its unit, year and source.',
		'form.part.text': 'The text',
		'form.part.text.hint': 'Six sections, in your own words. Cite each fact with the number of its source: [^2] cites the second source.',
		'form.part.review': 'Review',
		'form.entry.sources': 'Source {n}',
		'form.entry.challenges': 'Challenge {n}',
		'form.entry.impact': 'Result {n}',
		'form.add.sources': 'Add another source',
		'form.add.challenges': 'Add another challenge',
		'form.add.impact': 'Add a measured result',
		'form.field.title': 'Title of the programme',
		'form.field.summary': 'Summary',
		'form.field.country': 'Country that leads it',
		'form.field.level': 'Level of government',
		'form.field.place': 'City or region',
		'form.field.domains': 'Domains',
		'form.field.stage': 'Maturity stage',
		'form.field.policyMessages': 'Policy messages it illustrates',
		'form.field.leadOrganisation': 'Lead organisation',
		'form.field.started': 'Year it started',
		'form.field.ended': 'Year it ended',
		'form.field.status': 'Status',
		'form.field.sources.title': 'Title of the page or document',
		'form.field.sources.publisher': 'Publisher',
		'form.field.sources.url': 'Address (https://)',
		'form.field.sources.year': 'Year published',
		'form.field.conditions': 'Conditions for success',
		'form.field.evidence.level': 'Strength of the evidence',
		'form.field.evidence.source': 'Number of the source that gives it',
		'form.field.challenges.text': 'What happened',
		'form.field.challenges.source': 'Number of its source',
		'form.field.endedBecause.text': 'Why it ended',
		'form.field.endedBecause.source': 'Number of its source',
		'form.field.impact.indicator': 'What was measured',
		'form.field.impact.kind': 'Kind of result',
		'form.field.impact.value': 'Value (a number)',
		'form.field.impact.unit': 'Unit',
		'form.field.impact.year': 'Year of the figure',
		'form.field.impact.source': 'Number of its source',
		'form.field.lastReviewed': 'Date you checked the facts against the sources',
		'form.choose': 'Choose…',
		'form.domains.order': 'Tick the primary domain first.',
		'form.check': 'Check the case study',
		'form.errors.title': 'There is a problem',
		'form.errors.count': '{count} fields need attention',
		'form.ok': 'No problems found. The file below is ready to propose.',
		'form.output': 'Your case-study file',
		'form.output.hint': 'Built from the fields as you type. Save it as {file}.',
		'form.copy': 'Copy the file',
		'form.copied': 'Copied',
		'form.download': 'Download {file}',
		'form.propose': 'Propose on GitHub',
		'form.propose.hint':
			'Opens GitHub’s page for a new file in the repository with this text filled in; GitHub asks you to sign in and makes a pull request from your copy.',
		'form.draft': 'Your draft is kept in this browser, even after a reload, until you clear it.',
		'form.clear': 'Clear the form',
		'form.section.empty': 'section "## {heading}" has no text yet; write it below the heading ({guide})',
		'cases.title': 'All case studies',
		'cases.lead': 'Every case study in the knowledge base, grouped by country. Each names its maturity stage, its domains and the years it ran.',
		'cases.jump': 'Jump to a country',
		'case.summary': 'Summary',
		'case.facts': 'Facts',
		'case.country': 'Country',
		'case.otherCountries': 'Also involving',
		'case.level': 'Level of government',
		'case.place': 'Place',
		'case.domains': 'Domains',
		'case.primaryDomain': 'primary',
		'case.stage': 'Maturity stage',
		'case.leadOrganisation': 'Lead organisation',
		'case.years': 'Years',
		'case.status': 'Status',
		'case.policyMessages': 'Policy messages',
		'case.lastReviewed': 'Facts last checked',
		'case.impact': 'Measured results',
		'case.impact.indicator': 'Indicator',
		'case.impact.value': 'Value',
		'case.impact.year': 'Year',
		'case.impact.source': 'Source',
		'case.impact.caption': 'Figures as reported by the sources cited.',
		'case.sources': 'Sources',
		'case.citation': 'Source {n}',
		'case.materials': 'Materials',
		'case.transfer': 'Reused or adapted in',
		'case.since': 'since {year}',
		'case.none': 'None recorded',
		'case.breadcrumb': 'Breadcrumb',
		'case.stageScale': 'Stage {order} of {total}',
		'level.international': 'International',
		'level.national': 'National',
		'level.regional': 'Regional',
		'level.local': 'Local',
		'status.pilot': 'Pilot',
		'status.active': 'Active',
		'status.completed': 'Completed',
		'status.discontinued': 'Discontinued',
		'material.slides': 'Slides',
		'material.video': 'Video',
		'material.report': 'Report',
		'material.website': 'Website',
		'material.dataset': 'Dataset',
		'material.code': 'Code',
		'notFound.title': 'Page not found',
		'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
		'notFound.home': 'Go to the home page',
		'notFound.cases': 'Browse all case studies',
		'opens.external': '(external site)',
		'mdx.callout.note': 'Note',
		'mdx.callout.lesson': 'Lesson learned',
		'mdx.callout.caution': 'Caution',
		'mdx.sourceLink': 'Source',
		// Organisers
		'data.file.events': 'every event with its sessions, their materials and the case studies presented at each, as JSON',
		'data.file.eventSchema': 'the JSON Schema of an event’s fields',
		'event.session.copyLink': 'Copy link to this session',
		'event.session.copyLink.label': 'Copy link to this session: {session}',
		'event.session.copied': 'Link copied',
		'events.organise.link': 'Organisers: add your event, its sessions and materials, and link the case studies presented',
		'contribute.organisers': 'Organisers: add an event',
		'contribute.organisers.text':
			'An event is one text file too: its sessions, their slides and videos, and its sources. Case studies presented there name the event and the session, and each session gets a stable address for your programme.',
		'contribute.organisers.link': 'How to add an event and link its sessions to case studies',
		'organise.title': 'Add an event: sessions, materials and the cases presented',
		'organise.lead':
			'Conference organisers can publish an event in the knowledge base with its sessions, slides and videos, and link each session to the case studies presented in it. An event is one text file, reviewed in a pull request like a case study.',
		'organise.get': 'What an event gets',
		'organise.get.page': 'A stable page, /events/<file name>/, with the event’s dates, place, sessions, materials and sources; search finds it.',
		'organise.get.session':
			'A stable address for each session: the event page’s address followed by #session-<id>. Each session on the page has a “Copy link to this session” control, for a programme, slides or a follow-up e-mail.',
		'organise.get.cases':
			'Case studies linked to the sessions they were presented in: the event page lists them under each session, and each case page links back to the event and shows the session’s materials.',
		'organise.get.data': 'The same as open data, for your own site or programme app:',
		'organise.get.search': 'Search views to paste next to a session: the search page keeps its filters in its address, for example every case in a domain:',
		'organise.steps': 'Step by step',
		'organise.step.new':
			'Start the file. The command writes content/events/<file name>.mdx with the values you give and the fields left to fill, each with a comment saying what goes there; run it without options and it asks for them.',
		'organise.step.fill':
			'Fill in the summary, the sessions in programme order, their materials and the sources. A session’s id is lower-case words joined by hyphens and unique in the event: it becomes the session’s address, and case studies name the session by it. Editors that read the JSON Schema complete the fields and their allowed values as you type:',
		'organise.step.describe':
			'Below the front matter, describe the event in your own words: why it was held, what was discussed, what it concluded. Cite its sources with footnotes, as a case study does: [^1] cites the first source.',
		'organise.step.link':
			'Link the case studies that were presented: in each one’s front matter, add the event’s file name and the id of the session (leave the session out if the case was presented at the event as a whole).',
		'organise.step.validate':
			'Check the files. The validator names every mistake with its line and column, suggests the nearest allowed value for a typo, and refuses a case that names an event or a session that does not exist.',
		'organise.step.pr':
			'Open a pull request with the event file and the case studies you changed. A maintainer checks the facts against the sources before it is published.',
		'organise.example': 'A complete example',
		'organise.example.lead':
			'An event with two sessions, materials of the whole event and of one session, and a source. It is made up (its addresses use the .example domain, reserved for documentation), and it passes the validator as it stands. Saved as {path}:',
		'organise.example.case': 'A case study presented in its first session adds to its own front matter:',
		'organise.materials': 'Materials',
		'organise.materials.text':
			'A material has a title, a type and an address (https://, or http:// where the organiser published it so). List a session’s slides and recordings under the session, and what belongs to the whole event (a report, the programme’s website) under the event’s own materials. The types:',
		'organise.fields': 'Every field',
		'organise.fields.lead':
			'The fields of an event file, as the JSON Schema describes them; the validator also checks that the last day is not before the first and that no session id is used twice.',
		'organise.fields.caption': 'Fields of an event file',
		'organise.browser.text':
			'In GitHub’s web editor, in your copy (fork) of the repository, add a file under content/events/, start from the example above, and propose the change. The checks run on the pull request as they do for everyone.',
		'organise.browser.newFile': 'Propose a new event file on GitHub',
		'organise.contribute': 'The contributor guide explains the pull request, sources and review in full:',
	},
} as const;

export type UiKey = keyof (typeof ui)['en'];

/** The translations, key for key; a key they lack is shown in English. */
const translations: Record<Lang, Partial<Record<UiKey, string>>> = { en: ui.en, fr, ru };

export function useTranslations(lang: Lang) {
	return function t(key: UiKey, values: Record<string, string | number> = {}): string {
		const template = translations[lang][key] ?? ui.en[key];
		return interpolate(template, values, (name) => `{${name}}`);
	};
}

/** "No case study yet", "1 case study", "12 case studies": plural rules of the page's language. */
export function caseStudyCount(lang: Lang, count: number): string {
	const t = useTranslations(lang);
	if (count === 0) return t('browse.count.zero');
	// The plural category, not "count is 1": in Russian 21 takes the "one" form and 22 the "few".
	const category = formatter(`plural:${lang}`, () => new Intl.PluralRules(lang)).select(count);
	const key = category === 'one' ? 'browse.count.one' : category === 'few' ? 'browse.count.few' : 'browse.count';
	return t(key, { count: formatNumber(lang, count) });
}

/** The dictionary entries whose keys match, for a browser script to read from a JSON block. */
export function clientStrings(lang: Lang, keys: RegExp, except: readonly UiKey[] = []): Record<string, string> {
	const t = useTranslations(lang);
	return Object.fromEntries((Object.keys(ui.en) as UiKey[]).filter((key) => keys.test(key) && !except.includes(key)).map((key) => [key, t(key)]));
}

/** Locale-aware formatting; every number and date on a page goes through these. */
/**
 * One formatter per language and kind, made once: building an Intl formatter costs far more
 * than using it, and a build formats tens of thousands of numbers and dates.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let made = formatters.get(key) as T | undefined;
	if (!made) {
		made = make();
		formatters.set(key, made);
	}
	return made;
}

export function formatNumber(lang: Lang, value: number): string {
	return formatter(`number:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(value);
}

/**
 * The locale dates are written in: UN documents write "28 November 2026" in English, which is
 * British order, not the month-first order of Intl's plain "en".
 */
const dateLocales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };

const dateFormat = (lang: Lang) =>
	formatter(`date:${lang}`, () => new Intl.DateTimeFormat(dateLocales[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));

export function formatDateRange(lang: Lang, start: Date, end: Date): string {
	const format = dateFormat(lang);
	return start.getTime() === end.getTime() ? format.format(start) : format.formatRange(start, end);
}

export function formatDate(lang: Lang, date: Date): string {
	const parts = dateFormat(lang).formatToParts(date);
	// French writes the first of the month as an ordinal: "1er décembre 2026".
	return parts.map((part) => (lang === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}
