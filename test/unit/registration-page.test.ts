import {
	appendLine,
	appendText,
	parseRegistrations,
	stateOf,
	summarise,
	temporaryAccountLines,
} from '../../shared/registrations/registration-page';
import { cancelRegistration, signUp } from '../../shared/registrations/sign-up';
import {
	isTemporaryAccount,
	isValidUsername,
} from '../../shared/model/usernames';

const now = '2026-11-23T20:00:00Z';
const line = (user: string, extra = '') =>
	`{{Let's Connect/Registration|user=${user}${extra}}}`;

/** Signs up through the same path as the gadget: the line, appended as MediaWiki appends it. */
function join(text: string, user: string): string {
	const result = signUp(text, { user, now });
	if (result.outcome !== 'append')
		throw new Error(`unexpected ${result.outcome}`);
	return appendLine(text, result.line);
}

describe('signUp', () => {
	it('gives the line to add, with no status: the order of the lines decides', () => {
		expect(signUp('', { user: 'alice', now })).toEqual({
			outcome: 'append',
			line: "{{Let's Connect/Registration|user=Alice|registered=2026-11-23T20:00:00Z|remind=no}}",
		});
		expect(signUp('', { user: 'alice', now, remind: true })).toEqual({
			outcome: 'append',
			line: "{{Let's Connect/Registration|user=Alice|registered=2026-11-23T20:00:00Z|remind=yes}}",
		});
	});

	it('asks for a reminder only where the line says remind=yes', () => {
		expect(
			parseRegistrations(
				[
					line('A'),
					line('B', '|remind=yes'),
					line('C', '|remind=no'),
					line('D', '|remind=Yes '),
				].join('\n'),
			).map((r) => r.remind),
		).toEqual([false, true, false, true]);
	});

	it('appends below what is there, as appendtext with a leading newline writes it', () => {
		expect(appendText('Intro', 'L')).toBe('\nL');
		expect(appendText('', 'L')).toBe('L');
		expect(
			join('Intro', 'Bob').startsWith(
				"Intro\n{{Let's Connect/Registration|user=Bob",
			),
		).toBe(true);
	});

	it('says "already" instead of adding a second line', () => {
		expect(signUp(join('', 'Alice'), { user: 'alice', now })).toEqual({
			outcome: 'already',
			status: 'registered',
		});
	});

	it('refuses to append where the line would be read by nobody: after an unclosed comment', () => {
		expect(
			signUp('Intro\n<!-- a note that never ends', { user: 'Eve', now }),
		).toEqual({ outcome: 'unreadable' });
		expect(signUp('Intro\n<!-- closed -->', { user: 'Eve', now }).outcome).toBe(
			'append',
		);
	});

	it('escapes a user name so it cannot sign or break the line, and refuses a name that is no account', () => {
		const text = join('', 'A~~~~=b');
		expect(text).not.toContain('~~~~');
		expect(parseRegistrations(text)[0].user).toBe('A~~~~=b');
		// No account has such a name: its line would hold nothing, so none is written.
		expect(signUp('', { user: 'A|b}}{{x', now }).outcome).toBe('unreadable');
	});
});

describe('places by order and capacity', () => {
	it('gives the first lines the places and puts the rest on the waitlist, in order', () => {
		const text = ['A', 'B', 'C', 'D'].reduce(join, '');
		const list = parseRegistrations(text, 2);
		expect(list.map((r) => [r.user, r.status])).toEqual([
			['A', 'registered'],
			['B', 'registered'],
			['C', 'waitlisted'],
			['D', 'waitlisted'],
		]);
		expect(stateOf(list, 'D')).toEqual({ status: 'waitlisted', position: 2 });
		expect(summarise(list)).toEqual({
			registered: 2,
			waitlisted: 2,
			waitlist: ['C', 'D'],
		});
	});

	it('registers everyone when the session has no capacity', () => {
		expect(
			parseRegistrations(['A', 'B', 'C'].reduce(join, '')).every(
				(r) => r.status === 'registered',
			),
		).toBe(true);
	});

	it('ignores a typed status=registered: nobody jumps the queue by writing it', () => {
		const text = [line('A'), line('B'), line('C', '|status=registered')].join(
			'\n',
		);
		expect(stateOf(parseRegistrations(text, 2), 'C')).toEqual({
			status: 'waitlisted',
			position: 1,
		});
	});

	it('puts someone who signs up again after cancelling at the end of the queue', () => {
		const text = [line('A', '|status=cancelled'), line('B'), line('A')].join(
			'\n',
		);
		expect(parseRegistrations(text, 1).map((r) => [r.user, r.status])).toEqual([
			['B', 'registered'],
			['A', 'waitlisted'],
		]);
	});

	it('counts a second line of someone already queued once, at their first place', () => {
		const text = [line('A'), line('B'), line('A')].join('\n');
		expect(parseRegistrations(text, 1).map((r) => [r.user, r.status])).toEqual([
			['A', 'registered'],
			['B', 'waitlisted'],
		]);
	});

	it('counts hand-written signatures in the queue, and not their authors twice', () => {
		const text =
			'# [[User:Dalia|Dalia]] ([[User talk:Dalia|talk]]) 12:00, 2 November 2026 (UTC)';
		// A signature asks for no reminder: only remind=yes does.
		expect(parseRegistrations(text)).toEqual([
			{
				user: 'Dalia',
				status: 'registered',
				remind: false,
				source: 'signature',
			},
		]);
		expect(signUp(text, { user: 'Dalia', now }).outcome).toBe('already');
		expect(stateOf(parseRegistrations(join(text, 'Eve'), 1), 'Eve')).toEqual({
			status: 'waitlisted',
			position: 1,
		});
	});
});

