// What changed about a session since the bot last published it, as its registrants need to hear:
// cancelled, postponed, moved by half an hour or more, or a new meeting link in the last day. The
// bot's memory is its own roster page (which only it can edit), never a guess from history, so
// nobody can make it tell everyone something by editing a page.
import type { Session } from '../model/session';

/** What the bot last published about a session, kept with its roster. */
export interface PublishedSession {
  startUtc: string;
  timezone: string;
  status: string;
  meeting?: string;
  /** When the bot recorded this state: names the change that ends it, in each notice's marker. */
  at: string;
  /** The change that led to this state, and how many people have its notice (for the report). */
  told?: { kind: SessionChange['kind']; people: number };
}

export interface SessionChange {
  kind: 'cancelled' | 'postponed' | 'moved' | 'link';
  /** What was published before: the old time, for "instead of". */
  before: PublishedSession;
  /** The change's name in the notices' markers: one notice per person per change, across runs. */
  key: string;
}

/** A start moved by less than this is a correction, not news. */
export const MOVE_WORTH_TELLING_MS = 30 * 60000;
/** A new meeting link is told only this close to the start; earlier, the reminder carries it. */
export const LINK_CHANGE_WINDOW_MS = 24 * 3600000;

export function publishedOf(session: Pick<Session, 'startUtc' | 'timezone' | 'status' | 'meeting'>, now: Date): PublishedSession {
  return { startUtc: session.startUtc, timezone: session.timezone, status: session.status, ...(session.meeting ? { meeting: session.meeting } : {}), at: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

/** Whether what the bot published is what the session says now (the time of recording aside). */
export function samePublished(a: PublishedSession | undefined, b: PublishedSession): boolean {
  return !!a && a.startUtc === b.startUtc && a.timezone === b.timezone && a.status === b.status && (a.meeting ?? '') === (b.meeting ?? '');
}

/**
 * The change worth telling, or none: a cancellation or postponement (once, when it happens), else
 * a start moved by 30 minutes or more, else a new link when the session starts within 24 hours.
 * Nothing before the bot has published the session once, and nothing after it has ended.
 */
export function changeOf(before: PublishedSession | undefined, session: Pick<Session, 'startUtc' | 'endUtc' | 'status' | 'meeting'>, now: Date): SessionChange | undefined {
  if (!before) return undefined;
  const ended = (iso: string) => Date.parse(iso) <= now.getTime();
  if (ended(session.endUtc) && session.status === before.status) return undefined;
  const key = before.at;
  if (session.status !== before.status && (session.status === 'cancelled' || session.status === 'postponed')) {
    return ended(before.startUtc) ? undefined : { kind: session.status, before, key };
  }
  if (session.status !== 'scheduled') return undefined;
  if (Math.abs(Date.parse(session.startUtc) - Date.parse(before.startUtc)) >= MOVE_WORTH_TELLING_MS) return { kind: 'moved', before, key };
  const soon = Date.parse(session.startUtc) - now.getTime() <= LINK_CHANGE_WINDOW_MS;
  if (session.meeting && session.meeting !== before.meeting && soon) return { kind: 'link', before, key };
  return undefined;
}
