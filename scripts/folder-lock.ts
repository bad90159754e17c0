// A lock between the processes of one machine: a folder that appears whole, with its holder's pid
// (written first, then renamed into place), taken over when its holder has died, and released only
// by its holder. Used by the storms of the tests and by the download of MediaWiki 1.43.
import {
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const holderOf = (lock: string): number | undefined => {
	try {
		return Number(readFileSync(join(lock, 'pid'), 'utf8'));
	} catch {
		return undefined;
	}
};

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** Moved aside whole, then removed: a waiter's rename may replace an empty folder. */
function remove(lock: string, why: string): void {
	const aside = `${lock}-${why}-${process.pid}`;
	renameSync(lock, aside);
	rmSync(aside, { recursive: true, force: true });
}

/**
 * Takes the lock if nobody holds it; false if someone does. A holder that has died (or, with
 * `staleAfterMs`, a lock older than that: its pid may be another process's by now) loses it, and
 * the next try takes it.
 */
export function tryLock(lock: string, staleAfterMs?: number): boolean {
	const mine = mkdtempSync(`${lock}-new-`);
	writeFileSync(join(mine, 'pid'), String(process.pid));
	try {
		renameSync(mine, lock);
		return true;
	} catch (error) {
		rmSync(mine, { recursive: true, force: true });
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
	}
	const holder = holderOf(lock);
	const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
	const old =
		staleAfterMs !== undefined &&
		since !== undefined &&
		Date.now() - since > staleAfterMs;
	if ((holder !== undefined && !alive(holder)) || old) {
		try {
			// Only one waiter can move it aside.
			remove(lock, 'stale');
		} catch {
			// Another waiter moved it first.
		}
	}
	return false;
}

/** Releases the lock if this process holds it. */
export function unlock(lock: string): void {
	if (holderOf(lock) === process.pid) remove(lock, 'done');
}
