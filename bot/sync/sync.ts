// `letsconnect sync`: brings every bot region up to date from what liaisons and participants
// wrote, creates registration pages for new sessions, promotes waitlisted people into freed
// places, closes registration of past sessions, and writes the report of every problem found.
import type { Mwn } from 'mwn';
import { describeProblem, type Problem } from '../../shared/model/problems';
import { registrationPageTitle, type Session } from '../../shared/model/session';
import { upcomingRegion } from '../../shared/pages/session-cards';
import { calendarRegion, computeStats, participantsRegion, pastSessionsRegion, resourcesRegion, statsRegion, withBaseline } from '../../shared/pages/programme-pages';
import { botReportRegion, reportNoise } from '../../shared/pages/bot-report';
import { pageLink } from '../../shared/pages/wikitable';
import { findRegion, replaceRegion } from '../../shared/regions';
import { promoteFromWaitlist, summarise } from '../../shared/registrations/registration-page';
import { closeRegistration } from '../../shared/sessions/close-registration';
import { promotionMessage, withMessage } from '../../shared/messages/talk-messages';
import { isValidUsername } from '../../shared/model/usernames';
import type { Log } from '../wiki/log';
import type { PageTransform, PageWriter, WriteOutcome } from '../wiki/page-writer';
import { readProgramme, type Programme } from './read-programme';
import { REGION_KINDS, regionPage, type PageKind, type RegionKind } from './generated-pages';

export interface SyncOptions {
  root: string;
  now: Date;
  mode: string;
  revision: string;
  kinds: Set<PageKind>;
}

export interface SyncResult {
  sessions: number;
  problems: Problem[];
  outcomes: WriteOutcome[];
  pagesRead: number;
}

