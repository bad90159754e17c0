// Registration pages (`ROOT/Registrations/<id>`): one {{Let's Connect/Registration}} per line,
// plus hand-written signature lines. Sign-up and cancel are pure transforms of the page text,
// used alike by the gadget (through mw.Api#edit) and by the bot and tests (through mwn).
import {
	findTemplates,
	getParam,
	type TemplateCall,
} from '../wikitext/template-parser';
import { setParams } from '../wikitext/template-editor';
import { unescapeTemplateValue } from '../wikitext/escape';
import { isTemporaryAccount, normaliseUsername } from '../model/usernames';

export const REGISTRATION_TEMPLATE = "Let's Connect/Registration";
export const REGISTRATION_STATUSES = [
	'registered',
	'waitlisted',
	'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
	user: string;
	/**
	 * Derived from the order of the lines and the session's capacity, never read from the line:
	 * the first `capacity` people whose lines are not cancelled have a place, the rest wait in order.
	 */
	status: RegistrationStatus;
	/** UTC timestamp of the sign-up, when known. */
	registered?: string;
	/** UTC timestamp of the cancellation, when known: the verified edit's, else the line's `cancelled=`. */
	cancelledAt?: string;
	interpretation?: string;
	remind: boolean;
	/** The language they read messages in (`lang=` on their line). */
	lang?: string;
	attended?: string;
	/** A template line, or a signature someone wrote by hand. */
	source: 'template' | 'signature';
}

/**
 * A signature line such as `# [[User:Alice|Alice]] ([[User talk:Alice|talk]]) 10:00, 1 May 2026 (UTC)`,
 * also from another wiki (`[[m:User:Alice|…]]`, `[[:w:es:Usuario:Bob]]`) or in another language.
 */
const USER_NAMESPACES =
	'User|U|Usuario|Usuaria|Usuário|Usuária|Utilisateur|Utilisatrice|Benutzer|Benutzerin|Utente|Utilizador|Utilizadora|Gebruiker|Pengguna|Kullanıcı|Użytkownik|Uživatel|Участник|Участница|Користувач|Корисник|Потребител|مستخدم|مستخدمة|کاربر|משתמש|משתמשת|ব্যবহারকারী|सदस्य|उपयोगकर्ता|用户|用戶|利用者|사용자|ผู้ใช้|Thành viên|Mtumiaji';
const SIGNATURE_LINE = new RegExp(
	`^[#*]+[ \\t]*(?:<s>)?[^\\n]*?\\[\\[\\s*(?::?\\s*[a-z][a-z-]*\\s*:)*\\s*(?:${USER_NAMESPACES})\\s*:\\s*([^|\\]\\n/#]+)`,
	'i',
);

/** The text with comments blanked out, character for character, so offsets stay the same. */
function blankComments(text: string): string {
	return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) =>
		comment.replace(/[^\n]/g, ' '),
	);
}

/** What a line says beside its user and status: choices that are the registrant's own to make. */
export const CHOICE_PARAMS = ['remind', 'interpretation', 'lang'] as const;

/** One registration line as written: whose, whether it is cancelled, its choices and its own words. */
export interface RegistrationLine {
	user: string;
	cancelled: boolean;
	/** The line's choices as written on it (trimmed values; absent ones left out). */
	choices: Partial<Record<(typeof CHOICE_PARAMS)[number], string>>;
	/** The line's own text: the template call, or the whole hand-written line. */
	text: string;
	start: number;
	end: number;
	call?: TemplateCall;
	details: Pick<
		Registration,
		| 'registered'
		| 'cancelledAt'
		| 'interpretation'
		| 'remind'
		| 'attended'
		| 'source'
	>;
}

/** Whether a line's `remind` asks for reminders: only `remind=yes` does. */
export const asksForReminders = (choices: RegistrationLine['choices']) =>
	(choices.remind ?? '').toLowerCase() === 'yes';

/**
 * Every registration line (template or hand-written signature) in page order, temporary accounts'
 * and addresses' included: {@link parseRegistrations} leaves temporary accounts out,
 * {@link temporaryAccountLines} names them, and verified places take neither.
 */
