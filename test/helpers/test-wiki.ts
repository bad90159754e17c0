// A fresh local MediaWiki for one test file, with the templates and gadget installed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Mwn } from 'mwn';
import { connect, routeLibraryLog } from '../../bot/wiki/client';
import { openBot } from '../../bot/wiki/open-bot';
import { CliRun, runCli } from '../../bot/program';
import { silentLog } from '../../bot/wiki/log';
import {
	copyWiki,
	runJobs,
	type LocalWikiInfo,
	type WikiDatabase,
} from '../../scripts/local-wiki';
import { hostFor, leaveHost, serveOnHost } from '../../scripts/wiki-host';
import { templateWiki } from './template-wiki';
import {
	requestedVersion,
	type MediaWikiVersion,
} from '../../scripts/mediawiki-release';

const execute = promisify(execFile);
export const ROOT = 'Grants:Knowledge Sharing/Connect';
const CLI = resolve(__dirname, '../../dist/bot/letsconnect.cjs');
const HOSTS = resolve(__dirname, '../../.cache/wiki-hosts');

export interface TestWiki {
	info: LocalWikiInfo;
	/** The bot's own client (LetsConnectBot). */
	bot: Mwn;
	/** The wiki's administrator (sysop, interface administrator): protects pages, edits the gadget's. */
	admin: Mwn;
	/** Writes a page as a human would (the Admin account); its jobs wait for `settle` or `cli`. */
	edit(title: string, text: string): Promise<void>;
	/** Writes a page as one of the wiki's people (a participant adding their own line), on the revision it read; its jobs wait for `settle` or `cli`. */
	editAs(
		username: string,
		title: string,
		transform: (current: string) => string,
	): Promise<void>;
	/** Runs the jobs the test's edits left (once for a batch): before the bot reads the wiki. */
	settle(): Promise<void>;
	/** Page text, or undefined when the page does not exist. */
	read(title: string): Promise<string | undefined>;
	/**
	 * Runs the bot's program against this wiki (or through another api.php, such as a fault
	 * proxy): in this process, as the executable runs it, or as the executable itself with
	 * `process: true` (for what only a process shows).
	 */
	cli(args: string[], options?: CliOptions): Promise<CliResult>;
	stop(): Promise<void>;
}

