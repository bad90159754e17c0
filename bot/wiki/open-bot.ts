// The one place that opens the bot for a run (the CLI, `npm start`, the tests and the benchmarks):
// log in, learn the account's rights, and make the run's PageWriter with the bot's manners.
import type { Mwn } from 'mwn';
import {
	accountOf,
	botIdentity,
	botUserPage,
	connect,
	type WikiTarget,
} from './client';
import type { Log } from './log';
import { PageWriter } from './page-writer';
import type { WaitBudget } from './wait-budget';

export interface OpenBotOptions {
	log: Log;
	dryRun?: boolean;
	/** Milliseconds between edits; by default 2 s with a bot flag and 10 s without (bot policy). */
	pauseMs?: number;
	/** The run's waiting budget (rate limits, maxlag), the login's waits included. */
	waitBudget?: WaitBudget;
	/** Where a dry run's diffs go: standard output unless the caller says. */
	out?: (text: string) => void;
}

export interface OpenBot {
	bot: Mwn;
	writer: PageWriter;
	/** The account's own name, from the wiki (an OAuth login is named right too). */
	username: string;
}

export async function openBot(
	target: WikiTarget,
	options: OpenBotOptions,
): Promise<OpenBot> {
	const bot = await connect(target, options.waitBudget);
	const { assert, username, titlesPerRequest } = await accountOf(bot);
	const pauseMs = options.pauseMs ?? (assert === 'bot' ? 2000 : 10000);
	const shutoffPage = botUserPage(username, 'Shutoff');
	const writer = new PageWriter(bot, {
		dryRun: options.dryRun ?? false,
		pauseMs,
		shutoffPage,
		log: options.log,
		assert,
		identity: botIdentity(username),
		waitBudget: options.waitBudget,
		titlesPerRequest,
		out: options.out,
	});
	options.log.verbose(
		`logged in to ${target.apiUrl}; assert=${assert}; pause ${pauseMs} ms; shutoff page [[${shutoffPage}]]`,
	);
	return { bot, writer, username };
}
