/**
 * Reads the case studies from disk with the shared schema, outside Astro (for the CLI, the
 * benchmark and tests). Throws with every problem when the content is invalid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaseStudySchema } from '../schema/case-study.ts';
import { createCaseTranslationSchema, type CaseTranslationData, type TranslationLanguage } from '../schema/case-translation.ts';
import { vocabularyOf, type Taxonomies } from '../schema/taxonomy.ts';
import { loadTaxonomies } from './taxonomies-fs.ts';
import { caseIdFromPath, translationFromPath } from './content-paths.ts';
import { listCaseFiles, listTranslationFiles } from './content-files-fs.ts';
import { parseFrontMatter } from './validation/frontmatter.ts';
import type { CaseStudy } from './case-studies.ts';

export function readCaseStudies(root: string): { taxonomies: Taxonomies; cases: CaseStudy[] } {
	const taxonomies = loadTaxonomies(root);
	const schema = createCaseStudySchema(vocabularyOf(taxonomies));
	const cases = listCaseFiles(root).map((file) => {
		const parsed = parseFrontMatter(readFileSync(join(root, file), 'utf8'));
		const result = schema.safeParse(parsed.data);
		if (!result.success) throw new Error(`${file} is invalid; run npm run validate`);
		return { id: caseIdFromPath(file), data: result.data };
	});
	return { taxonomies, cases };
}

/** The translations of case studies, read with their schema. Throws when one is invalid. */
export function readTranslations(root: string): { lang: TranslationLanguage; caseId: string; data: CaseTranslationData }[] {
	const schema = createCaseTranslationSchema();
	return listTranslationFiles(root).map((file) => {
		const parsed = parseFrontMatter(readFileSync(join(root, file), 'utf8'));
		const result = schema.safeParse(parsed.data);
		if (!result.success) throw new Error(`${file} is invalid; run npm run validate`);
		return { ...translationFromPath(file)!, data: result.data };
	});
}
