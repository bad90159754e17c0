// A list in a template value (`es, fr; pt`): one rule for the codec, the profiles, the Config and
// the module, which reads the separators from Module:Let's Connect/contract (V.split).

/** The characters that separate the items of a list. */
export const LIST_SEPARATORS = ',;';

const SEPARATOR = new RegExp(`[${LIST_SEPARATORS}]`);

/** The items of a list value, trimmed, empty ones left out. */
export function splitList(value: string | undefined): string[] {
	return (value ?? '')
		.split(SEPARATOR)
		.map((v) => v.trim())
		.filter(Boolean);
}
