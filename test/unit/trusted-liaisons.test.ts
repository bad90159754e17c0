// Liaisons count for other people only when someone trusted named them on the Config (pure).
import { checkLiaisons } from '../../shared/programme/trusted-liaisons';
import type { PageRevisionRecord } from '../../shared/registrations/verify-places';

const config = (liaisons: string) =>
	`{{Let's Connect/Config|liaisons=${liaisons}}}`;
const history = (edits: [string, string][]): PageRevisionRecord[] =>
	edits.map(([user, text], i) => ({
		revid: i + 1,
		timestamp: '2026-12-01T00:00:00Z',
		user,
		text,
	}));
const trust = { bot: 'LetsConnectBot', admins: ['Admin'] };

describe('trusted liaisons', () => {
	it('trusts liaisons named by the bot (install), an administrator or a trusted liaison', () => {
		const check = checkLiaisons(
			'C',
			history([
				['LetsConnectBot', config('Lia')],
				['Lia', config('Lia, Dalia')],
				['Admin', config('Lia, Dalia, Omar')],
			]),
			trust,
		);
		expect(check).toEqual({
			trusted: ['Lia', 'Dalia', 'Omar'],
			unconfirmed: [],
		});
	});

	it('does not trust a name a stranger added, and names who added it', () => {
		const check = checkLiaisons(
			'C',
			history([
				['Admin', config('Lia')],
				['Mallory', config('Lia, Mallory')],
			]),
			trust,
		);
		expect(check).toEqual({
			trusted: ['Lia'],
			unconfirmed: [{ user: 'Mallory', by: 'Mallory', revision: 2 }],
		});
	});

	it('a liaison taken off by someone trusted and put back by a stranger is not trusted again', () => {
		const check = checkLiaisons(
			'C',
			history([
				['Admin', config('Lia, Dalia')],
				['Admin', config('Lia')],
				['Mallory', config('Lia, Dalia')],
			]),
			trust,
		);
		expect(check.trusted).toEqual(['Lia']);
	});
});
