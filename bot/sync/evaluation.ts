// What the evaluation needs of a root the run read (shared/stats/evaluation.ts computes it):
// `stats` prints it, and sync writes it on ROOT/Evaluation.
import type { RootProgramme } from '../../shared/stats/evaluation';
import type { Programme } from '../programme/read-programme';

/** A root's programme as the evaluation reads it. */
export function rootProgramme(
	root: string,
	name: string,
	programme: Pick<
		Programme,
		'sessions' | 'registrations' | 'attendance' | 'participants' | 'config'
	>,
): RootProgramme {
	return {
		root,
		name,
		sessions: programme.sessions,
		registrations: programme.registrations,
		attendance: programme.attendance,
		participants: programme.participants,
		config: programme.config,
	};
}
