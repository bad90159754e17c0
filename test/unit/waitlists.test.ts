import { mergeWaitlists, parseWaitlists, serialiseWaitlists } from '../../bot/sync/waitlists';

describe('the bot\'s memory of waitlists', () => {
  it('keeps what another run added meanwhile, on the pages both looked at and on the others', () => {
    const before = { A: ['Ana', 'Ben'], B: ['Chen'] };
    // Meanwhile the other run saw Dee join A's waitlist and Eli join C's.
    const onWiki = { A: ['Ana', 'Ben', 'Dee'], B: ['Chen'], C: ['Eli'] };
    // This run saw Ana move up on A and Chen leave B.
    const after = { A: ['Ben'] };
    expect(mergeWaitlists(onWiki, before, after, new Set(['A', 'B']))).toEqual({ A: ['Ben', 'Dee'], C: ['Eli'] });
  });

  it('reads only lists of names, and says when the page is not its JSON', () => {
    expect(parseWaitlists('{"A": ["Ana", 3, "Ben"], "B": "x"}')).toEqual({ A: ['Ana', 'Ben'] });
    expect(parseWaitlists('[1, 2]')).toBeUndefined();
    expect(parseWaitlists('not json')).toBeUndefined();
    expect(parseWaitlists(undefined)).toEqual({});
    expect(parseWaitlists(serialiseWaitlists({ B: ['x'], A: ['y'] }))).toEqual({ A: ['y'], B: ['x'] });
  });
});
