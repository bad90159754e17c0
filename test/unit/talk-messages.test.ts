import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { changeMessage, promotionMessage, reminderMessage, withMessage } from '../../shared/messages/talk-messages';
import { changeOf, publishedOf, type PublishedSession } from '../../shared/messages/session-changes';
import { TALK_WORDS, talkLanguage, talkWordsEn } from '../../shared/messages/talk-words';

const ROOT = 'Grants:Knowledge Sharing/Connect';
const session = (extra = '') => readSessionsFromPage(`${ROOT}/Sessions/a`,
  `{{Let's Connect/Session|id=a|title=Arabic clinic|start=2026-12-10 14:00|timezone=Africa/Cairo|language=ar|meeting=https://meet.example.org/a${extra}}}`).sessions[0];

describe('talk words', () => {
  it.each(Object.keys(TALK_WORDS))('%s has every message, with the same parameters as English', (lang) => {
    const params = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');
    for (const [key, english] of Object.entries(talkWordsEn)) {
      const words = TALK_WORDS[lang] as Record<string, string>;
      expect([key, params(words[key] ?? '')]).toEqual([key, params(english)]);
    }
  });

  it('picks the registrant\'s language, its base, or English', () => {
    expect([talkLanguage('ar'), talkLanguage('pt-BR'), talkLanguage('de'), talkLanguage(undefined)]).toEqual(['ar', 'pt', 'en', 'en']);
  });
});

describe('messages in the reader\'s language', () => {
  it('reminds an Arabic registrant in Arabic, with the time in Arabic, in its own direction', () => {
    const message = reminderMessage(session(), 'registrant', 'ar');
    expect(message.heading).toBe('تذكير: Arabic clinic');
    expect(message.body).toContain('بالتوقيت العالمي');
    expect(message.body).toContain('https://meet.example.org/a');
    const page = withMessage('', message, '~~~~');
    expect(page).toMatch(/^== تذكير: Arabic clinic ==\n<div lang="ar" dir="auto">/);
    expect(page).toContain('<!-- letsconnect:reminder a -->');
  });

  it('tells a sharer what a sharer does, never to cancel a registration line', () => {
    const sharer = reminderMessage(session(), 'sharer', 'en').body;
    expect(sharer).toContain('you are sharing your skills');
    expect(sharer).not.toMatch(/remind=no|cancel/);
    expect(reminderMessage(session(), 'registrant').body).toContain('remind=no');
  });

  it('says the time in UTC and where the session is planned', () => {
    expect(promotionMessage(session(), 7, 'en').body).toContain('Thursday, December 10, 2026 at 12:00 PM UTC (Thursday, December 10, 2026 at 2:00 PM, Africa/Cairo)');
  });
});

describe('changes worth telling', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  const before: PublishedSession = publishedOf(session(), new Date('2026-12-01T00:00:00Z'));

  it('names a cancellation, a postponement, a move of 30 minutes or more, and a late link change', () => {
    expect(changeOf(before, session('|status=cancelled'), now)?.kind).toBe('cancelled');
    expect(changeOf(before, session('|status=postponed'), now)?.kind).toBe('postponed');
    expect(changeOf(before, readSessionsFromPage(`${ROOT}/Sessions/a`, `{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:30|timezone=Africa/Cairo}}`).sessions[0], now)?.kind).toBe('moved');
    expect(changeOf(before, readSessionsFromPage(`${ROOT}/Sessions/a`, `{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:29|timezone=Africa/Cairo|meeting=https://meet.example.org/a}}`).sessions[0], now)).toBeUndefined();
    const newLink = readSessionsFromPage(`${ROOT}/Sessions/a`, `{{Let's Connect/Session|id=a|title=T|start=2026-12-10 14:00|timezone=Africa/Cairo|meeting=https://meet.example.org/b}}`).sessions[0];
    // A new link is news only in the last 24 hours before the start; earlier, the reminder carries it.
    expect(changeOf(before, newLink, now)).toBeUndefined();
    expect(changeOf(before, newLink, new Date('2026-12-09T13:00:00Z'))?.kind).toBe('link');
  });

  it('tells nothing before the bot has published the session, and names each change by the state it ends', () => {
    expect(changeOf(undefined, session('|status=cancelled'), now)).toBeUndefined();
    const change = changeOf(before, session('|status=cancelled'), now)!;
    expect(changeMessage(session('|status=cancelled'), change, 'registrant', 'en', `${ROOT}/Calendar`).marker).toBe(`<!-- letsconnect:change a cancelled ${before.at} -->`);
  });
});
