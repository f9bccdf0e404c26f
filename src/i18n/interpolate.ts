/**
 * Fills `{name}` placeholders of an interface string: the one implementation the dictionary's
 * `t()` and the browser modules share. A function replacer, so that `$&` and other replacement
 * patterns in the values are never interpreted.
 */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>, missing: (name: string) => string = () => ''): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => (values[name] === undefined ? missing(name) : String(values[name])));
}
