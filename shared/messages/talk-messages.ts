// Messages the bot leaves on talk pages, in the wiki's content language (English on Meta). Each
// carries a hidden marker, so that the same message is never left twice on the same page.
import type { Session } from '../model/session';

export interface TalkMessage {
  /** Hidden in the page; its presence means "already sent". */
  marker: string;
  heading: string;
  body: string;
}

const TYPE_NAMES = { clinic: 'Learning Clinic', connectathon: 'Connectathon', workshop: 'workshop' } as const;

function when(session: Session): string {
  return `${session.startUtc.slice(0, 10)} at ${session.startUtc.slice(11, 16)} UTC (${session.start} ${session.timezone})`;
}

export function reminderMessage(session: Session, role: 'registrant' | 'sharer'): TalkMessage {
  const intro = role === 'sharer'
    ? `a reminder that you are sharing your skills at the Let's Connect ${TYPE_NAMES[session.type]} '''[[${session.page}|${session.title.replace(/[[\]|{}]/g, '')}]]'''`
    : `a reminder that you signed up for the Let's Connect ${TYPE_NAMES[session.type]} '''[[${session.page}|${session.title.replace(/[[\]|{}]/g, '')}]]'''`;
  const meeting = session.meeting ? ` Join here: ${session.meeting}` : '';
  return {
    marker: `<!-- letsconnect:reminder ${session.id} -->`,
    heading: `Reminder: ${session.title.replace(/[[\]{}=|\n]/g, '')}`,
    body: `Hello! This is ${intro}, which starts on ${when(session)}.${meeting} If you cannot come, please cancel on the session page so that someone on the waitlist can take your place. To stop these reminders, set <code>remind=no</code> on your registration line.`,
  };
}

export function promotionMessage(session: Session): TalkMessage {
  return {
    marker: `<!-- letsconnect:promoted ${session.id} -->`,
    heading: `You have a place: ${session.title.replace(/[[\]{}=|\n]/g, '')}`,
    body: `Good news: a place has freed up at the Let's Connect ${TYPE_NAMES[session.type]} '''[[${session.page}|${session.title.replace(/[[\]|{}]/g, '')}]]''' on ${when(session)}, and you were first on the waitlist, so you are now registered. If you cannot come, please cancel on the session page.`,
  };
}

/** The talk page with the message added as a new section, or the same text if it is there already. */
export function withMessage(current: string | undefined, message: TalkMessage, signature: string): string {
  const text = current ?? '';
  if (text.includes(message.marker)) return text;
  const section = `== ${message.heading} ==\n${message.body} ${signature}\n${message.marker}`;
  return text.trim() === '' ? section : `${text.replace(/\s+$/, '')}\n\n${section}`;
}
