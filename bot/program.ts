// The `letsconnect` program: its commands, options and exit codes, callable in-process (the
// tests run it so) with the output going where the caller says. bot/cli.ts is the executable.
// Commands are thin: each reads options, connects, and hands over to its task module.
import {
	Command,
	CommanderError,
	InvalidArgumentError,
	Option,
} from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { DEFAULT_ROOT } from '../shared/config';
import {
	BOT_VERSION,
	SessionLostError,
	botIdentity,
	botUserPage,
	routeLibraryLog,
	type WikiTarget,
} from './wiki/client';
import { openBot, type OpenBot } from './wiki/open-bot';
import { consoleLog, type Log } from './wiki/log';
import {
	ShutoffError,
	type PageWriter,
	type WriteOutcome,
} from './wiki/page-writer';
import { WaitBudget, WaitBudgetError } from './wiki/wait-budget';
import { install, interfaceRequest } from './install/install';
import {
	gadgetRouteOf,
	hubRootsOf,
	needsInterfaceRights,
	wikiSources,
} from './install/wiki-sources';
import { sync } from './sync/sync';
import { hubRootsServed, syncHubs } from './sync/hubs';
import { parseKinds, PAGE_KINDS, type PageKind } from './sync/generated-pages';
import { readProgramme } from './programme/read-programme';
import { othersThan, rootFamily } from './programme/roots';
import { remind } from './remind/remind';
import { computeStats, withBaseline } from '../shared/stats/programme-stats';
import { evaluate } from '../shared/stats/evaluation';
import { evaluationText } from '../shared/stats/evaluation-text';
import { rootProgramme } from './sync/evaluation';
import { MAIN_HUB_NAME } from '../shared/model/hubs';
import { type Problem } from '../shared/model/problems';
import { countOf, problemLines } from '../shared/pages/problem-words';
import {
	CONFIG_TEMPLATE,
	newConfigPage,
	readConfig,
	type NewConfigSettings,
} from '../shared/programme/config-page';
import { configPageTitle, isRootTitle } from '../shared/model/titles';
import { normaliseTitle } from '../shared/model/titles';

/** Exit codes, also listed in `letsconnect --help`. */
export const EXIT = {
	ok: 0,
	failed: 1,
	usage: 2,
	shutoff: 3,
	problems: 4,
	sessionLost: 5,
	waitBudget: 6,
} as const;

/** Where a run's output goes: results to `out` (standard output), the rest to `err`. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

/** One run of the program: where it writes, and what it has done so far (for a stopped run). */
export class CliRun {
	public exitCode: number = EXIT.ok;

	/** The run's writer, so that a run stopped midway can still say what it wrote. */
	public writer: PageWriter | undefined;

	/** The run's options, to say it as asked (JSON with --json). */
	public options: GlobalOptions | undefined;

	public constructor(public readonly io: CliIo) {}
}

interface GlobalOptions {
	api?: string;
	local: boolean;
	localDir: string;
	root: string;
	dryRun: boolean;
	verbose: boolean;
	json: boolean;
	pause?: number;
	maxWait?: number;
	contact: string;
	now?: string;
}

function nowFrom(options: GlobalOptions): Date {
	return options.now ? new Date(options.now) : new Date();
}

/** `--now`: a time, or a usage error before anything is read. */
function instant(value: string): string {
	if (Number.isNaN(new Date(value).getTime()))
		throw new InvalidArgumentError(
			`--now "${value}" is not a time; write it as 2026-12-03T14:00:00Z.`,
		);
	return value;
}

/** `Grants:Knowledge_Sharing/Connect` → `Grants:Knowledge Sharing/Connect`, as the API writes titles. */
export function normaliseRoot(root: string): string {
	const title = normaliseTitle(root);
	if (!isRootTitle(title))
		throw new InvalidArgumentError(
			`--root "${title}" has /Sessions/ in it: the session pages are found by it, so a root cannot.`,
		);
	return title;
}

/** A whole number ≥ 0 for an option, or a usage error. */
function wholeNumber(name: string) {
	return (value: string): number => {
		if (!/^\d+$/.test(value))
			throw new InvalidArgumentError(
				`${name} takes a whole number, not "${value}".`,
			);
		return Number(value);
	};
}