/** A transform that replaces one bot region, or leaves the page alone when its markers are not right. */
export function regionTransform(region: string, content: string, sameIgnoring?: RegExp): PageTransform {
  return (current) => {
    if (current === undefined) return { skip: 'the page does not exist; run letsconnect install' };
    const found = findRegion(current, region);
    if (found === 'missing') return { skip: `no <!-- letsconnect:begin ${region} --> … end markers on the page` };
    if (found === 'broken') return { skip: `the ${region} markers are duplicated, unclosed or out of order` };
    const next = replaceRegion(current, found, content);
    // A change only in the report's noise (the run's time) is no reason for an edit.
    if (sameIgnoring && next.replace(sameIgnoring, '') === current.replace(sameIgnoring, '')) return current;
    return next;
  };
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function regionContent(kind: Exclude<RegionKind, 'report'>, programme: Programme, options: SyncOptions): string {
  const { sessions, counts, participants, registrations, config } = programme;
  switch (kind) {
    case 'upcoming': return upcomingRegion(sessions, options.root, options.now, config.upcomingCount, counts);
    case 'calendar': return calendarRegion(sessions, options.root, options.now, counts);
    case 'past': return pastSessionsRegion(sessions, options.root, options.now);
    case 'resources': return resourcesRegion(sessions.filter((s) => s.endUtc <= iso(options.now)));
    case 'participants': return participantsRegion(participants, sessions);
    case 'stats': return statsRegion(withBaseline(computeStats(sessions, participants, registrations, options.now), config.baseline));
  }
}

function registrationIntro(session: Session): string {
  return `Registrations for '''${pageLink(session.page, session.title)}'''. Sign up with the button on the session page, or add a line below.\n<!-- One {{Let's Connect/Registration}} per line; to cancel, set status=cancelled instead of deleting the line. -->`;
}

async function registrationTasks(writer: PageWriter, programme: Programme, options: SyncOptions, log: Log): Promise<void> {
  const nowIso = iso(options.now);
  for (const session of programme.sessions) {
    if (session.endUtc <= nowIso || session.status === 'cancelled') continue;
    const title = registrationPageTitle(options.root, session.id);
    if (!programme.registrations.has(session.id)) {
      await writer.write(title, (current) => current ?? registrationIntro(session), `Let's Connect bot (${options.mode}): registration page for the new session "${session.id}"`);
      programme.registrations.set(session.id, []);
      programme.counts.set(session.id, summarise([]));
      continue;
    }
    let promoted: string[] = [];
    const outcome = await writer.write(title, (current) => {
      if (current === undefined) return { skip: 'the registration page was deleted during the run' };
      const result = promoteFromWaitlist(current, session.capacity, nowIso);
      promoted = result.promoted;
      return result.text;
    }, `Let's Connect bot (${options.mode}): a place freed up in "${session.id}"; the first on the waitlist is now registered ([[${options.root}/Bot report|report]])`, { respectBots: 'edit' });
    if (outcome.action !== 'edited' && outcome.action !== 'would-edit') continue;
    // The pages generated after this step show the places as they now are.
    const list = programme.registrations.get(session.id) ?? [];
    for (const r of list) {
      if (promoted.includes(r.user)) Object.assign(r, { status: 'registered', promoted: nowIso });
    }
    programme.counts.set(session.id, summarise(list));
    for (const user of promoted) log.info(`promoted ${user} from the waitlist of ${session.id}`);
  }
  await notifyPromoted(writer, programme, options);
}

/**
 * Tells everyone who got a place from a waitlist (by the bot, or when someone cancelled in the
 * gadget): their line says `promoted=`, and the talk page's marker says whether they were told,
 * so a run that stopped in between tells them next time, and nobody is told twice.
 */
async function notifyPromoted(writer: PageWriter, programme: Programme, options: SyncOptions): Promise<void> {
  const nowIso = iso(options.now);
  for (const session of programme.sessions) {
    if (session.endUtc <= nowIso || session.status === 'cancelled') continue;
    for (const r of programme.registrations.get(session.id) ?? []) {
      if (r.status !== 'registered' || !r.promoted || !isValidUsername(r.user)) continue;
      const message = promotionMessage(session);
      await writer.write(`User talk:${r.user}`, (current) => withMessage(current, message, '~~~~'),
        `Let's Connect bot (${options.mode}): you have a place in "${session.id}" ([[${options.root}/Bot report|report]])`, { respectBots: { message: 'letsconnect' } });
    }
  }
}

async function closePastRegistrations(writer: PageWriter, programme: Programme, options: SyncOptions): Promise<void> {
  const nowIso = iso(options.now);
  for (const session of programme.sessions.filter((s) => s.registration === 'open' && s.endUtc <= nowIso)) {
    const outcome = await writer.write(session.page, (current) => {
      if (current === undefined) return { skip: 'the session page was deleted during the run' };
      return closeRegistration(current, session.id) ?? { skip: `session "${session.id}" is no longer on the page` };
    }, `Let's Connect bot (${options.mode}): close registration of "${session.id}", which has ended`, { respectBots: 'edit' });
    if (outcome.action === 'skipped') continue;
    // Closed now: the generated pages and the report say so in this same run.
    session.registration = 'closed';
    programme.problems = programme.problems.filter((p) => !(p.code === 'session-registration-open-past' && p.sessionId === session.id));
  }
}

export async function sync(bot: Mwn, writer: PageWriter, options: SyncOptions, log: Log): Promise<SyncResult> {
  await writer.checkShutoff();
  const programme = await readProgramme(bot, options.root, options.now, log);
  for (const p of programme.problems) log.warn(describeProblem(p));
  const summary = (what: string) =>
    `Let's Connect bot (${options.mode}): ${what} from ${programme.sessions.length} sessions ([[${options.root}/Bot report|report]])`;

  // Pages people own first: what they change (places, closed registrations) shows in the lists.
  if (options.kinds.has('sessions')) await closePastRegistrations(writer, programme, options);
  if (options.kinds.has('registrations')) await registrationTasks(writer, programme, options, log);
  for (const kind of REGION_KINDS) {
    if (kind === 'report' || !options.kinds.has(kind)) continue;
    const page = regionPage(kind, options.root);
    await writer.write(page.title, regionTransform(page.region, regionContent(kind, programme, options)), summary(`update the ${kind} list`));
  }

  if (options.kinds.has('report')) {
    const page = regionPage('report', options.root);
    const content = botReportRegion({
      at: iso(options.now), mode: options.mode, revision: options.revision,
      sessions: programme.sessions.length, problems: programme.problems, outcomes: [...writer.outcomes],
    });
    const errors = programme.problems.filter((p) => p.severity === 'error').length;
    await writer.write(page.title, regionTransform(page.region, content, reportNoise(writer.editCount > 0)), summary(`report ${errors} error(s) and ${programme.problems.length - errors} warning(s)`));
  }
  return { sessions: programme.sessions.length, problems: programme.problems, outcomes: [...writer.outcomes], pagesRead: programme.pagesRead };
}
