// "Take attendance" on the registration page of a session that has ended, for the sharers and
// liaisons the page names (the bot counts only marks their own accounts saved). The sheet is in
// the forms module, loaded on the first click.
import type { CardContext } from './session-card';
import { el } from './dom';
import { withForms } from './forms-module';

export function offerAttendance(
	container: HTMLElement,
	ctx: CardContext,
): void {
	const spot = container.querySelector<HTMLElement>('[data-lc-attendance]');
	// The names as MediaWiki writes them, one after another with `|` (which no name has).
	const markers = spot?.dataset.lcMarkers?.split('|') ?? [];
	if (!spot || !ctx.user || !ctx.api || !markers.includes(ctx.user)) return;
	const button = el('button', 'lc-button', ctx.msg('lc-attendance-take'));
	button.type = 'button';
	button.addEventListener('click', () =>
		withForms((forms) => forms.openAttendance(spot, ctx, button)),
	);
	spot.append(' ', button);
}
