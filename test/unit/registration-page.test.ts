import { cancelRegistration, parseRegistrations, promoteFromWaitlist, signUp, stateOf } from '../../shared/registrations/registration-page';

const now = '2026-11-23T20:00:00Z';

describe('signUp', () => {
  it('adds a registration line to an empty page', () => {
    const result = signUp('', { user: 'alice', now });
    expect(result).toEqual({ outcome: 'registered', text: "{{Let's Connect/Registration|user=Alice|status=registered|registered=2026-11-23T20:00:00Z|remind=yes}}" });
  });

  it('appends below what is there, joined with one newline', () => {
    const result = signUp('Intro\n\n', { user: 'Bob', now });
    expect(result.outcome).toBe('registered');
    if (result.outcome !== 'already') expect(result.text.startsWith('Intro\n{{')).toBe(true);
  });

  it('says "already" instead of adding a second line', () => {
    const first = signUp('', { user: 'Alice', now });
    if (first.outcome === 'already') throw new Error('unexpected');
    expect(signUp(first.text, { user: 'alice', now })).toEqual({ outcome: 'already', status: 'registered', position: undefined });
  });

  it('puts people on the waitlist once the capacity is reached, with their position', () => {
    let text = '';
    for (const user of ['A', 'B']) {
      const r = signUp(text, { user, now, capacity: 2 });
      if (r.outcome === 'already') throw new Error('unexpected');
      text = r.text;
    }
    const third = signUp(text, { user: 'C', now, capacity: 2 });
    expect(third.outcome).toBe('waitlisted');
    if (third.outcome === 'already') throw new Error('unexpected');
    const fourth = signUp(third.text, { user: 'D', now, capacity: 2 });
    expect(fourth).toMatchObject({ outcome: 'waitlisted', position: 2 });
    if (fourth.outcome === 'already') throw new Error('unexpected');
    expect(stateOf(parseRegistrations(fourth.text), 'D')).toEqual({ status: 'waitlisted', position: 2 });
  });

  it('counts hand-written signatures and does not list their authors twice', () => {
    const text = '# [[User:Dalia|Dalia]] ([[User talk:Dalia|talk]]) 12:00, 2 November 2026 (UTC)';
    expect(parseRegistrations(text)).toEqual([{ user: 'Dalia', status: 'registered', remind: true, source: 'signature', position: { start: 0, end: text.length } }]);
    expect(signUp(text, { user: 'Dalia', now }).outcome).toBe('already');
    expect(signUp(text, { user: 'Eve', now, capacity: 1 }).outcome).toBe('waitlisted');
  });

  it('re-registers someone who cancelled on their own line', () => {
    const text = "{{Let's Connect/Registration|user=Alice|status=cancelled|registered=2026-01-01T00:00:00Z}}";
    const result = signUp(text, { user: 'Alice', now });
    expect(result).toEqual({ outcome: 'registered', text: "{{Let's Connect/Registration|user=Alice|status=registered|registered=2026-11-23T20:00:00Z|remind=yes}}" });
  });

  it('escapes a hostile user name so it cannot break the template', () => {
    const result = signUp('', { user: 'A|b}}{{x', now });
    if (result.outcome === 'already') throw new Error('unexpected');
    expect(result.text).not.toContain('}}{{');
    expect(parseRegistrations(result.text)[0].user).toBe('A|b}}{{x');
  });
});

