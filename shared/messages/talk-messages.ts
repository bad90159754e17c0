// Messages the bot leaves on talk pages, in the wiki's content language (English on Meta). Each
// carries a hidden marker, so that the same message is never left twice on the same page.
import { SESSION_TYPE_NAMES, type Session } from '../model/session';
import { escapeTemplateValue } from '../wikitext/escape';
import { pageLink, safeUrl } from '../pages/wikitable';

export interface TalkMessage {
  /** Hidden in the page; its presence means "already sent". */
  marker: string;
  /** Markers of earlier forms of the same message: any of them means "already sent" too. */
  alsoSent?: string[];
  heading: string;
  body: string;
}


/** A title in a section heading: escaped, and with no `=` that could end the heading. */
function headingText(value: string): string {
  return escapeTemplateValue(value).replace(/=/g, '&#61;').slice(0, 200);
}

function when(session: Session): string {
  return `${session.startUtc.slice(0, 10)} at ${session.startUtc.slice(11, 16)} UTC (${escapeTemplateValue(`${session.start} ${session.timezone}`)})`;
}

function sessionLink(session: Session): string {
  return `'''${pageLink(session.page, session.title)}'''`;
}

export function reminderMessage(session: Session, role: 'registrant' | 'sharer'): TalkMessage {
  const what = role === 'sharer' ? 'you are sharing your skills at' : 'you signed up for';
  const meetingUrl = session.meeting ? safeUrl(session.meeting) : undefined;
  const meeting = meetingUrl ? ` Join here: ${meetingUrl}` : '';
  return {
    marker: `<!-- letsconnect:reminder ${session.id} -->`,
    heading: `Reminder: ${headingText(session.title)}`,
    body: `Hello! This is a reminder that ${what} the Let's Connect ${SESSION_TYPE_NAMES[session.type]} ${sessionLink(session)}, which starts on ${when(session)}.${meeting} If you cannot come, please cancel on the session page so that someone on the waitlist can take your place. To stop these reminders, set <code>remind=no</code> on your registration line.`,
  };
}

/**
 * "You have a place", once for each time someone joined and later moved up (`joined`: the
 * revision of their sign-up), so a second promotion after a cancellation and a new sign-up is told.
 */
export function promotionMessage(session: Session, joined?: number): TalkMessage {
  return {
    marker: joined ? `<!-- letsconnect:promoted ${session.id} ${joined} -->` : `<!-- letsconnect:promoted ${session.id} -->`,
    alsoSent: joined ? [`<!-- letsconnect:promoted ${session.id} -->`] : undefined,
    heading: `You have a place: ${headingText(session.title)}`,
    body: `Good news: a place has freed up at the Let's Connect ${SESSION_TYPE_NAMES[session.type]} ${sessionLink(session)} on ${when(session)}, and you were first on the waitlist, so you are now registered. If you cannot come, please cancel on the session page.`,
  };
}

/** The talk page with the message added as a new section, or the same text if it is there already. */
export function withMessage(current: string | undefined, message: TalkMessage, signature: string): string {
  const text = current ?? '';
  if ([message.marker, ...(message.alsoSent ?? [])].some((marker) => text.includes(marker))) return text;
  const section = `== ${message.heading} ==\n${message.body} ${signature}\n${message.marker}`;
  return text.trim() === '' ? section : `${text.replace(/\s+$/, '')}\n\n${section}`;
}
