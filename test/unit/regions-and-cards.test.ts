import { findRegion, replaceRegion } from '../../shared/regions';
import { sessionCard, upcomingRegion } from '../../shared/pages/session-cards';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { withCurrentRegions, withGadgetLine } from '../../bot/install/install';
import { regionTransform } from '../../bot/sync/sync';

const begin = '<!-- letsconnect:begin upcoming -->';
const end = '<!-- letsconnect:end upcoming -->';

describe('bot regions', () => {
  it('replaces only what is between the markers', () => {
    const text = `human above\n${begin}\nold\n${end}\nhuman below`;
    const region = findRegion(text, 'upcoming');
    if (typeof region === 'string') throw new Error(region);
    expect(replaceRegion(text, region, 'new')).toBe(`human above\n${begin}\nnew\n${end}\nhuman below`);
  });

  it.each([
    ['no markers', 'text', 'missing'],
    ['end before begin', `${end}\n${begin}`, 'broken'],
    ['two begins', `${begin}\n${begin}\n${end}`, 'broken'],
    ['unclosed', `${begin}\nx`, 'broken'],
  ])('refuses a page with %s', (_, text, expected) => {
    expect(findRegion(text, 'upcoming')).toBe(expected);
    expect(regionTransform('upcoming', 'x')(text)).toEqual({ skip: expect.any(String) });
  });

  it('install keeps the current region content when it updates the page around it', () => {
    const source = `new frame\n${begin}\n${end}\n`;
    const current = `old frame\n${begin}\ncards\n${end}\n`;
    expect(withCurrentRegions(source, current)).toBe(`new frame\n${begin}\ncards\n${end}\n`);
  });

  it('install replaces our gadget line and keeps the others', () => {
    const line = '* letsconnect[ResourceLoader|default]|letsconnect.js';
    expect(withGadgetLine('== tools ==\n* other[ResourceLoader]|o.js\n* letsconnect[ResourceLoader]|old.js', line))
      .toBe(`== tools ==\n* other[ResourceLoader]|o.js\n${line}`);
    expect(withGadgetLine(undefined, line)).toBe(`== lets-connect ==\n${line}`);
  });
});

describe('upcoming cards', () => {
  const text = [
    "{{Let's Connect/Session|id=past|title=Past|start=2026-01-01 10:00}}",
    "{{Let's Connect/Session|id=later|title=Later|start=2026-12-20 10:00}}",
    "{{Let's Connect/Session|id=soon|title=Soon {{!}} <b>|start=2026-12-01 10:00|recording-es=https://example.org/es}}",
  ].join('\n');
  const { sessions } = readSessionsFromPage('P', text);

  it('lists sessions that have not ended, soonest first', () => {
    const region = upcomingRegion(sessions, 'Root', new Date('2026-11-23T00:00:00Z'), 10);
    expect(region.split('\n').map((line) => /\|id=([^|]+)/.exec(line)?.[1])).toEqual(['soon', 'later']);
  });

  it('escapes values so a title cannot break the card', () => {
    const card = sessionCard(sessions.find((s) => s.id === 'soon')!, 'Root', { registered: 3, waitlisted: 0 });
    expect(card).toContain('|title=Soon &#124; &lt;b&gt;|');
    expect(card).toContain('|registered=3|');
    expect(card).toContain('|recording-es=https://example.org/es}}');
  });
});

describe('Gadgets-definition', () => {
  it('replaces each of our lines in place and adds the missing one', () => {
    const ours = '* letsconnect-loader[ResourceLoader|default]|letsconnect-loader.js\n* letsconnect[ResourceLoader|hidden|package]|letsconnect.js';
    const current = '== tools ==\n* other[ResourceLoader]|o.js\n* letsconnect[ResourceLoader|default]|letsconnect.js\n* last[ResourceLoader]|l.js';
    expect(withGadgetLine(current, ours)).toBe('== tools ==\n* other[ResourceLoader]|o.js\n* letsconnect[ResourceLoader|hidden|package]|letsconnect.js\n* last[ResourceLoader]|l.js\n* letsconnect-loader[ResourceLoader|default]|letsconnect-loader.js');
    expect(withGadgetLine(withGadgetLine(current, ours), ours)).toBe(withGadgetLine(current, ours));
  });
});
