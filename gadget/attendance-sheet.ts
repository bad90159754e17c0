// The attendance sheet (in the forms module): the people of a session that has ended, each with a
// box to tick if they came, and a field for anyone who came without signing up. Saved as
// `attended=yes` on their lines (shared/registrations/attendance.ts), with the edit protocol's
// base revision: a sign-up or a mark saved meanwhile is read again, never overwritten.
import {
	attendanceMarks,
	withAttendance,
} from '../shared/registrations/attendance';
import { parseRegistrations } from '../shared/registrations/registration-page';
import { isValidUsername, normaliseUsername } from '../shared/model/usernames';
import { splitList } from '../shared/wikitext/lists';
import { failureText } from './api-errors';
import { editPage, fetchPages } from './wiki-pages';
import type { CardContext } from './session-card';
import { formSay } from './language-chooser';
import { el, speaking } from './dom';

/** Everyone who may have come, in page order: those who did not cancel, and anyone marked already. */
function peopleOf(text: string): { user: string; came: boolean }[] {
	const marked = attendanceMarks(text);
	return parseRegistrations(text)
		.filter((r) => r.status !== 'cancelled' || marked.has(r.user))
		.map((r) => ({ user: r.user, came: marked.has(r.user) }));
}

export async function openAttendance(
	spot: HTMLElement,
	ctx: CardContext,
	opener: HTMLElement,
): Promise<void> {
	const say = formSay(ctx.language);
	// The edit summary in the wiki's language.
	const sayToWiki = formSay(mw.config.get('wgContentLanguage'));
	const api = ctx.api as mw.Api;
	const title = mw.config.get('wgPageName').replace(/_/g, ' ');
	// In the reader's language and direction, whatever the page's.
	const dialog = speaking(el('dialog', 'lc-dialog'), ctx.language);
	dialog.setAttribute('aria-labelledby', 'lc-attendance-heading');
	const heading = el('h2', '', say('lcf-attendance-title'));
	heading.id = 'lc-attendance-heading';
	heading.tabIndex = -1;
	const form = el('form', 'lc-attendance-form');
	form.method = 'dialog';
	const fields = el('fieldset', 'lc-form-fields');
	fields.disabled = true;
	const legend = el('legend', '', say('lcf-attendance-intro'));
	const list = el('ul', 'lc-attendance-list');
	const othersLabel = el('label', 'lc-form-field');
	const others = el('input', '');
	others.type = 'text';
	others.name = 'others';
	others.maxLength = 1000;
	othersLabel.append(el('span', '', say('lcf-attendance-others')), others);
	fields.append(legend, list, othersLabel);
	const status = el('p', 'lc-form-status');
	status.setAttribute('role', 'status');
	const save = el('button', 'lc-button lc-button-primary');
	save.type = 'submit';
	save.textContent = say('lcf-attendance-save');
	save.disabled = true;
	const close = el(
		'button',
		'lc-button lc-button-quiet',
		say('lcf-join-close'),
	);
	close.type = 'button';
	close.addEventListener('click', () => dialog.close());
	const actions = el('div', 'lc-form-actions');
	actions.append(save, close);
	form.append(fields, status, actions);
	dialog.append(heading, form);
	document.body.append(dialog);
	dialog.addEventListener('close', () => {
		dialog.remove();
		opener.focus();
	});
	const boxes = new Map<string, HTMLInputElement>();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (save.disabled) return;
		const typed = splitList(others.value);
		const wrong = typed.find((name) => !isValidUsername(name));
		if (wrong !== undefined) {
			status.textContent = say('lcf-attendance-not-user', wrong);
			others.focus();
			return;
		}
		// Only what this reader changed: a mark someone saved since the sheet opened stays.
		const changed = [...boxes].filter(
			([, box]) => box.checked !== box.defaultChecked,
		);
		const came = [
			...new Set([
				...changed.filter(([, box]) => box.checked).map(([user]) => user),
				...typed.map(normaliseUsername),
			]),
		];
		const missed = changed
			.filter(([, box]) => !box.checked)
			.map(([user]) => user);
		if (came.length + missed.length === 0) {
			status.textContent = say('lcf-attendance-unchanged');
			return;
		}
		save.disabled = true;
		status.textContent = ctx.msg('lc-working');
		editPage(api, title, (text) => {
			const next = withAttendance(text, { came, missed });
			return next === text
				? null
				: {
						text: next,
						summary: sayToWiki(
							'lcf-summary-attendance',
							came.length,
							missed.length,
						),
					};
		})
			.then(() => {
				for (const box of boxes.values()) box.defaultChecked = box.checked;
				const present = [...boxes]
					.filter(([, box]) => box.checked)
					.map(([user]) => user);
				status.textContent = say(
					'lcf-attendance-saved',
					new Set([...present, ...typed.map(normaliseUsername)]).size,
				);
			})
			.catch((failure: unknown) => {
				status.textContent = failureText(ctx.msg, failure);
			})
			.finally(() => {
				save.disabled = false;
			});
	});
	dialog.showModal();
	heading.focus();
	status.textContent = ctx.msg('lc-working');
	try {
		const { pages } = await fetchPages(api, [title]);
		const people = peopleOf(pages.get(title)?.text ?? '');
		for (const { user, came } of people) {
			const label = el('label', '');
			const box = el('input', '');
			box.type = 'checkbox';
			box.checked = came;
			// What the page held when the sheet opened: a save sends only the changes from it.
			box.defaultChecked = came;
			box.value = user;
			label.append(box, ' ', user);
			const item = el('li', '');
			item.append(label);
			list.append(item);
			boxes.set(user, box);
		}
		if (people.length === 0)
			list.append(el('li', '', say('lcf-attendance-none')));
		status.textContent = '';
		fields.disabled = false;
		save.disabled = false;
		(boxes.values().next().value ?? others).focus();
	} catch (failure) {
		// Without the page's lines, saving could unmark someone: the sheet stays closed to input.
		status.textContent = failureText(ctx.msg, failure);
	}
}