describe('cancelRegistration', () => {
  it('keeps the line and marks it cancelled', () => {
    const text = "{{Let's Connect/Registration|user=Alice|status=registered}}\n{{Let's Connect/Registration|user=Bob|status=registered}}";
    expect(cancelRegistration(text, 'Alice')).toEqual({ outcome: 'cancelled', text: text.replace('Alice|status=registered', 'Alice|status=cancelled'), promoted: [] });
  });

  it('strikes through a hand-written signature', () => {
    const result = cancelRegistration('# [[User:Dalia|Dalia]] 12:00', 'Dalia');
    expect(result).toEqual({ outcome: 'cancelled', text: '# <s>[[User:Dalia|Dalia]] 12:00</s>', promoted: [] });
    if (result.outcome === 'cancelled') expect(parseRegistrations(result.text)[0].status).toBe('cancelled');
  });

  it('gives the freed place to the first on the waitlist in the same edit', () => {
    const text = ["{{Let's Connect/Registration|user=A|status=registered}}", "{{Let's Connect/Registration|user=B|status=waitlisted}}", "{{Let's Connect/Registration|user=C|status=waitlisted}}"].join('\n');
    const result = cancelRegistration(text, 'A', 1, now);
    expect(result).toMatchObject({ outcome: 'cancelled', promoted: ['B'] });
    if (result.outcome !== 'cancelled') throw new Error('unexpected');
    expect(parseRegistrations(result.text).map((r) => [r.user, r.status, r.promoted])).toEqual([['A', 'cancelled', undefined], ['B', 'registered', now], ['C', 'waitlisted', undefined]]);
  });

  it('strikes the real signature, not a commented-out example', () => {
    const text = '<!--\n# [[User:Alice]] example\n-->\n# [[User:Alice|Alice]] 10:00';
    const result = cancelRegistration(text, 'Alice');
    if (result.outcome !== 'cancelled') throw new Error('unexpected');
    expect(result.text).toBe('<!--\n# [[User:Alice]] example\n-->\n# <s>[[User:Alice|Alice]] 10:00</s>');
    expect(parseRegistrations(result.text)[0].status).toBe('cancelled');
  });

  it('says so when the user was not registered', () => {
    expect(cancelRegistration('', 'Alice')).toEqual({ outcome: 'not-registered' });
  });
});

describe('reading sign-ups as people write them', () => {
  it('matches a user written with a User: prefix to the same person', () => {
    const text = "{{Let's Connect/Registration|user=User:Bob|status=registered}}";
    expect(signUp(text, { user: 'Bob', now }).outcome).toBe('already');
  });

  it.each([
    ['# [[m:User:Alice|Alice]] 10:00, 1 May 2026 (UTC)', 'Alice'],
    ['# [[:w:es:Usuario:Bob|Bob]] (discusión) 10:00', 'Bob'],
    ['# [[Utilisateur:Claire|Claire]] 10:00', 'Claire'],
    ['* [[مستخدم:أحمد|أحمد]] 10:00', 'أحمد'],
  ])('counts the signature %s', (line, user) => {
    expect(parseRegistrations(line).map((r) => r.user)).toEqual([user]);
  });

  it('does not count a signature inside a comment', () => {
    expect(parseRegistrations('<!-- Example:\n# [[User:Example|Example]] 10:00\n-->\n# [[User:Real|Real]]').map((r) => r.user)).toEqual(['Real']);
  });

  it('keeps the waitlist order: nobody jumps ahead of someone waiting', () => {
    const text = ["{{Let's Connect/Registration|user=A|status=registered}}", "{{Let's Connect/Registration|user=B|status=cancelled}}", "{{Let's Connect/Registration|user=C|status=waitlisted}}"].join('\n');
    expect(signUp(text, { user: 'D', now, capacity: 2 })).toMatchObject({ outcome: 'waitlisted', position: 2 });
  });

  it('reads impossible character references as text instead of failing', () => {
    expect(parseRegistrations("{{Let's Connect/Registration|user=A&#99999999;|status=registered}}")[0].user).toBe('A&#99999999;');
  });
});

describe('promoteFromWaitlist', () => {
  const text = ["{{Let's Connect/Registration|user=A|status=registered}}", "{{Let's Connect/Registration|user=B|status=waitlisted}}", "{{Let's Connect/Registration|user=C|status=waitlisted}}"].join('\n');
  it('fills the free places in waitlist order', () => {
    expect(promoteFromWaitlist(text, 2).promoted).toEqual(['B']);
    expect(promoteFromWaitlist(text, 1).promoted).toEqual([]);
  });
  it('lets everyone in when the capacity was removed', () => {
    expect(promoteFromWaitlist(text, undefined).promoted).toEqual(['B', 'C']);
  });
});
