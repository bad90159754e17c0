// "Join Let's Connect": a dialog that creates or updates the reader's profile page,
// ROOT/Participants/<username>. Native <dialog>: it traps focus, Escape closes it, and focus
// returns to the button that opened it.
import {
	LANGUAGE_FIELDS,
	PROFILE_FIELDS,
	profileValues,
	withProfile,
	type ProfileValues,
} from '../shared/model/participant';
import { profilePageTitle } from '../shared/model/titles';
import type { FormMessageKey } from '../shared/i18n/form-messages';
import { ApiFailure, failureText } from './api-errors';
import { editPage, fetchPages } from './wiki-pages';
import type { CardContext } from './session-card';
import { el } from './dom';
import {
	formSay,
	languageChooser,
	wikiLanguages,
	type LanguageChooser,
} from './language-chooser';

const LABELS: Record<keyof ProfileValues, FormMessageKey> = {
	'languages': 'lcf-join-languages',
	'country': 'lcf-join-country',
	'region': 'lcf-join-region',
	'affiliate': 'lcf-join-affiliate',
	'home': 'lcf-join-home',
	'share': 'lcf-join-share',
	'learn': 'lcf-join-learn',
	'follow-topics': 'lcf-join-follow-topics',
	'follow-languages': 'lcf-join-follow-languages',
	'follow-hubs': 'lcf-join-follow-hubs',
};

export async function openJoinForm(
	root: string,
	ctx: CardContext,
	opener: HTMLElement,
): Promise<void> {
	const say = formSay(ctx.language);
	const api = ctx.api as mw.Api;
	const user = ctx.user as string;
	const title = profilePageTitle(root, user);
	const dialog = document.createElement('dialog');
	dialog.className = 'lc-dialog';
	dialog.setAttribute('aria-labelledby', 'lc-join-heading');
	const heading = document.createElement('h2');
	heading.id = 'lc-join-heading';
	heading.textContent = say('lcf-join-title');
	const intro = document.createElement('p');
	intro.textContent = say('lcf-join-intro', title);
	const form = document.createElement('form');
	form.method = 'dialog';
	const inputs = new Map<keyof ProfileValues, HTMLInputElement>();
	// Disabled until the current profile is loaded, so that nothing typed is overwritten by it.
	const fields = document.createElement('fieldset');
	fields.className = 'lc-form-fields';
	fields.disabled = true;
	// Languages, chosen by name once the wiki's list of them has come (with the profile).
	const languageFields = new Map(
		LANGUAGE_FIELDS.map((field) => {
			const box = el('div', 'lc-form-field');
			const label = document.createElement('label');
			label.textContent = say(LABELS[field]);
			box.append(label);
			return [field, { box, label }];
		}),
	);
	const choosers = new Map<keyof ProfileValues, LanguageChooser>();
	// What someone follows comes after who they are, under a heading of its own.
	const follows = document.createElement('p');
	follows.className = 'lc-form-note';
	follows.textContent = say('lcf-join-follow-intro');
	for (const field of PROFILE_FIELDS) {
		if (field === 'follow-topics') fields.append(follows);
		const languageField = languageFields.get(field);
		if (languageField) {
			fields.append(languageField.box);
			continue;
		}
		const label = document.createElement('label');
		label.className = 'lc-form-field';
		const span = document.createElement('span');
		span.textContent = say(LABELS[field]);
		const input = document.createElement('input');
		input.type = 'text';
		input.name = field;
		input.maxLength = 300;
		label.append(span, input);
		inputs.set(field, input);
		fields.append(label);
	}
	form.append(fields);
	const status = document.createElement('p');
	status.className = 'lc-form-status';
	status.setAttribute('role', 'status');
	const save = document.createElement('button');
	save.type = 'submit';
	save.className = 'lc-button lc-button-primary';
	save.textContent = say('lcf-join-save');
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'lc-button lc-button-quiet';
	close.textContent = say('lcf-join-close');
	close.addEventListener('click', () => dialog.close());
	const actions = document.createElement('div');
	actions.className = 'lc-form-actions';
	actions.append(save, close);
	form.append(status, actions);
	dialog.append(heading, intro, form);
	document.body.append(dialog);
	dialog.addEventListener('close', () => {
		dialog.remove();
		opener.focus();
	});
	let loaded: ProfileValues | undefined;
	// Attached before anything else, so that Enter never closes the dialog through method=dialog.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (save.disabled || !loaded || choosers.size < LANGUAGE_FIELDS.length)
			return;
		// Only languages of the wiki's list, stored as codes: anything else is refused with a word.
		const codes: Record<string, string> = {};
		for (const [field, chooser] of choosers) {
			const languages = chooser.value();
			if ('unknown' in languages) {
				status.textContent = say(
					'lcf-join-language-unknown',
					languages.unknown,
				);
				chooser.focus();
				return;
			}
			codes[field] = languages.codes.join(', ');
		}
		save.disabled = true;
		status.textContent = ctx.msg('lc-working');
		const values = {
			...Object.fromEntries(
				PROFILE_FIELDS.map((f) => [f, inputs.get(f)?.value.trim() ?? '']),
			),
			...codes,
		} as unknown as ProfileValues;
		const joined = ctx.now().toISOString().slice(0, 7);
		const before = loaded;
		editPage(
			api,
			title,
			(text) => {
				const next = withProfile(text, user, values, joined, before);
				if (next === undefined) throw new ApiFailure('profile-unreadable');
				return { text: next, summary: ctx.summary('lc-summary-join') };
			},
			{ create: true },
		)
			.then(() => {
				status.textContent = say('lcf-join-saved');
			})
			.catch((failure: unknown) => {
				status.textContent = failureText(ctx.msg, failure);
			})
			.finally(() => {
				save.disabled = false;
			});
	});
	save.disabled = true;
	heading.tabIndex = -1;
	dialog.showModal();
	heading.focus();
	status.textContent = ctx.msg('lc-working');
	try {
		const [{ pages }, languages] = await Promise.all([
			fetchPages(api, [title]),
			wikiLanguages(api, ctx.userLanguage, ctx.locale),
		]);
		loaded = profileValues(pages.get(title)?.text ?? '');
		for (const [field, input] of inputs) input.value = loaded[field];
		for (const [field, { box, label }] of languageFields) {
			const chooser = languageChooser(languages, say, label);
			chooser.set(loaded[field].split(','));
			box.append(chooser.element);
			choosers.set(field, chooser);
		}
		status.textContent = '';
		fields.disabled = false;
		save.disabled = false;
		choosers.get('languages')?.focus();
	} catch (failure) {
		// Without the current profile, saving could blank it: the form stays closed to input.
		status.textContent = failureText(ctx.msg, failure);
	}
}
