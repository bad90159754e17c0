// Entry point of the Let's Connect gadget: the only module with side effects.
import { messagesFor, type MessageKey } from '../shared/i18n/messages';
import { parseRegistrations, stateOf, summarise } from '../shared/registrations/registration-page';
import { fetchPages } from './registration-api';
import { findSessions, registrationTitle } from './session-elements';
import { enhanceCard, type CardContext } from './session-card';
import { readerZone } from './time-display';
import type { ReaderState } from './signup-control';

declare const LC_GADGET_REVISION: string;

function formatter(messages: Record<string, string>) {
  return (key: MessageKey, ...params: Array<string | number>): string =>
    messages[key].replace(/\$(\d+)/g, (whole, n: string) => (params[Number(n) - 1] !== undefined ? String(params[Number(n) - 1]) : whole));
}

/** The browser's regional form of the interface language (en → en-GB for a British reader). */
function localeFor(userLanguage: string, browserLocales: readonly string[]): string {
  const base = userLanguage.split('-')[0];
  return browserLocales.find((l) => l.split('-')[0] === base && l.includes('-')) ?? userLanguage;
}

function context(): CardContext {
  const userLanguage = mw.config.get('wgUserLanguage');
  const user = mw.user.isAnon() ? null : mw.user.getName();
  const api = user
    ? new mw.Api({ ajax: { headers: { 'Api-User-Agent': `LetsConnectGadget/${LC_GADGET_REVISION} (https://meta.wikimedia.org/wiki/Grants:Knowledge_Sharing/Connect)` } } })
    : null;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    api, user, now: () => new Date(),
    msg: formatter(messagesFor(userLanguage)),
    summary: formatter(messagesFor(mw.config.get('wgContentLanguage'))),
    loginUrl: mw.util.getUrl('Special:UserLogin', { returnto: mw.config.get('wgPageName') }),
    zone: readerZone(mw.user.options.get('timecorrection') as string | null, browserZone),
    locale: localeFor(userLanguage, navigator.languages ?? []),
  };
}

async function enhance(container: HTMLElement): Promise<void> {
  const sessions = findSessions(container).filter((s) => !s.element.classList.contains('lc-enhanced'));
  if (sessions.length === 0) return;
  const ctx = context();
  const states = new Map<string, ReaderState>();
  if (ctx.api && ctx.user) {
    // One request for every session on the page (the API takes 50 titles at once).
    const titles = [...new Set(sessions.map(registrationTitle))];
    try {
      const { pages } = await fetchPages(ctx.api, titles);
      for (const [title, page] of pages) {
        const registrations = parseRegistrations(page.text);
        states.set(title, { ...stateOf(registrations, ctx.user), registered: summarise(registrations).registered });
      }
    } catch {
      // Without the current state the buttons still work: sign-up re-reads the page anyway.
    }
  }
  for (const session of sessions) {
    const counted = Number(session.element.dataset.lcRegistered);
    const state = states.get(registrationTitle(session)) ?? { status: 'none', registered: Number.isFinite(counted) ? counted : 0 };
    enhanceCard(session, state, ctx);
  }
}

function init(): void {
  // Never act inside a frame: another site could make the reader click through it.
  if (window.top !== window.self) return;
  mw.hook('wikipage.content').add(($content: JQuery) => {
    const container = $content[0];
    if (container && container.querySelector('[data-lc-session]')) void enhance(container);
  });
}

init();