/** install's settings for a new Config, checked as the bot will read them: a wrong one is a bad command line. */
function checkedConfigSettings(
	settings: NewConfigSettings,
	io: CliIo,
): NewConfigSettings {
	const given = Object.fromEntries(
		Object.entries(settings).filter(
			([, v]) => v !== undefined && v.trim() !== '',
		),
	) as NewConfigSettings;
	const problems: Problem[] = [];
	readConfig(
		'--language, --timezone, --capacity, --liaisons',
		newConfigPage(`{{${CONFIG_TEMPLATE}}}`, given, false),
		problems,
	);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length > 0)
		throw new InvalidArgumentError(errors.map((p) => p.message).join(' '));
	for (const p of problems) io.err(`letsconnect: ${p.message}\n`);
	return given;
}

/**
 * The wiki and the account. On the local wiki, `interfaceAdmin` logs in as its administrator,
 * who may edit the gadget's pages (the bot account there has no interface rights, as on Meta).
 */
function targetFrom(
	options: GlobalOptions,
	interfaceAdmin = false,
): WikiTarget {
	if (options.local) {
		const dir = resolve(options.localDir);
		const file = join(dir, 'wiki.json');
		if (!existsSync(file))
			throw new Error(
				`No local wiki in ${dir}: start one with npm run wiki -- start`,
			);
		const info = JSON.parse(readFileSync(file, 'utf8')) as {
			apiUrl: string;
			bot: { username: string; password: string };
			admin: { username: string; password: string };
		};
		const account = interfaceAdmin ? info.admin : info.bot;
		return {
			apiUrl: options.api ?? info.apiUrl,
			username: account.username,
			password: account.password,
			contact: options.contact,
		};
	}
	const apiUrl = options.api ?? process.env.LETSCONNECT_API;
	if (!apiUrl)
		throw new InvalidArgumentError(
			'Which wiki? Pass --api https://meta.wikimedia.org/w/api.php (or set LETSCONNECT_API), or --local for the local wiki.',
		);
	return {
		apiUrl,
		contact: options.contact,
		username: process.env.LETSCONNECT_USERNAME,
		password: process.env.LETSCONNECT_PASSWORD,
		oauth2Token: process.env.LETSCONNECT_OAUTH2_TOKEN,
	};
}

async function session(
	run: CliRun,
	options: GlobalOptions,
	interfaceAdmin = false,
): Promise<OpenBot & { log: Log }> {
	const log = consoleLog(
		{ verbose: options.verbose, quiet: options.json },
		run.io.err,
	);
	routeLibraryLog(log.verbose);
	// Standard output is the bot's result alone (--json must parse): a library's console.log (mwn
	// dumps a failed request's answer there before it retries) goes to --verbose.
	console.log = (...args: unknown[]) => log.verbose(`mwn: ${format(...args)}`);
	run.options = options;
	const target = targetFrom(options, interfaceAdmin);
	// One waiting budget for the whole run, the login's waits included.
	const waitBudget = new WaitBudget(
		(options.maxWait ?? 600) * 1000,
		options.maxWait !== undefined,
	);
	const opened = await openBot(target, {
		log,
		dryRun: options.dryRun,
		pauseMs: options.pause ?? (options.local ? 0 : undefined),
		waitBudget,
		out: run.io.out,
	});
	run.writer = opened.writer;
	return { ...opened, log };
}

/** What a stopped run had done: nothing is left unsaid, and the pages not reached are the rest. */
export function stoppedRunSummary(run: CliRun): string {
	const outcomes = run.writer?.outcomes ?? [];
	const written = outcomes.filter(
		(o) => o.action === 'created' || o.action === 'edited',
	);
	const failed = outcomes.filter((o) => o.action === 'failed');
	const lines = [
		`Before it stopped, the run wrote ${countOf(written.length, 'page')}${written.length ? `: ${written.map((o) => o.title).join(', ')}` : ''}; the pages it had not reached yet were not written.`,
	];
	const notReached = run.writer?.notReached ?? [];
	if (notReached.length > 0)
		lines.push(`Not written: ${notReached.join(', ')}.`);
	for (const o of failed) lines.push(`  FAILED [[${o.title}]]: ${o.reason}`);
	return `${lines.join('\n')}\n`;
}

