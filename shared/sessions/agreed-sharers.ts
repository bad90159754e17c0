// A sharer is reminded only when they agreed to be named: the revision of the session's page that
// named them (or last changed its sharers) was their own, a liaison's or an administrator's (who
// may also give places). Anyone can type twelve names into a page; only those people's accounts,
// or an account the programme trusts, can vouch for them.
import { normaliseUsername } from '../model/usernames';
import type { PageRevisionRecord, Trust } from '../registrations/verify-places';
import { readSessionsFromPages } from './read-sessions';

function sharersIn(title: string, text: string, sessionId: string): string[] {
  return readSessionsFromPages([{ title, text }]).sessions.find((s) => s.id === sessionId)?.sharers ?? [];
}

/**
 * The sharers of the session, as its page's history (oldest first) stands, who agreed: each named
 * by their own revision, or present when a liaison's (or an administrator's) revision changed the sharers.
 */
export function agreedSharers(title: string, revisions: PageRevisionRecord[], sessionId: string, trust: Pick<Trust, 'liaisons' | 'admins'>): Set<string> {
  const liaisons = new Set([...trust.liaisons, ...trust.admins].map(normaliseUsername));
  let named: string[] = [];
  const agreed = new Set<string>();
  for (const revision of revisions) {
    if (revision.text === undefined) continue;
    const now = sharersIn(title, revision.text, sessionId);
    const author = revision.user === undefined ? '' : normaliseUsername(revision.user);
    const changed = now.join('\n') !== named.join('\n');
    for (const sharer of named.filter((s) => !now.includes(s))) agreed.delete(sharer);
    if (changed && liaisons.has(author)) for (const sharer of now) agreed.add(sharer);
    if (changed && now.includes(author)) agreed.add(author);
    named = now;
  }
  return new Set(named.filter((s) => agreed.has(s)));
}
