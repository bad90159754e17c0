// The sign-up area of one session card: a button, the reader's state, or why they cannot sign up.
import {
	appendText,
	isFull,
	stateOf,
	summarise,
	type RegistrationStatus,
} from '../shared/registrations/registration-page';
import { cancelRegistration, signUp } from '../shared/registrations/sign-up';
import { placesOf, type Roster } from '../shared/registrations/roster';
import { el } from './dom';
import type { MessageKey } from '../shared/i18n/messages';
import { ApiFailure, messageForFailure } from './api-errors';
import {
	appendToPage,
	editPage,
	fetchQueue,
	fetchRegistration,
	takeTicket,
	type PageRevision,
	type RegistrationRead,
} from './wiki-pages';
import {
	QUEUE_RELIST_MS,
	QUEUE_WAIT_CAP_MS,
	pollDelayMs,
	turnOf,
	type QueueTicket,
	type Turn,
} from '../shared/registrations/queue';
import { queueTicketTitle } from '../shared/model/titles';
import {
	readHeader,
	type SessionSource,
} from '../shared/registrations/registration-header';
import {
	clickWasSeen,
	confirmAction,
	pinTokens,
	trackVisibility,
} from './click-guard';
import { languageName } from './intl-cache';
import { registrationTitle, type SessionElement } from './session-elements';
import { isoSecond } from '../shared/model/rules';
import { sessionState } from '../shared/sessions/session-state';
import { normaliseUsername } from '../shared/model/usernames';

/** The link for a reader who cannot act: log in, or (a temporary account) create an account, and why. */
export function accountLink(
	ctx: SignupContext,
	login: MessageKey,
	temporary: MessageKey,
): HTMLAnchorElement {
	const link = el(
		'a',
		ctx.account.temporary
			? 'lc-signup-login lc-temporary-account'
			: 'lc-signup-login',
		ctx.msg(ctx.account.temporary ? temporary : login),
	);
	link.href = ctx.account.url;
	if (ctx.account.temporary) link.title = ctx.msg('lc-temporary-hint');
	return link;
}

export interface ReaderState {
	status: RegistrationStatus | 'none';
	position?: number;
	registered: number;
	/** People waiting: while anyone waits, a newcomer joins the end of the waitlist. */
	waitlisted: number;
	/** The registration page as read, when it was: the counts are then the page's own. */
	page?: PageRevision;
	/** The bot's verified roster of that page, when it has one: places follow it. */
	roster?: Roster;
	/** The session as the bot's header on that page states it: the only source of its facts. */
	source?: SessionSource;
	/** The session has no registration page yet (the bot makes it at its next run). */
	noPageYet?: boolean;
}

/**
 * The reader's state as verified actions give it: the bot's roster, then what changed on the page
 * since its run (shared/registrations/roster.ts), with the capacity in the bot's header; without
 * the bot's header for this session there is no source.
 */
export function stateFromPage(
	read: RegistrationRead,
	user: string,
	sessionId: string,
): ReaderState {
	const { page, roster } = read;
	const header = readHeader(page.text);
	const source = header?.id === sessionId ? header : undefined;
	const registrations = placesOf(page.text, roster, source?.capacity);
	const { registered, waitlisted } = summarise(registrations);
	return {
		...stateOf(registrations, user),
		registered,
		waitlisted,
		page,
		roster,
		source,
	};
}

/** The facts a control acts on: the source's when there is one, else (anonymous readers) the card's. */
type SessionFacts = Pick<
	SessionElement,
	'title' | 'start' | 'end' | 'status' | 'registration' | 'capacity'
>;

function factsOf(
	session: SessionElement,
	source: SessionSource | undefined,
): SessionFacts {
	if (!source) return session;
	return {
		title: source.title,
		start: new Date(source.startUtc),
		end: new Date(source.endUtc),
		status: source.status,
		registration: source.registration,
		capacity: source.capacity,
	};
}

/** A card that says anything else than its source was not written by our template, or is stale. */
function disagrees(session: SessionElement, facts: SessionFacts): boolean {
	return (
		session.title !== facts.title ||
		session.start.getTime() !== facts.start.getTime() ||
		session.end.getTime() !== facts.end.getTime() ||
		session.status !== facts.status ||
		session.registration !== facts.registration ||
		session.capacity !== facts.capacity
	);
}

