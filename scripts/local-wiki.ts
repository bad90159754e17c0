// A throwaway MediaWiki (1.39 or 1.43, Debian's packages; SQLite, `php -S`) for the demo and the tests.
// README.md, "The local wiki", says why each setting is there.
import { setTimeout as delay } from 'node:timers/promises';
import { spawn, execFile } from 'node:child_process';
import { createHmac, randomInt } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
	appendFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
	mediawikiRoot,
	requestedVersion,
	type MediaWikiVersion,
} from './mediawiki-release';
import { waitFor } from './wait-for';
import {
	DATABASE,
	createWikiDatabase,
	initDatabase,
	socketOf,
	startDatabase,
	stopDatabase,
} from './mariadb';

const run = promisify(execFile);

const INFO_FILE = 'wiki.json';
const BOT_APP_ID = 'letsconnect';
// What the bot needs and no more: edits, its own User:…/Places/….json rosters (editmycssjs), no interface rights.
const GRANTS =
	'basic,highvolume,editpage,editprotected,createeditmovepage,editmycssjs';

export interface WikiAccount {
	username: string;
	password: string;
}

/** Everything a client needs to use a local wiki; saved as `wiki.json` in its folder. */
export interface LocalWikiInfo {
	dir: string;
	port: number;
	server: string;
	apiUrl: string;
	admin: WikiAccount;
	/** The bot's bot-password login (`LetsConnectBot@letsconnect`). */
	bot: WikiAccount;
	/** Ordinary participants who can sign up in the browser. */
	users: WikiAccount[];
	/** The MediaWiki release and the folder of its code (a wiki.json from before releases were chosen is 1.39). */
	mediawiki?: { version: MediaWikiVersion; root: string };
	/** SQLite (the default: one PHP worker) or MariaDB (its own server in the folder; six workers, saves race). */
	database?: WikiDatabase;
	/** The process group serving it (`php -S`, or a shared host's shell), while it runs. */
	pid?: number;
	/** The folder of the shared server serving it (scripts/wiki-host.ts), which outlives it. */
	host?: string;
	/** The MariaDB server's process, while it runs. */
	databasePid?: number;
}

export type WikiDatabase = 'sqlite' | 'mariadb';
/** PHP workers serving a MariaDB wiki: enough for saves to overlap as on Meta's servers. */
export const MARIADB_WORKERS = 6;

/** The release of a wiki, and where its code is. */
export function releaseOf(info: Pick<LocalWikiInfo, 'mediawiki'>): {
	version: MediaWikiVersion;
	root: string;
} {
	return info.mediawiki ?? { version: '1.39', root: '/usr/share/mediawiki' };
}

export const DEFAULT_WIKI_DIR = resolve('.wiki');
export const DEFAULT_PORT = 8080;
const USER_PASSWORD = 'connect-and-learn-2026';
const PARTICIPANTS = ['Alice', 'Bruno', 'Chidi', 'Dalia'];

/** A random bot password: MediaWiki only accepts exactly 32 characters of [0-9a-w]. */
function newBotPassword(): string {
	const alphabet = '0123456789abcdefghijklmnopqrstuvw';
	return Array.from(
		{ length: 32 },
		() => alphabet[randomInt(alphabet.length)],
	).join('');
}

/** A port on 127.0.0.1 that nothing listens on now. */
export function findFreePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

/** A maintenance script of the wiki in `dir` (1.43 runs them through maintenance/run.php). */
function php(
	wiki: Pick<LocalWikiInfo, 'dir' | 'mediawiki'>,
	script: string,
	args: string[],
	input?: string,
	env: Record<string, string> = {},
): Promise<string> {
	const { version, root } = releaseOf(wiki);
	const command =
		version === '1.39'
			? [join(root, 'maintenance', script)]
			: [join(root, 'maintenance', 'run.php'), script.replace(/\.php$/, '')];
	const child = run('php', [...command, ...args], {
		env: {
			...process.env,
			...env,
			MW_CONFIG_FILE: join(wiki.dir, 'LocalSettings.php'),
		},
		maxBuffer: 16 * 1024 * 1024,
	});
	if (input !== undefined) {
		child.child.stdin?.end(input);
	}
	return child
		.then(({ stdout }) => stdout)
		.catch(
			(error: {
				stderr?: string;
				stdout?: string;
				message: string;
				code?: number | string;
				signal?: string;
			}) => {
				const how =
					typeof error.code === 'number'
						? `exit code ${error.code}`
						: error.signal
							? `ended by ${error.signal}`
							: String(error.code ?? 'no exit code');
				throw new Error(
					`${script} ${args.join(' ')} failed (${how}): ${error.stderr || error.stdout || error.message}`,
				);
			},
		);
}