export interface CliOptions {
	apiUrl?: string;
	env?: Record<string, string>;
	process?: boolean;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * The program in this process, with the environment the executable would have for the run's
 * length (commander reads its `.env()` options there). Test files run their commands one after
 * another, and each jest worker is a process of its own, so no other run sees it.
 */
async function runInProcess(
	args: string[],
	env: Record<string, string>,
): Promise<CliResult> {
	const before = Object.fromEntries(
		Object.keys(env).map((key) => [key, process.env[key]]),
	);
	Object.assign(process.env, env);
	let stdout = '';
	let stderr = '';
	try {
		const cliRun = new CliRun({
			out: (text) => {
				stdout += text;
			},
			err: (text) => {
				stderr += text;
			},
		});
		const code = await runCli(args, cliRun);
		return { code, stdout, stderr };
	} finally {
		for (const [key, value] of Object.entries(before)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	}
}

async function runExecutable(
	args: string[],
	env: Record<string, string>,
): Promise<CliResult> {
	try {
		const { stdout, stderr } = await execute('node', [CLI, ...args], {
			env: { ...process.env, ...env },
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code?: number; stdout?: string; stderr?: string };
		return {
			code: e.code ?? 1,
			stdout: e.stdout ?? '',
			stderr: e.stderr ?? '',
		};
	}
}

/** The database this suite runs on: its jest project's `LC_DATABASE` (jest.config.cjs), else SQLite. */
export function testedDatabase(): WikiDatabase {
	return (globalThis as { LC_DATABASE?: WikiDatabase }).LC_DATABASE ?? 'sqlite';
}

/** The MediaWiki release this suite runs on: its jest project's `LC_MEDIAWIKI` (jest.config.cjs), else the environment's. */
export function testedRelease(): MediaWikiVersion {
	return requestedVersion(
		(globalThis as { LC_MEDIAWIKI?: string }).LC_MEDIAWIKI ??
			process.env.LC_MEDIAWIKI,
	);
}

/**
 * A wiki of its own for a test file: a copy of the release's template wiki (test/helpers/
 * template-wiki.ts; the project installed unless `install: false`), served by the jest worker's
 * warm PHP server for its release and database (scripts/wiki-host.ts).
 */
export async function startTestWiki(
	options: { install?: boolean } = {},
): Promise<TestWiki> {
	const dir = mkdtempSync(join(tmpdir(), 'lc-wiki-'));
	const template = await templateWiki(
		testedRelease(),
		testedDatabase(),
		options.install !== false,
		ROOT,
	);
	const host = await hostFor(HOSTS, testedRelease(), testedDatabase());
	const info = await serveOnHost(host, copyWiki(template, dir, host.port));
	const stop = async () => {
		// The folder goes once its database has ended (MariaDB writes its files until then).
		await leaveHost(info);
		rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
	};
	try {
		return await prepare(info, stop);
	} catch (error) {
		// Leave nothing running when the set-up itself fails.
		await stop();
		throw error;
	}
}

async function prepare(
	info: LocalWikiInfo,
	stop: () => Promise<void>,
): Promise<TestWiki> {
	// The test accounts log in with main-account passwords; mwn's warnings about that are noise here.
	routeLibraryLog(() => undefined);
	const { bot } = await openBot(
		{
			apiUrl: info.apiUrl,
			username: info.bot.username,
			password: info.bot.password,
			contact: 'test',
		},
		{ log: silentLog, pauseMs: 0 },
	);
	const human = await connect({
		apiUrl: info.apiUrl,
		username: info.admin.username,
		password: info.admin.password,
		contact: 'test',
	});
	const people = new Map<string, Mwn>();
	// The job queue runs once for a batch of test edits, before the bot reads the wiki (`cli`, or
	// `settle` before a bot function called in the test): api.php never runs it, and the link
	// tables of pages that use an edited template would stay stale.
	let jobsWaiting = false;
	const settle = async () => {
		if (!jobsWaiting) return;
		jobsWaiting = false;
		await runJobs(info);
	};
	return {
		info,
		bot,
		admin: human,
		async edit(title, text) {
			await human.save(title, text, 'test edit');
			jobsWaiting = true;
		},
		async editAs(username, title, transform) {
			const account =
				username === info.admin.username
					? info.admin
					: info.users.find((u) => u.username === username);
			if (!account) throw new Error(`No test account ${username}`);
			let client = people.get(username);
			if (!client) {
				client = await connect({
					apiUrl: info.apiUrl,
					username: account.username,
					password: account.password,
					contact: 'test',
				});
				people.set(username, client);
			}
			// As the gadget edits: on the revision read (baserevid), read again after a conflict.
			for (let attempt = 1; ; attempt++) {
				const current = (await client.read(title, {
					rvprop: 'content|ids',
				})) as {
					missing?: boolean;
					revisions?: { content?: string; revid?: number }[];
				};
				const revision = current.missing ? undefined : current.revisions?.[0];
				try {
					await client.request({
						action: 'edit',
						title,
						text: transform(revision?.content ?? ''),
						summary: 'test edit',
						token: client.csrfToken,
						...(revision?.revid
							? { baserevid: revision.revid, nocreate: true }
							: { createonly: true }),
					});
					break;
				} catch (error) {
					const code = (error as { code?: string }).code ?? '';
					if (
						!['editconflict', 'articleexists'].includes(code) ||
						attempt >= 20
					)
						throw error;
				}
			}
			jobsWaiting = true;
		},
		settle,
		async read(title) {
			const page = await bot.read(title);
			return page.missing ? undefined : page.revisions?.[0]?.content;
		},
		async cli(args, options = {}) {
			await settle();
			const env = {
				LETSCONNECT_API: options.apiUrl ?? info.apiUrl,
				LETSCONNECT_USERNAME: info.bot.username,
				LETSCONNECT_PASSWORD: info.bot.password,
				...options.env,
			};
			const argv = [...args, '--pause', '0'];
			return options.process
				? runExecutable(argv, env)
				: runInProcess(argv, env);
		},
		stop,
	};
}
