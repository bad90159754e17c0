// "Add a session" (on the programme's or a hub's own page and its calendar) and "Edit this
// session" (on a session's own page), for named accounts. The form itself is a module of its own,
// loaded on the first click: readers who never open it download none of it.
import type { MessageKey } from '../shared/i18n/messages';
import type { CardContext } from './session-card';
import type { SessionElement } from './session-elements';
import { el } from './dom';

import { withForms } from './forms-module';

function open(
	ctx: CardContext,
	root: string,
	opener: HTMLElement,
	edit?: { page: string; id: string },
): void {
	const zone = ctx.zone.kind === 'zone' ? ctx.zone.zone : 'UTC';
	withForms((forms) =>
		forms.openSessionForm({
			api: ctx.api,
			root,
			language: ctx.language,
			locale: ctx.locale,
			zone,
			edit,
			opener,
			pageUrl: ctx.pageUrl,
			msg: (key: string) => ctx.msg(key as MessageKey),
		}),
	);
}

function formButton(
	ctx: CardContext,
	label: 'lc-session-add' | 'lc-session-edit',
	action: (button: HTMLButtonElement) => void,
): HTMLButtonElement {
	const button = el(
		'button',
		`lc-button lc-button-quiet lc-session-form-open ${label}`,
		ctx.msg(label),
	);
	button.type = 'button';
	button.addEventListener('click', () => action(button));
	return button;
}

/** "Add a session", for a named account on the root's own page or its calendar; else nothing. */
export function addSessionButton(
	root: string,
	ctx: CardContext,
	currentPage: string,
	calendarPage: string,
): HTMLButtonElement | undefined {
	if (
		!ctx.user ||
		!ctx.api ||
		(currentPage !== root && currentPage !== calendarPage)
	)
		return undefined;
	return formButton(ctx, 'lc-session-add', (button) => open(ctx, root, button));
}

/** "Edit this session" on the card of a session on its own page, for a named account; else nothing. */
export function editSessionButton(
	session: SessionElement,
	ctx: CardContext,
	currentPage: string,
): HTMLButtonElement | undefined {
	if (!ctx.user || !ctx.api || !session.trusted || session.page !== currentPage)
		return undefined;
	return formButton(ctx, 'lc-session-edit', (button) =>
		open(ctx, session.root, button, { page: session.page, id: session.id }),
	);
}
