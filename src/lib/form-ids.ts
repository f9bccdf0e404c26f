/** The element id of a form field from its name: `sources[0].url` → `f-sources-0-url`. Shared by the page and its script. */
export function fieldId(name: string): string {
	return `f-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}