/**
 * A stopped run's result on standard output, as a finished run's would be (JSON with --json):
 * what it wrote, what failed, what it did not reach, and why it stopped.
 */
export function printStopped(run: CliRun, reason: string): void {
	// Stopped before the run began (at login): nothing written, and it says so all the same.
	if (!run.options) return;
	const outcomes = run.writer?.outcomes ?? [];
	if (run.options.json) {
		const edits = outcomes.filter(
			(o) => o.action === 'created' || o.action === 'edited',
		).length;
		run.io.out(
			`${JSON.stringify({ stopped: reason, edits, outcomes, notReached: run.writer?.notReached ?? [] }, null, 2)}\n`,
		);
		return;
	}
	printOutcomes(run, run.options, outcomes);
	run.io.out(`Stopped before the end: ${reason}\n${stoppedRunSummary(run)}`);
}

/** The exit code of a finished run: the same with --json and without. */
function exitCodeOf(run: CliRun, outcomes: WriteOutcome[]): void {
	if (outcomes.some((o) => o.action === 'failed')) run.exitCode = EXIT.failed;
}

function printOutcomes(
	run: CliRun,
	options: GlobalOptions,
	outcomes: WriteOutcome[],
	extra: Record<string, unknown> = {},
): void {
	exitCodeOf(run, outcomes);
	const edits = outcomes.filter(
		(o) => o.action === 'created' || o.action === 'edited',
	).length;
	if (options.json) {
		run.io.out(`${JSON.stringify({ edits, outcomes, ...extra }, null, 2)}\n`);
		return;
	}
	const skipped = outcomes.filter((o) => o.action === 'skipped');
	const failed = outcomes.filter((o) => o.action === 'failed');
	const planned = outcomes.filter((o) => o.action.startsWith('would-')).length;
	const unchanged =
		outcomes.length - edits - planned - skipped.length - failed.length;
	run.io.out(
		`${countOf(edits, 'edit')}${options.dryRun ? `, ${planned} planned (dry run)` : ''}, ${countOf(unchanged, 'page')} unchanged, ${skipped.length} skipped${failed.length ? `, ${failed.length} failed` : ''}\n`,
	);
	for (const o of skipped)
		run.io.out(`  skipped [[${o.title}]]: ${o.reason}\n`);
	for (const o of failed) run.io.out(`  FAILED [[${o.title}]]: ${o.reason}\n`);
}

