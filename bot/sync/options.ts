// What one run of `sync` over one root is asked to do, shared by its steps.
import type { Problem } from '../../shared/model/problems';
import { reportPageTitle } from '../../shared/model/titles';
import type { OtherRoot, Programme } from '../programme/read-programme';
import type { RootProgramme } from '../../shared/stats/evaluation';
import type { PageKind } from './generated-pages';

export interface SyncOptions {
	root: string;
	now: Date;
	mode: string;
	revision: string;
	kinds: Set<PageKind>;
	/** The other roots served in the same run (hubs): their sessions are not strays of this root. */
	otherRoots?: OtherRoot[];
	/** Problems found before the run (the hub registry's), for this root's report. */
	earlierProblems?: Problem[];
	/** The messages the run has sent, when it serves several roots: the run's cap holds for all. */
	messages?: { sent: number };
	/**
	 * A run of every root (sync --hubs): each root's sync hands what it read to `programmes`, by
	 * root; the programme's own Evaluation page (`later`) is written after them all, by hub.
	 */
	evaluation?: { programmes: Map<string, RootProgramme>; later: boolean };
}

/** An edit summary of the run: what it did, from how many sessions, with a link to the report. */
export function summaryOf(options: SyncOptions, programme: Programme) {
	return (what: string) =>
		`Let's Connect bot (${options.mode}): ${what} from ${programme.sessions.length} sessions ([[${reportPageTitle(options.root)}|report]])`;
}
