// Wall-clock times written by liaisons → UTC instants, with luxon. Used by the bot and by
// validation; the gadget formats the UTC times it finds in the HTML with Intl instead.
import { DateTime, IANAZone } from 'luxon';

export type LocalTimeResult =
  | { ok: true; utc: DateTime; inGap: boolean }
  | { ok: false; reason: 'format' | 'impossible-date' | 'unknown-zone' };

const START_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

export function isKnownTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Converts `YYYY-MM-DD HH:MM` in an IANA zone to UTC. A time inside a daylight-saving gap moves
 * forward by the gap, as PHP (and so the wiki's `#time`) does; `inGap` tells that it happened.
 */
export function localToUtc(start: string, zone: string): LocalTimeResult {
  const match = START_FORMAT.exec(start.trim());
  if (!match) return { ok: false, reason: 'format' };
  if (!isKnownTimeZone(zone)) return { ok: false, reason: 'unknown-zone' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!local.isValid) return { ok: false, reason: 'impossible-date' };
  const inGap = local.hour !== hour || local.minute !== minute;
  return { ok: true, utc: local.toUTC(), inGap };
}

/** `2026-12-03T13:00:00Z`: the form templates emit in `data-lc-start`. */
export function toIsoUtc(instant: DateTime): string {
  return instant.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
