// Reads every {{Let's Connect/Session}} of a page into typed sessions, with a problem for
// everything a liaison got wrong. A session with an error is left out; the rest still count.
import { findTemplates, paramsOf, type TemplateCall } from '../wikitext/template-parser';
import { hasEnded } from '../model/rules';
import { SESSION_ID } from '../config';
import { unescapeTemplateValue } from '../wikitext/escape';
import { isValidUsername, normaliseUsername } from '../model/usernames';
import { isKnownLanguage } from '../model/languages';
import { problem, type Problem } from '../model/problems';
import {
  AUDIENCES, DEFAULT_DURATION, REGISTRATION_STATES, RESOURCE_KINDS, SESSION_TEMPLATE, SESSION_TYPES, STATUSES,
  type Audience, type RegistrationState, type ResourceKind, type Session, type SessionStatus, type SessionType,
} from '../model/session';
import { localToUtc, toIsoUtc } from '../time';

export interface ReadResult {
  sessions: Session[];
  problems: Problem[];
}

/** Ids end up in page titles and edit summaries: long enough for any name, short enough for both. */
const MAX_ID_LENGTH = 80;
const MAX_DURATION = 24 * 60;

function list(value: string | undefined): string[] {
  return (value ?? '').split(/[,;]/).map((v) => v.trim()).filter(Boolean);
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s<>"[\]{}|]+$/i.test(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  return (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Reads one call's parameters; `problems` receives what is wrong with them. */
export function readSessionParams(raw: Record<string, string>, page: string, problems: Problem[]): Session | undefined {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) params[k] = unescapeTemplateValue(v).trim();
  const where = { page, template: SESSION_TEMPLATE };
  const id = params.id ?? '';
  const at = (param: string) => ({ ...where, param, sessionId: id || undefined });
  const before = problems.length;

  if (!id) problems.push(problem('session-missing-id', 'The session has no id. Add |id= with lower-case letters, digits and hyphens, unique across all sessions.', at('id')));
  else if (!SESSION_ID.test(id) || id.length > MAX_ID_LENGTH) problems.push(problem('session-invalid-id', `The id "${id.slice(0, MAX_ID_LENGTH)}" may only contain lower-case letters a–z, digits and single hyphens, at most ${MAX_ID_LENGTH} characters.`, at('id')));
  const title = params.title ?? '';
  if (!title) problems.push(problem('session-missing-title', 'The session has no title.', at('title')));

  const type = oneOf<SessionType>(SESSION_TYPES, params.type, 'clinic');
  if (!type) problems.push(problem('session-unknown-type', `Unknown type "${params.type}"; use one of ${SESSION_TYPES.join(', ')}.`, at('type')));
  const status = oneOf<SessionStatus>(STATUSES, params.status, 'scheduled');
  if (!status) problems.push(problem('session-unknown-status', `Unknown status "${params.status}"; use one of ${STATUSES.join(', ')}.`, at('status')));
  const registration = oneOf<RegistrationState>(REGISTRATION_STATES, params.registration, 'open');
  if (!registration) problems.push(problem('session-unknown-registration', `Unknown registration "${params.registration}"; use open or closed.`, at('registration')));

  const timezone = params.timezone || 'UTC';
  let startUtc = '';
  let endUtc = '';
  let durationMinutes = DEFAULT_DURATION[type ?? 'clinic'];
  if (params.duration) {
    const minutes = /^\d+$/.test(params.duration) ? Number(params.duration) : NaN;
    if (!(minutes > 0 && minutes <= MAX_DURATION)) {
      problems.push(problem('session-invalid-duration', `The duration "${params.duration}" must be a whole number of minutes between 1 and ${MAX_DURATION}.`, at('duration')));
    } else {
      durationMinutes = minutes;
    }
  }
  if (!params.start) {
    problems.push(problem('session-missing-start', 'The session has no start. Write it as YYYY-MM-DD HH:MM, for example 2026-12-03 14:00.', at('start')));
  } else {
    const converted = localToUtc(params.start, timezone);
    if (!converted.ok) {
      const messages = {
        format: `The start "${params.start}" is not in the form YYYY-MM-DD HH:MM (24-hour clock), for example 2026-12-03 14:00.`,
        'impossible-date': `The start "${params.start}" is not a real date or time.`,
        'unknown-zone': `Unknown time zone "${timezone}". Use UTC or an IANA name such as Europe/Madrid, America/Lima or Africa/Lagos (not an abbreviation such as CET or IST).`,
      } as const;
      problems.push(problem(`session-${converted.reason === 'unknown-zone' ? 'unknown-timezone' : converted.reason === 'format' ? 'invalid-start' : 'impossible-date'}`,
        messages[converted.reason], at(converted.reason === 'unknown-zone' ? 'timezone' : 'start')));
    } else {
      if (converted.inGap) {
        problems.push(problem('session-start-in-dst-gap', `${params.start} does not exist in ${timezone} (the clocks jump forward then); it is read as ${toIsoUtc(converted.utc)}.`, at('start'), 'warning'));
      }
      if (converted.ambiguous) {
        problems.push(problem('session-start-ambiguous', `${params.start} happens twice in ${timezone} (the clocks go back then); it is read as the first, ${toIsoUtc(converted.utc)}. Write the time in UTC to be sure.`, at('start'), 'warning'));
      }
      startUtc = toIsoUtc(converted.utc);
      endUtc = toIsoUtc(converted.utc.plus({ minutes: durationMinutes }));
    }
  }

  const audience = list(params.audience).map((a) => a.toLowerCase());
  for (const a of audience) {
    if (!(AUDIENCES as readonly string[]).includes(a)) problems.push(problem('session-unknown-audience', `Unknown audience "${a}"; use newcomers, organisers or both.`, at('audience')));
  }
  const language = (params.language || 'en').toLowerCase();
  const interpretation = list(params.interpretation).map((l) => l.toLowerCase());
  for (const [param, code] of [['language', language], ...interpretation.map((c) => ['interpretation', c])]) {
    // A warning: MediaWiki knows languages (dag, igl, …) that the platform's CLDR data may not.
    if (!isKnownLanguage(code)) problems.push(problem('session-unknown-language', `"${code}" is not a language code we know, such as en, es, ar, fr or pt.`, at(param), 'warning'));
  }
  const sharers = list(params.sharers);
  for (const s of sharers) {
    if (!isValidUsername(s)) problems.push(problem('session-invalid-username', `"${s}" is not a valid user name.`, at('sharers')));
  }
  let capacity: number | undefined;
  if (params.capacity) {
    if (/^\d+$/.test(params.capacity) && Number(params.capacity) > 0) capacity = Number(params.capacity);
    else problems.push(problem('session-invalid-capacity', `The capacity "${params.capacity}" must be a positive whole number.`, at('capacity')));
  }
  const resources: Session['resources'] = {};
  const urlParams = Object.keys(params).filter((k) => k === 'meeting' || RESOURCE_KINDS.some((r) => k === r || k.startsWith(`${r}-`)));
  for (const key of urlParams) {
    const value = params[key];
    if (!value) continue;
    if (!isHttpUrl(value) && key !== 'notes' && !key.startsWith('notes-')) {
      problems.push(problem('session-invalid-url', `The link "${value}" must start with https:// or http://.`, at(key)));
      continue;
    }
    if (key === 'meeting') continue;
    const [kind, lang = ''] = key.split(/-(.*)/s) as [ResourceKind, string?];
    (resources[kind] ??= {})[lang] = value;
  }
  if (params.meeting && !isHttpUrl(params.meeting)) delete params.meeting;

  const hasError = problems.slice(before).some((p) => p.severity === 'error');
  if (hasError || !type || !status || !registration) return undefined;
  return {
    id, type, title, topic: params.topic || undefined, description: params.description || undefined,
    start: params.start, timezone, startUtc, endUtc, durationMinutes,
    audience: audience.filter((a): a is Audience => (AUDIENCES as readonly string[]).includes(a)),
    sharers: sharers.map(normaliseUsername), language, interpretation, registration, capacity,
    meeting: params.meeting || undefined, status, resources, page,
  };
}

