// A private MariaDB server in a wiki's folder: the database Wikimedia runs, where saves sent at
// once really race (SQLite serves them one after another). Its data and socket are under
// DIR/mariadb, it listens on no TCP port, runs in a process group of its own and is stopped by
// it. README.md, "The local wiki", says what it takes and what was measured.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from './wait-for';

const run = promisify(execFile);

export const databaseDir = (dir: string) => join(dir, 'mariadb');
export const socketOf = (dir: string) => join(databaseDir(dir), 'sock');
/** The wiki's database and the account MediaWiki uses (on a socket only this machine's root reaches). */
export const DATABASE = {
	name: 'wiki',
	user: 'wiki',
	password: 'connect-and-learn-db',
};

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs SQL as the server's root (socket authentication). */
export async function sql(dir: string, statement: string): Promise<string> {
	const { stdout } = await run('mariadb', [
		'--no-defaults',
		`--socket=${socketOf(dir)}`,
		'-uroot',
		'-N',
		'-e',
		statement,
	]);
	return stdout;
}

/** A new data folder (under a second), with the wiki's database and account once started. */
export async function initDatabase(dir: string): Promise<void> {
	mkdirSync(databaseDir(dir), { recursive: true });
	await run('mariadb-install-db', [
		'--no-defaults',
		...(asRoot ? ['--user=root'] : []),
		`--datadir=${join(databaseDir(dir), 'data')}`,
		'--auth-root-authentication-method=socket',
		'--skip-test-db',
	]);
}

/** Creates the wiki's database and the account MediaWiki uses, on a started server. */
export async function createWikiDatabase(dir: string): Promise<void> {
	const { name, user, password } = DATABASE;
	await sql(
		dir,
		`CREATE DATABASE IF NOT EXISTS ${name}; CREATE USER IF NOT EXISTS '${user}'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON ${name}.* TO '${user}'@'localhost';`,
	);
}

/** Starts the server on the folder's data; resolves with its process id once it answers. */
export async function startDatabase(
	dir: string,
	deadlineMs = 30000,
): Promise<number> {
	const child = spawn(
		'mariadbd',
		[
			'--no-defaults',
			...(asRoot ? ['--user=root'] : []),
			`--datadir=${join(databaseDir(dir), 'data')}`,
			`--socket=${socketOf(dir)}`,
			`--pid-file=${join(databaseDir(dir), 'pid')}`,
			'--skip-networking',
			'--skip-log-bin',
			'--innodb-buffer-pool-size=64M',
			'--innodb-log-file-size=16M',
			'--max-connections=200',
		],
		{ detached: true, stdio: 'ignore' },
	);
	child.unref();
	const answers = async () => {
		if (child.exitCode !== null)
			throw new Error(
				`mariadbd stopped at once (exit ${child.exitCode}) on ${databaseDir(dir)}`,
			);
		return (
			existsSync(socketOf(dir)) &&
			sql(dir, 'SELECT 1').then(
				() => true,
				() => false,
			)
		);
	};
	await waitFor(answers, `mariadbd to answer on ${socketOf(dir)}`, deadlineMs);
	return child.pid as number;
}

/** Stops the server, and resolves once it has ended (its data can then be copied). */
export async function stopDatabase(
	pid: number,
	deadlineMs = 30000,
): Promise<void> {
	try {
		process.kill(-pid, 'SIGTERM');
	} catch {
		return;
	}
	const ended = () => {
		try {
			process.kill(pid, 0);
			return false;
		} catch {
			return true;
		}
	};
	await waitFor(ended, `mariadbd (process ${pid}) to stop`, deadlineMs);
}
