// `letsconnect remind`: a reminder on the talk page of each registrant (and sharer) of the
// sessions that start within the lead time, once: the message's marker on the talk page is the
// record, so a run killed halfway and started again sends nobody a second reminder.
import type { Mwn } from 'mwn';
import { reminderMessage, withMessage } from '../../shared/messages/talk-messages';
import type { Session } from '../../shared/model/session';
import type { Registration } from '../../shared/registrations/registration-page';
import { isValidUsername } from '../../shared/model/usernames';
import type { Log } from '../wiki/log';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { readProgramme } from '../sync/read-programme';

export interface RemindOptions {
  root: string;
  now: Date;
  mode: string;
  /** Overrides the config page's reminder-hours. */
  hours?: number;
}

const MAX_SHARERS = 10;

/** Who gets a reminder for a session: registrants who did not say remind=no, then the sharers. */
export function recipients(session: Session, registrations: Registration[]): Array<{ user: string; role: 'registrant' | 'sharer' }> {
  const list: Array<{ user: string; role: 'registrant' | 'sharer' }> = [];
  for (const r of registrations) {
    if (r.status === 'registered' && r.remind && isValidUsername(r.user)) list.push({ user: r.user, role: 'registrant' });
  }
  // A session is not a mass-message list: at most ten sharers are reminded.
  for (const sharer of session.sharers.slice(0, MAX_SHARERS)) {
    if (!list.some((r) => r.user === sharer)) list.push({ user: sharer, role: 'sharer' });
  }
  return list;
}

/** Sessions that start after `now` and no later than `hours` from now, and are going ahead. */
export function sessionsToRemind(sessions: Session[], now: Date, hours: number): Session[] {
  const from = now.toISOString();
  const until = new Date(now.getTime() + hours * 3600000).toISOString();
  return sessions.filter((s) => s.status === 'scheduled' && s.startUtc > from.replace(/\.\d{3}Z$/, 'Z') && s.startUtc <= until.replace(/\.\d{3}Z$/, 'Z'));
}

export async function remind(bot: Mwn, writer: PageWriter, options: RemindOptions, log: Log): Promise<{ sessions: number; outcomes: WriteOutcome[] }> {
  await writer.checkShutoff();
  const programme = await readProgramme(bot, options.root, options.now, log);
  const hours = options.hours ?? programme.config.reminderHours;
  const due = sessionsToRemind(programme.sessions, options.now, hours);
  log.info(`${due.length} session(s) start within ${hours} hours`);
  for (const session of due) {
    for (const { user, role } of recipients(session, programme.registrations.get(session.id) ?? [])) {
      const message = reminderMessage(session, role);
      await writer.write(`User talk:${user}`, (current) => withMessage(current, message, '~~~~'),
        `Let's Connect bot (${options.mode}): reminder for "${session.id}", which starts in less than ${hours} hours`,
        { respectBots: { message: 'letsconnect' } });
    }
  }
  return { sessions: due.length, outcomes: [...writer.outcomes] };
}
