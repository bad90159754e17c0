// The sharers of a session who agreed to be named (their own edit of the session page, or a
// liaison's or an administrator's): they are reminded; those the programme named (a liaison's or
// an administrator's edit) may mark who came.
import type { Session } from '../../shared/model/session';
import { agreedSharers } from '../../shared/sessions/agreed-sharers';
import type { PageRevisionRecord } from '../../shared/registrations/verify-places';
import { administrators, revisionsSince } from '../wiki/history';
import type { WikiClient } from '../wiki/client';
import type { PageWriter } from '../wiki/page-writer';

/** The session page's history, oldest first, and the administrators among its authors. */
export async function sessionHistory(
	bot: WikiClient,
	writer: Pick<PageWriter, 'read'>,
	session: Pick<Session, 'page'>,
): Promise<{ revisions: PageRevisionRecord[]; admins: string[] }> {
	const page = (await writer.read([session.page])).get(session.page);
	if (!page) return { revisions: [], admins: [] };
	const revisions = await revisionsSince(
		bot,
		session.page,
		undefined,
		page.revid,
	);
	return {
		revisions,
		admins: await administrators(
			bot,
			revisions.map((r) => r.user ?? ''),
		),
	};
}

/**
 * The session's sharers who agreed to be named, from its page's history; `selfNamed: false`: only
 * those a liaison or an administrator named (who may mark who came).
 */
export async function sharersWhoAgreed(
	bot: WikiClient,
	writer: Pick<PageWriter, 'read'>,
	session: Pick<Session, 'page' | 'id'>,
	liaisons: string[],
	options: { selfNamed?: boolean } = {},
): Promise<Set<string>> {
	const { revisions, admins } = await sessionHistory(bot, writer, session);
	return agreedSharers(revisions, session.id, { liaisons, admins }, options);
}
