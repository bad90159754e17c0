// The MediaWiki code a local wiki runs: 1.39 LTS from Debian bookworm's package (installed with
// apt), or 1.43 LTS from Debian trixie's package, whose files are downloaded with a private apt
// configuration (the host's apt state is untouched), unpacked into .cache/ and run with
// bookworm's PHP 8.2 (README.md, "The local wiki").
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../bot/install/wiki-sources';
import { ensureSystemPackages } from './system-packages.cjs';
import { tryLock, unlock } from './folder-lock';

export const MEDIAWIKI_VERSIONS = ['1.39', '1.43'] as const;
export type MediaWikiVersion = (typeof MEDIAWIKI_VERSIONS)[number];

/** The version a run asks for: `LC_MEDIAWIKI`, else 1.39. */
export function requestedVersion(
	value = process.env.LC_MEDIAWIKI,
): MediaWikiVersion {
	const version = value ?? '1.39';
	if (!(MEDIAWIKI_VERSIONS as readonly string[]).includes(version))
		throw new Error(
			`Unknown MediaWiki version "${version}": use one of ${MEDIAWIKI_VERSIONS.join(', ')}.`,
		);
	return version as MediaWikiVersion;
}

const TRIXIE_SOURCES = `Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;

/** Where the unpacked 1.43 tree is kept between runs (ignored by git). */
const CACHE = join(projectRoot(), '.cache/mediawiki-1.43');

/** How long a process waits for another's download. */
const DOWNLOAD_DEADLINE_MS = 10 * 60000;

/** Blocks this process for `ms` (the callers of mediawikiRoot are synchronous). */
function sleepSync(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Downloads and unpacks trixie's mediawiki 1.43 once; a run that finds it there does nothing.
 * Processes that need it at once (jest's workers on a fresh clone) download it once: the first
 * takes a lock, the others wait for the tree.
 */
function ensure143(log: (line: string) => void): string {
	const root = join(CACHE, 'mediawiki');
	const ready = () => existsSync(join(root, 'includes/Defines.php'));
	if (ready()) return root;
	mkdirSync(CACHE, { recursive: true });
	const lock = join(CACHE, 'download.lock');
	const deadline = Date.now() + DOWNLOAD_DEADLINE_MS;
	let told = false;
	while (!tryLock(lock, DOWNLOAD_DEADLINE_MS)) {
		if (ready()) return root;
		if (Date.now() > deadline)
			throw new Error(
				`Waited 10 minutes for another process's download of MediaWiki 1.43 (${lock}).`,
			);
		if (!told) log('Waiting for another process downloading MediaWiki 1.43…');
		told = true;
		sleepSync(500);
	}
	try {
		if (ready()) return root;
		// Work folders of downloads that were stopped halfway: with the lock, nobody else's.
		for (const old of readdirSync(CACHE).filter((d) => d.startsWith('work-')))
			rmSync(join(CACHE, old), { recursive: true, force: true });
		return download143(root, log);
	} finally {
		unlock(lock);
	}
}

function download143(root: string, log: (line: string) => void): string {
	// Work in a folder of our own, then rename: a reader never sees half a tree.
	const work = mkdtempSync(join(CACHE, 'work-'));
	try {
		const apt = join(work, 'apt');
		for (const sub of ['lists/partial', 'cache/archives/partial', 'debs'])
			mkdirSync(join(apt, sub), { recursive: true });
		writeFileSync(join(apt, 'trixie.sources'), TRIXIE_SOURCES);
		const options = [
			'-o',
			`Dir::Etc::SourceList=${join(apt, 'trixie.sources')}`,
			'-o',
			'Dir::Etc::SourceParts=/dev/null',
			'-o',
			`Dir::State::Lists=${join(apt, 'lists')}`,
			'-o',
			`Dir::Cache=${join(apt, 'cache')}`,
			'-o',
			'APT::Sandbox::User=root',
		];
		log(
			"Downloading MediaWiki 1.43 (Debian trixie's package, about 50 MB, once)…",
		);
		execFileSync('apt-get', [...options, 'update', '-qq'], {
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		execFileSync(
			'apt-get',
			[...options, 'download', '-qq', 'mediawiki', 'mediawiki-classes'],
			{ cwd: join(apt, 'debs'), stdio: ['ignore', 'ignore', 'inherit'] },
		);
		const unpacked = join(work, 'root');
		for (const deb of readdirSync(join(apt, 'debs')).filter((f) =>
			f.endsWith('.deb'),
		))
			execFileSync('dpkg-deb', ['-x', join(apt, 'debs', deb), unpacked]);
		const tree = join(unpacked, 'usr/share/mediawiki');
		// The package's links point at /var/lib/mediawiki and /etc/mediawiki: the host's 1.39 install.
		for (const link of ['extensions', 'config', 'images', 'LocalSettings.php'])
			if (existsSync(join(tree, link)) || isLink(join(tree, link)))
				unlinkSync(join(tree, link));
		symlinkSync('extensions-core', join(tree, 'extensions'));
		try {
			renameSync(tree, root);
		} catch (error) {
			if (!existsSync(join(root, 'includes/Defines.php'))) throw error;
		}
		return root;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

function isLink(path: string): boolean {
	try {
		return execFileSync('stat', ['-c', '%F', path], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).startsWith('symbolic link');
	} catch {
		return false;
	}
}

/** The folder of the MediaWiki code of that version, installed or downloaded when missing. */
export function mediawikiRoot(
	version: MediaWikiVersion,
	log: (line: string) => void = (line) => console.error(line),
): string {
	ensureSystemPackages(['wiki']);
	return version === '1.39' ? '/usr/share/mediawiki' : ensure143(log);
}
