// Sign-up and cancel as pure transforms of the registration page's text, used alike by the gadget
// (through mw.Api) and by the bot's tests (through mwn). Who holds a place is not decided here:
// the verified roster and the time of each person's own edit decide (roster.ts).
import { escapeTemplateValue } from '../wikitext/escape';
import { isTemporaryAccount, normaliseUsername } from '../model/usernames';
import {
	appendLine,
	cancelLines,
	registrationLines,
	stateOf,
	REGISTRATION_TEMPLATE,
	type RegistrationStatus,
} from './registration-page';
import { placesOf, type Roster } from './roster';

export interface SignUpChoices {
	user: string;
	/** UTC timestamp to record, e.g. `2026-11-23T20:00:00Z`. */
	now: string;
	interpretation?: string;
	remind?: boolean;
	/** The reader's interface language: messages to them are written in it. */
	lang?: string;
}

export type SignUpResult =
	/** The line to add at the end of the page (MediaWiki's `appendtext` adds it to the newest revision). */
	| { outcome: 'append'; line: string }
	| { outcome: 'already'; status: RegistrationStatus }
	/** A temporary account: only a named account can register. */
	| { outcome: 'temporary-account' }
	/** The page ends inside an unclosed comment or tag: an added line would be read by nobody. */
	| { outcome: 'unreadable' };

function registrationLine(values: Record<string, string>): string {
	const params = Object.entries(values)
		.map(([k, v]) => `|${k}=${escapeTemplateValue(v)}`)
		.join('');
	return `{{${REGISTRATION_TEMPLATE}${params}}}`;
}

/**
 * The line that signs a user up, or why none is needed or possible. Whether they get a place or
 * wait is not decided here: the time of the edit that saves the line decides.
 */
export function signUp(
	text: string,
	choices: SignUpChoices,
	roster?: Roster,
): SignUpResult {
	const user = normaliseUsername(choices.user);
	if (isTemporaryAccount(user)) return { outcome: 'temporary-account' };
	const current = stateOf(placesOf(text, roster), user);
	if (current.status === 'registered' || current.status === 'waitlisted')
		return { outcome: 'already', status: current.status };
	const values: Record<string, string> = { user, registered: choices.now };
	if (choices.interpretation) values.interpretation = choices.interpretation;
	values.remind = choices.remind === true ? 'yes' : 'no';
	if (choices.lang) values.lang = choices.lang;
	const line = registrationLine(values);
	// Written where the wiki (and the codec, which reads as the wiki does) would read it, or not at all.
	const after = stateOf(placesOf(appendLine(text, line), roster), user).status;
	return after === 'registered'
		? { outcome: 'append', line }
		: { outcome: 'unreadable' };
}

export type CancelResult =
	| { outcome: 'cancelled'; text: string }
	| { outcome: 'not-registered' };

/**
 * Cancels a user's registration: every line of theirs that still counts gets `status=cancelled`
 * (and `cancelled=` with `now`, a hand-written signature is struck through), and nothing is deleted. Someone whose place the
 * roster keeps after another editor deleted their line cancels with a line that says so.
 */
export function cancelRegistration(
	text: string,
	user: string,
	roster?: Roster,
	now?: string,
): CancelResult {
	const name = normaliseUsername(user);
	const status = stateOf(placesOf(text, roster), name).status;
	if (status !== 'registered' && status !== 'waitlisted')
		return { outcome: 'not-registered' };
	const hasLine = registrationLines(text).some(
		(l) => l.user === name && !l.cancelled,
	);
	const next = hasLine
		? cancelLines(text, name, now)
		: appendLine(
				text,
				registrationLine({
					user: name,
					status: 'cancelled',
					...(now ? { cancelled: now } : {}),
				}),
			);
	return stateOf(placesOf(next, roster), name).status === 'cancelled'
		? { outcome: 'cancelled', text: next }
		: { outcome: 'not-registered' };
}