/**
 * On a MariaDB wiki, every edit request's start and end (and the worker that served it) in
 * DIR/edits.log: how many saves were really in flight at once.
 */
const EDIT_LOG = `
# Each edit request's start, end and worker, for tests that show saves overlapped.
if ( PHP_SAPI === 'cli-server' && ( $_POST['action'] ?? '' ) === 'edit' ) {
  register_shutdown_function( static function () {
    file_put_contents( __DIR__ . '/edits.log', sprintf( "%.6f %.6f %d\\n", $_SERVER['REQUEST_TIME_FLOAT'], microtime( true ), getmypid() ), FILE_APPEND | LOCK_EX );
  } );
}
`;

function settingsOverrides(
	dir: string,
	version: MediaWikiVersion,
	database: WikiDatabase = 'sqlite',
): string {
	return `${database === 'mariadb' ? EDIT_LOG : ''}
# --- Let's Connect local wiki overrides (MediaWiki ${version}) ---
$wgUploadDirectory = ${JSON.stringify(join(dir, 'images'))};
$wgCacheDirectory = ${JSON.stringify(join(dir, 'cache'))};
$wgEnableUploads = false;
$wgEnableEmail = false;
$wgUseInstantCommons = false;
${
	version === '1.39'
		? `# 1.39 checks gadget code as ES5 and would replace the ES2016 gadget by an error module without saying so.
$wgResourceLoaderValidateJS = false;`
		: `# 1.43 checks gadget code as ES2016, as it comes: the gadget must pass without a flag that skips it.
# Vector 2022's night mode as Meta has it, for readers logged in or not.
$wgVectorNightMode['logged_out'] = true;
$wgVectorNightMode['logged_in'] = true;
# {{USERLANGUAGE}} says the reader's language, as on Meta.
$wgParserEnableUserLanguage = true;`
}
# Renders must not be a second stale in tests.
$wgParserCacheType = CACHE_NONE;
# Meta searches with CirrusSearch, which jobs keep up to date, not the database's own index; nothing
# here searches. Updating that index was a tenth of each edit's work (measured on 1.39).
$wgDisableSearchUpdate = true;
# Sessions, messages and settings in the server's memory (APCu, shared by its workers), as
# Wikimedia keeps them in memcached: without it every request reads them from the database again,
# a quarter of the wiki's CPU. Maintenance scripts have no APCu, so they cannot purge it: while
# the wiki is served they only make new accounts and import new pages (importPages checks).
$wgMainCacheType = function_exists( 'apcu_fetch' ) ? CACHE_ACCEL : CACHE_NONE;
$wgScribuntoDefaultEngine = 'luasandbox';
$wgShowExceptionDetails = true;
# Meta's namespace for the programme pages, with subpages.
$wgExtraNamespaces[200] = 'Grants';
$wgExtraNamespaces[201] = 'Grants_talk';
$wgNamespacesWithSubpages[200] = true;
$wgNamespacesWithSubpages[201] = true;
wfLoadSkin( 'MonoBook' );
wfLoadSkin( 'Timeless' );
wfLoadSkin( 'MinervaNeue' );
$wgDefaultSkin = 'vector-2022';
# Several test accounts sign up from one address in a few seconds.
$wgRateLimits = [];
$wgPasswordAttemptThrottle = false;
# Passwords hashed with 1,000 rounds of PBKDF2, not MediaWiki's 30,000: a local wiki whose
# passwords are in wiki.json. Checking one at a login (the tests make hundreds) takes 1 ms, not 38.
$wgPasswordConfig['pbkdf2']['cost'] = '1000';
$wgAccountCreationThrottle = 0;
# A page's language can differ from the wiki's, as Translate's /xx subpages do on Meta (Special:PageLanguage).
$wgPageLanguageUseDB = true;
$wgGroupPermissions['sysop']['pagelang'] = true;
# Temporary accounts, as on every Wikimedia wiki, with Wikimedia's names (~1, ~2 …): a reader who
# edits without logging in gets one, and mw.user.isAnon() is false for them.
$wgAutoCreateTempUser = [ 'enabled' => true, 'actions' => [ 'edit' ], 'genPattern' => '~$1', 'matchPattern' => '~$1',
  'serialProvider' => [ 'type' => 'local' ], 'serialMapping' => [ 'type' => 'plain-numeric' ] ];
# A stand-in for ConfirmEdit and for extensions that hold an edit, for tests: an edit whose merged
# text holds LC-TEST-CAPTCHA is answered as ConfirmEdit answers (result Failure with a captcha),
# one with LC-TEST-HOLD as held; never an API error. Administrators skip both (as skipcaptcha does).
$wgHooks['EditFilterMergedContent'][] = static function ( $context, $content, $status, $summary, $user, $minor ) {
  $text = $content instanceof TextContent ? $content->getText() : '';
  if ( $user->isAllowed( 'protect' ) ) return true;
  if ( strpos( $text, 'LC-TEST-CAPTCHA' ) !== false ) {
    $status->statusData = [ 'captcha' => [ 'type' => 'question', 'mime' => 'text/plain', 'id' => '4242', 'question' => '2 + 2 = ?' ] ];
    return false;
  }
  if ( strpos( $text, 'LC-TEST-HOLD' ) !== false ) {
    $status->statusData = [ 'testhold' => 'held by a test hook of the local wiki' ];
    return false;
  }
  return true;
};
`;
}

