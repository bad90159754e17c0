// Registration pages (`ROOT/Registrations/<id>`): one {{Let's Connect/Registration}} per line,
// plus hand-written signature lines. Sign-up and cancel are pure transforms of the page text,
// used alike by the gadget (through mw.Api#edit) and by the bot and tests (through mwn).
import { findTemplates, getParam } from '../wikitext/template-parser';
import { setParams } from '../wikitext/template-editor';
import { escapeTemplateValue, unescapeTemplateValue } from '../wikitext/escape';
import { normaliseUsername } from '../model/usernames';

export const REGISTRATION_TEMPLATE = "Let's Connect/Registration";
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
  user: string;
  status: RegistrationStatus;
  /** UTC timestamp of the sign-up, when known. */
  registered?: string;
  interpretation?: string;
  remind: boolean;
  attended?: string;
  /** A template line, or a signature someone wrote by hand. */
  source: 'template' | 'signature';
  /** When someone else's cancellation gave this person a place from the waitlist. */
  promoted?: string;
  /** Offsets of the template call or the signature line in the page text. */
  position: { start: number; end: number };
}

/**
 * A signature line such as `# [[User:Alice|Alice]] ([[User talk:Alice|talk]]) 10:00, 1 May 2026 (UTC)`,
 * also from another wiki (`[[m:User:Alice|…]]`, `[[:w:es:Usuario:Bob]]`) or in another language.
 */
const USER_NAMESPACES = 'User|U|Usuario|Usuaria|Usuário|Usuária|Utilisateur|Utilisatrice|Benutzer|Benutzerin|Utente|Utilizador|Utilizadora|Gebruiker|Pengguna|Kullanıcı|Użytkownik|Uživatel|Участник|Участница|Користувач|Корисник|Потребител|مستخدم|مستخدمة|کاربر|משתמש|משתמשת|ব্যবহারকারী|सदस्य|उपयोगकर्ता|用户|用戶|利用者|사용자|ผู้ใช้|Thành viên|Mtumiaji';
const SIGNATURE_LINE = new RegExp(`^[#*]+[ \\t]*(?:<s>)?[^\\n]*?\\[\\[\\s*(?::?\\s*[a-z][a-z-]*\\s*:)*\\s*(?:${USER_NAMESPACES})\\s*:\\s*([^|\\]\\n/#]+)`, 'i');

/** The text with comments blanked out, character for character, so offsets stay the same. */
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Everyone on the page, once each: the first line of a user decides, as a liaison would read it. */
export function parseRegistrations(text: string): Registration[] {
  const byUser = new Map<string, Registration>();
  const templateLines = new Set<number>();
  for (const call of findTemplates(text, REGISTRATION_TEMPLATE)) {
    const user = normaliseUsername(unescapeTemplateValue(getParam(call, 'user') ?? ''));
    templateLines.add(text.lastIndexOf('\n', call.start) + 1);
    if (!user || byUser.has(user)) continue;
    const status = (getParam(call, 'status') ?? 'registered').trim().toLowerCase();
    byUser.set(user, {
      user,
      status: (REGISTRATION_STATUSES as readonly string[]).includes(status) ? (status as RegistrationStatus) : 'registered',
      registered: getParam(call, 'registered') || undefined,
      interpretation: getParam(call, 'interpretation') || undefined,
      remind: (getParam(call, 'remind') ?? 'yes').trim().toLowerCase() !== 'no',
      attended: getParam(call, 'attended') || undefined,
      promoted: getParam(call, 'promoted') || undefined,
      source: 'template',
      position: { start: call.start, end: call.end },
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
    if (!user || byUser.has(user)) continue;
    const struck = /^[#*]+[ \t]*<s>/i.test(line);
    byUser.set(user, { user, status: struck ? 'cancelled' : 'registered', remind: true, source: 'signature', position: { start: lineStart, end: lineStart + line.length } });
  }
  return [...byUser.values()];
}

export interface RegistrationSummary {
  registered: number;
  waitlisted: number;
  /** Users in the order they joined the waitlist. */
  waitlist: string[];
}

export function summarise(registrations: Registration[]): RegistrationSummary {
  const waitlist = registrations.filter((r) => r.status === 'waitlisted').map((r) => r.user);
  return { registered: registrations.filter((r) => r.status === 'registered').length, waitlisted: waitlist.length, waitlist };
}

/** The state of one user on a page: 1-based waitlist position when waitlisted. */
export function stateOf(registrations: Registration[], user: string): { status: RegistrationStatus | 'none'; position?: number } {
  const name = normaliseUsername(user);
  const mine = registrations.find((r) => r.user === name);
  if (!mine) return { status: 'none' };
  if (mine.status !== 'waitlisted') return { status: mine.status };
  return { status: 'waitlisted', position: summarise(registrations).waitlist.indexOf(name) + 1 };
}

export interface SignUpChoices {
  user: string;
  /** UTC timestamp to record, e.g. `2026-11-23T20:00:00Z`. */
  now: string;
  /** Places available; undefined means no limit. */
  capacity?: number;
  interpretation?: string;
  remind?: boolean;
}

export type SignUpResult =
  | { outcome: 'registered' | 'waitlisted'; text: string; position?: number }
  | { outcome: 'already'; status: RegistrationStatus; position?: number };

function registrationLine(values: Record<string, string>): string {
  const params = Object.entries(values).map(([k, v]) => `|${k}=${escapeTemplateValue(v)}`).join('');
  return `{{${REGISTRATION_TEMPLATE}${params}}}`;
}

function appendLine(text: string, line: string): string {
  // MediaWiki strips the page's trailing newline on save, so lines are joined with one.
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? line : `${trimmed}\n${line}`;
}

/**
 * Registers a user on a page, or puts them on the waitlist when every place is taken.
 * Someone who cancelled earlier has their own line updated; nobody is ever listed twice.
 */
export function signUp(text: string, choices: SignUpChoices): SignUpResult {
  const user = normaliseUsername(choices.user);
  const registrations = parseRegistrations(text);
  const current = stateOf(registrations, user);
  if (current.status === 'registered' || current.status === 'waitlisted') {
    return { outcome: 'already', status: current.status, position: current.position };
  }
  const { registered, waitlisted } = summarise(registrations);
  // Someone already waiting keeps their turn: a newcomer joins the end of the queue.
  const full = choices.capacity !== undefined && (registered >= choices.capacity || waitlisted > 0);
  const status: RegistrationStatus = full ? 'waitlisted' : 'registered';
  const values: Record<string, string> = { user, status, registered: choices.now };
  if (choices.interpretation) values.interpretation = choices.interpretation;
  values.remind = choices.remind === false ? 'no' : 'yes';

  const own = findTemplates(text, REGISTRATION_TEMPLATE).find((c) => normaliseUsername(unescapeTemplateValue(getParam(c, 'user') ?? '')) === user);
  const next = own ? setParams(text, own, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeTemplateValue(v)]))) : appendLine(text, registrationLine(values));
  return full ? { outcome: 'waitlisted', text: next, position: waitlisted + 1 } : { outcome: 'registered', text: next };
}