export interface SignupContext {
	api: mw.Api | null;
	user: string | null;
	now: () => Date;
	/** A message in the reader's language. */
	msg: (key: MessageKey, ...params: (string | number)[]) => string;
	/** The reader's language, for Intl. */
	locale: string;
	/** The reader's interface language (`wgUserLanguage`), written on their line: the bot's messages to them use it. */
	userLanguage: string;
	/** A message in the wiki's content language, for edit summaries. */
	summary: (key: MessageKey, ...params: (string | number)[]) => string;
	/**
	 * Where a reader who cannot act goes, and why: to log in, or, for a temporary account (which
	 * only a named account may replace), to create an account.
	 */
	account: { url: string; temporary: boolean };
	/** A session's time in the reader's zone and language, for confirmations. */
	when: (start: Date, end: Date) => string;
	/** The bot account whose verified rosters the gadget reads (from the reviewed settings). */
	rosterBot?: string;
	/**
	 * Whether a card here may act on one click: the current revision of the session's own page
	 * (as its header names it), the programme's root page, or the lists the bot generates.
	 */
	trustedPage: (root: string, sessionPage: string) => boolean;
}

/** Why nobody can sign up now, in the state's own words, or null when sign-up is possible. */
export function closedReason(
	session: Pick<SessionFacts, 'status' | 'end' | 'registration'>,
	now: Date,
): MessageKey | null {
	const state = sessionState(session, { registered: 0, waitlisted: 0 }, now);
	return state === 'open' ? null : `lc-state-${state}`;
}

export class SignupControl {
	public readonly root: HTMLElement;

	private readonly status: HTMLElement;

	private readonly error: HTMLElement;

	private readonly counts: HTMLElement;

	private interpretation = '';

	/** Opt-in, as Meta expects of messages: no reminder unless the reader ticks the box. */
	private remind = false;

	private facts: SessionFacts;

	public constructor(
		private readonly session: SessionElement,
		private readonly ctx: SignupContext,
		private state: ReaderState,
	) {
		this.root = el('div', 'lc-signup');
		pinTokens(this.root);
		this.status = el('span', 'lc-signup-state');
		// Screen readers hear "registered" or the waitlist position when it changes.
		this.status.setAttribute('role', 'status');
		this.error = el('div', 'lc-signup-error');
		this.error.setAttribute('role', 'alert');
		this.counts = el('div', 'lc-signup-counts');
		this.root.append(this.status, this.counts, this.error);
		this.facts = factsOf(session, state.source);
		this.render();
	}

	/**
	 * The meeting's link for this reader: only for someone who has a place or shares at the session,
	 * from the bot's header (what the session's page says), until the session ends.
	 */
	public meetingLink(): string | undefined {
		const { ctx, state, facts } = this;
		const meeting = state.source?.meeting;
		if (
			!meeting ||
			!ctx.user ||
			facts.status === 'cancelled' ||
			facts.status === 'postponed' ||
			facts.end.getTime() <= ctx.now().getTime()
		)
			return undefined;
		const sharer = (state.source?.sharers ?? [])
			.map(normaliseUsername)
			.includes(normaliseUsername(ctx.user));
		return state.status === 'registered' || sharer ? meeting : undefined;
	}

	/** "Join the meeting"; from 15 minutes before the start to the end, "Join now", prominent. */
	private joinLink(meeting: string): HTMLAnchorElement {
		const { ctx, facts } = this;
		const now = ctx.now().getTime();
		const live =
			now >= facts.start.getTime() - 15 * 60000 && now < facts.end.getTime();
		const link = el(
			'a',
			live
				? 'lc-join-meeting lc-button lc-button-primary lc-join-now'
				: 'lc-join-meeting',
			ctx.msg(live ? 'lc-join-now' : 'lc-join-meeting'),
		);
		link.href = meeting;
		link.target = '_blank';
		link.rel = 'noopener noreferrer';
		return link;
	}

