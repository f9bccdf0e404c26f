/** What middleware gives every page and component (src/middleware.ts). */
declare namespace App {
	interface Locals {
		/** The page's language, from its address: English at the root, `/fr/…`, `/ru/…`. */
		lang: import('./i18n/ui.ts').Lang;
		/** The interface dictionary in the page's language. */
		t: ReturnType<typeof import('./i18n/ui.ts').useTranslations>;
		/**
		 * The address of a site path in the page's language, under the base; a case page that
		 * has no translation into it links to the English page.
		 */
		link: (path: string) => string;
		/** Whether a site path has a page in a language (only case pages may lack one). */
		hasPage: (path: string, lang: import('./i18n/ui.ts').Lang) => boolean;
	}
}
