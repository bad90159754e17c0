// `letsconnect sync`: brings every bot region up to date from the sessions liaisons wrote.
import type { Mwn } from 'mwn';
import { UPCOMING_LIMIT, UPCOMING_REGION, UPCOMING_TEMPLATE_PAGE } from '../../shared/config';
import { describeProblem, type Problem } from '../../shared/model/problems';
import { upcomingRegion } from '../../shared/pages/session-cards';
import { findRegion, replaceRegion } from '../../shared/regions';
import type { Log } from '../wiki/log';
import type { PageTransform, PageWriter, WriteOutcome } from '../wiki/page-writer';
import { readProgramme } from './read-programme';

export interface SyncOptions {
  root: string;
  now: Date;
  mode: string;
}

export interface SyncResult {
  sessions: number;
  problems: Problem[];
  outcomes: WriteOutcome[];
}

/** A transform that replaces one bot region, or leaves the page alone when its markers are not right. */
export function regionTransform(region: string, content: string): PageTransform {
  return (current) => {
    if (current === undefined) return { skip: `the page does not exist; run letsconnect install` };
    const found = findRegion(current, region);
    if (found === 'missing') return { skip: `no <!-- letsconnect:begin ${region} --> … end markers on the page` };
    if (found === 'broken') return { skip: `the ${region} markers are duplicated, unclosed or out of order` };
    return replaceRegion(current, found, content);
  };
}

export async function sync(bot: Mwn, writer: PageWriter, options: SyncOptions, log: Log): Promise<SyncResult> {
  await writer.checkShutoff();
  const programme = await readProgramme(bot, options.root, log);
  for (const p of programme.problems) log.warn(describeProblem(p));
  const summary = (what: string) =>
    `Let's Connect bot (${options.mode}): ${what} from ${programme.sessions.length} sessions ([[${options.root}|programme]])`;
  const outcomes: WriteOutcome[] = [];
  outcomes.push(await writer.write(
    UPCOMING_TEMPLATE_PAGE,
    regionTransform(UPCOMING_REGION, upcomingRegion(programme.sessions, options.root, options.now, UPCOMING_LIMIT, programme.counts)),
    summary('update the upcoming sessions'),
  ));
  return { sessions: programme.sessions.length, problems: programme.problems, outcomes };
}
