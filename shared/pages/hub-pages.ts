// The pages the bot writes on the main programme for its hubs: the combined calendar of every
// hub's upcoming sessions (each card names its hub: the gadget filters by it), and the toolkit a
// community follows to start a hub. Both are the bot's whole (nothing else on them survives).
import type { Hub } from '../model/hubs';
import type { Session } from '../model/session';
import { HUB_TEMPLATE } from '../model/hubs';
import { byStart, hasEnded } from '../model/rules';
import {
	calendarPageTitle,
	configPageTitle,
	hubsPageTitle,
	sessionPageTitle,
} from '../model/titles';
import { emptyCard, sessionCard, type CardCounts } from './session-cards';

export interface HubProgramme {
	/** The hub, or the main programme (its name `Let's Connect`, its language the wiki's). */
	hub: Hub;
	sessions: Session[];
	counts: Map<string, CardCounts>;
	liaisons: string[];
}

/** At most this many cards on the combined calendar: each hub's own calendar has the rest. */
export const ALL_HUBS_CARDS = 200;

/** `ROOT/All hubs`: every hub's sessions that have not ended, soonest first, each card naming its hub. */
export function allHubsPage(programmes: HubProgramme[], now: Date): string {
	const cards = programmes
		.flatMap(({ hub, sessions, counts }) =>
			sessions
				.filter((s) => !hasEnded(s.endUtc, now))
				.map((session) => ({ hub, session, counts: counts.get(session.id) })),
		)
		.sort(
			(a, b) =>
				byStart(a.session, b.session) || a.hub.name.localeCompare(b.hub.name),
		)
		.slice(0, ALL_HUBS_CARDS)
		.map(({ hub, session, counts }) =>
			sessionCard(
				{ ...session, values: { ...session.values, hub: hub.name } },
				hub.root,
				counts,
			),
		);
	const calendars = programmes
		.map(
			({ hub, liaisons }) =>
				`[[${calendarPageTitle(hub.root)}|${hub.name}]]${liaisons.length > 0 ? ` (liaisons: ${liaisons.map((u) => `[[User:${u}|${u}]]`).join(', ')})` : ''}`,
		)
		.join(' · ');
	return [
		`<!-- Written by the Let's Connect bot from every hub listed on [[${hubsPageTitle(programmes[0]?.hub.root ?? '')}]]: edits here are overwritten. -->`,
		`The upcoming sessions of every Let's Connect hub, soonest first. With the Let's Connect gadget, choose a hub in the filters, see each time in your own time zone, and sign up. Each hub's own calendar: ${calendars}.`,
		'',
		'<div class="lc-calendar lc-all-hubs" data-lc-list="calendar">',
		cards.length > 0 ? cards.join('\n') : emptyCard(),
		'</div>',
	].join('\n');
}

/** `ROOT/Toolkit`: how a community starts a hub, with what to copy and the hubs already running. */
export function toolkitPage(mainRoot: string, hubs: Hub[]): string {
	const example = "Grants:Let's Connect Hub/Español";
	const rows = hubs.map(
		(h) =>
			`{{${HUB_TEMPLATE}|name=${h.name}|root=${h.root}|language=${h.language}}}`,
	);
	return [
		`<!-- Written by the Let's Connect bot: edits here are overwritten. The steps are in the repository (shared/pages/hub-pages.ts). -->`,
		"A '''hub''' runs Let's Connect for its own community, under its own page, in its own language, with its own liaisons, and shares the programme's templates, gadget and bot. These are the steps.",
		'',
		'== 1. Choose a root page ==',
		`A page of its own that is not under [[${mainRoot}]] nor another hub's, such as <code>${example}</code>. Everything of the hub lives under it.`,
		'',
		'== 2. Set it up ==',
		'An operator of the bot runs, once:',
		`<pre>letsconnect install --root "${example}" --language es --timezone Europe/Madrid --capacity 30 --liaisons "Your user name"</pre>`,
		`This makes the hub's calendar, archive, resources, participants and report pages, and its <code>/Config</code> page with those settings: the hub's language, the usual time zone and number of places of its sessions (a session under <code>/Sessions/</code> that leaves them out takes these), and its liaisons. Change them later on the <code>/Config</code> page.`,
		'',
		'== 3. List the hub ==',
		`Add a line to [[${hubsPageTitle(mainRoot)}]]:`,
		`<pre>{{${HUB_TEMPLATE}|name=Español|root=${example}|language=es}}</pre>`,
		`From its next run the bot serves the hub: its sessions on its own pages, and on the [[${mainRoot}/All hubs|calendar of all hubs]], where readers filter by hub.`,
		'',
		'== 4. Write sessions ==',
		`One page a session, <code>${sessionPageTitle(example, 'my-first-clinic')}</code>, with:`,
		"<pre>{{Let's Connect/Session\n| id = my-first-clinic\n| title = …\n| start = 2027-01-20 16:00\n| timezone = Europe/Madrid\n| language = es\n| capacity = 30\n}}</pre>",
		"The bot makes its registration page; readers sign up with one click. The hub's pages and cards read in the hub's language (its Config's <code>language</code>), or in the reader's when they chose another than the wiki's: no page needs Special:PageLanguage.",
		'',
		'== 5. Ask for help ==',
		`Liaisons of the programme answer on the talk page of [[${mainRoot}]]. The hub's settings: [[${configPageTitle(example)}]].`,
		'',
		'== Hubs running now ==',
		rows.length > 0 ? rows.join('\n') : "''None yet.''",
	].join('\n');
}
