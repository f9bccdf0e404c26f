/** File names from titles, for the scaffold and the case-study form alike. */

/** Letters NFKD does not split into a base letter and an accent, and Cyrillic, to Latin. */
const transliteration: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	ø: 'o',
	œ: 'oe',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ґ: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	є: 'ie',
	ж: 'zh',
	з: 'z',
	и: 'i',
	і: 'i',
	ї: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ў: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
	ә: 'a',
	ғ: 'g',
	қ: 'q',
	ң: 'n',
	ө: 'o',
	ұ: 'u',
	ү: 'u',
	һ: 'h',
};

/** The file name made from a title: lower-case Latin words joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
	const latin = [...title.toLowerCase()].map((c) => transliteration[c] ?? c).join('');
	const words = latin
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > 60 && slug) break;
		slug = next.slice(0, 60);
	}
	return slug;
}