function buildProgram(run: CliRun): Command {
	const { out, err } = run.io;
	const program = new Command('letsconnect')
		.description(
			"The Let's Connect bot: keeps the programme's session, calendar and participant pages in sync.",
		)
		.version(BOT_VERSION)
		// Usage errors end the run (runCli gives them their exit code), never the process.
		.exitOverride()
		.configureOutput({ writeOut: out, writeErr: err })
		.addOption(
			new Option('--api <url>', "the wiki's api.php").env('LETSCONNECT_API'),
		)
		.option(
			'--local',
			'use the local wiki made by `npm start` or `npm run wiki` (its URL and bot password)',
			false,
		)
		.option('--local-dir <folder>', 'folder of that local wiki', '.wiki')
		.addOption(
			new Option('--root <page>', 'root page of the programme')
				.default(DEFAULT_ROOT)
				.env('LETSCONNECT_ROOT')
				.argParser(normaliseRoot),
		)
		.option(
			'--dry-run',
			'print unified diffs of what would change; write nothing',
			false,
		)
		.option('--verbose', 'say more about each step', false)
		.option('--json', 'print results as JSON on stdout', false)
		.option(
			'--pause <ms>',
			'wait between edits (default 2000 with a bot flag, 10000 without, 0 on --local)',
			wholeNumber('--pause'),
		)
		.option(
			'--max-wait <seconds>',
			'longest time in all that the run waits for rate limits and maxlag before it stops (exit 6; default: max-wait on the config page, else 600)',
			wholeNumber('--max-wait'),
		)
		.addOption(
			new Option('--contact <url>', 'operator page named in the user agent')
				.default('https://meta.wikimedia.org/wiki/User:LetsConnectBot')
				.env('LETSCONNECT_CONTACT'),
		)
		.addOption(
			new Option(
				'--now <iso>',
				'pretend the time is this (for tests and replays)',
			)
				.hideHelp()
				.argParser(instant),
		)
		.addHelpText(
			'after',
			`
Credentials come from the environment: LETSCONNECT_USERNAME and LETSCONNECT_PASSWORD (a bot
password, Name@app), or LETSCONNECT_OAUTH2_TOKEN. They are never printed.

Exit codes: ${EXIT.ok} done (validation problems are reported, not fatal); ${EXIT.failed} failed;
${EXIT.usage} bad command line; ${EXIT.shutoff} stopped by the shutoff page; ${EXIT.problems} \`validate\`
found errors; ${EXIT.sessionLost} the wiki ended the bot's session and a new login did not help;
${EXIT.waitBudget} the wiki kept the bot waiting (ratelimited, maxlag) past --max-wait.`,
		);

	program
		.command('install')
		.description(
			"put the templates, the Lua module and the programme's pages on the wiki; the gadget's pages (MediaWiki namespace) only with --interface, else ask for them with --interface-request",
		)
		.option(
			'--interface',
			"also write the gadget's code, style and definition (an account with interface-administrator rights; on --local, the local wiki's administrator)",
			false,
		)
		.option(
			'--interface-request',
			'write nothing; print the edit request for an interface administrator, with the diff of each gadget page against its revision on the wiki',
			false,
		)
		.option(
			'--out <file>',
			'with --interface-request: write the request to this file instead of standard output',
		)
		.option(
			'--trial',
			'the gadget not default-on: readers try it with ?withgadget=letsconnect until the community agrees to turn it on for everyone',
			false,
		)
		.option(
			'--force <reason>',
			'overwrite pages changed on the wiki since install last wrote them, with this reason in the edit summary',
		)
		.option(
			'--language <code>',
			"a new root's Config: its language, also of sessions that leave theirs out",
		)
		.option(
			'--timezone <zone>',
			"a new root's Config: the usual time zone of its sessions (IANA, such as Africa/Cairo)",
		)
		.option(
			'--capacity <places>',
			"a new root's Config: the places of a session that sets none",
		)
		.option(
			'--liaisons <names>',
			"a new root's Config: its liaisons' user names, separated by commas",
		)
		.option(
			'--bot-account <name>',
			"the bot account whose rosters (User:<bot>/Places/…) the gadget reads (default: the account running install; with --interface on --local, the local wiki's bot)",
		)
		.addHelpText(
			'after',
			`
A page someone changed on the wiki since install last wrote it is left alone: install prints what
changed there and what the repository would write, and exits ${EXIT.failed}. Bring the change into the
repository, or run again with --force "<why>".

A hub: install --root "Grants:Let's Connect Hub/العربية" --language ar --timezone Africa/Cairo
--capacity 25 --liaisons "Dalia". A Config that exists is never changed: edit it on the wiki.`,
		)
		.action(
			async (
				commandOptions: {
					interface: boolean;
					interfaceRequest: boolean;
					out?: string;
					force?: string;
					trial: boolean;
					botAccount?: string;
				} & NewConfigSettings,
			) => {
				const options = program.opts<GlobalOptions>();
				const { language, timezone, capacity, liaisons } = commandOptions;
				const config = checkedConfigSettings(
					{
						language,
						timezone,
						capacity,
						liaisons,
					},
					run.io,
				);
				// An interface administrator's own account is not the bot whose rosters the gadget reads.
				if (
					commandOptions.interface &&
					!commandOptions.interfaceRequest &&
					!options.local &&
					!commandOptions.botAccount
				) {
					throw new InvalidArgumentError(
						'With --interface, say which account is the bot: --bot-account <name> (the gadget reads its rosters of who holds a place).',
					);
				}
				const { bot, writer, username } = await session(
					run,
					options,
					commandOptions.interface && !commandOptions.interfaceRequest,
				);
				const asInterfaceAdmin =
					commandOptions.interface && !commandOptions.interfaceRequest;
				const botAccount =
					commandOptions.botAccount ??
					(asInterfaceAdmin && options.local
						? botIdentity(targetFrom(options).username).username
						: username);
				const sources = wikiSources(options.root, {
					route: await gadgetRouteOf(bot),
					trial: commandOptions.trial,
					hubRoots: await hubRootsOf(writer, options.root),
					config,
					botAccount,
				});
				const forInterface = sources.filter(needsInterfaceRights);
				const memory = {
					account: username,
					memoryPage: botUserPage(username, 'Installed.json'),
				};
				if (commandOptions.interfaceRequest) {
					const request = await interfaceRequest(bot, writer, forInterface, {
						revision: BOT_VERSION,
						...memory,
					});
					if (request.changedOnWiki.length > 0)
						err(
							`letsconnect: changed on the wiki since install wrote them (the request says so): ${request.changedOnWiki.join(', ')}\n`,
						);
					if (request.titles.length === 0) {
						out(
							'The gadget pages on the wiki are those of the repository: nothing to request.\n',
						);
					} else if (commandOptions.out) {
						writeFileSync(commandOptions.out, `${request.text}\n`);
						out(
							`Edit request for ${countOf(request.titles.length, 'page')} written to ${commandOptions.out}\n`,
						);
					} else {
						out(`${request.text}\n`);
					}
					return;
				}
				await writer.checkShutoff();
				const chosen = commandOptions.interface
					? sources
					: sources.filter((s) => !needsInterfaceRights(s));
				const result = await install(bot, writer, chosen, {
					revision: BOT_VERSION,
					force: commandOptions.force,
					print: (text) => err(`${text}\n`),
					...memory,
				});
				printOutcomes(run, options, result.outcomes, {
					changedOnWiki: result.changedOnWiki,
				});
				const configTitle = configPageTitle(options.root);
				if (
					Object.keys(config).length > 0 &&
					!result.outcomes.some(
						(o) =>
							o.title === configTitle &&
							(o.action === 'created' || o.action === 'would-create'),
					)
				) {
					err(
						`letsconnect: [[${configTitle}]] exists, so --language, --timezone, --capacity and --liaisons changed nothing there: edit it on the wiki.\n`,
					);
				}
				if (result.changedOnWiki.length > 0) {
					err(
						`letsconnect: ${countOf(result.changedOnWiki.length, 'page')} changed on the wiki (since install last wrote them, or while it ran) were left alone: ${result.changedOnWiki.join(', ')}\n`,
					);
					run.exitCode = EXIT.failed;
				}
				if (!commandOptions.interface) {
					const pending = await interfaceRequest(bot, writer, forInterface, {
						revision: BOT_VERSION,
						...memory,
					});
					if (pending.titles.length > 0 && !options.json)
						out(
							`${countOf(pending.titles.length, 'gadget page')} ${pending.titles.length === 1 ? 'differs' : 'differ'} from the repository; an interface administrator updates them: letsconnect install --interface-request\n`,
						);
				}
			},
		);

	program
		.command('sync')
		.description(
			'read every session, registration, participant and the config; update the upcoming list, calendar, archive, resources, participant directory, statistics and bot report; create registration pages, promote from waitlists, close registration of past sessions',
		)
		.option(
			'--only <kinds>',
			`only these page kinds, comma-separated: ${PAGE_KINDS.join(', ')}`,
			(value: string) => {
				// An unknown kind is a bad command line (exit 2), found before anything is read.
				try {
					return parseKinds(value);
				} catch (error) {
					throw new InvalidArgumentError((error as Error).message);
				}
			},
		)
		.option(
			'--hubs',
			'also every hub listed on ROOT/Hubs, each under its own root, then ROOT/All hubs (the calendar of all hubs) and ROOT/Toolkit',
			false,
		)
		.action(async (commandOptions: { only?: Set<PageKind>; hubs: boolean }) => {
			const options = program.opts<GlobalOptions>();
			const kinds = commandOptions.only ?? parseKinds(undefined);
			const { bot, writer, log } = await session(run, options);
			const now = nowFrom(options);
			const syncOptions = {
				root: options.root,
				now,
				mode: options.dryRun ? 'dry run' : 'sync',
				revision: BOT_VERSION,
				kinds,
			};
			if (commandOptions.hubs) {
				const all = await syncHubs(bot, writer, syncOptions, log);
				const problems = all.results.flatMap(({ result }) => result.problems);
				printOutcomes(run, options, all.outcomes, {
					hubs: all.hubs,
					roots: all.results.map(({ root, result }) => ({
						root,
						sessions: result.sessions,
						problems: result.problems.length,
					})),
					problems,
				});
				if (!options.json)
					out(
						`${countOf(all.results.length, 'root')}: ${all.results.map(({ root, result }) => `${root} (${countOf(result.sessions, 'session')})`).join(', ')}; ${countOf(problems.length, 'problem')} reported\n`,
					);
				return;
			}
			const result = await sync(bot, writer, syncOptions, log);
			printOutcomes(run, options, result.outcomes, {
				sessions: result.sessions,
				pagesRead: result.pagesRead,
				problems: result.problems,
			});
			if (!options.json)
				out(
					`${countOf(result.sessions, 'session')} published, ${countOf(result.problems.length, 'problem')} reported, ${countOf(result.pagesRead, 'page')} read\n`,
				);
		});

	program
		.command('validate')
		.description(
			'read and check everything like sync, print every problem, and write nothing',
		)
		.option(
			'--hubs',
			'also every hub listed on ROOT/Hubs, each under its own root',
			false,
		)
		.action(async (commandOptions: { hubs: boolean }) => {
			const options = program.opts<GlobalOptions>();
			const { bot, writer, log } = await session(run, options);
			const family = await rootFamily(writer, options.root);
			const roots = [
				options.root,
				...(commandOptions.hubs ? family.hubs.map((h) => h.root) : []),
			];
			const checked = [];
			for (const root of roots) {
				const programme = await readProgramme(
					bot,
					writer,
					root,
					nowFrom(options),
					log,
					{ otherRoots: othersThan(family, root) },
				);
				const problems = [
					...(root === options.root ? family.problems : []),
					...programme.problems,
				];
				checked.push({
					root,
					sessions: programme.sessions.length,
					errors: problems.filter((p) => p.severity === 'error').length,
					problems,
				});
			}
			const errors = checked.reduce((n, c) => n + c.errors, 0);
			if (options.json) {
				const all = checked.flatMap((c) => c.problems);
				out(
					`${JSON.stringify({ sessions: checked.reduce((n, c) => n + c.sessions, 0), errors, problems: all, roots: checked }, null, 2)}\n`,
				);
			} else {
				for (const c of checked) {
					if (roots.length > 1) out(`== ${c.root} ==\n`);
					out(problemLines(c.problems));
					out(
						`${countOf(c.sessions, 'valid session')}; ${countOf(c.errors, 'error')}, ${countOf(c.problems.length - c.errors, 'warning')}\n`,
					);
				}
			}
			if (errors > 0) run.exitCode = EXIT.problems;
		});

	program
		.command('remind')
		.description(
			'leave a reminder on the talk page of every registrant and sharer of sessions starting soon (once each)',
		)
		.option(
			'--hours <n>',
			'lead time in hours (default: reminder-hours on the config page, else 24)',
			wholeNumber('--hours'),
		)
		.option(
			'--hubs',
			'also the registrants of every hub listed on ROOT/Hubs',
			false,
		)
		.action(async (commandOptions: { hours?: number; hubs: boolean }) => {
			const options = program.opts<GlobalOptions>();
			const { bot, writer, log } = await session(run, options);
			const roots = [
				options.root,
				...(commandOptions.hubs
					? await hubRootsServed(writer, options.root, log)
					: []),
			];
			let result = {
				sessions: 0,
				outcomes: [] as WriteOutcome[],
				held: [] as Awaited<ReturnType<typeof remind>>['held'],
			};
			for (const root of roots) {
				const one = await remind(
					bot,
					writer,
					{
						root,
						now: nowFrom(options),
						mode: options.dryRun ? 'dry run' : 'reminders',
						hours: commandOptions.hours,
					},
					log,
				);
				result = {
					sessions: result.sessions + one.sessions,
					outcomes: one.outcomes,
					held: [...result.held, ...one.held],
				};
			}
			printOutcomes(run, options, result.outcomes, {
				sessions: result.sessions,
				held: result.held,
			});
			if (!options.json && result.held.length > 0)
				out(
					`${countOf(result.held.length, 'reminder')} held back (see the Reminders section of the bot report)\n`,
				);
		});

	program
		.command('stats')
		.description(
			"print the programme's headline figures and its evaluation (overall, by month, by hub, by topic), as tables or JSON with --json",
		)
		.option(
			'--hubs',
			'also every hub listed on ROOT/Hubs: the evaluation by hub, everyone counted once',
			false,
		)
		.action(async (commandOptions: { hubs: boolean }) => {
			const options = program.opts<GlobalOptions>();
			const { bot, writer, log } = await session(run, options);
			const now = nowFrom(options);
			const family = await rootFamily(writer, options.root);
			const hubs = commandOptions.hubs ? family.hubs : [];
			const roots = [
				{ root: options.root, name: MAIN_HUB_NAME },
				...hubs.map((h) => ({ root: h.root, name: h.name })),
			];
			const read = [];
			for (const { root, name } of roots) {
				const programme = await readProgramme(bot, writer, root, now, log, {
					otherRoots: othersThan(family, root),
				});
				read.push(rootProgramme(root, name, programme));
			}
			// The headline figures of the root asked, as the Stats template shows them.
			const [own] = read;
			const stats = withBaseline(
				computeStats(
					own.sessions,
					own.participants,
					own.registrations,
					own.attendance,
					now,
				),
				own.config.baseline,
			);
			const evaluation = evaluate(read, now);
			if (options.json) {
				out(`${JSON.stringify({ ...stats, evaluation }, null, 2)}\n`);
				return;
			}
			const width = Math.max(...Object.keys(stats).map((k) => k.length));
			for (const [key, value] of Object.entries(stats)) {
				out(
					`${key.padEnd(width)}  ${value === null ? '–' : key === 'attendance' ? `${value}%` : value}\n`,
				);
			}
			out(`\n${evaluationText(evaluation)}`);
		});
	return program;
}