/**
 * The session calls MediaWiki shows as cards: a session template pasted inside another session's
 * parameter is part of that parameter's text (the module shows it as text), not a session.
 */
export function sessionCalls(text: string): TemplateCall[] {
  const calls = findTemplates(text, SESSION_TEMPLATE);
  return calls.filter((call) => !calls.some((outer) => outer !== call && outer.start < call.start && call.end <= outer.end));
}

/** Every session written on one page. */
export function readSessionsFromPage(page: string, text: string): ReadResult {
  const problems: Problem[] = [];
  const sessions: Session[] = [];
  for (const call of sessionCalls(text)) {
    const session = readSessionParams(paramsOf(call), page, problems);
    if (session) sessions.push(session);
  }
  return { sessions, problems };
}

/**
 * Sessions of many pages. When two share an id, the one on the page named after it
 * (`homeTitle(id)`, e.g. ROOT/Sessions/<id>) wins, else the first in page order; the others are
 * reported and left out.
 */
export function readSessionsFromPages(pages: Array<{ title: string; text: string }>, homeTitle?: (id: string) => string): ReadResult {
  const all: ReadResult = { sessions: [], problems: [] };
  const byId = new Map<string, Session[]>();
  for (const { title, text } of pages) {
    const result = readSessionsFromPage(title, text);
    all.problems.push(...result.problems);
    for (const session of result.sessions) byId.set(session.id, [...(byId.get(session.id) ?? []), session]);
  }
  for (const [id, candidates] of byId) {
    const winner = candidates.find((s) => homeTitle?.(id) === s.page) ?? candidates[0];
    all.sessions.push(winner);
    for (const other of candidates.filter((s) => s !== winner)) {
      all.problems.push(problem('session-duplicate-id', `The id "${id}" is already used by a session on [[${winner.page}]]; give this one another id.`,
        { page: other.page, template: SESSION_TEMPLATE, param: 'id', sessionId: id }));
    }
  }
  return all;
}

/**
 * Registration left open where nobody can come: a cancelled session, or one that has ended.
 * Warnings: the session still shows, and the bot closes registration of past sessions.
 */
export function registrationProblems(sessions: Session[], now: Date): Problem[] {
  const found: Problem[] = [];
  for (const s of sessions) {
    if (s.registration !== 'open') continue;
    const where = { page: s.page, template: SESSION_TEMPLATE, param: 'registration', sessionId: s.id };
    if (s.status === 'cancelled') {
      found.push(problem('session-registration-open-cancelled', `Session "${s.id}" is cancelled but registration is open; set registration = closed.`, where, 'warning'));
    } else if (hasEnded(s.endUtc, now)) {
      found.push(problem('session-registration-open-past', `Session "${s.id}" ended on ${s.endUtc.slice(0, 10)} but registration is open; set registration = closed.`, where, 'warning'));
    }
  }
  return found;
}
