// Reads every {{Let's Connect/Session}} of a page into typed sessions, with a problem for
// everything a liaison got wrong. A session with an error is left out; the rest still count.
import {
	LANGUAGE_CODE_FORM,
	LINK_FORM,
	SESSION_ID_FORM,
	fitsForm,
} from '../value-forms';
import { splitList } from '../wikitext/lists';
import {
	findTemplates,
	paramsOf,
	type TemplateCall,
} from '../wikitext/template-parser';
import { hasEnded } from '../model/rules';
import { unescapeTemplateValue, trimAscii } from '../wikitext/escape';
import { withoutTranslateMarkup } from '../wikitext/translate-markup';
import { isValidUsername, normaliseUsername } from '../model/usernames';
import { isKnownLanguage } from '../model/languages';
import { problem, type Problem } from '../model/problems';
import {
	DEFAULT_DURATION,
	RESOURCE_KINDS,
	SESSION_TEMPLATE,
	type Audience,
	type RegistrationState,
	type ResourceKind,
	type Session,
	type SessionStatus,
	type SessionType,
} from '../model/session';
import { isKnownTimeZone, localToUtc, toIsoUtc } from '../time';
import {
	SESSION_PARAMS,
	SESSION_PROBLEMS,
	closestParam,
	fillMessage,
	isLanguageForm,
	sessionParam,
	type SessionParam,
} from '../model/session-contract';

/** Values by parameter name for the contract's `configDefault` rows (shared/sessions/session-defaults.ts). */
export type SessionDefaults = Record<string, string>;

/** What a root's Config sets for the sessions of one page. */
export interface PageDefaults {
	/** Filled in where a session leaves the row out. */
	values: SessionDefaults;
	/**
	 * Set, but not for this page: it is neither the root's own page nor under `ROOT/Sessions/`, where
	 * the module finds the root. Not filled in (the module would not), and a session that leaves one out is warned.
	 */
	unreachable?: SessionDefaults;
}

const NO_DEFAULTS: PageDefaults = { values: {} };

export interface ReadResult {
	sessions: Session[];
	problems: Problem[];
}

