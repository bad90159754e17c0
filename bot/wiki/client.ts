// The one place that creates the mwn client: identity, manners (maxlag, assert) and login.
import { Mwn } from 'mwn';

declare const LC_BOT_REVISION: string;
export const BOT_VERSION = typeof LC_BOT_REVISION === 'string' ? LC_BOT_REVISION : 'dev';
const MWN_VERSION = '3.0.3';

export interface WikiTarget {
  apiUrl: string;
  /** Bot password login (`Name@app`); or an OAuth 2 owner-only token instead. */
  username?: string;
  password?: string;
  oauth2Token?: string;
  /** Page that tells people who runs the bot, shown in the user agent. */
  contact: string;
}

export function userAgent(contact: string): string {
  return `LetsConnectBot/${BOT_VERSION} (${contact}) mwn/${MWN_VERSION}`;
}

/** Logs in and returns a client that sends maxlag=5 and assert=user with every request. */
export async function connect(target: WikiTarget): Promise<Mwn> {
  const options = {
    apiUrl: target.apiUrl,
    userAgent: userAgent(target.contact),
    silent: true,
    maxRetries: 3,
    retryPause: 5000,
    defaultParams: { format: 'json', formatversion: '2', maxlag: 5, assert: 'user' },
    // mwn prints API warnings on stdout, which would corrupt --json output.
    suppressAPIWarnings: true,
  } as const;
  if (target.oauth2Token) {
    return Mwn.init({ ...options, OAuth2AccessToken: target.oauth2Token });
  }
  if (!target.username || !target.password) {
    throw new Error('No credentials: set LETSCONNECT_USERNAME and LETSCONNECT_PASSWORD (a bot password), or LETSCONNECT_OAUTH2_TOKEN.');
  }
  try {
    return await Mwn.init({ ...options, username: target.username, password: target.password });
  } catch (error) {
    // Never echo the password; the wiki's own reason is enough.
    throw new Error(`Could not log in to ${target.apiUrl} as ${target.username}: ${(error as Error).message}`);
  }
}

/** Page contents by title (missing pages are absent from the map), read 50 titles a request. */
export async function readPages(bot: Mwn, titles: string[]): Promise<Map<string, { text: string; timestamp: string }>> {
  const result = new Map<string, { text: string; timestamp: string }>();
  if (titles.length === 0) return result;
  const pages = await bot.read(titles);
  for (const page of Array.isArray(pages) ? pages : [pages]) {
    const revision = page.revisions?.[0];
    if (!page.missing && revision?.content !== undefined) {
      result.set(page.title, { text: revision.content, timestamp: revision.timestamp ?? '' });
    }
  }
  return result;
}

/** The logged-in account's name, and `bot` as the assertion when it has the bot right (else `user`). */
export async function accountOf(bot: Mwn): Promise<{ username: string; assert: 'bot' | 'user' }> {
  const response = await bot.query({ meta: 'userinfo', uiprop: 'rights' });
  const info = response.query?.userinfo ?? {};
  const rights: string[] = info.rights ?? [];
  return { username: info.name ?? 'LetsConnectBot', assert: rights.includes('bot') ? 'bot' : 'user' };
}

/** The bot's own pages: `Shutoff` (operators stop it there) and `Waitlists.json` (its memory). */
export function botUserPage(username: string, subpage: 'Shutoff' | 'Waitlists.json'): string {
  return `User:${username}/${subpage}`;
}

/** Who the bot is for {{bots}}/{{nobots}}: the account (without the bot-password suffix) and script. */
export function botIdentity(login: string | undefined): { username: string; script: string } {
  return { username: (login ?? 'LetsConnectBot').split('@')[0], script: 'letsconnect' };
}
