// Every page title the gadget and the bot agree on, built from the programme's root (ARCHITECTURE.md, where each rule lives).
// One home: nothing else writes `${root}/…` by hand. Module:Let's Connect builds the registration
// page's title the same way (`root .. "/Registrations/" .. id`).

export const sessionPageTitle = (root: string, id: string) =>
	`${root}/Sessions/${id}`;
export const registrationPageTitle = (root: string, id: string) =>
	`${root}/Registrations/${id}`;
export const profilePageTitle = (root: string, user: string) =>
	`${root}/Participants/${user}`;
export const configPageTitle = (root: string) => `${root}/Config`;
export const reportPageTitle = (root: string) => `${root}/Bot report`;
export const calendarPageTitle = (root: string) => `${root}/Calendar`;
export const pastSessionsPageTitle = (root: string) => `${root}/Past sessions`;
export const resourcesPageTitle = (root: string) => `${root}/Resources`;
export const participantsPageTitle = (root: string) => `${root}/Participants`;
export const talkPageTitle = (user: string) => `User talk:${user}`;
/**
 * The bot's verified roster of a registration page: a JSON page in its own user space, which only
 * that account and interface administrators can edit (shared/registrations/roster.ts).
 */
export const rosterPageTitle = (bot: string, registrationPage: string) =>
	`User:${bot}/Places/${registrationPage}.json`;
/** The registry of hubs, the combined calendar of every hub, and the toolkit for new hubs (main root only). */
export const hubsPageTitle = (root: string) => `${root}/Hubs`;
export const allHubsPageTitle = (root: string) => `${root}/All hubs`;
export const toolkitPageTitle = (root: string) => `${root}/Toolkit`;

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
	const at = title.indexOf('/Sessions/');
	return at > 0 && title.length > at + '/Sessions/'.length
		? title.slice(0, at)
		: undefined;
}

/** Whether a title can be a root: none with `/Sessions/` in it, which would make its pages another root's. */
export const isRootTitle = (title: string) =>
	!`${title}/`.includes('/Sessions/');

/** Whether a title is a page under `ROOT/Sessions/` (where liaisons write sessions). */
export const isSessionPage = (title: string, root: string) =>
	title.startsWith(sessionPageTitle(root, ''));
/** Whether a title is a participant's profile page `ROOT/Participants/<user>`. */
export const isProfilePage = (title: string, root: string) =>
	title.startsWith(profilePageTitle(root, ''));