	private render(): void {
		this.status.replaceChildren();
		const { ctx, state, facts } = this;
		this.root.dataset.lcState = state.status;
		this.renderCounts();
		const meeting = this.meetingLink();
		const reason = closedReason(facts, ctx.now());
		if (reason) {
			this.status.append(el('span', 'lc-signup-closed', ctx.msg(reason)));
			// Registration closed does not close the meeting to those who have a place.
			if (meeting) this.status.append(' ', this.joinLink(meeting));
			return;
		}
		if (!ctx.user || !ctx.api) {
			this.status.append(
				accountLink(ctx, 'lc-signup-login', 'lc-signup-temporary'),
			);
			return;
		}
		if (state.status === 'registered' || state.status === 'waitlisted') {
			const text =
				state.status === 'registered'
					? ctx.msg('lc-registered')
					: ctx.msg('lc-waitlisted', state.position ?? 1);
			this.status.append(
				el('span', 'lc-signup-done', `✓ ${text}`),
				' ',
				...(meeting ? [this.joinLink(meeting), ' '] : []),
				this.button('lc-cancel', 'lc-button-quiet', () => this.cancel()),
			);
			return;
		}
		const full = isFull(state, facts.capacity);
		// A sharer joins the meeting without signing up.
		this.status.append(
			this.button(
				full ? 'lc-waitlist-join' : 'lc-signup',
				'lc-button-primary',
				() => this.signUp(),
			),
			' ',
			this.options(),
			...(meeting ? [' ', this.joinLink(meeting)] : []),
		);
	}

	/**
	 * Goes on at once when the reader clearly saw the control and the card matches its source;
	 * otherwise asks, naming the session and its time as the source states them.
	 */
	private async confirmed(label: MessageKey, seen: boolean): Promise<boolean> {
		const { ctx, facts, session } = this;
		// Giving up a place someone waits for is deliberate: it goes to them at once, for good. Who
		// waits is read now (the card may have been open for a while).
		if (label === 'lc-cancel' && ctx.api && ctx.user) {
			this.state = stateFromPage(
				await fetchRegistration(
					ctx.api,
					registrationTitle(session),
					ctx.rosterBot,
				),
				ctx.user,
				session.id,
			);
		}
		if (
			label === 'lc-cancel' &&
			this.state.status === 'registered' &&
			this.state.waitlisted > 0
		) {
			const question = ctx.msg(
				'lc-confirm-give-place',
				facts.title,
				ctx.when(facts.start, facts.end),
			);
			return confirmAction({
				question,
				confirm: ctx.msg('lc-give-place'),
				back: ctx.msg('lc-keep-place'),
			});
		}
		// Anywhere else (a page anyone may create, an old revision, a diff) the reader always
		// confirms: only the gadget's dialog, not the page around the card, says which session it is.
		if (
			seen &&
			!disagrees(session, facts) &&
			ctx.trustedPage(session.root, this.state.source?.page ?? '')
		)
			return true;
		const question = ctx.msg(
			label === 'lc-cancel' ? 'lc-confirm-cancel' : 'lc-confirm-signup',
			facts.title,
			ctx.when(facts.start, facts.end),
		);
		return confirmAction({
			question,
			confirm: ctx.msg(label),
			back: ctx.msg('lc-confirm-back'),
		});
	}

	/**
	 * The places as the page holds them, on a line of their own (the server's counts come from the
	 * last bot run): "Full", then places taken of the capacity; nothing for a cancelled session.
	 */
	private renderCounts(): void {
		const { ctx, state, facts } = this;
		if (!state.page || facts.status === 'cancelled') return;
		const where = sessionState(facts, state, ctx.now());
		const parts =
			where === 'full' || where === 'waitlist'
				? [ctx.msg(`lc-state-${where}`, state.waitlisted)]
				: [];
		parts.push(
			facts.capacity === undefined
				? ctx.msg('lc-count-registered', state.registered)
				: ctx.msg('lc-count-taken', state.registered, facts.capacity),
		);
		if (state.waitlisted > 0 && where !== 'waitlist')
			parts.push(ctx.msg('lc-count-waitlisted', state.waitlisted));
		this.counts.textContent = parts.join(' · ');
	}