describe('cancelRegistration', () => {
	it('keeps the line and marks it cancelled', () => {
		const text = [line('Alice', '|status=registered'), line('Bob')].join('\n');
		expect(cancelRegistration(text, 'Alice')).toEqual({
			outcome: 'cancelled',
			text: text.replace('Alice|status=registered', 'Alice|status=cancelled'),
		});
	});

	it('marks every line of the person that still counts', () => {
		const text = [line('A'), line('B'), line('A')].join('\n');
		const result = cancelRegistration(text, 'A');
		if (result.outcome !== 'cancelled') throw new Error('unexpected');
		expect(result.text).toBe(
			[
				line('A', '|status=cancelled'),
				line('B'),
				line('A', '|status=cancelled'),
			].join('\n'),
		);
		expect(stateOf(parseRegistrations(result.text), 'A').status).toBe(
			'cancelled',
		);
	});

	it('strikes through a hand-written signature', () => {
		const result = cancelRegistration('# [[User:Dalia|Dalia]] 12:00', 'Dalia');
		expect(result).toEqual({
			outcome: 'cancelled',
			text: '# <s>[[User:Dalia|Dalia]] 12:00</s>',
		});
		if (result.outcome === 'cancelled')
			expect(parseRegistrations(result.text)[0].status).toBe('cancelled');
	});

	it('gives the freed place to the first on the waitlist by the order alone', () => {
		const text = ['A', 'B', 'C'].reduce(join, '');
		const result = cancelRegistration(text, 'A');
		if (result.outcome !== 'cancelled') throw new Error('unexpected');
		expect(
			parseRegistrations(result.text, 1).map((r) => [r.user, r.status]),
		).toEqual([
			['A', 'cancelled'],
			['B', 'registered'],
			['C', 'waitlisted'],
		]);
	});

	it('strikes the real signature, not a commented-out example', () => {
		const text =
			'<!--\n# [[User:Alice]] example\n-->\n# [[User:Alice|Alice]] 10:00';
		const result = cancelRegistration(text, 'Alice');
		if (result.outcome !== 'cancelled') throw new Error('unexpected');
		expect(result.text).toBe(
			'<!--\n# [[User:Alice]] example\n-->\n# <s>[[User:Alice|Alice]] 10:00</s>',
		);
		expect(parseRegistrations(result.text)[0].status).toBe('cancelled');
	});

	it('says so when the user was not registered', () => {
		expect(cancelRegistration('', 'Alice')).toEqual({
			outcome: 'not-registered',
		});
		expect(
			cancelRegistration(line('Alice', '|status=cancelled'), 'Alice'),
		).toEqual({ outcome: 'not-registered' });
	});
});

describe('reading sign-ups as people write them', () => {
	it('matches a user written with a User: prefix to the same person', () => {
		expect(signUp(line('User:Bob'), { user: 'Bob', now }).outcome).toBe(
			'already',
		);
	});

	it.each([
		['# [[m:User:Alice|Alice]] 10:00, 1 May 2026 (UTC)', 'Alice'],
		['# [[:w:es:Usuario:Bob|Bob]] (discusión) 10:00', 'Bob'],
		['# [[Utilisateur:Claire|Claire]] 10:00', 'Claire'],
		['* [[مستخدم:أحمد|أحمد]] 10:00', 'أحمد'],
	])('counts the signature %s', (text, user) => {
		expect(parseRegistrations(text).map((r) => r.user)).toEqual([user]);
	});

	it('does not count a signature inside a comment', () => {
		expect(
			parseRegistrations(
				'<!-- Example:\n# [[User:Example|Example]] 10:00\n-->\n# [[User:Real|Real]]',
			).map((r) => r.user),
		).toEqual(['Real']);
	});

	it('reads impossible character references as text instead of failing', () => {
		expect(parseRegistrations(line('A&#99999999;'))[0].user).toBe(
			'A&#99999999;',
		);
	});
});

describe('temporary accounts', () => {
	it('are known by name, and no rule takes one for a user', () => {
		for (const name of ['~2026-12345-67', '~1', 'User:~2026-1', ' ~x']) {
			expect(isTemporaryAccount(name)).toBe(true);
			expect(isValidUsername(name)).toBe(false);
		}
		for (const name of ['Alice', 'A~b', 'Tilde~']) {
			expect(isTemporaryAccount(name)).toBe(false);
			expect(isValidUsername(name)).toBe(true);
		}
	});

	it('cannot sign up', () => {
		expect(signUp('', { user: '~2026-12345-67', now })).toEqual({
			outcome: 'temporary-account',
		});
	});

	it('hold no place and push nobody to the waitlist; the report can name them', () => {
		const text = [
			line('~2026-1'),
			line('Alice'),
			'# [[User:~2026-2|~2026-2]] 10:00, 1 May 2026 (UTC)',
			line('Bob'),
			line('~2026-1'),
		].join('\n');
		expect(parseRegistrations(text, 2).map((r) => [r.user, r.status])).toEqual([
			['Alice', 'registered'],
			['Bob', 'registered'],
		]);
		expect(temporaryAccountLines(text)).toEqual(['~2026-1', '~2026-2']);
		expect(temporaryAccountLines(join('', 'Alice'))).toEqual([]);
	});
});
