// The bot's memory of the waitlists it last saw: `User:<bot>/Waitlists.json`, a JSON page that
// MediaWiki lets only its owner (and interface administrators) edit, so nobody can make the bot
// believe someone was waiting. Someone on a remembered waitlist who now has a place was moved up.
import type { Mwn } from 'mwn';
import { readPages } from '../wiki/client';
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

export async function readWaitlists(bot: Mwn, title: string, log: Log): Promise<Waitlists> {
  const parsed = parseWaitlists((await readPages(bot, [title])).get(title)?.text);
  if (parsed) return parsed;
  // Forgetting costs at most a missed "you have a place" message, never a second one.
  log.warn(`[[${title}]] is not the JSON the bot writes; starting with no remembered waitlists`);
  return {};
}

/** Writes the memory when it changed. */
export async function writeWaitlists(writer: PageWriter, title: string, before: Waitlists, after: Waitlists, mode: string): Promise<void> {
  const text = serialiseWaitlists(after);
  if (text === serialiseWaitlists(before)) return;
  await writer.write(title, () => text, `Let's Connect bot (${mode}): remember the waitlists, to tell whoever moves up`);
}