	/**
	 * Interpretation and reminder choices, folded away (the button alone is the one click), and
	 * built when the reader first opens them: a form control on every card of a long calendar would
	 * cost the browser a layout per card.
	 */
	private options(): HTMLElement {
		const { ctx, session } = this;
		const details = el('details', 'lc-signup-options');
		details.append(el('summary', '', ctx.msg('lc-options')));
		details.addEventListener('toggle', () => {
			if (!details.open || details.childElementCount > 1) return;
			if (session.interpretation.length > 0) {
				const label = el(
					'label',
					'lc-field',
					`${ctx.msg('lc-interpretation-choice')} `,
				);
				const select = el('select', '');
				select.append(new Option(ctx.msg('lc-interpretation-none'), ''));
				for (const code of session.interpretation)
					select.append(
						new Option(
							languageName(code, ctx.locale),
							code,
							false,
							code === this.interpretation,
						),
					);
				select.addEventListener('change', () => {
					this.interpretation = select.value;
				});
				label.append(select);
				details.append(label);
			}
			const remind = el('label', 'lc-field');
			const box = el('input', '');
			box.type = 'checkbox';
			box.checked = this.remind;
			box.addEventListener('change', () => {
				this.remind = box.checked;
			});
			remind.append(box, ` ${ctx.msg('lc-remind-me')}`);
			details.append(remind);
		});
		return details;
	}

	private button(
		label: MessageKey,
		className: string,
		action: () => Promise<void>,
	): HTMLButtonElement {
		const button = el('button', `lc-button ${className}`, this.ctx.msg(label));
		button.type = 'button';
		trackVisibility(button);
		button.addEventListener('click', (event) => {
			// One edit per click, whatever the mouse does meanwhile.
			if (button.disabled) return;
			// Judged before the button changes ("Saving…" is narrower: the click point would move off it).
			const seen = clickWasSeen(button, event);
			button.disabled = true;
			button.textContent = this.ctx.msg('lc-working');
			this.error.textContent = '';
			this.confirmed(label, seen)
				.then((go) => (go ? action() : undefined))
				.catch((failure: unknown) => {
					const code = failure instanceof ApiFailure ? failure.code : 'unknown';
					this.error.textContent = this.ctx.msg(
						messageForFailure(code),
						failure instanceof ApiFailure ? failure.said : code,
					);
				})
				.finally(() => {
					this.render();
					// The clicked button is gone: keep the keyboard where the reader was.
					this.status.querySelector<HTMLElement>('button')?.focus();
				});
		});
		return button;
	}

	/**
	 * A ticket in the page's queue first (an edit nobody else's click meets), then, once everyone
	 * who took one before is listed, one line added at the end of the registration page by the
	 * wiki itself; then the page is read again and the card shows what it holds.
	 */
	private async signUp(): Promise<void> {
		const { session, ctx } = this;
		const api = ctx.api as mw.Api;
		const user = ctx.user as string;
		const title = registrationTitle(session);
		let latest = this.state.page
			? (this.state as RegistrationRead)
			: await fetchRegistration(api, title, ctx.rosterBot);
		if (this.lineFor(latest) !== undefined) {
			const ticket = await takeTicket(
				api,
				queueTicketTitle(title, user),
				// The click's own time, to the millisecond: each ticket is a new revision.
				`[[${title}]] ${ctx.now().toISOString()}`,
				ctx.summary('lc-summary-queue', session.id),
			).catch(() => undefined);
			// Without a ticket (the wiki refused it), the line is added at once, as before queues.
			latest =
				ticket === undefined
					? await fetchRegistration(api, title, ctx.rosterBot)
					: await this.waitForTurn(title, ticket);
			// Read again: another tab of the reader's may have signed them up meanwhile.
			const line = this.lineFor(latest);
			if (line !== undefined)
				await appendToPage(
					api,
					title,
					appendText(latest.page.text, line),
					ctx.summary('lc-summary-signup', session.id),
				);
		}
		await this.reread(['registered', 'waitlisted']);
	}

	/** The reader's line to add to the page as read, or undefined when they are listed already. */
	private lineFor(latest: RegistrationRead): string | undefined {
		const { ctx } = this;
		const result = signUp(
			latest.page.text,
			{
				user: ctx.user as string,
				now: isoSecond(ctx.now()),
				interpretation: this.interpretation || undefined,
				remind: this.remind,
				lang: ctx.userLanguage,
			},
			latest.roster,
		);
		if (result.outcome === 'unreadable') throw new ApiFailure('unreadable');
		if (result.outcome === 'temporary-account')
			throw new ApiFailure('temporary-account');
		return result.outcome === 'append' ? result.line : undefined;
	}