/**
 * Runs the program on its arguments (without `node` and the script): the exit code, with what it
 * printed gone to `run.io`. A stopped run says what it wrote before it stopped.
 */
export async function runCli(argv: string[], run: CliRun): Promise<number> {
	// session() sends a library's console.log to --verbose for the run's length only.
	const originalLog = console.log;
	try {
		await buildProgram(run).parseAsync(argv, { from: 'user' });
		return run.exitCode;
	} catch (error: unknown) {
		return failureCode(run, error);
	} finally {
		console.log = originalLog;
	}
}

/** The exit code of a run that threw, once it has said why (and what it wrote before). */
function failureCode(run: CliRun, error: unknown): number {
	const stopped =
		error instanceof ShutoffError
			? EXIT.shutoff
			: error instanceof WaitBudgetError
				? EXIT.waitBudget
				: error instanceof SessionLostError
					? EXIT.sessionLost
					: undefined;
	if (stopped !== undefined) {
		const message = (error as Error).message;
		run.io.err(`letsconnect: ${message}\n${stoppedRunSummary(run)}`);
		printStopped(run, message);
		return stopped;
	}
	// Help and the version end the run at once, and well.
	if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok;
	// A bad command line: commander has said what is wrong, or an action found it.
	if (error instanceof CommanderError) {
		if (error instanceof InvalidArgumentError)
			run.io.err(`letsconnect: ${error.message}\n`);
		return EXIT.usage;
	}
	const message = error instanceof Error ? error.message : String(error);
	run.io.err(
		`letsconnect: ${message}\n${run.writer ? stoppedRunSummary(run) : ''}`,
	);
	// A run that had begun says what it wrote, on standard output too (JSON with --json).
	if (run.writer) printStopped(run, message);
	return EXIT.failed;
}
