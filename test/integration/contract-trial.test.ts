// Trial of the contract: one new row (level) shows in both validations, the card, TemplateData and the gadget's filters.
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { sessionCard } from '../../shared/pages/session-cards';
import { elementsWith } from '../helpers/rendered-html';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
beforeAll(async () => { wiki = await startTestWiki(); });
afterAll(async () => { await wiki?.stop(); });

it('level: codec, module, card, TemplateData', async () => {
  const bad = readSessionsFromPage('P', "{{Let's Connect/Session|id=a|title=A|start=2027-01-04 10:00|level=expert}}");
  expect(bad.problems.map((p) => p.code)).toEqual(['session-unknown-level']);
  const good = readSessionsFromPage('P', "{{Let's Connect/Session|id=a|title=A|start=2027-01-04 10:00|level=Beginner}}").sessions[0];
  const card = sessionCard(good, ROOT);
  expect(card).toContain('|level=beginner');
  const render = async (text: string) => (await wiki.bot.request({ action: 'parse', text, title: `${ROOT}/Sessions/t`, prop: 'text', contentmodel: 'wikitext' })).parse.text as string;
  expect(elementsWith(await render("{{Let's Connect/Session|id=a|title=A|start=2027-01-04 10:00|level=expert}}"), 'data-lc-problem').map((e) => e['data-lc-problem'])).toEqual(['unknown-level']);
  const [rendered] = elementsWith(await render(card), 'data-lc-session');
  expect(rendered['data-lc-level']).toBe('beginner');
  expect(rendered['data-lc-filters']).toBe('type topic audience level language');
  const doc = (await wiki.read("Template:Let's Connect/Session/doc")) ?? '';
  expect(JSON.parse(doc.slice(doc.indexOf('<templatedata>') + 14, doc.indexOf('</templatedata>'))).params.level.label).toBe('Level');
}, 60000);
