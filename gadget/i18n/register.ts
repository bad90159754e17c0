// Where the translation modules leave their messages for the gadget: mw.libs, the namespace
// MediaWiki keeps for gadgets' shared code.
import type { Catalogue } from '../../shared/i18n/messages';

const KEY = 'letsConnectTranslations';

export function registerTranslation(
	language: string,
	catalogue: Catalogue,
): void {
	const libs = mw.libs as unknown as Record<
		string,
		Record<string, Catalogue> | undefined
	>;
	(libs[KEY] ??= {})[language] = catalogue;
}

export function registeredTranslations(): Record<
	string,
	Catalogue | undefined
> {
	return (
		(
			mw.libs as unknown as Record<
				string,
				Record<string, Catalogue> | undefined
			>
		)[KEY] ?? {}
	);
}

/** The translation modules a reader of `language` needs (none for English or an untranslated language). */
export function translationModules(
	languages: string[],
	translated: readonly string[],
): string[] {
	return [...new Set(languages.map((l) => l.split('-')[0]))]
		.filter((l) => translated.includes(l))
		.map((l) => `ext.gadget.letsconnect-i18n-${l}`);
}
