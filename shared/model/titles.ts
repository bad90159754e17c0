// Every page title the gadget and the bot agree on, built from the programme's root. One home:
// nothing else writes `${root}/…` by hand. The subpages' names go into Module:Let's Connect/contract,
// and the module builds its titles from them (V.subpage).

// Each subpage's name a constant of its own: the gadget bundles only those it uses.
const SESSIONS = 'Sessions';
const REGISTRATIONS = 'Registrations';
const PARTICIPANTS = 'Participants';
const CONFIG = 'Config';
const REPORT = 'Bot report';
const CALENDAR = 'Calendar';
const PAST_SESSIONS = 'Past sessions';
const RESOURCES = 'Resources';
const HUBS = 'Hubs';
const ALL_HUBS = 'All hubs';
const TOOLKIT = 'Toolkit';
const EVALUATION = 'Evaluation';
/** Under a registration page, not the root: no module reads it. */
const QUEUE = 'Queue';

/** The root's subpages, by their part in the contract (Module:Let's Connect/contract). */
export const SUBPAGES = {
	sessions: SESSIONS,
	registrations: REGISTRATIONS,
	participants: PARTICIPANTS,
	config: CONFIG,
	report: REPORT,
	calendar: CALENDAR,
	pastSessions: PAST_SESSIONS,
	resources: RESOURCES,
	hubs: HUBS,
	allHubs: ALL_HUBS,
	toolkit: TOOLKIT,
	evaluation: EVALUATION,
} as const;

export const sessionPageTitle = (root: string, id: string) =>
	`${root}/${SESSIONS}/${id}`;
export const registrationPageTitle = (root: string, id: string) =>
	`${root}/${REGISTRATIONS}/${id}`;
export const profilePageTitle = (root: string, user: string) =>
	`${root}/${PARTICIPANTS}/${user}`;
export const configPageTitle = (root: string) => `${root}/${CONFIG}`;
export const reportPageTitle = (root: string) => `${root}/${REPORT}`;
export const calendarPageTitle = (root: string) => `${root}/${CALENDAR}`;
export const pastSessionsPageTitle = (root: string) =>
	`${root}/${PAST_SESSIONS}`;
export const resourcesPageTitle = (root: string) => `${root}/${RESOURCES}`;
export const participantsPageTitle = (root: string) =>
	`${root}/${PARTICIPANTS}`;
/** The evaluation: the programme's figures overall, by month and by hub, with charts. */
export const evaluationPageTitle = (root: string) => `${root}/${EVALUATION}`;
/**
 * Namespaces a root or a page of the programme may be in on Meta and on the local wiki, as
 * MediaWiki names them (a title's namespace is matched without regard to case).
 */
export const NAMESPACES = [
	'Talk',
	'User',
	'User talk',
	'Meta',
	'Meta talk',
	'File',
	'MediaWiki',
	'Template',
	'Template talk',
	'Help',
	'Category',
	'Module',
	'Grants',
	'Grants talk',
	'Research',
	'Project',
] as const;

const capitalFirst = (text: string) =>
	text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A title as MediaWiki writes it: underscores and runs of white space as one space, trimmed; a
 * known namespace in its own spelling; the first letter of the page's name, and of the title,
 * in capitals (`grants:let's_connect hub/Español ` → `Grants:Let's connect hub/Español`).
 */
export function normaliseTitle(title: string): string {
	const text = title.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
	const colon = text.indexOf(':');
	const namespace =
		colon > 0 &&
		NAMESPACES.find(
			(ns) => ns.toLowerCase() === text.slice(0, colon).trim().toLowerCase(),
		);
	if (!namespace) return capitalFirst(text);
	return `${namespace}:${capitalFirst(text.slice(colon + 1).trim())}`;
}

export const talkPageTitle = (user: string) => `User talk:${user}`;
/**
 * The bot's verified roster of a registration page: a JSON page in its own user space, which only
 * that account and interface administrators can edit (shared/registrations/roster.ts).
 */
export const rosterPageTitle = (bot: string, registrationPage: string) =>
	`User:${bot}/Places/${registrationPage}.json`;
/**
 * A reader's ticket in the queue of a registration page: a page of its own, which nobody else's
 * sign-up edits, so that a rush of tickets is saved in the order the clicks reached the wiki
 * (shared/registrations/queue.ts).
 */
export const queueTicketTitle = (registrationPage: string, user: string) =>
	`${registrationPage}/${QUEUE}/${user}`;
/** The part of every ticket's title before the user's name. */
export const queuePrefix = (registrationPage: string) =>
	`${registrationPage}/${QUEUE}/`;
/** The bot's record of which followers it told of which sessions (shared/talk/follow.ts). */
export const followNewsTitle = (bot: string) => `User:${bot}/Follow news.json`;
/** The registry of hubs, the combined calendar of every hub, and the toolkit for new hubs (main root only). */
export const hubsPageTitle = (root: string) => `${root}/${HUBS}`;
export const allHubsPageTitle = (root: string) => `${root}/${ALL_HUBS}`;
export const toolkitPageTitle = (root: string) => `${root}/${TOOLKIT}`;

/**
 * The hidden category of every page that shows a session card (the module adds it): where the
 * gadget's definition loads it (`categories=`), so that no other page loads a byte of it.
 */
export const SESSIONS_CATEGORY = "Pages with Let's Connect sessions";

/**
 * The root a page belongs to by its title alone, `<root>/Sessions/…` (a translation `/xx` of a
 * session page included), as the module finds it; undefined for any other page.
 */
export function sessionRootOf(title: string): string | undefined {
	const sessions = `/${SESSIONS}/`;
	const at = title.indexOf(sessions);
	return at > 0 && title.length > at + sessions.length
		? title.slice(0, at)
		: undefined;
}

/** Whether a title can be a root: none with `/Sessions/` in it, which would make its pages another root's. */
export const isRootTitle = (title: string) =>
	!`${title}/`.includes(`/${SESSIONS}/`);

/** Whether a title is a page under `ROOT/Sessions/` (where liaisons write sessions). */
export const isSessionPage = (title: string, root: string) =>
	title.startsWith(sessionPageTitle(root, ''));
/** Whether a title is a participant's profile page `ROOT/Participants/<user>`. */
export const isProfilePage = (title: string, root: string) =>
	title.startsWith(profilePageTitle(root, ''));
