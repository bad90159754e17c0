// The bot's memory of the waitlists it last saw: `User:<bot>/Waitlists.json`, a JSON page that
// MediaWiki lets only its owner (and interface administrators) edit, so nobody can make the bot
// believe someone was waiting. Someone on a remembered waitlist who now has a place was moved up.
import type { Log } from '../wiki/log';
import type { PageWriter } from '../wiki/page-writer';

/** Users waiting, in order, by registration page title. */
export type Waitlists = Record<string, string[]>;

/** Only string lists survive: a page that is not what the bot wrote counts as an empty memory. */
export function parseWaitlists(text: string | undefined): Waitlists | undefined {
  if (text === undefined || text.trim() === '') return {};
  try {
    const data: unknown = JSON.parse(text);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const result: Waitlists = {};
    for (const [title, users] of Object.entries(data as Record<string, unknown>)) {
      if (Array.isArray(users)) result[title] = users.filter((u): u is string => typeof u === 'string');
    }
    return result;
  } catch {
    return undefined;
  }
}

export function serialiseWaitlists(waitlists: Waitlists): string {
  const sorted = Object.fromEntries(Object.entries(waitlists).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(sorted, null, '\t');
}

export async function readWaitlists(pages: Pick<PageWriter, 'read'>, title: string, log: Log): Promise<Waitlists> {
  const parsed = parseWaitlists((await pages.read([title])).get(title)?.text);
  if (parsed) return parsed;
  // Forgetting costs at most a missed "you have a place" message, never a second one.
  log.warn(`[[${title}]] is not the JSON the bot writes; starting with no remembered waitlists`);
  return {};
}

/** `base` (on the wiki now) with this run's view of the pages it looked at: see {@link writeWaitlists}. */
export function mergeWaitlists(base: Waitlists, before: Waitlists, after: Waitlists, looked: Set<string>): Waitlists {
  const result: Waitlists = {};
  for (const page of new Set([...Object.keys(base), ...Object.keys(after)])) {
    const users = looked.has(page)
      ? [...(after[page] ?? []), ...(base[page] ?? []).filter((u) => !(before[page] ?? []).includes(u) && !(after[page] ?? []).includes(u))]
      : base[page] ?? [];
    if (users.length > 0) result[page] = users;
  }
  return result;
}

/**
 * Writes the memory when it changed, merged three ways with what is on the wiki now: another run
 * (the weekly sync beside the 20-minute one) may have saved meanwhile. For a page this run looked
 * at, its own list wins, plus anyone the other run added (remembering someone once too often costs
 * nothing: the talk page's marker keeps them from being told twice); other pages stay as they are.
 */
export async function writeWaitlists(writer: PageWriter, title: string, before: Waitlists, after: Waitlists, looked: Set<string>, mode: string): Promise<void> {
  const merge = (base: Waitlists) => mergeWaitlists(base, before, after, looked);
  if (serialiseWaitlists(merge(before)) === serialiseWaitlists(before)) return;
  await writer.write(title, (current) => {
    const base = parseWaitlists(current) ?? {};
    const next = merge(base);
    return serialiseWaitlists(next) === serialiseWaitlists(base) && current !== undefined ? current : serialiseWaitlists(next);
  }, `Let's Connect bot (${mode}): remember the waitlists, to tell whoever moves up`);
}