/** Creates a new wiki in `dir` (anything there before is removed). Does not start it. */
export async function createWiki(
	dir: string,
	port: number,
	version: MediaWikiVersion = requestedVersion(),
	database: WikiDatabase = 'sqlite',
): Promise<LocalWikiInfo> {
	const mediawiki = { version, root: mediawikiRoot(version) };
	const wiki = { dir, mediawiki };
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['data', 'images', 'cache'])
		mkdirSync(join(dir, sub), { recursive: true });
	const server = `http://127.0.0.1:${port}`;
	const admin: WikiAccount = { username: 'Admin', password: USER_PASSWORD };
	// MariaDB: a server of its own in the folder, running while the maintenance scripts run.
	let databasePid: number | undefined;
	if (database === 'mariadb') {
		await initDatabase(dir);
		databasePid = await startDatabase(dir);
		await createWikiDatabase(dir);
	}
	const databaseOptions =
		database === 'mariadb'
			? [
					'--dbtype',
					'mysql',
					'--dbserver',
					`localhost:${socketOf(dir)}`,
					'--dbname',
					DATABASE.name,
					'--dbuser',
					DATABASE.user,
					'--dbpass',
					DATABASE.password,
				]
			: [
					'--dbtype',
					'sqlite',
					'--dbpath',
					join(dir, 'data'),
					'--dbname',
					'wiki',
				];
	let botPassword: string;
	try {
		botPassword = await install(
			wiki,
			dir,
			server,
			admin,
			version,
			database,
			databaseOptions,
		);
	} finally {
		if (databasePid) await stopDatabase(databasePid);
	}
	const users = PARTICIPANTS.map((username) => ({
		username,
		password: USER_PASSWORD,
	}));
	const info: LocalWikiInfo = {
		dir,
		port,
		server,
		apiUrl: `${server}/api.php`,
		admin,
		bot: { username: `LetsConnectBot@${BOT_APP_ID}`, password: botPassword },
		users,
		mediawiki,
		database,
	};
	saveInfo(info);
	return info;
}

