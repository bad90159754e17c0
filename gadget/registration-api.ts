// Reads and writes registration pages through mw.Api: one request for the state of up to 50
// sessions; writes through a pure transform of the page text, retried on an edit conflict.
import { ApiFailure, settle } from './api-errors';

export interface PageRevision {
  text: string;
  timestamp: string;
}

/** Current revisions by title as asked (missing pages are absent). At most 50 titles: one request. */
export async function fetchPages(api: mw.Api, titles: string[]): Promise<{ pages: Map<string, PageRevision>; now: string }> {
  const pages = new Map<string, PageRevision>();
  if (titles.length === 0) return { pages, now: '' };
  const response = await settle<Record<string, any>>(api.get({
    action: 'query', prop: 'revisions', rvprop: 'content|timestamp', rvslots: 'main',
    titles: titles.slice(0, 50), curtimestamp: true, formatversion: 2,
  }) as unknown as JQuery.Promise<Record<string, any>>);
  const asked = new Map<string, string>((response.query?.normalized ?? []).map((n: { from: string; to: string }) => [n.to, n.from]));
  for (const page of response.query?.pages ?? []) {
    const revision = page.revisions?.[0];
    const text = revision?.slots?.main?.content;
    if (typeof text === 'string') pages.set(asked.get(page.title) ?? page.title, { text, timestamp: revision.timestamp });
  }
  return { pages, now: response.curtimestamp ?? '' };
}

/** Returns the new text and summary, or null when nothing is to be written. */
export type RegistrationTransform = (current: string) => { text: string; summary: string } | null;

/**
 * Applies a transform to a page, creating it when missing. An edit conflict re-reads the page and
 * applies the transform again (at most 3 tries), so a double click or a race registers once.
 */
export async function editPage(api: mw.Api, title: string, transform: RegistrationTransform): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { pages, now } = await fetchPages(api, [title]);
      const current = pages.get(title);
      const change = transform(current?.text ?? '');
      if (!change) return;
      const params: Record<string, unknown> = {
        action: 'edit', title, text: change.text, summary: change.summary,
        formatversion: 2,
      };
      // Base and start timestamps make a concurrent edit a conflict instead of a silent overwrite.
      if (current === undefined) Object.assign(params, { createonly: true, starttimestamp: now });
      else Object.assign(params, { nocreate: true, basetimestamp: current.timestamp, starttimestamp: now });
      await settle(api.postWithEditToken(api.assertCurrentUser(params as never) as never) as unknown as JQuery.Promise<unknown>);
      return;
    } catch (error) {
      const retriable = error instanceof ApiFailure && ['editconflict', 'articleexists', 'missingtitle'].includes(error.code);
      if (!retriable || attempt >= 3) throw error;
    }
  }
}
