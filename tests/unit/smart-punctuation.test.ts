/**
 * remark-smart-punctuation must give exactly what remark-smartypants (Astro's default, which it
 * replaces for speed) gives: the same tree for every content file and for sentences chosen to
 * reach each of smartypants' rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSmartPunctuation from '../../src/lib/remark-smart-punctuation.ts';
import { listCaseFiles, listFiles, listTranslationFiles } from '../../src/lib/content-files-fs.ts';
import { parseFrontMatter } from '../../src/lib/validation/frontmatter.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { seededRandom } from '../../src/lib/synthetic-cases.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const referencePass = unified().use(remarkSmartypants);
const ourPass = unified().use(remarkSmartPunctuation);

/** The tree after each plugin, as JSON, for one MDX body. */
function both(body: string): { reference: string; ours: string } {
	const reference = parser.parse(body);
	const ours = parser.parse(body);
	return {
		reference: JSON.stringify(referencePass.runSync(reference)),
		ours: JSON.stringify(ourPass.runSync(ours)),
	};
}

const hardSentences = [
	"\"Quoted\" words, 'single' ones and don't, it's, the '80s and rock 'n' roll.",
	'He said, "\'Quoted\' words in a larger quote." Then "a [linked *quote*](https://example.org)".',
	'Dashes -- em, triple --- and single - ones; ellipses... and spaced . . . ones, and .. two.',
	"``Backticks'' and ''doubled'' quotes, `code with \"quotes\" and --dashes`.",
	'# "Heading" with \'quotes\'\n\n| "a" | b -- c |\n| --- | --- |\n| \'x\' | y... |',
	'<Callout title="A &quot;title&quot;">"Inside" a component -- and <abbr title="x">"abbr"</abbr>.</Callout>',
	'"\n\n"Open at a block start", "close\'',
	'Numbers 1--2, 2010--2015, "10" and \'5\' and 5\'10" tall.',
	'Plain text with no punctuation to change at all',
	'Russian «ёлки» and French « guillemets » stay as they are, "but" straight ones change.',
];

describe('remark-smart-punctuation', () => {
	it.each(hardSentences)('matches remark-smartypants on %j', (text) => {
		const { reference, ours } = both(text);
		expect(ours).toBe(reference);
	});

	it('matches remark-smartypants on 2,000 random texts made of the pieces its rules look at', () => {
		const random = seededRandom(2013);
		const pieces = [
			'word',
			'Don',
			't',
			's',
			'80s',
			'5',
			' ',
			' ',
			'  ',
			'"',
			"'",
			'``',
			"''",
			'`',
			'-',
			'--',
			'---',
			'.',
			'..',
			'...',
			'. . .',
			' . ',
			',',
			'!',
			'?',
			':',
			'(',
			')',
			'*',
			'_',
			'[a](https://example.org)',
			'\n',
			'\n\n',
			'# ',
			'> ',
			'- ',
			'é',
			'«',
			'»',
			'&',
			'1',
			'2010',
		];
		const differing: string[] = [];
		for (let sample = 0; sample < 2000; sample++) {
			const length = 1 + Math.floor(random() * 24);
			const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
			const { reference, ours } = both(text);
			if (reference !== ours) differing.push(text);
		}
		expect(differing).toEqual([]);
	});

	it('changes what smartypants changes (the comparison is not of two no-ops)', () => {
		const tree = parser.parse('"Quoted" -- and... it\'s');
		remarkSmartPunctuation()(tree);
		expect(JSON.stringify(tree)).toContain('“Quoted” — and… it’s');
	});

	it('matches remark-smartypants on every case study, translation and event', () => {
		const files = [...listCaseFiles(projectRoot), ...listTranslationFiles(projectRoot), ...listFiles(projectRoot, 'content/events', '.mdx')];
		expect(files.length).toBeGreaterThan(50);
		const differing = files.filter((file) => {
			const { body } = parseFrontMatter(readFileSync(join(projectRoot, file), 'utf8'));
			const { reference, ours } = both(body);
			return reference !== ours;
		});
		expect(differing).toEqual([]);
	}, 120_000);
});
