// First step of `npm start` and `npm test` on a fresh clone: npm packages, then Debian packages.
// Usage: node scripts/bootstrap.mjs [--browser] [--database]
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages } from './system-packages.cjs';

function installNpmPackagesIfStale() {
	const lock = 'package-lock.json';
	const marker = 'node_modules/.package-lock.json';
	if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs)
		return;
	console.error('Installing npm packages…');
	// `npm ci`: exactly the committed lock, which it never rewrites (checked on a fresh clone).
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
	installNpmPackagesIfStale();
	ensureSystemPackages([
		'wiki',
		...(process.argv.includes('--browser') ? ['browser'] : []),
		...(process.argv.includes('--database') ? ['database'] : []),
	]);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
