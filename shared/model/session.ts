// A session (Learning Clinic, Connectathon or workshop) as liaisons write it in
// {{Let's Connect/Session}}; the types here carry no time-zone logic (see ../time).
import { isSessionPage } from './titles';

export const SESSION_TEMPLATE = "Let's Connect/Session";
/**
 * How generated lists call the card: the module itself, not {{Let's Connect/Card}} (which stays for
 * hand-written lists). MediaWiki counts a template's expansion and the #invoke inside it, so the
 * template would cost each card twice its size of the 2 MB post-expand limit (measured: 3.5 KB
 * against 1.8 KB a card).
 */
export const CARD_CALL = "#invoke:Let's Connect|card";

export const SESSION_TYPES = ['clinic', 'connectathon', 'workshop'] as const;
/** Each type's name in English, for the bot's messages (readers' labels are in shared/i18n and the module's labels). */
export const SESSION_TYPE_NAMES = {
	clinic: 'Learning Clinic',
	connectathon: 'Connectathon',
	workshop: 'workshop',
} as const;
export const AUDIENCES = ['newcomers', 'organisers'] as const;
export const STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const REGISTRATION_STATES = ['open', 'closed'] as const;
export const RESOURCE_KINDS = [
	'recording',
	'slides',
	'audio',
	'notes',
] as const;

export type SessionType = (typeof SESSION_TYPES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type SessionStatus = (typeof STATUSES)[number];
export type RegistrationState = (typeof REGISTRATION_STATES)[number];
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Default length of each kind of session, in minutes. */
export const DEFAULT_DURATION: Record<SessionType, number> = {
	clinic: 120,
	connectathon: 60,
	workshop: 120,
};

export interface Session {
	id: string;
	type: SessionType;
	title: string;
	topic?: string;
	description?: string;
	/** As written: `YYYY-MM-DD HH:MM` in `timezone`. */
	start: string;
	timezone: string;
	/** The same instant in UTC, ISO 8601 (`2026-12-03T13:00:00Z`). */
	startUtc: string;
	endUtc: string;
	durationMinutes: number;
	audience: Audience[];
	sharers: string[];
	language: string;
	interpretation: string[];
	registration: RegistrationState;
	capacity?: number;
	meeting?: string;
	status: SessionStatus;
	/** Resource links by kind, then by language code ('' for the main link). */
	resources: Partial<Record<ResourceKind, Record<string, string>>>;
	/** The page the session is written on. */
	page: string;
	/** The id of that page (kept when the page is moved), when the wiki said it. */
	pageId?: number;
	/** The contract's rows as read (choices lower-cased, or their default): what the card carries beyond the fields above. */
	values: Record<string, string>;
}

/**
 * Whether sessions on a page count for a root: the root page itself, the pages under
 * `ROOT/Sessions/`, and the pages the config lists. Not any other subpage: anyone can create one,
 * or write on the participants' and registration pages, and publish a session or take an id.
 */
export function isServedPage(
	title: string,
	root: string,
	allowed: string[] = [],
): boolean {
	return (
		title === root || isSessionPage(title, root) || allowed.includes(title)
	);
}
