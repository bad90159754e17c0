// Installs the Debian packages the local wiki and the browser tests need, when they are missing.
// Plain CommonJS without dependencies: it runs before `npm ci` on a fresh clone, and the
// TypeScript scripts and tests load it too.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');

/** Debian packages by purpose (README.md, "The local wiki", says why each is there). */
const PACKAGE_GROUPS = {
	wiki: [
		'mediawiki',
		'php-cli',
		'php-sqlite3',
		'php-intl',
		'php-mbstring',
		'php-xml',
		'php-curl',
		'php-luasandbox',
		'php-apcu',
		'php8.2-cgi',
		'micro-httpd',
	],
	browser: ['chromium', 'chromium-headless-shell', 'fonts-noto-core'],
	// The database Wikimedia runs, for the tests where saves must really race (`npm run test:races`).
	database: ['mariadb-server', 'php8.2-mysql'],
};

function isInstalled(name) {
	try {
		const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		return status.includes('install ok installed');
	} catch {
		return false;
	}
}

/**
 * Makes sure every package of the named groups is installed.
 *
 * @param {Array<'wiki' | 'browser' | 'database'>} groups
 * @param {{ log?: function(string): void }} [options]
 */
function ensureSystemPackages(groups, options = {}) {
	const log = options.log ?? ((line) => console.error(line));
	const wanted = [...new Set(groups.flatMap((group) => PACKAGE_GROUPS[group]))];
	const missing = wanted.filter((name) => !isInstalled(name));
	if (missing.length === 0) return;
	const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(
			`Missing Debian packages: ${missing.join(', ')}.\n` +
				`Install them as root, then run this again:\n  sudo sh -c '${command}'`,
		);
	}
	log(`Installing Debian packages: ${missing.join(' ')} (about a minute)`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', ...missing],
	]) {
		const result = spawnSync('apt-get', args, {
			stdio: ['ignore', 'inherit', 'inherit'],
			env,
		});
		if (result.status !== 0) {
			throw new Error(
				`apt-get ${args[0]} failed (exit ${result.status}). Try by hand: ${command}`,
			);
		}
	}
}

module.exports = { PACKAGE_GROUPS, ensureSystemPackages };
