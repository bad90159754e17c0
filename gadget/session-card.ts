// Enhances one rendered session card: local time, UTC beside it, a relative phrase, sign-up.
import {
	formatRange,
	formatUtcTime,
	relativePhrase,
	zoneName,
	type ReaderZone,
} from './time-display';
import type { SessionElement } from './session-elements';
import {
	SignupControl,
	closedReason,
	type ReaderState,
	type SignupContext,
} from './signup-control';
import { el, speaking } from './dom';
import { downloadIcs, eventOf, googleCalendarUrl } from './calendar-files';
import { hasEnded } from '../shared/model/rules';

export interface CardContext extends SignupContext {
	zone: ReaderZone;
	/** The language the gadget's messages are in (the reader's, or English when it has no translation). */
	language: string;
	/** Full URL of a wiki page, for calendar entries. */
	pageUrl: (title: string) => string;
}

/** `meeting`: the meeting's link when the reader may join it (asked at each click: it follows a sign-up). */
function calendarLinks(
	session: SessionElement,
	ctx: CardContext,
	meeting: () => string | undefined,
): HTMLElement {
	const box = document.createElement('span');
	box.className = 'lc-session-calendar';
	const ics = document.createElement('button');
	ics.type = 'button';
	ics.className = 'lc-link-button';
	ics.textContent = ctx.msg('lc-add-calendar');
	ics.addEventListener('click', () =>
		downloadIcs(
			[eventOf(session, ctx.pageUrl, meeting(), ctx.msg('lc-join-meeting'))],
			`${session.id}.ics`,
			ctx.msg('lc-error-calendar'),
		),
	);
	const google = document.createElement('a');
	google.href = googleCalendarUrl(
		eventOf(session, ctx.pageUrl, meeting(), ctx.msg('lc-join-meeting')),
	);
	google.addEventListener('click', () => {
		google.href = googleCalendarUrl(
			eventOf(session, ctx.pageUrl, meeting(), ctx.msg('lc-join-meeting')),
		);
	});
	google.target = '_blank';
	google.rel = 'noopener noreferrer';
	google.textContent = ctx.msg('lc-add-google');
	box.append(ics, ' · ', google);
	return box;
}

export function enhanceCard(
	session: SessionElement,
	state: ReaderState,
	ctx: CardContext,
): void {
	const { element } = session;
	element.classList.add('lc-enhanced');
	const when = element.querySelector<HTMLElement>('.lc-session-when');
	if (when) {
		const local = el('span', 'lc-session-local');
		local.textContent = `${formatRange(session.start, session.end, ctx.zone, ctx.locale)} (${zoneName(ctx.zone, ctx.locale)})`;
		const extra = el('span', 'lc-session-when-extra');
		const relative = relativePhrase(session.start, ctx.now(), ctx.locale);
		extra.textContent = ` · ${ctx.msg('lc-utc', formatUtcTime(session.start, ctx.locale))}${relative ? ` · ${relative}` : ''}`;
		const time = when.querySelector('time');
		// The server's UTC rendering stays in the DOM for machines; readers see their own time.
		// The whole line is the gadget's, written by Intl in the reader's locale: in its direction
		// (Hebrew's too, which has no messages of ours), in their order.
		speaking(when, ctx.locale).replaceChildren(local, extra);
		if (time) {
			time.hidden = true;
			when.append(time);
		}
	}
	const register = element.querySelector<HTMLElement>('.lc-session-register');
	// A logged-in reader acts only on what the bot's header on the registration page states: a
	// card with no such source (a made-up id, no registration page yet) keeps the server's text.
	const control =
		!session.trusted || (ctx.user && ctx.api && !state.source)
			? undefined
			: new SignupControl(session, ctx, state);
	if (!hasEnded(session.end, ctx.now()) && session.status !== 'cancelled') {
		const tools = speaking(el('div', 'lc-session-tools'), ctx.language);
		tools.append(calendarLinks(session, ctx, () => control?.meetingLink()));
		element.append(tools);
	}
	if (!control) {
		// Not a red link to an empty page: what will happen, and when.
		if (state.noPageYet && register && !closedReason(session, ctx.now()))
			register.replaceChildren(
				speaking(
					el('span', 'lc-signup-closed', ctx.msg('lc-registration-opens')),
					ctx.language,
				),
			);
		return;
	}
	speaking(control.root, ctx.language);
	if (register) {
		// The server's link and "closed" text give way to the control; the server's counts stay
		// unless the control has the page's own.
		const counts = state.page
			? null
			: register.querySelector('.lc-session-counts');
		register.replaceChildren(control.root, ...(counts ? [counts] : []));
	} else {
		element.append(control.root);
	}
}