export type CancelResult = { outcome: 'cancelled'; text: string; promoted: string[] } | { outcome: 'not-registered' };

/**
 * Cancels a user's registration (their line stays, with `status=cancelled`) and gives the place
 * to the first on the waitlist at once, marked `promoted=` so the bot tells them.
 */
export function cancelRegistration(text: string, user: string, capacity?: number, now = ''): CancelResult {
  const cancelled = cancelOnly(text, user);
  // Without a capacity nobody waits for a place; the bot settles anything left over.
  if (cancelled.outcome !== 'cancelled' || capacity === undefined) return cancelled;
  const { text: next, promoted } = promoteFromWaitlist(cancelled.text, capacity, now);
  return { outcome: 'cancelled', text: next, promoted };
}

function cancelOnly(text: string, user: string): { outcome: 'cancelled'; text: string; promoted: string[] } | { outcome: 'not-registered' } {
  const name = normaliseUsername(user);
  const registrations = parseRegistrations(text);
  const mine = registrations.find((r) => r.user === name);
  if (!mine || mine.status === 'cancelled') return { outcome: 'not-registered' };
  const own = findTemplates(text, REGISTRATION_TEMPLATE).find((c) => normaliseUsername(unescapeTemplateValue(getParam(c, 'user') ?? '')) === name);
  if (own) return { outcome: 'cancelled', text: setParams(text, own, { status: 'cancelled' }), promoted: [] };
  // A hand-written signature: keep it, struck through, so the history reads naturally.
  const lines = text.split('\n');
  // Search with comments blanked, as parsing did: a commented-out example is not the signature.
  const visible = blankComments(text).split('\n');
  const index = visible.findIndex((line) => {
    const match = SIGNATURE_LINE.exec(line);
    return match !== null && normaliseUsername(match[1]) === name;
  });
  lines[index] = lines[index].replace(/^([#*]+[ \t]*)(.*)$/, '$1<s>$2</s>');
  return { outcome: 'cancelled', text: lines.join('\n'), promoted: [] };
}

/**
 * Moves people from the waitlist to the places that are free, first come first served.
 * Returns the new text and who was promoted (nobody when no place is free).
 */
export function promoteFromWaitlist(text: string, capacity: number | undefined, now = ''): { text: string; promoted: string[] } {
  const { registered, waitlist } = summarise(parseRegistrations(text));
  // No capacity any more (a liaison removed it): everyone waiting gets in.
  const promoted = capacity === undefined ? waitlist : waitlist.slice(0, Math.max(0, capacity - registered));
  let next = text;
  for (const user of promoted) {
    const call = findTemplates(next, REGISTRATION_TEMPLATE).find((c) => normaliseUsername(unescapeTemplateValue(getParam(c, 'user') ?? '')) === user);
    if (call) next = setParams(next, call, now ? { status: 'registered', promoted: now } : { status: 'registered' });
  }
  return { text: next, promoted };
}
