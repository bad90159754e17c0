// One warm `php -S` that serves the wikis of one process one after another: the test files of a
// jest worker each get a wiki of their own, but not a web server of their own. A new server
// compiles MediaWiki's code again (its OPcache starts empty): measured, a siteinfo, a page view,
// two load.php and a parse cost 0.62 s of CPU on a new server, 0.21 s on a warm one that has just
// changed wikis.
// The host reads which wiki it serves from a file, per request, and starts each wiki with an
// APCu emptied of all that could be that wiki's own (KEPT_KEYS). It ends when the process that
// started it ends.
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
 * APCu keys kept when the host changes wikis: its own, and those whose key holds everything their
 * value was made from, so that they cannot serve one wiki what was made for another: minified and
 * LESS-compiled code (named by the md5 of the code, and for LESS of the wiki's variables too),
 * the check of gadget code (by its md5), and the extension registry (by the extensions' files and
 * their times). MediaWiki makes all but the gadget check global keys, for sharing between wikis.
 */
const KEPT_KEYS = [
	'lc-host-',
	'global:resourceloader-(filter|mapped|less):',
	'WANCache:wiki:resourceloader-userjsparse:',
	'global:registration-',
];
/**
 * MediaWiki's settings file for the host: the wiki named in `current` (its folder), or 503 with
 * the number of requests still in flight. Some of MediaWiki's cache keys are global or name the
 * database (`wiki` in every copy of a template), so APCu is emptied when the wiki changes, all
 * but KEPT_KEYS: the rest is made again from the new wiki.
 */
const DISPATCHER = `<?php
// Written by scripts/wiki-host.ts: serves the wiki whose folder \`current\` names.
$lcWiki = trim( (string)@file_get_contents( __DIR__ . '/current' ) );
$lcApcu = function_exists( 'apcu_fetch' );
if ( $lcWiki === '' || !is_file( "$lcWiki/LocalSettings.php" ) ) {
	http_response_code( 503 );
	header( 'Content-Type: text/plain' );
	echo 'This test host serves no wiki now. In flight: ' . ( $lcApcu ? (int)apcu_fetch( 'lc-host-busy' ) : 0 ) . "\\n";
	exit;
}
if ( $lcApcu ) {
	// Counted until PHP shuts the request down, after MediaWiki's post-send updates.
	apcu_add( 'lc-host-busy', 0 );
	apcu_inc( 'lc-host-busy' );
	register_shutdown_function( static function () {
		apcu_dec( 'lc-host-busy' );
	} );
	if ( apcu_fetch( 'lc-host-wiki' ) !== $lcWiki ) {
		apcu_delete( new APCUIterator( '/^(?!${KEPT_KEYS.join('|')})/' ) );
		apcu_store( 'lc-host-wiki', $lcWiki );
	}
}
require "$lcWiki/LocalSettings.php";
`;

interface HostRecord extends WikiHost {
	owner: number;
	/** When the owner started (/proc), so that a later process with its pid is not taken for it. */
	ownerStart: string;
}

/** A process's start time in clock ticks since boot (Linux), or undefined when it has ended. */
function startTimeOf(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The fields after the command, whose name may hold spaces and parentheses.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

function recordOf(dir: string): HostRecord | undefined {
	try {
		return JSON.parse(
			readFileSync(join(dir, 'host.json'), 'utf8'),
		) as HostRecord;
	} catch {
		// None yet, half a file from a run that was stopped, or removed meanwhile by another worker.
		return undefined;
	}
}

/**
 * Folders of hosts whose owner has ended: every run leaves them (its hosts end with their owners,
 * through the parent-death signal). The owner is in the folder's name, which exists before its
 * host.json does; a live process with that pid is the owner only if it started when the owner did.
 */
function removeStaleHosts(base: string): void {
	for (const name of readdirSync(base)) {
		const owner = Number(/^(\d+)-/.exec(name)?.[1]);
		if (!owner || owner === process.pid) continue;
		const dir = join(base, name);
		const record = recordOf(dir);
		const started = startTimeOf(owner);
		if (started && (!record || record.ownerStart === started)) continue;
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Names the wiki the host serves, at once for every request (a rename, never half a file). */
function pointHost(dir: string, wikiDir: string): void {
	writeFileSync(join(dir, 'current.new'), wikiDir);
	renameSync(join(dir, 'current.new'), join(dir, 'current'));
}

/** What the host answers while it serves no wiki: how many requests are still in flight. */
async function requestsInFlight(port: number): Promise<number | undefined> {
	try {
		const answer = await fetch(`http://127.0.0.1:${port}/api.php`);
		const inFlight = /In flight: (\d+)/.exec(await answer.text())?.[1];
		return inFlight === undefined ? undefined : Number(inFlight);
	} catch {
		return undefined;
	}
}

/** This process's host for a release and database, under `base`; started if it has none. */
export async function hostFor(
	base: string,
	version: MediaWikiVersion,
	database: WikiDatabase,
): Promise<WikiHost> {
	const dir = join(base, `${process.pid}-${version}-${database}`);
	const ownerStart = startTimeOf(process.pid) ?? '';
	const known = recordOf(dir);
	if (known && known.ownerStart === ownerStart && isAlive(known.pid))
		return known;
	mkdirSync(base, { recursive: true });
	removeStaleHosts(base);
	rmSync(dir, { recursive: true, force: true });
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
	const host: HostRecord = { dir, port, pid, owner: process.pid, ownerStart };
	writeFileSync(
		join(dir, 'host.json.new'),
		JSON.stringify(host, null, 2) + '\n',
	);
	renameSync(join(dir, 'host.json.new'), join(dir, 'host.json'));
	await waitFor(
		async () => (await requestsInFlight(port)) !== undefined,
		`the wiki host on port ${port} to answer`,
		15000,
	);
	return host;
}

/**
 * Serves a wiki copied for the host's port (copyWiki) on the host, its database first. A host
 * serves one wiki at a time: it refuses while another is on it.
 */
export async function serveOnHost(
	host: WikiHost,
	info: LocalWikiInfo,
): Promise<LocalWikiInfo> {
	if (info.port !== host.port)
		throw new Error(
			`The wiki in ${info.dir} is made for port ${info.port}, the host serves ${host.port}.`,
		);
	const current = readFileSync(join(host.dir, 'current'), 'utf8');
	if (current !== '')
		throw new Error(
			`The wiki host ${host.dir} serves ${current}: one wiki at a time.`,
		);
	const databasePid =
		info.database === 'mariadb' ? await startDatabase(info.dir) : undefined;
	const served = { ...info, pid: host.pid, host: host.dir, databasePid };
	try {
		pointHost(host.dir, info.dir);
		await waitForApi(info.apiUrl, 15000);
	} catch (error) {
		await leaveHost(served);
		throw error;
	}
	return served;
}

/**
 * Points the host away from the wiki, waits until none of its requests is in flight (MediaWiki's
 * post-send updates included: they would write into the next wiki's APCu) and stops its database.
 */
export async function leaveHost(info: LocalWikiInfo): Promise<void> {
	if (!info.host) throw new Error(`The wiki in ${info.dir} is not on a host.`);
	const current = join(info.host, 'current');
	if (existsSync(current) && readFileSync(current, 'utf8') === info.dir)
		pointHost(info.host, '');
	await waitFor(
		async () => !isAlive(info.pid) || (await requestsInFlight(info.port)) === 0,
		`the requests to the wiki in ${info.dir} to end`,
		30000,
	);
	await stopWiki(info);
}
