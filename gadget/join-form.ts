// "Join Let's Connect": the button (or, for an anonymous reader, a log-in link). The form itself,
// which creates or updates the reader's profile, is in the forms module (join-dialog.ts), loaded
// on the first click like the session form.
import { accountLink } from './signup-control';
import type { CardContext } from './session-card';
import { withForms } from './forms-module';
import { profilePageTitle } from '../shared/model/titles';
import { pageExists } from './wiki-pages';

/**
 * The button that opens the form ("Edit my profile" for a member), or, for an anonymous reader,
 * a log-in link.
 */
export function joinButton(root: string, ctx: CardContext): HTMLElement {
	if (!ctx.user || !ctx.api) {
		const link = accountLink(ctx, 'lc-join-login', 'lc-join-temporary');
		link.classList.replace('lc-signup-login', 'lc-join-login');
		return link;
	}
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'lc-button lc-button-primary lc-join';
	button.textContent = ctx.msg('lc-join');
	// A member edits their profile in the same form.
	void pageExists(ctx.api, profilePageTitle(root, ctx.user)).then((member) => {
		if (member) button.textContent = ctx.msg('lc-join-edit');
	});
	button.addEventListener('click', () =>
		withForms((forms) => forms.openJoinForm(root, ctx, button)),
	);
	return button;
}

/**
 * The Join button wherever a page invites to join ({{Let's Connect/Join}}: the Participants page,
 * the programme's page), in place of the text that says how to join without the gadget.
 */
export function offerJoin(
	container: HTMLElement,
	roots: readonly string[],
	ctx: CardContext,
): void {
	container
		.querySelectorAll<HTMLElement>('[data-lc-join-root]')
		.forEach((place) => {
			const root = place.dataset.lcJoinRoot ?? '';
			if (
				!roots.includes(root) ||
				place.querySelector('.lc-join, .lc-join-login')
			)
				return;
			place.replaceChildren(joinButton(root, ctx));
		});
}
