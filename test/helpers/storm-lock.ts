// One storm at a time on the machine. The rush tests (30 browser pages clicking within a second)
// run on several releases and databases, in parallel jest workers; two storms at once on 2 cores
// measure the machine, not the gadget. Each storm takes this lock, so the rest of the suite runs
// beside it, but never another storm. A lock whose holder has died is taken over.
import {
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../scripts/wait-for';

const LOCK = join(tmpdir(), 'letsconnect-storm.lock');
/** How long a storm waits for another: longer than a storm (2.5 minutes at most, its cards' wait). */
export const STORM_WAIT_MS = 200000;

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
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** The lock appears whole (with its holder's pid) or not at all: a folder renamed into place. */
function tryTake(): boolean {
	const mine = mkdtempSync(`${LOCK}-new-`);
	writeFileSync(join(mine, 'pid'), String(process.pid));
	try {
		renameSync(mine, LOCK);
		return true;
	} catch {
		rmSync(mine, { recursive: true, force: true });
	}
	const holder = holderOf(LOCK);
	if (holder !== undefined && !alive(holder)) {
		// Only one waiter can move the dead holder's lock aside; the next try takes it.
		try {
			const aside = `${LOCK}-stale-${process.pid}`;
			renameSync(LOCK, aside);
			rmSync(aside, { recursive: true, force: true });
		} catch {
			// Another waiter moved it first.
		}
	}
	return false;
}

/**
 * Moved aside whole, then removed: removing it in place empties it first, and a waiter's rename
 * may replace an empty folder (measured beside two CPU hogs: ENOTEMPTY, and a failed rush).
 */
function release(): void {
	if (holderOf(LOCK) !== process.pid) return;
	const aside = `${LOCK}-done-${process.pid}`;
	renameSync(LOCK, aside);
	rmSync(aside, { recursive: true, force: true });
}

/** Runs `storm` while no other storm runs on this machine. */
export async function oneStormAtATime<T>(
	what: string,
	storm: () => Promise<T>,
): Promise<T> {
	await waitFor(
		tryTake,
		`the end of another storm, before ${what}`,
		STORM_WAIT_MS,
	);
	try {
		return await storm();
	} finally {
		release();
	}
}
