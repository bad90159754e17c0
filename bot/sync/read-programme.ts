// Reads what liaisons wrote: every page that uses the Session template, and the registration
// pages of the sessions found there. Batched: 50 titles a request.
import type { Mwn } from 'mwn';
import { readSessionsFromPages, type ReadResult } from '../../shared/sessions/read-sessions';
import { SESSION_TEMPLATE, registrationPageTitle } from '../../shared/model/session';
import { parseRegistrations, summarise } from '../../shared/registrations/registration-page';
import type { CardCounts } from '../../shared/pages/session-cards';
import { readPages } from '../wiki/client';
import type { Log } from '../wiki/log';

export interface Programme extends ReadResult {
  sourcePages: string[];
  counts: Map<string, CardCounts>;
}

/** Titles of every page that transcludes the Session template, in title order. */
export async function sessionPageTitles(bot: Mwn): Promise<string[]> {
  const titles: string[] = [];
  for await (const response of bot.continuedQueryGen({
    action: 'query', list: 'embeddedin', eititle: `Template:${SESSION_TEMPLATE}`, eilimit: 'max',
  })) {
    for (const page of response.query?.embeddedin ?? []) titles.push(page.title);
  }
  return titles.sort();
}

export async function readProgramme(bot: Mwn, root: string, log: Log): Promise<Programme> {
  const sourcePages = await sessionPageTitles(bot);
  const contents = await readPages(bot, sourcePages);
  log.info(`read ${contents.size} session page(s)`);
  const result = readSessionsFromPages([...contents].map(([title, { text }]) => ({ title, text })));
  const registrationTitles = result.sessions.map((s) => registrationPageTitle(root, s.id));
  const registrations = await readPages(bot, registrationTitles);
  log.info(`read ${registrations.size} registration page(s)`);
  const counts = new Map<string, CardCounts>();
  for (const session of result.sessions) {
    const page = registrations.get(registrationPageTitle(root, session.id));
    if (page) counts.set(session.id, summarise(parseRegistrations(page.text)));
  }
  return { ...result, sourcePages, counts };
}
