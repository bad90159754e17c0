// One warm `php -S` that serves the wikis of one process one after another: the test files of a
// jest worker each get a wiki of their own, but not a web server of their own. A new server
// compiles MediaWiki's code again (its OPcache starts empty): measured, a fifth of a second of CPU
// for a siteinfo, a page view, two load.php and a parse that a warm one serves in a twentieth.
// The host reads which wiki it serves from a file, per request, and starts each wiki with an
// empty APCu, as a server of its own would. It ends when the process that started it ends.
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
	findFreePort,
	isAlive,
	spawnPhpServer,
	stopWiki,
	waitForApi,
	workersFor,
	type LocalWikiInfo,
	type WikiDatabase,
} from './local-wiki';
import { startDatabase } from './mariadb';
import { mediawikiRoot, type MediaWikiVersion } from './mediawiki-release';
import { waitFor } from './wait-for';

export interface WikiHost {
	/** Its folder: the settings file that picks the wiki, `current`, and `host.json`. */
	dir: string;
	port: number;
	pid: number;
}

/**
 * MediaWiki's settings file for the host: the wiki named in `current` (its folder), or 503. Some
 * of MediaWiki's cache keys are global or name the database (`wiki` in every copy of a template),
 * so APCu is emptied when the wiki changes: only compiled code carries over from one to the next.
 */
const DISPATCHER = `<?php
// Written by scripts/wiki-host.ts: serves the wiki whose folder \`current\` names.
$lcWiki = trim( (string)@file_get_contents( __DIR__ . '/current' ) );
if ( $lcWiki === '' || !is_file( "$lcWiki/LocalSettings.php" ) ) {
	http_response_code( 503 );
	header( 'Content-Type: text/plain' );
	echo "This test host serves no wiki now.\\n";
	exit;
}
if ( function_exists( 'apcu_fetch' ) && apcu_fetch( 'lc-host-wiki' ) !== $lcWiki ) {
	apcu_clear_cache();
	apcu_store( 'lc-host-wiki', $lcWiki );
}
require "$lcWiki/LocalSettings.php";
`;

interface HostRecord extends WikiHost {
	owner: number;
}

const recordOf = (dir: string): HostRecord | undefined => {
	const file = join(dir, 'host.json');
	return existsSync(file)
		? (JSON.parse(readFileSync(file, 'utf8')) as HostRecord)
		: undefined;
};

/**
 * Folders of hosts whose owner has ended (a run stopped midway): the owner is in the folder's name,
 * which exists before its host.json does (other workers clean up at the same time).
 */
function removeStaleHosts(base: string): void {
	for (const name of readdirSync(base)) {
		const owner = Number(/^(\d+)-/.exec(name)?.[1]);
		if (!owner || isAlive(owner)) continue;
		const dir = join(base, name);
		const pid = recordOf(dir)?.pid;
		if (pid && isAlive(pid)) {
			try {
				process.kill(-pid, 'SIGTERM');
			} catch {
				// Ended between the two calls.
			}
		}
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Names the wiki the host serves, at once for every request (a rename, never half a file). */
function pointHost(dir: string, wikiDir: string): void {
	writeFileSync(join(dir, 'current.new'), wikiDir);
	renameSync(join(dir, 'current.new'), join(dir, 'current'));
}

/** Resolves once something answers HTTP on the port (the host says 503 until it has a wiki). */
async function waitForHttp(port: number): Promise<void> {
	await waitFor(
		() =>
			fetch(`http://127.0.0.1:${port}/api.php`).then(
				() => true,
				() => false,
			),
		`the wiki host on port ${port} to answer`,
		15000,
	);
}

/** This process's host for a release and database, under `base`; started if it has none. */
export async function hostFor(
	base: string,
	version: MediaWikiVersion,
	database: WikiDatabase,
): Promise<WikiHost> {
	const dir = join(base, `${process.pid}-${version}-${database}`);
	const known = recordOf(dir);
	if (known && isAlive(known.pid)) return known;
	mkdirSync(base, { recursive: true });
	removeStaleHosts(base);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'LocalSettings.php'), DISPATCHER);
	pointHost(dir, '');
	const port = await findFreePort();
	const pid = spawnPhpServer({
		port,
		root: mediawikiRoot(version),
		config: join(dir, 'LocalSettings.php'),
		workers: workersFor(database),
		tied: true,
	});
	const host: HostRecord = { dir, port, pid, owner: process.pid };
	writeFileSync(join(dir, 'host.json'), JSON.stringify(host, null, 2) + '\n');
	await waitForHttp(port);
	return host;
}

/** Serves a wiki copied for the host's port (copyWiki) on the host, its database first. */
export async function serveOnHost(
	host: WikiHost,
	info: LocalWikiInfo,
): Promise<LocalWikiInfo> {
	if (info.port !== host.port)
		throw new Error(
			`The wiki in ${info.dir} is made for port ${info.port}, the host serves ${host.port}.`,
		);
	const databasePid =
		info.database === 'mariadb' ? await startDatabase(info.dir) : undefined;
	pointHost(host.dir, info.dir);
	const served = { ...info, pid: host.pid, host: host.dir, databasePid };
	await waitForApi(info.apiUrl, 15000);
	return served;
}

/** Points the host away from the wiki (it answers 503 until the next) and stops its database. */
export async function leaveHost(info: LocalWikiInfo): Promise<void> {
	if (!info.host) throw new Error(`The wiki in ${info.dir} is not on a host.`);
	const current = join(info.host, 'current');
	if (existsSync(current) && readFileSync(current, 'utf8') === info.dir)
		pointHost(info.host, '');
	await stopWiki(info);
}
