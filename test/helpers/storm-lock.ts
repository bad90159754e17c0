// One storm at a time on the machine. The rush tests (30 browser pages clicking within a second)
// run on several releases and databases, in parallel jest workers; two storms at once on 2 cores
// measure the machine, not the gadget. Each storm takes this lock, so the rest of the suite runs
// beside it, but never another storm. A lock whose holder has died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../scripts/wait-for';

const LOCK = join(tmpdir(), 'letsconnect-storm.lock');
/** How long a storm waits for another to end: longer than a storm takes on a loaded machine. */
const DEADLINE_MS = 10 * 60000;

function holderAlive(): boolean {
	try {
		const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// No such process: the holder died. Any other error (a pid file half written) means alive.
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

function tryTake(): boolean {
	try {
		mkdirSync(LOCK);
	} catch {
		if (holderAlive()) return false;
		rmSync(LOCK, { recursive: true, force: true });
		return false;
	}
	writeFileSync(join(LOCK, 'pid'), String(process.pid));
	return true;
}

/** Runs `storm` while no other storm runs on this machine. */
export async function oneStormAtATime<T>(
	what: string,
	storm: () => Promise<T>,
): Promise<T> {
	await waitFor(
		tryTake,
		`the end of another storm, before ${what}`,
		DEADLINE_MS,
	);
	try {
		return await storm();
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
