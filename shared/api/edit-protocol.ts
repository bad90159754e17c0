// The edit protocol the bot and the gadget share: what makes an edit safe against anyone else's,
// which answers mean "the page changed under you" (read it again and re-apply), and what an
// answer means when it is not `result: Success`.

/**
 * The parameters that tie an edit to the revision read: `baserevid` and never `basetimestamp`
 * (given both, MediaWiki checks the timestamp, and an edit by someone else in the same second is
 * overwritten without a conflict: measured on 1.39), `starttimestamp` of the read (a deletion
 * meanwhile is a conflict), and `nocreate` or, for a page that was not there, `createonly`.
 */
export function editBase(
	revid: number | undefined,
	readAt: string | undefined,
): Record<string, string | number | boolean> {
	return {
		...(readAt ? { starttimestamp: readAt } : {}),
		...(revid ? { nocreate: true, baserevid: revid } : { createonly: true }),
	};
}

/**
 * Answers that mean the page changed between the read and the save: someone saved it
 * (`editconflict`), made it (`articleexists`) or deleted or moved it (`missingtitle`). Each is
 * read again and the change applied again; what else the answer was is the caller's to say.
 */
export const CONFLICT_CODES: readonly string[] = [
	'editconflict',
	'articleexists',
	'missingtitle',
];

export const isConflict = (code: string) => CONFLICT_CODES.includes(code);

// MediaWiki answers an edit that an extension held (ConfirmEdit's CAPTCHA, a hook of another
// extension) without an API error, as `{ edit: { result: 'Failure', captcha: {…} } }`: such an
// edit was not saved, whatever else it says.

export type EditAnswer =
	| { result?: string; captcha?: unknown; [key: string]: unknown }
	| undefined;

export type NotSaved =
	/** ConfirmEdit wants a CAPTCHA solved: a person can, on the page itself; a bot account needs `skipcaptcha`. */
	| { kind: 'captcha' }
	/** Held for another reason: `detail` names what the wiki answered (its keys other than result). */
	| { kind: 'held'; detail: string };

/** Why the edit was not saved, or undefined when the answer says it was. */
export function whyNotSaved(edit: EditAnswer): NotSaved | undefined {
	if (edit?.result === 'Success') return undefined;
	if (edit?.captcha !== undefined) return { kind: 'captcha' };
	const said = Object.keys(edit ?? {}).filter((key) => key !== 'result');
	return {
		kind: 'held',
		detail: `${edit?.result ?? 'no result'}${said.length > 0 ? `: ${said.join(', ')}` : ''}`,
	};
}
