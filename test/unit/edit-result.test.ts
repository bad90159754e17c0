import { whyNotSaved } from '../../shared/api/edit-result';

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
