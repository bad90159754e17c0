// What to tell a reader when the wiki refuses or does not answer.
import type { MessageKey } from '../shared/i18n/messages';

export class ApiFailure extends Error {
	public constructor(
		public readonly code: string,
		public readonly detail?: unknown,
	) {
		super(code);
	}

	/** What to name in the message: the wiki's own words when it gave some, else the code. */
	public get said(): string {
		return typeof this.detail === 'string' ? this.detail : this.code;
	}
}

/** The words for a failed request, naming what the wiki said (the forms' status lines). */
export function failureText(
	msg: (key: MessageKey, ...params: (string | number)[]) => string,
	failure: unknown,
): string {
	const code = failure instanceof ApiFailure ? failure.code : 'unknown';
	return msg(
		messageForFailure(code),
		failure instanceof ApiFailure ? failure.said : code,
	);
}

/** The message for an API error code. */
export function messageForFailure(code: string): MessageKey {
	if (code === 'http' || code === 'ok-but-empty') return 'lc-error-network';
	if (
		code === 'blocked' ||
		code === 'autoblocked' ||
		code === 'globalblocking-blockedtext'
	)
		return 'lc-error-blocked';
	if (
		code === 'protectedpage' ||
		code === 'cascadeprotected' ||
		code === 'protectedtitle' ||
		code === 'protectednamespace'
	)
		return 'lc-error-protected';
	if (code === 'editconflict') return 'lc-error-conflict';
	if (code === 'no-registration-page') return 'lc-error-no-page';
	if (code === 'unreadable') return 'lc-error-unreadable';
	if (code === 'profile-unreadable') return 'lc-error-profile-unreadable';
	if (code === 'not-listed') return 'lc-error-not-listed';
	if (code === 'temporary-account') return 'lc-error-temporary-account';
	if (code === 'edit-captcha') return 'lc-error-captcha';
	if (code === 'edit-held') return 'lc-error-held';
	if (
		code.startsWith('abusefilter') ||
		code === 'spamblacklist' ||
		code === 'titleblacklist-forbidden'
	)
		return 'lc-error-abusefilter';
	return 'lc-error-other';
}

/** jQuery promise of mw.Api → native promise that rejects with an {@link ApiFailure}. */
export function settle<T>(promise: JQuery.Promise<T>): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		promise.then(resolve, (code: unknown, detail: unknown) =>
			reject(
				new ApiFailure(typeof code === 'string' ? code : 'unknown', detail),
			),
		);
	});
}
