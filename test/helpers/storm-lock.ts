// One storm at a time on the machine. The rush tests (30 browser pages clicking within a second)
// may run on several releases and databases in parallel jest workers (LC_MATRIX=full); two storms
// at once on 2 cores measure the machine, not the gadget. Each storm takes this lock, so the rest
// of the suite runs beside it, but never another storm. A lock whose holder has died is taken
// over (scripts/folder-lock.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryLock, unlock } from '../../scripts/folder-lock';
import { waitFor } from '../../scripts/wait-for';

const LOCK = join(tmpdir(), 'letsconnect-storm.lock');
/** How long a storm waits for another: longer than a storm (2.5 minutes at most, its cards' wait). */
export const STORM_WAIT_MS = 200000;

/** Runs `storm` while no other storm runs on this machine. */
export async function oneStormAtATime<T>(
	what: string,
	storm: () => Promise<T>,
): Promise<T> {
	await waitFor(
		() => tryLock(LOCK),
		`the end of another storm, before ${what}`,
		STORM_WAIT_MS,
	);
	try {
		return await storm();
	} finally {
		unlock(LOCK);
	}
}
