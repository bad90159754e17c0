// Languages chosen by name, from the languages the wiki knows (`meta=languageinfo`, names in the
// reader's language and in their own), and kept as codes: "Português" is stored as `pt`, and a
// name or code the wiki does not know is refused before anything is saved.
import { el } from './dom';
import { languageName } from './intl-cache';
import { languageInfo } from './wiki-pages';
import {
	formMessages,
	type FormMessageKey,
} from '../shared/i18n/form-messages';
import { formatMessage } from '../shared/i18n/format-message';

/** The form's words, formatted. */
export type FormSay = (
	key: FormMessageKey,
	...params: (string | number)[]
) => string;

/** The forms' words in a language (they travel with the forms module, not in the reader's gadget). */
export function formSay(language: string): FormSay {
	const words = formMessages(language);
	return (key, ...params) => formatMessage(words[key], params, language);
}

export interface WikiLanguage {
	code: string;
	/** In the reader's language. */
	name: string;
	/** In its own language. */
	autonym: string;
}

/**
 * Every language the wiki knows, with its names, following `continue` (the wiki answers in parts).
 * A wiki without the CLDR extension names languages only in their own words: the browser's names
 * (Intl) stand in for the reader's language then.
 */
export async function wikiLanguages(
	api: mw.Api,
	uselang: string,
	locale: string,
): Promise<WikiLanguage[]> {
	const languages: WikiLanguage[] = [];
	for (const info of await languageInfo(api, uselang)) {
		const autonym = info.autonym || info.name || info.code;
		const name =
			info.name && info.name !== autonym
				? info.name
				: languageName(info.code, locale);
		languages.push({
			code: info.code,
			name: name === info.code ? autonym : name,
			autonym,
		});
	}
	return languages.sort((a, b) => a.autonym.localeCompare(b.autonym));
}

/** What a suggestion says: the language's own name, and its code (which tells apart two of the same name). */
const choiceText = (language: WikiLanguage) =>
	`${language.autonym} (${language.code})`;

export interface LanguageChooser {
	element: HTMLElement;
	/** The chosen codes, or the text typed that is not a language of the list. */
	value(): { codes: string[] } | { unknown: string };
	set(codes: string[]): void;
	focus(): void;
}

let chooserCount = 0;

export function languageChooser(
	languages: WikiLanguage[],
	say: FormSay,
	label: HTMLElement,
): LanguageChooser {
	const byCode = new Map(languages.map((l) => [l.code, l]));
	const byChoice = new Map(
		languages.map((l) => [choiceText(l).toLowerCase(), l]),
	);
	const listId = `lc-language-options-${++chooserCount}`;
	const box = el('div', 'lc-language-chooser');
	const chosenList = el('ul', 'lc-chosen-languages');
	const input = document.createElement('input');
	input.type = 'text';
	input.setAttribute('list', listId);
	input.autocomplete = 'off';
	input.id = `${listId}-input`;
	label.setAttribute('for', input.id);
	const hint = el('div', 'lc-form-hint', say('lcf-join-languages-hint'));
	hint.id = `${listId}-hint`;
	input.setAttribute('aria-describedby', hint.id);
	const options = document.createElement('datalist');
	options.id = listId;
	for (const language of languages) {
		const option = document.createElement('option');
		option.value = choiceText(language);
		// The browser matches what is typed against the label too: "Portuguese" finds Português.
		if (language.name !== language.autonym) option.label = language.name;
		options.append(option);
	}
	box.append(chosenList, input, options, hint);
	let chosen: string[] = [];

	const render = () => {
		chosenList.replaceChildren(
			...chosen.map((code) => {
				const language = byCode.get(code);
				const item = el(
					'li',
					'lc-chosen-language',
					language ? language.name : code,
				);
				item.dataset.lcLanguage = code;
				const remove = el(
					'button',
					'lc-button lc-button-quiet lc-remove-language',
					'×',
				);
				remove.type = 'button';
				remove.setAttribute(
					'aria-label',
					say('lcf-join-language-remove', language ? language.name : code),
				);
				remove.addEventListener('click', () => {
					chosen = chosen.filter((c) => c !== code);
					render();
					input.focus();
				});
				item.append(' ', remove);
				return item;
			}),
		);
	};
	/** The language a typed text names: a suggestion taken as it is, or a code of the list. */
	const resolve = (text: string): WikiLanguage | undefined =>
		byChoice.get(text.toLowerCase()) ?? byCode.get(text.toLowerCase());
	// A suggestion picked (or a code typed and confirmed) becomes a chosen language at once.
	input.addEventListener('change', () => {
		const language = resolve(input.value.trim());
		if (!language) return;
		if (!chosen.includes(language.code)) chosen.push(language.code);
		input.value = '';
		render();
	});

	return {
		element: box,
		value() {
			// A code the profile had that the wiki does not know (written by hand): named, to be removed.
			const stale = chosen.find((code) => !byCode.has(code));
			if (stale !== undefined) return { unknown: stale };
			const typed = input.value.trim();
			if (typed === '') return { codes: [...chosen] };
			const language = resolve(typed);
			return language
				? { codes: [...new Set([...chosen, language.code])] }
				: { unknown: typed };
		},
		set(codes) {
			chosen = [
				...new Set(codes.map((c) => c.trim().toLowerCase()).filter(Boolean)),
			];
			render();
		},
		focus: () => input.focus(),
	};
}
