/**
 * Labels and definitions of the taxonomies (content/*.yaml) in French and Russian, by file and
 * id; English is the YAML itself. A text a translation lacks falls back to English.
 */
import fr from './taxonomies.fr.json' with { type: 'json' };
import ru from './taxonomies.ru.json' with { type: 'json' };
import type { Lang } from './ui.ts';

export type TaxonomyFile = 'countries' | 'domains' | 'stages' | 'policy-messages' | 'conditions' | 'evidence-levels' | 'result-kinds' | 'regions';
type Texts = Record<string, Record<string, Record<string, string>>>;

const translations: Record<Exclude<Lang, 'en'>, Texts> = { fr, ru };

/** The `field` (label, definition …) of entry `id` of a taxonomy in `lang`, or `english` when untranslated. */
export function taxonomyText(lang: Lang, file: TaxonomyFile, id: string, field: string, english: string): string {
	if (lang === 'en') return english;
	return translations[lang][file]?.[id]?.[field] ?? english;
}
