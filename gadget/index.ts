// Entry point of the Let's Connect gadget: the only module with side effects.
import { fetchRegistrations, type RegistrationRead } from './wiki-pages';
import {
	findSessions,
	registrationTitle,
	type SessionElement,
} from './session-elements';
import { enhanceCard, type CardContext } from './session-card';
import { context, knownRoots } from './reader-context';
import { TRANSLATED_LANGUAGES } from '../shared/i18n/messages';
import { translationModules } from './i18n/register';
import { hasEnded } from '../shared/model/rules';
import { ProgrammeView } from './programme-view';
import { joinButton, offerJoin } from './join-form';
import { offerAttendance } from './attendance-button';
import { stateFromPage, type ReaderState } from './signup-control';
import { addSessionButton, editSessionButton } from './session-form-button';
import { calendarPageTitle } from '../shared/model/titles';
import { GADGET_PLACES } from './gadget-places';

/**
 * The registration pages of every session on the page that can still be joined or left (an ended
 * session has nothing to click), each with the bot's roster of it: one request for every 25.
 * Read into states card by card.
 */
async function registrationPages(
	sessions: SessionElement[],
	ctx: CardContext,
): Promise<{ pages: Map<string, RegistrationRead>; asked: Set<string> }> {
	if (!ctx.api || !ctx.user) return { pages: new Map(), asked: new Set() };
	const open = sessions.filter((s) => s.trusted && !hasEnded(s.end, ctx.now()));
	const titles = [...new Set(open.map(registrationTitle))];
	try {
		return {
			pages: await fetchRegistrations(ctx.api, titles, ctx.rosterBot),
			asked: new Set(titles),
		};
	} catch {
		// Without the pages there is no source of the sessions' facts: the cards keep the server's text.
		return { pages: new Map(), asked: new Set() };
	}
}

/** Lets the browser paint and answer input between slices of work (no task over about 50 ms). */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		setTimeout(resolve, 0);
	});
}

function isNarrow(): boolean {
	return (
		mw.config.get('skin') === 'minerva' ||
		window.matchMedia('(max-width: 720px)').matches
	);
}

async function enhance(container: HTMLElement): Promise<void> {
	// Marks for the benchmark (and any profiler): the gadget's work lies between them.
	performance.mark('letsconnect-start');
	const sessions = findSessions(container, knownRoots()).filter(
		(s) => !s.element.classList.contains('lc-enhanced'),
	);
	if (sessions.length === 0) {
		offerFirstSession(container);
		const ctx = context();
		offerAttendance(container, ctx);
		if (container.querySelector('[data-lc-join-root]'))
			offerJoin(container, knownRoots(), ctx);
		container.classList.add('lc-ready');
		return;
	}
	const ctx = context();
	offerJoin(container, knownRoots(), ctx);
	// Intl's first formatters of a page (the zone's name, the reader's clock) load locale data: in
	// a task of their own, before the cards.
	ctx.when(ctx.now(), ctx.now());
	await nextTask();
	const { pages, asked } = await registrationPages(sessions, ctx);
	const currentPage = mw.config.get('wgPageName').replace(/_/g, ' ');
	const count = (value: string | undefined) =>
		Number.isFinite(Number(value)) ? Number(value) : 0;
	// Cards in slices of about 25 ms: a calendar of hundreds of cards never freezes the page.
	let sliceStart = performance.now();
	for (const session of sessions) {
		if (performance.now() - sliceStart > 25) {
			await nextTask();
			sliceStart = performance.now();
		}
		const page = pages.get(registrationTitle(session));
		const state: ReaderState =
			page && ctx.user
				? stateFromPage(page, ctx.user, session.id)
				: {
						status: 'none',
						registered: count(session.element.dataset.lcRegistered),
						waitlisted: count(session.element.dataset.lcWaitlisted),
						// Asked for and not there, on the session's own page: the bot has not made it yet (a card
						// elsewhere may name a session that does not exist).
						...(asked.has(registrationTitle(session)) &&
						session.page === currentPage
							? { noPageYet: true }
							: {}),
					};
		enhanceCard(session, state, ctx);
		const edit = editSessionButton(session, ctx, currentPage);
		if (edit) session.element.append(edit);
	}
	// The views (toolbar, month grid) in a task of their own.
	await nextTask();
	const storage = {
		get: (key: string) => mw.storage.get(key) as string | null | false,
		set: (key: string, value: string) => {
			mw.storage.set(key, value);
		},
	};
	container.querySelectorAll<HTMLElement>('[data-lc-list]').forEach((list) => {
		if (list.classList.contains('lc-programme')) return;
		const inList = sessions.filter((s) => list.contains(s.element));
		if (inList.length === 0) return;
		// The calendar page opens on the month grid on wide screens; lists elsewhere stay lists.
		const defaultView =
			list.dataset.lcList === 'calendar' && !isNarrow() ? 'month' : 'agenda';
		// Joining writes a profile under the root: only a root the gadget knows.
		const home = inList.find((s) => s.trusted)?.root;
		const tools =
			home &&
			(list.dataset.lcList === 'calendar' || list.dataset.lcList === 'upcoming')
				? [joinButton(home, ctx)]
				: [];
		// Liaisons add sessions where the programme's (or hub's) sessions are listed.
		const add = home
			? addSessionButton(home, ctx, currentPage, calendarPageTitle(home))
			: undefined;
		if (add) tools.push(add);
		// eslint-disable-next-line no-new -- the view lives on in its list's event listeners
		new ProgrammeView(
			list,
			inList,
			ctx,
			storage,
			defaultView,
			tools,
			isNarrow(),
		);
	});
	// Every card is done (they come in slices): for scripts and tests that wait on the gadget.
	container.classList.add('lc-ready');
	performance.mark('letsconnect-ready');
}

/** A root's empty list (no session yet): its liaisons are offered to add the first, where they may. */
function offerFirstSession(container: HTMLElement): void {
	const ctx = context();
	const currentPage = mw.config.get('wgPageName').replace(/_/g, ' ');
	container
		.querySelectorAll<HTMLElement>('[data-lc-empty-root]')
		.forEach((empty) => {
			const root = empty.dataset.lcEmptyRoot ?? '';
			if (
				!knownRoots().includes(root) ||
				empty.querySelector('.lc-session-form-open')
			)
				return;
			const add = addSessionButton(
				root,
				ctx,
				currentPage,
				calendarPageTitle(root),
			);
			if (add) empty.append(' ', add);
		});
}

function init(): void {
	// Never act inside a frame: another site could make the reader click through it.
	if (window.top !== window.self) return;
	// The translations come in the same request as the gadget (the loader asks for them); a
	// language whose module is missing or failed gets English.
	const translations = translationModules(
		[mw.config.get('wgUserLanguage'), mw.config.get('wgContentLanguage')],
		TRANSLATED_LANGUAGES,
	);
	mw.hook('wikipage.content').add(($content: JQuery) => {
		const container = $content[0];
		if (!container || !container.querySelector(GADGET_PLACES)) return;
		const start = () => void enhance(container);
		mw.loader.using(translations).then(start, start);
	});
}

init();