/** A link a card, a calendar file or a message may carry (shared/value-forms.ts). */
function isHttpUrl(value: string): boolean {
	return fitsForm(LINK_FORM, value);
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

type At = (
	param: string,
) => Pick<Problem, 'page' | 'template' | 'param' | 'sessionId'>;

/** Parameters that are no row of the contract: ignored, and named with the row they likely mean. */
function unknownParams(raw: Record<string, string>, at: At): Problem[] {
	const found: Problem[] = [];
	for (const name of Object.keys(raw)) {
		if (sessionParam(name) || isLanguageForm(name)) continue;
		if (/^\d+$/.test(name)) {
			found.push(
				problem(
					'session-unnamed-value',
					`A value without a name ("${raw[name].trim().slice(0, 40)}") is ignored: write it as name = value, for example | title = ….`,
					at(name),
					'warning',
				),
			);
			continue;
		}
		// A name too long to be a typo of one is named short, and not compared.
		const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
		const meant = name.length > 40 ? undefined : closestParam(name);
		found.push(
			problem(
				'session-unknown-param',
				meant
					? `"${shown}" is not a parameter of the session, so it is ignored: did you mean "${meant}"?`
					: `"${shown}" is not a parameter of the session, so it is ignored. The parameters are: ${SESSION_PARAMS.map((p) => p.name).join(', ')}.`,
				at(name),
				'warning',
			),
		);
	}
	return found;
}

/** What the report says of a wrong value: the contract's row's message (the module's words too). */
export function complaint(spec: SessionParam, value: string): string {
	return fillMessage(spec.message ?? '"$1" is not allowed here.', value);
}

/** A catalogued problem's message, its values in place. */
const said = (code: string, ...values: string[]) =>
	fillMessage(SESSION_PROBLEMS[code].message, ...values);

/** Whether one value is right for its row (the time zone's own rule included). */
export function isAllowedValue(spec: SessionParam, value: string): boolean {
	if (spec.name === 'timezone') return isKnownTimeZone(value);
	switch (spec.kind) {
		case 'choice':
		case 'choices':
			return (spec.values ?? []).includes(value.toLowerCase());
		case 'whole':
			return (
				/^\d+$/.test(value) &&
				Number(value) >= (spec.min ?? 0) &&
				(spec.max === undefined || Number(value) <= spec.max)
			);
		case 'url':
			return isHttpUrl(value);
		case 'users':
			return isValidUsername(value);
		// A warning, and the module shows the session too: MediaWiki knows languages (dag, igl, …)
		// that the platform's CLDR data may not.
		case 'languages':
			return isKnownLanguage(value.toLowerCase());
		default:
			return true;
	}
}

/**
 * Checks one value against its row; false when it is wrong and left out. A wrong optional value
 * costs the value, not the session: a warning, and the session is published without it (a
 * language code the platform does not know is kept: MediaWiki may know it).
 */
function checkValue(
	spec: SessionParam,
	value: string,
	at: At,
	problems: Problem[],
): boolean {
	const ok = isAllowedValue(spec, value);
	if (!ok && spec.problem) {
		const consequence = spec.keepUnknown
			? 'It is kept: the wiki may know it.'
			: `It is left out: the session is published without ${spec.kind === 'choice' ? `it (as ${spec.default})` : 'it'} until it is corrected.`;
		problems.push(
			problem(
				`session-${spec.problem}`,
				`${complaint(spec, value)} ${consequence}`,
				at(spec.name),
				'warning',
			),
		);
	}
	return ok || spec.keepUnknown === true;
}

interface ContractValues {
	/** `choice` rows: the value, its default when empty, undefined when wrong. */
	choice: Record<string, string | undefined>;
	whole: Record<string, number | undefined>;
	/** List rows, lower-cased where the kind is case-insensitive; wrong entries left out (warnings kept). */
	choices: Record<string, string[]>;
	languages: Record<string, string[]>;
	users: Record<string, string[]>;
}

/** Every row of the contract the codec checks by its kind. */
function readContractParams(
	params: Record<string, string>,
	at: At,
	problems: Problem[],
): ContractValues {
	const values: ContractValues = {
		choice: {},
		whole: {},
		choices: {},
		languages: {},
		users: {},
	};
	for (const spec of SESSION_PARAMS) {
		const raw = params[spec.name] ?? '';
		switch (spec.kind) {
			case 'choice':
				values.choice[spec.name] =
					raw !== '' && checkValue(spec, raw, at, problems)
						? raw.toLowerCase()
						: spec.default;
				break;
			case 'whole':
				values.whole[spec.name] =
					raw !== '' && checkValue(spec, raw, at, problems)
						? Number(raw)
						: undefined;
				break;
			case 'choices':
			case 'languages':
			case 'users': {
				const entries = (
					spec.single
						? [raw || spec.default || ''].filter(Boolean)
						: splitList(raw || spec.default)
				).map((v) => (spec.kind === 'users' ? v : v.toLowerCase()));
				values[spec.kind][spec.name] = entries.filter((v) =>
					checkValue(spec, v, at, problems),
				);
				break;
			}
			case 'url':
				// A wrong link is left out: never on a card, a calendar file or a message.
				if (raw !== '' && !checkValue(spec, raw, at, problems))
					params[spec.name] = '';
				break;
			default:
				break;
		}
	}
	return values;
}

/**
 * Reads one call's parameters; `problems` receives what is wrong with them. `defaults`: what the
 * root's Config sets for the rows a session leaves out, as Module:Let's Connect fills them on the
 * session's page.
 */
export function readSessionParams(
	raw: Record<string, string>,
	page: string,
	problems: Problem[],
	defaults: PageDefaults = NO_DEFAULTS,
): Session | undefined {
	const params: Record<string, string> = {};
	// Translate's tags first (they are markup on the page), then the escapes (a typed &lt;translate&gt; stays text).
	// Bidirectional controls are no part of a value (the module strips them too); trimmed as
	// MediaWiki trims (ASCII white space: a no-break space stays, as in the module).
	for (const [k, v] of Object.entries(raw))
		params[k] = trimAscii(
			unescapeTemplateValue(withoutTranslateMarkup(v)).replace(
				BIDI_CONTROLS,
				'',
			),
		);
	for (const [name, value] of Object.entries(defaults.values))
		if (!params[name]) params[name] = value;
	const where = { page, template: SESSION_TEMPLATE };
	const id = params.id ?? '';
	const at = (param: string) => ({
		...where,
		param,
		sessionId: id || undefined,
	});
	const before = problems.length;
	for (const [name, value] of Object.entries(defaults.unreachable ?? {})) {
		const contractDefault = sessionParam(name)?.default;
		if (params[name] || value === contractDefault) continue;
		problems.push(
			problem(
				'session-default-not-applied',
				`This page is not the programme's (or hub's) own page nor under its Sessions/, where the session pages find their Config, so ${name} is read as ${contractDefault === undefined ? 'none' : `"${contractDefault}"`}, not the Config's "${value}". Write |${name}= on the session.`,
				at(name),
				'warning',
			),
		);
	}

	if (!id)
		problems.push(problem('session-missing-id', said('missing-id'), at('id')));
	else if (!fitsForm(SESSION_ID_FORM, id))
		problems.push(
			problem('session-invalid-id', said('invalid-id', id), at('id')),
		);
	const title = params.title ?? '';
	if (!title)
		problems.push(
			problem('session-missing-title', said('missing-title'), at('title')),
		);
	problems.push(...unknownParams(raw, at));

	// Every parameter the contract can check by its kind (choices, whole numbers, lists, links).
	const read = readContractParams(params, at, problems);
	const type = read.choice.type as SessionType | undefined;
	const status = read.choice.status as SessionStatus | undefined;
	const registration = read.choice.registration as
		| RegistrationState
		| undefined;

	const timezone = params.timezone || 'UTC';
	let startUtc = '';
	let endUtc = '';
	const durationMinutes =
		read.whole.duration ?? DEFAULT_DURATION[type ?? 'clinic'];
	if (!params.start) {
		problems.push(
			problem('session-missing-start', said('missing-start'), at('start')),
		);
	} else {
		const converted = localToUtc(params.start, timezone);
		if (!converted.ok) {
			const messages = {
				'format': said('invalid-start', params.start),
				'impossible-date': said('impossible-date', params.start),
				'unknown-zone': complaint(sessionParam('timezone')!, timezone),
			} as const;
			problems.push(
				problem(
					`session-${converted.reason === 'unknown-zone' ? 'unknown-timezone' : converted.reason === 'format' ? 'invalid-start' : 'impossible-date'}`,
					messages[converted.reason],
					at(converted.reason === 'unknown-zone' ? 'timezone' : 'start'),
				),
			);
		} else {
			if (converted.inGap) {
				problems.push(
					problem(
						'session-start-in-dst-gap',
						`${params.start} does not exist in ${timezone} (the clocks jump forward then); it is read as ${toIsoUtc(converted.utc)}.`,
						at('start'),
						'warning',
					),
				);
			}
			if (converted.ambiguous) {
				problems.push(
					problem(
						'session-start-ambiguous',
						`${params.start} happens twice in ${timezone} (the clocks go back then); it is read as the first, ${toIsoUtc(converted.utc)}. Write the time in UTC to be sure.`,
						at('start'),
						'warning',
					),
				);
			}
			startUtc = toIsoUtc(converted.utc);
			endUtc = toIsoUtc(converted.utc.plus({ minutes: durationMinutes }));
		}
	}

	const audience = read.choices.audience ?? [];
	const language = read.languages.language?.[0] ?? 'en';
	const interpretation = read.languages.interpretation ?? [];
	const sharers = read.users.sharers ?? [];
	const capacity = read.whole.capacity;
	const resources: Session['resources'] = {};
	// Resource links: the kinds the contract names, and their per-language forms (recording-es).
	for (const key of Object.keys(params)) {
		const [kind, lang = ''] = key.split(/-(.*)/s) as [ResourceKind, string?];
		// The row itself, or one of its per-language forms (recording-es); `recording-` or `recording-ES` is neither.
		if (
			!RESOURCE_KINDS.includes(kind) ||
			!params[key] ||
			(key !== kind && !isLanguageForm(key))
		)
			continue;
		if (
			key !== kind &&
			!checkValue(
				{ ...sessionParam(kind)!, name: key },
				params[key],
				at,
				problems,
			)
		)
			continue;
		(resources[kind] ??= {})[lang] = params[key];
	}

	const hasError = problems.slice(before).some((p) => p.severity === 'error');
	if (hasError || !type || !status || !registration) return undefined;
	return {
		id,
		type,
		title,
		topic: params.topic || undefined,
		description: params.description || undefined,
		start: params.start,
		timezone,
		startUtc,
		endUtc,
		durationMinutes,
		audience: audience as Audience[],
		sharers: sharers.map(normaliseUsername),
		language,
		interpretation,
		registration,
		capacity,
		meeting: params.meeting || undefined,
		status,
		resources,
		page,
		// Every row as read, for the card (lists as written again, joined by commas).
		values: Object.fromEntries(
			SESSION_PARAMS.map((p) => [
				p.name,
				read.choice[p.name] ??
					read.whole[p.name]?.toString() ??
					(
						read.choices[p.name] ??
						read.languages[p.name] ??
						read.users[p.name]
					)?.join(', ') ??
					params[p.name] ??
					'',
			]),
		),
	};
}

/**
 * The session calls MediaWiki shows as cards: a session template pasted inside another session's
 * parameter is part of that parameter's text (the module shows it as text), not a session.
 */
export function sessionCalls(text: string): TemplateCall[] {
	const calls = findTemplates(text, SESSION_TEMPLATE);
	return calls.filter(
		(call) =>
			!calls.some(
				(outer) =>
					outer !== call && outer.start < call.start && call.end <= outer.end,
			),
	);
}

/** Every session written on one page. */
export function readSessionsFromPage(
	page: string,
	text: string,
	defaults: PageDefaults = NO_DEFAULTS,
	pageId?: number,
): ReadResult {
	const problems: Problem[] = [];
	const sessions: Session[] = [];
	for (const call of sessionCalls(text)) {
		const session = readSessionParams(paramsOf(call), page, problems, defaults);
		if (session) sessions.push(pageId ? { ...session, pageId } : session);
	}
	return { sessions, problems };
}

/**
 * Whether a page is a translation of another: Translate's subpage, named by a language code and
 * in that language (`/es` whose page language is es); `/draft` or `/new` in English is a copy.
 */
export function isTranslationOf(
	title: string,
	page: string,
	pageLanguage: string | undefined,
): boolean {
	const code = title.slice(page.length + 1);
	return (
		title.startsWith(`${page}/`) &&
		fitsForm(LANGUAGE_CODE_FORM, code) &&
		pageLanguage === code
	);
}

/** Which page an id belongs to: the one its registration page's header names (by page id, which a move keeps). */
export interface IdOwner {
	pageid?: number;
	title: string;
}

/**
 * Sessions of many pages. An id belongs to the session that has it: once a registration page
 * names a page for it (`owner`), that page keeps the id, whatever the titles, and any other page
 * with the same id is a duplicate, reported and left out (so nobody's registration moves to
 * another session by an edit of another page). An id nobody has registered for yet goes to the
 * page named after it (`homeTitle(id)`, e.g. ROOT/Sessions/<id>), else the first in page order.
 */
export function readSessionsFromPages(
	pages: { title: string; text: string; pageid?: number; language?: string }[],
	homeTitle?: (id: string) => string,
	defaultsFor: (title: string) => PageDefaults = () => NO_DEFAULTS,
	owner: (id: string) => IdOwner | undefined = () => undefined,
): ReadResult {
	const all: ReadResult = { sessions: [], problems: [] };
	const languageOf = new Map(pages.map((p) => [p.title, p.language]));
	const byId = new Map<string, Session[]>();
	for (const { title, text, pageid } of pages) {
		const result = readSessionsFromPage(
			title,
			text,
			defaultsFor(title),
			pageid,
		);
		all.problems.push(...result.problems);
		for (const session of result.sessions)
			byId.set(session.id, [...(byId.get(session.id) ?? []), session]);
	}
	for (const [id, candidates] of byId) {
		const registered = owner(id);
		// The owner by page id (a move keeps it); by title when no page has that id any more (deleted
		// and made again at the same title).
		const byPageId =
			registered?.pageid !== undefined
				? candidates.find((s) => s.pageId === registered.pageid)
				: undefined;
		const idGone =
			registered?.pageid !== undefined &&
			!pages.some((p) => p.pageid === registered.pageid);
		const winner = registered
			? (byPageId ??
				(registered.pageid === undefined || idGone
					? candidates.find((s) => s.page === registered.title)
					: undefined))
			: (candidates.find((s) => homeTitle?.(id) === s.page) ?? candidates[0]);
		if (winner) all.sessions.push(winner);
		// A translation of the winner's page (Translate's `/es`) is the same session, in another language.
		for (const other of candidates.filter(
			(s) =>
				s !== winner &&
				!(
					winner && isTranslationOf(s.page, winner.page, languageOf.get(s.page))
				),
		)) {
			const message = winner
				? said('duplicate-id', id, `[[${winner.page}]]`)
				: `The id "${id}" belongs to the session people signed up for on [[${registered?.title}]], which no longer has it there; this copy does not take it over, so nobody's registration moves to another session. Put the session back on its page, or move (rename) that page instead of copying it.`;
			all.problems.push(
				problem('session-duplicate-id', message, {
					page: other.page,
					template: SESSION_TEMPLATE,
					param: 'id',
					sessionId: id,
				}),
			);
		}
	}
	return all;
}

/**
 * Registration left open where nobody can come: a cancelled session, or one that has ended.
 * Warnings: the session still shows, and the bot closes registration of past sessions.
 */
export function registrationProblems(
	sessions: Session[],
	now: Date,
): Problem[] {
	const found: Problem[] = [];
	for (const s of sessions) {
		if (s.registration !== 'open') continue;
		const where = {
			page: s.page,
			template: SESSION_TEMPLATE,
			param: 'registration',
			sessionId: s.id,
		};
		if (s.status === 'cancelled') {
			found.push(
				problem(
					'session-registration-open-cancelled',
					`Session "${s.id}" is cancelled but registration is open; set registration = closed.`,
					where,
					'warning',
				),
			);
		} else if (hasEnded(s.endUtc, now)) {
			found.push(
				problem(
					'session-registration-open-past',
					`Session "${s.id}" ended on ${s.endUtc.slice(0, 10)} but registration is open; set registration = closed.`,
					where,
					'warning',
				),
			);
		}
	}
	return found;
}
