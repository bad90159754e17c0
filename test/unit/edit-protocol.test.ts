import {
	editBase,
	isConflict,
	whyNotSaved,
} from '../../shared/api/edit-protocol';

describe('whyNotSaved', () => {
	it('takes only result: Success for saved', () => {
		expect(whyNotSaved({ result: 'Success', newrevid: 3 })).toBeUndefined();
		expect(whyNotSaved({ result: 'Success', nochange: true })).toBeUndefined();
	});

	it('knows a CAPTCHA, as ConfirmEdit answers', () => {
		expect(
			whyNotSaved({ result: 'Failure', captcha: { type: 'image', id: '1' } }),
		).toEqual({ kind: 'captcha' });
	});

	it('names what the wiki answered for any other held edit, or an empty answer', () => {
		expect(
			whyNotSaved({ result: 'Failure', spamblacklist: 'example.org' }),
		).toEqual({ kind: 'held', detail: 'Failure: spamblacklist' });
		expect(whyNotSaved({})).toEqual({ kind: 'held', detail: 'no result' });
		expect(whyNotSaved(undefined)).toEqual({
			kind: 'held',
			detail: 'no result',
		});
	});
});

describe('the edit protocol', () => {
	it('ties an edit to the revision read, never to its timestamp', () => {
		expect(editBase(42, '2026-12-06T10:00:00Z')).toEqual({
			starttimestamp: '2026-12-06T10:00:00Z',
			nocreate: true,
			baserevid: 42,
		});
		expect(editBase(undefined, undefined)).toEqual({ createonly: true });
		expect(Object.keys(editBase(42, 'x'))).not.toContain('basetimestamp');
	});

	it('reads the page again on a conflict, and only then', () => {
		expect(
			['editconflict', 'articleexists', 'missingtitle'].map(isConflict),
		).toEqual([true, true, true]);
		expect(['ratelimited', 'notsaved', 'badtoken', ''].map(isConflict)).toEqual(
			[false, false, false, false],
		);
	});
});