/** install.php and the accounts, on a wiki whose database is reachable; the bot's password. */
async function install(
	wiki: Pick<LocalWikiInfo, 'dir' | 'mediawiki'>,
	dir: string,
	server: string,
	admin: WikiAccount,
	version: MediaWikiVersion,
	database: WikiDatabase,
	databaseOptions: string[],
): Promise<string> {
	await php(wiki, 'install.php', [
		...databaseOptions,
		'--server',
		server,
		'--scriptpath',
		'',
		'--confpath',
		dir,
		'--lang',
		'en',
		'--pass',
		admin.password,
		'--extensions',
		'Gadgets,ParserFunctions,Scribunto,TemplateData',
		'--skins',
		'Vector',
		"Let's Connect local wiki",
		admin.username,
	]);
	appendFileSync(
		join(dir, 'LocalSettings.php'),
		settingsOverrides(dir, version, database),
	);
	await php(wiki, 'createAndPromote.php', [
		'--force',
		'--sysop',
		'--bureaucrat',
		'--interface-admin',
		admin.username,
		admin.password,
	]);
	// A bot flag and nothing more, as on Meta: the gadget's pages are the administrator's to write.
	await php(wiki, 'createAndPromote.php', [
		'--bot',
		'LetsConnectBot',
		USER_PASSWORD,
	]);
	const botPassword = newBotPassword();
	await php(wiki, 'createBotPassword.php', [
		'--appid',
		BOT_APP_ID,
		'--grants',
		GRANTS,
		'LetsConnectBot',
		botPassword,
	]);
	for (const user of PARTICIPANTS)
		await php(wiki, 'createAndPromote.php', [user, USER_PASSWORD]);
	return botPassword;
}

/**
 * A copy of a stopped wiki in `dir`, to be served at `port`: its database, files and accounts,
 * with its own paths and address in LocalSettings.php. A template wiki built once is copied for
 * each test file in a tenth of a second, where making one takes seconds of PHP runs.
 */
export function copyWiki(
	template: LocalWikiInfo,
	dir: string,
	port: number,
): LocalWikiInfo {
	if (isRunning(template))
		throw new Error(
			`The wiki in ${template.dir} is running: stop it before copying it.`,
		);
	rmSync(dir, { recursive: true, force: true });
	cpSync(template.dir, dir, { recursive: true });
	const server = `http://127.0.0.1:${port}`;
	const settings = join(dir, 'LocalSettings.php');
	writeFileSync(
		settings,
		readFileSync(settings, 'utf8')
			.split(template.dir)
			.join(dir)
			.split(template.server)
			.join(server),
	);
	const info: LocalWikiInfo = {
		...template,
		dir,
		port,
		server,
		apiUrl: `${server}/api.php`,
		pid: undefined,
	};
	saveInfo(info);
	return info;
}

function saveInfo(info: LocalWikiInfo): void {
	writeFileSync(
		join(info.dir, INFO_FILE),
		JSON.stringify(info, null, 2) + '\n',
	);
}

export function readInfo(dir: string): LocalWikiInfo | undefined {
	const file = join(dir, INFO_FILE);
	return existsSync(file)
		? (JSON.parse(readFileSync(file, 'utf8')) as LocalWikiInfo)
		: undefined;
}

