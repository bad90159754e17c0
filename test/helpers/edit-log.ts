// How many saves a MariaDB wiki really had in flight at once: its server writes each edit request's
// start and end (and the worker that served it) to DIR/edits.log (scripts/local-wiki.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalWikiInfo } from '../../scripts/local-wiki';

export interface EditsInFlight {
	/** The most edit requests being served at one instant. */
	most: number;
	/** Edit requests served since `since`, and by how many workers. */
	edits: number;
	workers: number;
}

/** Undefined for a wiki that keeps no such log (SQLite, one worker: one save at a time). */
export function editsInFlight(
	info: LocalWikiInfo,
	since: Date,
): EditsInFlight | undefined {
	const file = join(info.dir, 'edits.log');
	if (!existsSync(file)) return undefined;
	const rows = readFileSync(file, 'utf8')
		.trim()
		.split('\n')
		.map((line) => line.split(' ').map(Number))
		.filter(([start]) => start * 1000 >= since.getTime());
	// Sweep the starts and ends in time order; an end at the same instant as a start comes first.
	const events = rows
		.flatMap(([start, end]) => [
			[start, 1],
			[end, -1],
		])
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let most = 0;
	for (const [, change] of events) most = Math.max(most, (now += change));
	return {
		most,
		edits: rows.length,
		workers: new Set(rows.map((row) => row[2])).size,
	};
}