export function registrationLines(text: string): RegistrationLine[] {
	const lines: RegistrationLine[] = [];
	const templateLines = new Set<number>();
	for (const call of findTemplates(text, REGISTRATION_TEMPLATE)) {
		templateLines.add(text.lastIndexOf('\n', call.start) + 1);
		const user = userOf(call);
		if (!user) continue;
		const choices: RegistrationLine['choices'] = {};
		for (const name of CHOICE_PARAMS) {
			const value = unescapeTemplateValue(getParam(call, name) ?? '').trim();
			if (value) choices[name] = value;
		}
		lines.push({
			user,
			cancelled:
				(getParam(call, 'status') ?? '').trim().toLowerCase() === 'cancelled',
			start: call.start,
			end: call.end,
			call,
			choices,
			text: text.slice(call.start, call.end),
			details: {
				registered: getParam(call, 'registered') || undefined,
				cancelledAt: timestampParam(call, 'cancelled'),
				interpretation: choices.interpretation,
				// A reminder is the registrant's own choice: only remind=yes asks for one.
				remind: asksForReminders(choices),
				attended: getParam(call, 'attended') || undefined,
				source: 'template',
			},
		});
	}
	let offset = 0;
	// A signature inside a comment (an example, or one taken back) is nobody's sign-up.
	for (const line of blankComments(text).split('\n')) {
		const lineStart = offset;
		const match = templateLines.has(offset) ? null : SIGNATURE_LINE.exec(line);
		offset += line.length + 1;
		if (!match) continue;
		const user = normaliseUsername(match[1]);
		if (!user) continue;
		const end = lineStart + line.length;
		lines.push({
			user,
			cancelled: /^[#*]+[ \t]*<s>/i.test(line),
			start: lineStart,
			end,
			choices: {},
			text: text.slice(lineStart, end),
			details: { remind: false, source: 'signature' },
		});
	}
	return lines.sort((a, b) => a.start - b.start);
}

/** The lines that count: a temporary account's line takes no place and holds nobody's. */
function lineEvents(text: string): RegistrationLine[] {
	return registrationLines(text).filter((e) => !isTemporaryAccount(e.user));
}

/** Temporary accounts with lines on the page (which count for nothing), once each, for the bot report. */
export function temporaryAccountLines(text: string): string[] {
	return [
		...new Set(
			registrationLines(text)
				.filter((e) => isTemporaryAccount(e.user))
				.map((e) => e.user),
		),
	];
}

const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A line's UTC timestamp (`cancelled=2026-11-23T20:00:00Z`), when it is one. */
function timestampParam(call: TemplateCall, name: string): string | undefined {
	const value = (getParam(call, name) ?? '').trim();
	return UTC_SECOND.test(value) ? value : undefined;
}

function userOf(call: TemplateCall): string {
	return normaliseUsername(unescapeTemplateValue(getParam(call, 'user') ?? ''));
}

/**
 * Everyone on the page, once each, in the order they joined. The page is read top to bottom as a
 * queue: a line joins its user to the end of the queue (a second line of someone already queued
 * changes nothing), a cancelled line takes them out. The first `capacity` people in the queue are
 * registered and the others wait, in order; without a capacity everyone is registered. So a place
 * freed by a cancellation goes to the first who waits in the same edit, and nobody decides who is
 * registered but the order of the lines: no browser, no typed `status=registered`.
 */
export function parseRegistrations(
	text: string,
	capacity?: number,
): Registration[] {
	const byUser = new Map<string, Registration>();
	for (const event of lineEvents(text)) {
		const known = byUser.get(event.user);
		const queued = known !== undefined && known.status !== 'cancelled';
		if (event.cancelled) {
			if (queued || !known)
				byUser.set(event.user, {
					user: event.user,
					...event.details,
					status: 'cancelled',
				});
			continue;
		}
		if (queued) continue;
		// Joining again after a cancellation means the end of the queue: the map's order is the queue.
		byUser.delete(event.user);
		byUser.set(event.user, {
			user: event.user,
			...event.details,
			status: 'registered',
		});
	}
	const list = [...byUser.values()];
	if (capacity !== undefined) {
		let place = 0;
		for (const r of list)
			if (r.status !== 'cancelled' && ++place > capacity)
				r.status = 'waitlisted';
	}
	return list;
}

/** Users whose lines carry a typed `promoted=`: ignored (the order of the lines decides), and worth saying so. */
export function typedPromotions(text: string): string[] {
	return lineEvents(text)
		.filter((e) => e.call && getParam(e.call, 'promoted') !== undefined)
		.map((e) => e.user);
}

export interface RegistrationSummary {
	registered: number;
	waitlisted: number;
	/** Users in the order they joined the waitlist. */
	waitlist: string[];
}

export function summarise(registrations: Registration[]): RegistrationSummary {
	const waitlist = registrations
		.filter((r) => r.status === 'waitlisted')
		.map((r) => r.user);
	return {
		registered: registrations.filter((r) => r.status === 'registered').length,
		waitlisted: waitlist.length,
		waitlist,
	};
}

/**
 * Whether a newcomer would wait: every place is taken (and then anyone already waiting is ahead).
 * Follows from parseRegistrations' queue; one home for "full" (the gadget's button says so).
 */
export function isFull(
	counts: { registered: number },
	capacity: number | undefined,
): boolean {
	return capacity !== undefined && counts.registered >= capacity;
}

/** The state of one user on a page: 1-based waitlist position when waitlisted. */
export function stateOf(
	registrations: Registration[],
	user: string,
): { status: RegistrationStatus | 'none'; position?: number } {
	const name = normaliseUsername(user);
	const mine = registrations.find((r) => r.user === name);
	if (!mine) return { status: 'none' };
	if (mine.status !== 'waitlisted') return { status: mine.status };
	return {
		status: 'waitlisted',
		position: summarise(registrations).waitlist.indexOf(name) + 1,
	};
}

/** The page with a line added at the end, as `appendtext` with a leading newline writes it. */
export function appendLine(text: string, line: string): string {
	return text === '' ? line : `${text}\n${line}`;
}

/** What `appendtext` sends: MediaWiki strips the page's trailing newline on save, so a new line starts with one. */
export function appendText(text: string, line: string): string {
	return text === '' ? line : `\n${line}`;
}

/**
 * Every line of the user's that still counts marked cancelled (`status=cancelled`, and when
 * `cancelled=` with the time, which the registration page shows; a hand-written signature struck
 * through); nothing is deleted. The text as it was when they have none.
 */
export function cancelLines(text: string, user: string, now?: string): string {
	const name = normaliseUsername(user);
	const active = lineEvents(text).filter(
		(e) => e.user === name && !e.cancelled,
	);
	let next = text;
	// From the end, so that earlier offsets stay right.
	for (const event of active.reverse()) {
		if (event.call) {
			const call = findTemplates(next, REGISTRATION_TEMPLATE).find(
				(c) => c.start === event.start,
			);
			if (call)
				next = setParams(next, call, {
					status: 'cancelled',
					...(now ? { cancelled: now } : {}),
				});
		} else {
			const line = next.slice(event.start, event.end);
			next =
				next.slice(0, event.start) +
				line.replace(/^([#*]+[ \t]*)(.*)$/, '$1<s>$2</s>') +
				next.slice(event.end);
		}
	}
	return next;
}
