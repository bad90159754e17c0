// One wiki per MediaWiki release (bare, or with the project installed) built once and copied for
// each test file (copyWiki): making a wiki takes a dozen PHP runs and installing the project about
// forty edits, copying one a tenth of a second. A template is rebuilt when what it is made from
// changes (its fingerprint: the wiki manager, the installer, the module, templates, labels and
// the built gadget). Test files running at once build it once: the first takes a lock, the
// others wait for it to be ready (scripts/folder-lock.ts: a builder that died loses the lock).
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { openBot } from '../../bot/wiki/open-bot';
import { silentLog } from '../../bot/wiki/log';
import { routeLibraryLog } from '../../bot/wiki/client';
import { installLocally } from '../../scripts/local-install';
import {
	createWiki,
	findFreePort,
	readInfo,
	runJobs,
	startServer,
	stopWiki,
	type LocalWikiInfo,
	type WikiDatabase,
} from '../../scripts/local-wiki';
import { waitFor } from '../../scripts/wait-for';
import { tryLock, unlock } from '../../scripts/folder-lock';
import type { MediaWikiVersion } from '../../scripts/mediawiki-release';

const REPO = resolve(__dirname, '../..');
const CACHE = join(REPO, '.cache/test-wikis');
/** What a template is made from. */
const INPUTS = [
	'scripts/local-wiki.ts',
	'scripts/mariadb.ts',
	'scripts/local-install.ts',
	'scripts/mediawiki-release.ts',
	'bot/install',
	'shared',
	'gadget/i18n',
	'dist/gadget',
];
/** How long a test file waits for another to finish building a template, and when a lock is stale. */
const BUILD_DEADLINE_MS = 10 * 60000;

function filesUnder(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => filesUnder(join(path, name)));
}

function fingerprint(): string {
	const hash = createHash('sha256');
	for (const file of INPUTS.flatMap((input) => filesUnder(join(REPO, input)))) {
		hash
			.update(file.slice(REPO.length))
			.update('\0')
			.update(readFileSync(file))
			.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

async function build(
	dir: string,
	version: MediaWikiVersion,
	database: WikiDatabase,
	install: boolean,
	root: string,
): Promise<void> {
	// The test accounts log in with main-account passwords; mwn's warnings about that are noise here.
	routeLibraryLog(() => undefined);
	const info = await startServer(
		await createWiki(dir, await findFreePort(), version, database),
	);
	try {
		if (install) {
			const bot = await openBot(
				{
					apiUrl: info.apiUrl,
					username: info.bot.username,
					password: info.bot.password,
					contact: 'test',
				},
				{ log: silentLog, pauseMs: 0 },
			);
			const installed = await installLocally(
				info,
				root,
				'test',
				silentLog,
				bot,
			);
			if (installed.changedOnWiki.length > 0)
				throw new Error(
					`install left pages alone: ${installed.changedOnWiki.join(', ')}`,
				);
			await runJobs(info);
		}
	} finally {
		await stopWiki(info);
	}
}

/** The template wiki for a release, built if needed: copy it with copyWiki, never serve it. */
export async function templateWiki(
	version: MediaWikiVersion,
	database: WikiDatabase,
	install: boolean,
	root: string,
): Promise<LocalWikiInfo> {
	const name = `${version}-${database}-${install ? 'installed' : 'bare'}`;
	const dir = join(CACHE, `${name}-${fingerprint()}`);
	const ready = join(dir, 'ready');
	const lock = `${dir}.lock`;
	mkdirSync(CACHE, { recursive: true });
	if (!existsSync(ready)) {
		// The first test file to take the lock builds it; the others wait for it to be ready, or
		// take the lock over if its builder has died.
		await waitFor(
			() => existsSync(ready) || tryLock(lock, BUILD_DEADLINE_MS),
			`the template wiki ${name} another test file is building`,
			BUILD_DEADLINE_MS,
		);
		try {
			if (!existsSync(ready)) {
				// Older templates of this kind are of sources that changed (locks are not templates).
				for (const old of readdirSync(CACHE).filter(
					(d) =>
						d.startsWith(`${name}-`) &&
						!d.includes('.lock') &&
						join(CACHE, d) !== dir,
				))
					rmSync(join(CACHE, old), { recursive: true, force: true });
				await build(dir, version, database, install, root);
				writeFileSync(ready, new Date().toISOString());
			}
		} finally {
			unlock(lock);
		}
	}
	const info = readInfo(dir);
	if (!info) throw new Error(`The template wiki in ${dir} has no wiki.json`);
	return info;
}