export function isAlive(pid: number | undefined): boolean {
	if (!pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

export function isRunning(info: LocalWikiInfo): boolean {
	return (!info.host && isAlive(info.pid)) || isAlive(info.databasePid);
}

export async function waitForApi(
	apiUrl: string,
	timeoutMs: number,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let lastError = '';
	while (Date.now() < deadline) {
		try {
			const response = await fetch(
				`${apiUrl}?action=query&meta=siteinfo&format=json`,
			);
			if (response.ok) return;
			lastError = `HTTP ${response.status}`;
		} catch (error) {
			lastError = (error as Error).message;
		}
		await delay(100);
	}
	throw new Error(
		`The local wiki did not answer at ${apiUrl} within ${timeoutMs} ms (${lastError}).`,
	);
}

/** PHP workers for a wiki's database: one on SQLite, MARIADB_WORKERS on MariaDB. */
export const workersFor = (database: WikiDatabase = 'sqlite') =>
	database === 'mariadb' ? MARIADB_WORKERS : 1;

/**
 * `php -S` for MediaWiki's code in `root`, with the settings file `config`, in a process group of
 * its own (stopServer ends a wiki's own group). `tied`: it also ends when this process does (a
 * shared host, scripts/wiki-host.ts), through the kernel's parent-death signal, which `php -S`
 * does not pass on to its workers: a shell that forwards it to the group does.
 */
export function spawnPhpServer(options: {
	port: number;
	root: string;
	config: string;
	workers: number;
	tied?: boolean;
}): number {
	const serve = ['php', '-S', `127.0.0.1:${options.port}`, '-t', options.root];
	const [command, ...args] = options.tied
		? [
				'setpriv',
				'--pdeathsig',
				'TERM',
				'sh',
				'-c',
				'trap "trap - TERM; kill 0" TERM; "$@" & wait $!',
				'php-server',
				...serve,
			]
		: serve;
	const child = spawn(command, args, {
		env: {
			...process.env,
			MW_CONFIG_FILE: options.config,
			PHP_CLI_SERVER_WORKERS: String(options.workers),
		},
		detached: true,
		stdio: ['ignore', 'ignore', 'ignore'],
	});
	child.unref();
	if (!child.pid) throw new Error(`Could not start ${command}.`);
	return child.pid;
}

/**
 * Serves the wiki with `php -S` in its own process group: one worker on SQLite (several make its
 * writes fail with "database is locked"), six on MariaDB (started first), where saves race.
 */
export async function startServer(info: LocalWikiInfo): Promise<LocalWikiInfo> {
	if (isAlive(info.pid)) return info;
	const mariadb = info.database === 'mariadb';
	const databasePid =
		mariadb && !isAlive(info.databasePid)
			? await startDatabase(info.dir)
			: info.databasePid;
	const pid = spawnPhpServer({
		port: info.port,
		root: releaseOf(info).root,
		config: join(info.dir, 'LocalSettings.php'),
		workers: workersFor(info.database),
	});
	const started = { ...info, pid, databasePid };
	saveInfo(started);
	await waitForApi(info.apiUrl, 15000);
	return started;
}

/** Stops the web server (and the wiki's MariaDB server); `isRunning` says when both have ended. */
export function stopServer(info: LocalWikiInfo): void {
	// A shared host goes on serving the next wiki (scripts/wiki-host.ts leaves it).
	for (const pid of [info.host ? undefined : info.pid, info.databasePid]) {
		if (!pid || !isAlive(pid)) continue;
		try {
			process.kill(-pid, 'SIGTERM');
		} catch {
			process.kill(pid, 'SIGTERM');
		}
	}
	saveInfo({ ...info, pid: undefined, databasePid: undefined });
}

/** Stops the wiki's servers and resolves once both have ended (its folder can then be copied or removed). */
export async function stopWiki(
	info: LocalWikiInfo,
	deadlineMs = 30000,
): Promise<void> {
	stopServer(info);
	await waitFor(
		() => !isRunning(info),
		`the servers of the wiki in ${info.dir} to stop`,
		deadlineMs,
	);
}

/**
 * Ordinary accounts for tests that need many people at once (the load test): all in one PHP run,
 * as createAndPromote.php makes each (AuthManager, then the password), where a run per account
 * costs most of a second.
 */
export async function createUsers(
	info: LocalWikiInfo,
	usernames: string[],
): Promise<WikiAccount[]> {
	const accounts = usernames.map((username) => ({
		username,
		password: USER_PASSWORD,
	}));
	if (accounts.length === 0) return accounts;
	// The accounts in the environment: eval.php reads its input in lines of at most 1,024 bytes.
	const code = `
$services = MediaWiki\\MediaWikiServices::getInstance();
foreach ( json_decode( getenv( 'LC_ACCOUNTS' ), true ) as $account ) {
  $user = User::newFromName( $account['username'] );
  if ( !$user || $user->getId() ) { echo "refused {$account['username']}\\n"; continue; }
  $status = $services->getAuthManager()->autoCreateUser( $user, MediaWiki\\Auth\\AuthManager::AUTOCREATE_SOURCE_MAINT, false );
  if ( !$status->isGood() ) { echo "refused {$account['username']}\\n"; continue; }
  $status = $user->changeAuthenticationData( [ 'username' => $user->getName(), 'password' => $account['password'], 'retype' => $account['password'] ] );
  echo ( $status->isGood() ? 'created ' : 'refused ' ) . $account['username'] . "\\n";
}
`;
	// eval.php runs each line on its own: the code as one line.
	const output = await php(
		info,
		'eval.php',
		[],
		`${code.replace(/\n\s*/g, ' ').trim()}\n`,
		{ LC_ACCOUNTS: JSON.stringify(accounts) },
	);
	const created = output
		.split('\n')
		.filter((line) => line.startsWith('created '))
		.map((line) => line.slice('created '.length).trim());
	const missing = usernames.filter((name) => !created.includes(name));
	if (missing.length > 0)
		throw new Error(
			`Could not create the accounts ${missing.join(', ')}: ${output.trim()}`,
		);
	return accounts;
}

const xmlText = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Refuses to import over pages a served wiki has: the server keeps some pages' rows in its memory
 * (APCu), which a maintenance script cannot reach, so it would go on serving the old revision.
 */
async function refuseExisting(
	info: LocalWikiInfo,
	pages: { title: string }[],
): Promise<void> {
	for (let i = 0; i < pages.length; i += 50) {
		const query = new URLSearchParams({
			action: 'query',
			titles: pages
				.slice(i, i + 50)
				.map((p) => p.title)
				.join('|'),
			format: 'json',
			formatversion: '2',
		});
		const answer = (await (await fetch(`${info.apiUrl}?${query}`)).json()) as {
			query: { pages: { title: string; missing?: boolean }[] };
		};
		const existing = answer.query.pages.filter((p) => !p.missing);
		if (existing.length > 0)
			throw new Error(
				`importPages writes new pages only while the wiki is served; these exist: ${existing.map((p) => p.title).join(', ')}`,
			);
	}
}

/**
 * Writes many pages at once with importDump.php (an XML dump; thousands of pages in minutes, where
 * the API takes 50 ms an edit), then fills the link tables. `linkTables: false` skips parsing the
 * pages for their links (four times faster): for pages the bot reads by title, such as registrations.
 */
export async function importPages(
	info: LocalWikiInfo,
	pages: { title: string; text: string }[],
	options: { linkTables?: boolean } = {},
): Promise<void> {
	if (pages.length === 0) return;
	if (isAlive(info.pid)) await refuseExisting(info, pages);
	const file = join(info.dir, 'import.xml');
	const body = pages.map(
		(page) =>
			`<page><title>${xmlText(page.title)}</title><revision><contributor><username>Admin</username></contributor><model>wikitext</model><format>text/x-wiki</format><text xml:space="preserve">${xmlText(page.text)}</text></revision></page>`,
	);
	writeFileSync(
		file,
		`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">\n${body.join('\n')}\n</mediawiki>\n`,
	);
	await php(info, 'importDump.php', [
		'--quiet',
		...(options.linkTables === false ? ['--no-updates'] : []),
		file,
	]);
	rmSync(file, { force: true });
	await runJobs(info);
}

/**
 * Runs queued jobs: api.php never does, so link tables (embeddedin) would stay stale. A served
 * wiki runs them itself, in the server that is already warm (Special:RunJobs, signed with the
 * wiki's secret key, as MediaWiki's own job runner calls it): a maintenance run would start PHP
 * and MediaWiki anew, a quarter of a second of CPU after every test edit. A stopped wiki runs them
 * with runJobs.php.
 */
export async function runJobs(info: LocalWikiInfo): Promise<void> {
	if (isAlive(info.pid)) await runJobsServed(info);
	else await runJobsScript(info);
}

/** The wiki's `$wgSecretKey`, which signs a Special:RunJobs request. */
function secretKeyOf(info: LocalWikiInfo): string {
	const settings = readFileSync(join(info.dir, 'LocalSettings.php'), 'utf8');
	const key = /^\$wgSecretKey\s*=\s*"([0-9a-f]+)";/m.exec(settings)?.[1];
	if (!key) throw new Error(`No $wgSecretKey in ${info.dir}/LocalSettings.php`);
	return key;
}

/** A batch of jobs at a time, until the queue is empty (the runner says why it stopped). */
async function runJobsServed(info: LocalWikiInfo): Promise<void> {
	const secret = secretKeyOf(info);
	for (let batch = 1; ; batch++) {
		const query: Record<string, string> = {
			async: '0',
			maxjobs: '500',
			maxtime: '60',
			sigexpiry: String(Math.floor(Date.now() / 1000) + 300),
			stats: '1',
			tasks: 'jobs',
			title: 'Special:RunJobs',
		};
		// SpecialRunJobs::getQuerySignature: the sorted query as wfArrayToCgi writes it.
		const signed = Object.keys(query)
			.sort()
			.map((k) => `${k}=${encodeURIComponent(query[k])}`)
			.join('&');
		const signature = createHmac('sha1', secret).update(signed).digest('hex');
		const response = await fetch(`${info.server}/index.php`, {
			method: 'POST',
			body: new URLSearchParams({ ...query, signature }),
		});
		const body = await response.text();
		if (!response.ok)
			throw new Error(
				`Special:RunJobs answered HTTP ${response.status}: ${body.slice(0, 300)}`,
			);
		const { reached, jobs = [] } = JSON.parse(body) as {
			reached?: string;
			jobs?: { type: string; status: string; error: string | null }[];
		};
		// As runJobs.php: a failed job is said, not fatal (MediaWiki tries again the ones it can).
		for (const job of jobs.filter((j) => j.status === 'failed'))
			process.stderr.write(
				`A ${job.type} job of ${info.server} failed: ${job.error ?? ''}\n`,
			);
		if (reached === 'none-ready') return;
		// Stopped by its own limits (jobs, time, memory): more may wait.
		if (!['job-limit', 'time-limit', 'memory-limit'].includes(reached ?? ''))
			throw new Error(`The job runner of ${info.server} stopped: ${reached}`);
		if (batch >= 20)
			throw new Error(`The job queue of ${info.server} did not empty.`);
	}
}

/**
 * runJobs.php. On SQLite a run that meets the server's write ends silently with an error (seen
 * once in a full suite): the jobs are still queued, and a second run does them.
 */
async function runJobsScript(info: LocalWikiInfo): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await php(info, 'runJobs.php', ['--quiet']);
			return;
		} catch (error) {
			if (attempt >= 3) throw error;
			process.stderr.write(
				`${(error as Error).message.trim()}; running the jobs again.\n`,
			);
			// Past the write that held the database (a lock is held for one save).
			await delay(200 * attempt);
		}
	}
}

export interface RunningWiki {
	info: LocalWikiInfo;
	stop(): Promise<void>;
}

/** Creates (or reuses) a wiki in `dir` and serves it; `stop()` ends the server. */
export async function startLocalWiki(options: {
	dir: string;
	port?: number;
	fresh?: boolean;
	version?: MediaWikiVersion;
}): Promise<RunningWiki> {
	const dir = resolve(options.dir);
	let info = options.fresh ? undefined : readInfo(dir);
	if (info && options.port && info.port !== options.port) info = undefined;
	if (info && options.version && releaseOf(info).version !== options.version)
		info = undefined;
	if (!info) {
		info = await createWiki(
			dir,
			options.port ?? (await findFreePort()),
			options.version,
		);
	}
	const running = await startServer(info);
	return {
		info: running,
		stop: async () => stopServer(running),
	};
}
