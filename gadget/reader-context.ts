// The reader's context, read once per page from MediaWiki: their name (or none), language,
// locale and time zone, the API client, messages, and which pages may act on one click.
import { messagesFor, type MessageKey } from '../shared/i18n/messages';
import { formatMessage } from '../shared/i18n/format-message';
import { registeredTranslations } from './i18n/register';
import { KNOWN_ROOTS, UPCOMING_TEMPLATE_PAGE } from '../shared/config';
import { calendarPageTitle } from '../shared/model/titles';
import { isTemporaryAccount, isValidUsername } from '../shared/model/usernames';
import { formatRange, readerZone, zoneName } from './time-display';
import type { CardContext } from './session-card';

declare const LC_GADGET_REVISION: string;
/** ResourceLoader's `require` of a package gadget's own files. */
declare const require: (file: string) => unknown;

/** Messages of one language, with their parameters and plurals by that language's rules. */
function formatter(
	messages: Record<string, string>,
	language: string,
	locale = language,
) {
	// Numbers in the locale's digits when it is the messages' language (ar-EG for ar), as dates are.
	const numbers =
		locale.split('-')[0] === language.split('-')[0] ? locale : language;
	return (key: MessageKey, ...params: (string | number)[]): string =>
		formatMessage(messages[key] ?? key, params, language, numbers);
}

/** The browser's regional form of the interface language (en → en-GB for a British reader). */
function localeFor(
	userLanguage: string,
	browserLocales: readonly string[],
): string {
	const base = userLanguage.split('-')[0];
	return (
		browserLocales.find((l) => l.split('-')[0] === base && l.includes('-')) ??
		userLanguage
	);
}

/**
 * Whether the reader is logged out, has a temporary account (`mw.user.isAnon()` is false for
 * one), or a named account. `mw.user.isNamed` exists from MediaWiki 1.40; before it, a temporary
 * account is known by its name.
 */
function readerAccount(): 'anonymous' | 'temporary' | 'named' {
	if (mw.user.isAnon()) return 'anonymous';
	const isNamed = (mw.user as { isNamed?: () => boolean }).isNamed;
	if (typeof isNamed === 'function')
		return isNamed.call(mw.user) ? 'named' : 'temporary';
	return isTemporaryAccount(mw.user.getName() ?? '') ? 'temporary' : 'named';
}

/**
 * What interface administrators reviewed with the code, in the gadget's own
 * `MediaWiki:Gadget-letsconnect-roots.json` (written by `install --interface`): the roots whose
 * cards may act (the programme's and its hubs', from the hub registry), and the bot account whose
 * verified rosters say who holds a place. An older page is a bare list of roots.
 */
function reviewedSettings(): { roots: string[]; bot?: string } {
	try {
		const data = require('./letsconnect-roots.json') as unknown;
		const list = Array.isArray(data)
			? data
			: (data as { roots?: unknown })?.roots;
		const bot = Array.isArray(data)
			? undefined
			: (data as { bot?: unknown })?.bot;
		if (Array.isArray(list) && list.every((r) => typeof r === 'string')) {
			return {
				roots: list as string[],
				bot: typeof bot === 'string' && isValidUsername(bot) ? bot : undefined,
			};
		}
	} catch {
		// An older definition line without the JSON page: the programme's root only.
	}
	return { roots: [] };
}

/** The roots whose cards may act: the programme's, and those the reviewed settings add. */
export function knownRoots(): readonly string[] {
	return [...new Set([...KNOWN_ROOTS, ...reviewedSettings().roots])];
}

/** The bot whose rosters the gadget reads beside the registration pages; none: the pages' own order. */
export function rosterBot(): string | undefined {
	return reviewedSettings().bot;
}

/** Who is reading, in which language and zone, and how the gadget talks to the wiki for them. */
export function context(): CardContext {
	const userLanguage = mw.config.get('wgUserLanguage');
	const account = readerAccount();
	// Only a named account acts: a temporary account's sign-up would hold a throwaway name.
	const user = account === 'named' ? mw.user.getName() : null;
	const api = user
		? new mw.Api({
				ajax: {
					headers: {
						'Api-User-Agent': `LetsConnectGadget/${LC_GADGET_REVISION} (https://meta.wikimedia.org/wiki/Grants:Knowledge_Sharing/Connect)`,
					},
				},
			})
		: null;
	const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const server = mw.config.get('wgServer');
	const zone = readerZone(
		mw.user.options.get('timecorrection') as string | null,
		browserZone,
	);
	const locale = localeFor(userLanguage, navigator.languages ?? []);
	const translated = registeredTranslations();
	const base = userLanguage.split('-')[0];
	const language = translated[userLanguage]
		? userLanguage
		: translated[base]
			? base
			: 'en';
	const contentLanguage = mw.config.get('wgContentLanguage');
	return {
		api,
		user,
		now: () => new Date(),
		rosterBot: rosterBot(),
		language,
		msg: formatter(messagesFor(userLanguage, translated), language, locale),
		summary: formatter(
			messagesFor(contentLanguage, translated),
			contentLanguage,
		),
		account: {
			url: mw.util.getUrl(
				account === 'temporary' ? 'Special:CreateAccount' : 'Special:UserLogin',
				{ returnto: mw.config.get('wgPageName') },
			),
			temporary: account === 'temporary',
		},
		zone,
		locale,
		userLanguage,
		when: (start, end) =>
			`${formatRange(start, end, zone, locale)} (${zoneName(zone, locale)})`,
		trustedPage: (root, sessionPage) => {
			const page = mw.config.get('wgPageName').replace(/_/g, ' ');
			const current =
				mw.config.get('wgRevisionId') === mw.config.get('wgCurRevisionId') &&
				!mw.util.getParamValue('diff') &&
				!mw.util.getParamValue('oldid');
			// Not the month pages of a split calendar: anyone can create a page of that name first.
			return (
				current &&
				[
					sessionPage,
					root,
					calendarPageTitle(root),
					UPCOMING_TEMPLATE_PAGE,
				].includes(page)
			);
		},
		pageUrl: (title) =>
			`${server.startsWith('//') ? `${location.protocol}${server}` : server}${mw.util.getUrl(title)}`,
	};
}
