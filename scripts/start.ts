// `npm start`: the local wiki with templates, gadget, sample sessions and a bot sync; it
// prints the URL of the programme page and serves until stopped (Ctrl+C).
import { createServer } from 'node:net';
import { DateTime } from 'luxon';
import { DEFAULT_ROOT } from '../shared/config';
import { BOT_VERSION, routeLibraryLog } from '../bot/wiki/client';
import { openBot } from '../bot/wiki/open-bot';
import { consoleLog } from '../bot/wiki/log';
import { addLanguagePages, installLocally } from './local-install';
import { TRANSLATED_LANGUAGES } from '../shared/i18n/messages';
import { sync } from '../bot/sync/sync';
import { parseKinds } from '../bot/sync/generated-pages';
import {
	DEFAULT_PORT,
	DEFAULT_WIKI_DIR,
	findFreePort,
	readInfo,
	runJobs,
	startLocalWiki,
} from './local-wiki';
import {
	mainPage,
	sampleParticipantPages,
	sampleRegistrationPages,
	sampleSessionPages,
} from './sample-programme';
import { describeWiki } from './wiki-description';
import { countOf } from '../shared/pages/problem-words';

/** The usual port when it is free, else any free one. */
async function portToUse(): Promise<number> {
	const wanted = Number(process.env.PORT) || DEFAULT_PORT;
	const available = await new Promise<boolean>((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(wanted, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
	return available ? wanted : findFreePort();
}

async function main(): Promise<void> {
	const log = consoleLog();
	// mwn's notices (the API's mailing list, the administrator's main-account login) are not the reader's concern.
	routeLibraryLog(log.verbose);
	const existing = readInfo(DEFAULT_WIKI_DIR);
	log.info(
		existing
			? `Using the local wiki in ${DEFAULT_WIKI_DIR}`
			: 'Creating a local wiki (a few seconds)…',
	);
	const wiki = await startLocalWiki({
		dir: DEFAULT_WIKI_DIR,
		port: existing?.port ?? (await portToUse()),
	});
	const { info } = wiki;
	const { bot, writer } = await openBot(
		{
			apiUrl: info.apiUrl,
			username: info.bot.username,
			password: info.bot.password,
			contact: info.server,
		},
		{ log, pauseMs: 0 },
	);

	log.info('Installing templates and gadget…');
	const installed = await installLocally(info, DEFAULT_ROOT, BOT_VERSION, log, {
		bot,
		writer,
	});
	for (const title of installed.changedOnWiki)
		log.warn(
			`kept as it is on the wiki (changed by hand since install wrote it): ${title}; \`npm run letsconnect -- --local install --interface\` shows the difference`,
		);

	log.info(
		'Adding sample sessions (pages that already exist are kept as they are)…',
	);
	const now = DateTime.utc();
	const samples = [
		...sampleSessionPages(DEFAULT_ROOT, now),
		...sampleRegistrationPages(DEFAULT_ROOT),
		...sampleParticipantPages(DEFAULT_ROOT),
		{ title: DEFAULT_ROOT, text: mainPage() },
	];
	for (const page of samples) {
		await writer.write(
			page.title,
			(current) => current ?? page.text,
			'Sample content for the local demo',
		);
	}
	await addLanguagePages(info, ['en', ...TRANSLATED_LANGUAGES], log);
	await writer.write(
		'Main Page',
		() =>
			`Welcome to the local Let's Connect wiki. See '''[[${DEFAULT_ROOT}]]'''.`,
		'Point to the programme page',
	);
	// api.php never runs queued jobs; the bot finds sessions through the link tables they fill.
	await runJobs(info);

	log.info('Running the bot (sync)…');
	const result = await sync(
		bot,
		writer,
		{
			root: DEFAULT_ROOT,
			now: new Date(),
			mode: 'demo sync',
			revision: BOT_VERSION,
			kinds: parseKinds(undefined),
		},
		log,
	);
	log.info(
		`${countOf(result.sessions, 'session')} published, ${countOf(result.problems.length, 'problem')} reported`,
	);

	const url = `${info.server}/index.php/${encodeURIComponent(DEFAULT_ROOT.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
	process.stdout.write(
		`\n${describeWiki({ ...info })}\n\nOpen the Let's Connect page:\n  ${url}\n\nServing until you press Ctrl+C.\n`,
	);
	const stop = () => {
		void wiki.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	setInterval(() => undefined, 2 ** 30);
}

main().catch((error: Error) => {
	process.stderr.write(`npm start failed: ${error.message}\n`);
	process.exit(1);
});
