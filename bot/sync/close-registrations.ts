// Registration closes when a session has ended: the session's own page says so (registration=closed).
import { hasEnded } from '../../shared/model/rules';
import { closeRegistration } from '../../shared/sessions/close-registration';
import type { PageWriter } from '../wiki/page-writer';
import type { Programme } from '../programme/read-programme';
import type { SyncOptions } from './options';

export async function closeEndedRegistrations(
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
): Promise<void> {
	for (const session of programme.sessions.filter(
		(s) => s.registration === 'open' && hasEnded(s.endUtc, options.now),
	)) {
		const outcome = await writer.write(
			session.page,
			(current) => {
				if (current === undefined)
					return { skip: 'the session page was deleted during the run' };
				return (
					closeRegistration(current, session.id) ?? {
						skip: `session "${session.id}" is no longer on the page`,
					}
				);
			},
			`Let's Connect bot (${options.mode}): close registration of "${session.id}", which has ended`,
			{ respectBots: 'edit' },
		);
		if (outcome.action === 'skipped') continue;
		// Closed now: the generated pages and the report say so in this same run.
		session.registration = 'closed';
		programme.problems = programme.problems.filter(
			(p) =>
				!(
					p.code === 'session-registration-open-past' &&
					p.sessionId === session.id
				),
		);
	}
}
