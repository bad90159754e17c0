// Waiting for a condition, never for a time: checked every tenth of a second until it holds or the
// deadline passes, and then an error that names what was awaited.
import { setTimeout as delay } from 'node:timers/promises';
export async function waitFor(
	condition: () => boolean | Promise<boolean>,
	what: string,
	deadlineMs: number,
): Promise<void> {
	const end = Date.now() + deadlineMs;
	while (!(await condition())) {
		if (Date.now() > end)
			throw new Error(
				`Gave up after ${deadlineMs / 1000} s waiting for ${what}`,
			);
		await delay(100);
	}
}
