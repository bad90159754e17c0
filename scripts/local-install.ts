// `install` on the local wiki as it happens on Meta: the bot account writes the templates, the
// module and the programme's pages; the administrator (an interface administrator there) writes
// the gadget's pages. The bot account has no interface rights here either.
import type { Mwn } from 'mwn';
import { install, type InstallResult } from '../bot/install/install';
import {
	gadgetRouteOf,
	hubRootsOf,
	needsInterfaceRights,
	wikiSources,
} from '../bot/install/wiki-sources';
import { openBot } from '../bot/wiki/open-bot';
import { accountOf, botUserPage } from '../bot/wiki/client';
import type { Log } from '../bot/wiki/log';
import type { PageWriter } from '../bot/wiki/page-writer';
import type { LocalWikiInfo } from './local-wiki';

/**
 * Installs everything; `bot` is the bot's open session when the caller has one. Returns what install
 * found changed on the wiki and left alone (a demo wiki edited by hand keeps those changes).
 */
export async function installLocally(
	info: LocalWikiInfo,
	root: string,
	revision: string,
	log: Log,
	bot?: { bot: Mwn; writer: PageWriter },
): Promise<InstallResult> {
	const print = (text: string) => log.verbose(text);
	const asBot =
		bot ??
		(await openBot(
			{
				apiUrl: info.apiUrl,
				username: info.bot.username,
				password: info.bot.password,
				contact: info.server,
			},
			{ log, pauseMs: 0 },
		));
	const botName = (await accountOf(asBot.bot)).username;
	const sources = wikiSources(root, {
		route: await gadgetRouteOf(asBot.bot),
		hubRoots: await hubRootsOf(asBot.writer, root),
		botAccount: botName,
	});
	const own = await install(
		asBot.bot,
		asBot.writer,
		sources.filter((s) => !needsInterfaceRights(s)),
		{
			revision,
			print,
			account: botName,
			memoryPage: botUserPage(botName, 'Installed.json'),
		},
	);
	const admin = await openBot(
		{
			apiUrl: info.apiUrl,
			username: info.admin.username,
			password: info.admin.password,
			contact: info.server,
		},
		{ log, pauseMs: 0 },
	);
	const gadget = await install(
		admin.bot,
		admin.writer,
		sources.filter(needsInterfaceRights),
		{
			revision,
			print,
			account: admin.username,
			memoryPage: botUserPage(admin.username, 'Installed.json'),
		},
	);
	return {
		outcomes: [...own.outcomes, ...gadget.outcomes],
		changedOnWiki: [...own.changedOnWiki, ...gadget.changedOnWiki],
	};
}

/**
 * Meta's `MediaWiki:Lang` pages (`en`, and `MediaWiki:Lang/xx` saying `xx`), where missing: with
 * them `{{int:lang}}` tells the module the reader's language on MediaWiki 1.39, which has no
 * `{{USERLANGUAGE}}`. The administrator writes them, as on Meta.
 */
export async function addLanguagePages(
	info: LocalWikiInfo,
	languages: string[],
	log: Log,
): Promise<void> {
	const admin = await openBot(
		{
			apiUrl: info.apiUrl,
			username: info.admin.username,
			password: info.admin.password,
			contact: info.server,
		},
		{ log, pauseMs: 0 },
	);
	const pages = [
		{ title: 'MediaWiki:Lang', text: 'en' },
		...languages
			.filter((code) => code !== 'en')
			.map((code) => ({ title: `MediaWiki:Lang/${code}`, text: code })),
	];
	for (const page of pages)
		await admin.writer.write(
			page.title,
			(current) => current ?? page.text,
			"As on Meta: {{int:lang}} says the reader's language",
		);
}
