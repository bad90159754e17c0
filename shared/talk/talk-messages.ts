// Messages the bot leaves on talk pages, each in its reader's language (talk-words.ts). Each
// carries a hidden marker, so that the same message is never left twice on the same page.
import type { Session } from '../model/session';
import { escapeTemplateValue } from '../wikitext/escape';
import { pageLink, safeUrl } from '../pages/wikitable';
import { formatMessage } from '../i18n/format-message';
import { TALK_WORDS, talkLanguage, type TalkWordKey } from './talk-words';
import type { SessionChange } from './session-changes';

export interface TalkMessage {
	/** Hidden in the page; its presence means "already sent". */
	marker: string;
	/** Markers of earlier forms of the same message: any of them means "already sent" too. */
	alsoSent?: string[];
	heading: string;
	body: string;
	/** The language it is written in, for the section's `lang`. */
	lang: string;
}

/** A title in a section heading: escaped, and with no `=` that could end the heading. */
function headingText(value: string): string {
	return escapeTemplateValue(value).replace(/=/g, '&#61;').slice(0, 200);
}

/** The words of one language, formatted. */
function wordsIn(lang: string) {
	const words = TALK_WORDS[lang];
	return (key: TalkWordKey, ...params: (string | number)[]) =>
		formatMessage(words[key], params, lang);
}

/** A time in the reader's language: in UTC, and where the session is planned when that is another zone. */
export function timeIn(
	lang: string,
	startUtc: string,
	timezone: string,
): string {
	const say = wordsIn(lang);
	const format = (zone: string) => {
		try {
			return new Intl.DateTimeFormat(lang, {
				dateStyle: 'full',
				timeStyle: 'short',
				timeZone: zone,
			}).format(new Date(startUtc));
		} catch {
			return undefined;
		}
	};
	const utc = format('UTC') ?? startUtc;
	const local = timezone !== 'UTC' ? format(timezone) : undefined;
	return local
		? say('when', utc, local, escapeTemplateValue(timezone))
		: say('when-utc', utc);
}

function sessionLink(session: Session): string {
	return `'''${pageLink(session.page, session.title)}'''`;
}

function typeIn(lang: string, session: Session): string {
	return wordsIn(lang)(`type-${session.type}`);
}

function joinHere(lang: string, meeting: string | undefined): string {
	const url = meeting ? safeUrl(meeting) : undefined;
	return url ? wordsIn(lang)('join-here', url) : '';
}

/** A reminder, in `language` (a registrant's `lang=`, else English); a sharer's says what a sharer does. */
export function reminderMessage(
	session: Session,
	role: 'registrant' | 'sharer',
	language?: string,
): TalkMessage {
	const lang = talkLanguage(language);
	const say = wordsIn(lang);
	const body = say(
		role === 'sharer' ? 'reminder-sharer' : 'reminder-registrant',
		typeIn(lang, session),
		sessionLink(session),
		timeIn(lang, session.startUtc, session.timezone),
		joinHere(lang, session.meeting),
	);
	return {
		marker: `<!-- letsconnect:reminder ${session.id} -->`,
		heading: say('reminder-heading', headingText(session.title)),
		body: body.replace(/ {2,}/g, ' '),
		lang,
	};
}

/**
 * "You have a place", once for each time someone joined and later moved up (`joined`: the
 * revision of their sign-up), so a second promotion after a cancellation and a new sign-up is told.
 */
export function promotionMessage(
	session: Session,
	joined?: number,
	language?: string,
): TalkMessage {
	const lang = talkLanguage(language);
	const say = wordsIn(lang);
	return {
		marker: joined
			? `<!-- letsconnect:promoted ${session.id} ${joined} -->`
			: `<!-- letsconnect:promoted ${session.id} -->`,
		alsoSent: joined
			? [`<!-- letsconnect:promoted ${session.id} -->`]
			: undefined,
		heading: say('promoted-heading', headingText(session.title)),
		body: say(
			'promoted-body',
			typeIn(lang, session),
			sessionLink(session),
			timeIn(lang, session.startUtc, session.timezone),
		),
		lang,
	};
}

/**
 * The notice of a change to a session the reader has a place at (or waits for, or shares at):
 * cancelled, postponed, on again, moved, or a new meeting link. Its marker names the change (the
 * state the bot had published before it and the one it makes), so each change is told once,
 * whatever happens to the run.
 */
export function changeMessage(
	session: Session,
	change: SessionChange,
	role: 'registrant' | 'waiting' | 'sharer',
	language: string | undefined,
	calendar: string,
): TalkMessage {
	const lang = talkLanguage(language);
	const say = wordsIn(lang);
	const type = typeIn(lang, session);
	const link = sessionLink(session);
	const before = timeIn(lang, change.before.startUtc, change.before.timezone);
	const now = timeIn(lang, session.startUtc, session.timezone);
	const bodies: Record<SessionChange['kind'], string> = {
		cancelled: say('cancelled-body', type, link, before, pageLink(calendar)),
		postponed: say('postponed-body', type, link, before),
		back: say('back-body', type, link, now),
		moved: say('moved-body', type, link, now, before),
		link: say('link-body', type, link, now, joinHere(lang, session.meeting)),
	};
	const keeps =
		role === 'sharer' || change.kind === 'cancelled'
			? ''
			: ` ${say(role === 'waiting' ? 'keep-waiting' : 'keep-registration')}`;
	return {
		marker: `<!-- letsconnect:change ${session.id} ${change.kind} ${change.key} -->`,
		heading: say(`${change.kind}-heading`, headingText(session.title)),
		body: `${bodies[change.kind]}${keeps} ${say('why-told')}`,
		lang,
	};
}

/**
 * News of new sessions for someone who follows them (shared/talk/follow.ts): one session, or a
 * list of several, each with its time in UTC and where to sign up. `markers`: one per session.
 */
export function sessionNews(
	sessions: Session[],
	language: string | undefined,
	profile: string,
	markers: string,
): TalkMessage {
	const lang = talkLanguage(language);
	const say = wordsIn(lang);
	const items = sessions.map(
		(s) =>
			`* ${say('follow-item', sessionLink(s), typeIn(lang, s), timeIn(lang, s.startUtc, s.timezone), `:${s.page}`)}`,
	);
	return {
		marker: markers,
		heading:
			sessions.length === 1
				? say('follow-heading', headingText(sessions[0].title))
				: say('follow-heading-many', sessions.length),
		body: `${say('follow-intro', sessions.length)}\n${items.join('\n')}\n${say('follow-why', `:${profile}`)}`,
		lang,
	};
}

/** The talk page with the message added as a new section, or the same text if it is there already. */
export function withMessage(
	current: string | undefined,
	message: TalkMessage,
	signature: string,
): string {
	const text = current ?? '';
	if (
		[message.marker, ...(message.alsoSent ?? [])].some((marker) =>
			text.includes(marker),
		)
	)
		return text;
	// In its own language and direction on a talk page of any other.
	const body =
		message.lang === 'en'
			? message.body
			: `<div lang="${message.lang}" dir="auto">${message.body}</div>`;
	const section = `== ${message.heading} ==\n${body} ${signature}\n${message.marker}`;
	return text.trim() === ''
		? section
		: `${text.replace(/\s+$/, '')}\n\n${section}`;
}