	/**
	 * Reads the page and its queue until every ticket before the reader's is listed or passed
	 * over (shared/registrations/queue.ts), saying meanwhile how many clicked before them; returns
	 * the page as last read. A read that fails is tried again: the reader's ticket is in the queue,
	 * and giving up would hold those behind them. The queue is listed twice, a poll apart, before
	 * any "go": a ticket saved a moment before the reader's may show only then (its save ended
	 * after theirs, or the wiki's replicas lag).
	 */
	private async waitForTurn(
		title: string,
		ticket: number,
	): Promise<RegistrationRead> {
		const { ctx } = this;
		const api = ctx.api as mw.Api;
		const started = Date.now();
		let tickets: QueueTicket[] | undefined;
		let listed = 0;
		let listings = 0;
		let ahead = 1;
		// The first in line, and the page's change when this reader first saw them so: their turn.
		let head: { revid: number; turnCame: string } | undefined;
		for (;;) {
			const relist = listings < 2 || Date.now() - listed > QUEUE_RELIST_MS;
			const [latest, fresh] = await Promise.all([
				fetchRegistration(api, title, ctx.rosterBot),
				relist ? fetchQueue(api, title) : tickets,
			]).catch((failure: unknown) => {
				// A page gone is for the reader to hear; a lost answer is tried again.
				if (
					failure instanceof ApiFailure &&
					failure.code === 'no-registration-page'
				)
					throw failure;
				return [undefined, undefined] as const;
			});
			if (relist && fresh) {
				tickets = fresh;
				listed = Date.now();
				listings += 1;
			}
			let turn: Turn | undefined;
			if (latest && tickets) {
				const places = placesOf(latest.page.text, latest.roster);
				const now = latest.now || latest.page.at;
				turn = turnOf(
					tickets,
					ticket,
					places,
					head?.turnCame ?? latest.page.at,
					now,
				);
				if (!turn.go && turn.head !== head?.revid) {
					head = { revid: turn.head, turnCame: latest.page.at };
					turn = turnOf(tickets, ticket, places, head.turnCame, now);
				}
			}
			if (turn?.go && listings >= 2) return latest as RegistrationRead;
			if (Date.now() - started > QUEUE_WAIT_CAP_MS)
				return latest ?? fetchRegistration(api, title, ctx.rosterBot);
			if (turn && !turn.go) {
				ahead = turn.ahead;
				const button = this.status.querySelector('button:disabled');
				if (button) button.textContent = ctx.msg('lc-queue-ahead', ahead);
			}
			await new Promise<void>((resolve) => {
				setTimeout(resolve, pollDelayMs(turn?.go ? 1 : ahead));
			});
		}
	}

	/** The reader's own lines marked cancelled, with baserevid; the first who waits takes the place by order. */
	private async cancel(): Promise<void> {
		const { session, ctx } = this;
		await editPage(
			ctx.api as mw.Api,
			registrationTitle(session),
			(current, now) => {
				const result = cancelRegistration(
					current,
					ctx.user as string,
					this.state.roster,
					// The wiki's clock, as tickets have it (queue.ts), rather than the reader's.
					now || isoSecond(ctx.now()),
				);
				return result.outcome === 'cancelled'
					? {
							text: result.text,
							summary: ctx.summary('lc-summary-cancel', session.id),
						}
					: null;
			},
		);
		await this.reread(['cancelled', 'none']);
	}

	/** A card never claims a state the page does not hold: read it again after every write. */
	private async reread(expected: ReaderState['status'][]): Promise<void> {
		const read = await fetchRegistration(
			this.ctx.api as mw.Api,
			registrationTitle(this.session),
			this.ctx.rosterBot,
		);
		this.state = stateFromPage(read, this.ctx.user as string, this.session.id);
		if (this.state.source)
			this.facts = factsOf(this.session, this.state.source);
		if (!expected.includes(this.state.status))
			throw new ApiFailure('not-listed');
	}
}
