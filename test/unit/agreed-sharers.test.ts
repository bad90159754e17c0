// Sharers are reminded only when they agreed to be named (pure: a session page's history).
import { agreedSharers } from '../../shared/sessions/agreed-sharers';
import type { PageRevisionRecord } from '../../shared/registrations/verify-places';

const trust = { liaisons: ['Lia'], admins: ['Admin'] };
const page = (sharers: string, start = '2027-01-10 10:00') =>
	`{{Let's Connect/Session|id=s|title=T|start=${start}|sharers=${sharers}}}`;
const history = (edits: [string, string][]): PageRevisionRecord[] =>
	edits.map(([user, text], i) => ({
		revid: i + 1,
		timestamp: '2026-12-01T00:00:00Z',
		user,
		text,
	}));

describe('agreed sharers', () => {
	it('takes a sharer who named themselves, and the sharers a liaison named', () => {
		expect([
			...agreedSharers(
				history([
					['Ana', page('Ana')],
					['Lia', page('Ana, Ben')],
				]),
				's',
				trust,
			),
		]).toEqual(['Ana', 'Ben']);
	});

	it('takes none of twelve names a stranger typed, until a liaison changes the sharers', () => {
		const twelve = Array.from({ length: 12 }, (_, i) => `Named ${i + 1}`).join(
			', ',
		);
		expect(
			agreedSharers(history([['Mallory', page(twelve)]]), 's', trust).size,
		).toBe(0);
		expect(
			agreedSharers(
				history([
					['Mallory', page(twelve)],
					['Lia', page(twelve.replace(', Named 12', ''))],
				]),
				's',
				trust,
			).size,
		).toBe(11);
	});

	it('a liaison fixing only the date agrees to no sharer a stranger added with a broken date', () => {
		const revisions = history([
			['Lia', page('Ana')],
			['Mallory', page('Ana, Eve, Zed', 'soon')],
			['Lia', page('Ana, Eve, Zed')],
		]);
		expect([...agreedSharers(revisions, 's', trust)]).toEqual(['Ana']);
	});

	it('a sharer taken off and put back by a stranger is no longer agreed', () => {
		const revisions = history([
			['Lia', page('Ana, Ben')],
			['Mallory', page('Ana')],
			['Mallory', page('Ana, Ben')],
		]);
		expect([...agreedSharers(revisions, 's', trust)]).toEqual(['Ana']);
	});
});
