// Sessions as calendar events (bot side: sessions read by the codec).
import type { Session } from '../model/session';
import type { CalendarEvent } from './ics';

const TYPE_NAMES = { clinic: 'Learning Clinic', connectathon: 'Connectathon', workshop: 'Workshop' } as const;

export function sessionEvent(session: Session, wikiUrl: (title: string) => string): CalendarEvent {
  return {
    id: session.id,
    title: `${TYPE_NAMES[session.type]}: ${session.title}`,
    start: session.startUtc,
    end: session.endUtc,
    description: session.description,
    url: wikiUrl(session.page),
    location: session.meeting,
    status: session.status,
    categories: [TYPE_NAMES[session.type], ...(session.topic ? [session.topic] : [])],
  };
}
