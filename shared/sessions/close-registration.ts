// Closing registration of one session on its page: one parameter changes, nothing else.
import { findTemplates, getParam } from '../wikitext/template-parser';
import { setParams } from '../wikitext/template-editor';
import { SESSION_TEMPLATE } from '../model/session';

/** The page with `registration = closed` on the session with this id, or undefined if not found. */
export function closeRegistration(
	text: string,
	id: string,
): string | undefined {
	const call = findTemplates(text, SESSION_TEMPLATE).find(
		(c) => (getParam(c, 'id') ?? '').trim() === id,
	);
	return call ? setParams(text, call, { registration: 'closed' }) : undefined;
}
