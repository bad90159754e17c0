// What an edit's answer means when it is not `result: Success`. MediaWiki answers an edit that an
// extension held (ConfirmEdit's CAPTCHA, a hook of another extension) without an API error, as
// `{ edit: { result: 'Failure', captcha: {…} } }`: such an edit was not saved, whatever else it says.

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
