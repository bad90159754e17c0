// Who asked: a registration line counts for messages only when its user's own edit put it there.
// Anyone can type "Alice" on a registration page; only Alice's account can save a revision in her
// name. The page's history is read in batched requests (500 revisions, then 50 contents a request).
import type { Mwn } from 'mwn';
import { parseRegistrations, stateOf } from '../../shared/registrations/registration-page';
import { normaliseUsername } from '../../shared/model/usernames';

interface RevisionRow {
  revid: number;
  user?: string;
}

/**
 * The candidates whose newest revision of the page lists them as signed up (registered or
 * waiting): their own sign-up, or an edit of theirs that kept their line. Everyone else on the
 * page was put there by someone else, and is not messaged.
 */
export async function ownLines(bot: Mwn, title: string, candidates: string[]): Promise<Set<string>> {
  const wanted = new Set(candidates.map(normaliseUsername));
  const newestByUser = new Map<string, number>();
  if (wanted.size === 0) return new Set();
  for await (const response of bot.continuedQueryGen({ action: 'query', prop: 'revisions', titles: title, rvprop: 'ids|user', rvlimit: 'max' })) {
    for (const revision of (response.query?.pages?.[0]?.revisions ?? []) as RevisionRow[]) {
      const user = revision.user ? normaliseUsername(revision.user) : '';
      // Newest first: the first revision seen of each user is their newest.
      if (wanted.has(user) && !newestByUser.has(user)) newestByUser.set(user, revision.revid);
    }
    if (newestByUser.size === wanted.size) break;
  }
  const contentOf = new Map<number, string>();
  const revids = [...newestByUser.values()];
  for (let i = 0; i < revids.length; i += 50) {
    for await (const response of bot.continuedQueryGen({ action: 'query', prop: 'revisions', revids: revids.slice(i, i + 50).join('|'), rvprop: 'ids|content', rvslots: 'main' })) {
      for (const page of response.query?.pages ?? []) {
        for (const revision of page.revisions ?? []) {
          const text = revision.slots?.main?.content;
          if (typeof text === 'string') contentOf.set(Number(revision.revid), text);
        }
      }
    }
  }
  const asked = new Set<string>();
  for (const [user, revid] of newestByUser) {
    const text = contentOf.get(revid);
    if (text === undefined) continue;
    const status = stateOf(parseRegistrations(text), user).status;
    if (status === 'registered' || status === 'waitlisted') asked.add(user);
  }
  return asked;
}
