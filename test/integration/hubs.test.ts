// Hubs on a real wiki: the main programme and two hubs in two languages, one right to left, set up
// with `install --root`, listed on the registry, served by one `sync --hubs`.
import { elementsWith } from '../helpers/rendered-html';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-12-02T12:00:00Z';
const ES = "Grants:Let's Connect Hub/Español";
const AR = "Grants:Let's Connect Hub/العربية";
let wiki: TestWiki;
let sync: { code: number; stdout: string; stderr: string };

const session = (id: string, title: string, start: string, extra = '') => `{{Let's Connect/Session|id=${id}|title=${title}|start=${start}|timezone=UTC${extra}}}`;
const cardIds = (text: string | undefined) => [...(text ?? '').matchAll(/\|id=([a-z0-9-]+)\|/g)].map((m) => m[1]).sort();
const html = async (title: string, uselang = 'en') => (await wiki.bot.request({ action: 'parse', page: title, prop: 'text', uselang, disablelimitreport: true })).parse.text as string;

beforeAll(async () => {
  wiki = await startTestWiki();
  for (const root of [ES, AR]) expect((await wiki.cli(['install', '--root', root])).code).toBe(0);
  // A hub's config cannot take the programme's sessions: session-pages naming one changes nothing.
  await wiki.edit(`${ES}/Config`, `{{Let's Connect/Config|language=es|liaisons=Alice|session-pages=${ROOT}/Sessions/alpha}}`);
  await wiki.edit(`${AR}/Config`, "{{Let's Connect/Config|language=ar|liaisons=Dalia, ~2026-1}}");
  await wiki.edit(`${ROOT}/Hubs`, [
    "{{Let's Connect/Hub|name=Español|root=Grants:Let's_Connect Hub/Español|language=es}}",
    "{{Let's Connect/Hub|name=العربية|root=Grants:Let's Connect Hub/العربية|language=ar}}",
    `{{Let's Connect/Hub|name=Inside|root=${ROOT}/Sub|language=fr}}`,
    "{{Let's Connect/Hub|name=Machinery|root=Template:Let's Connect|language=fr}}",
    "{{Let's Connect/Hub|name=Signed ~~~|root=Grants:Elsewhere|language=fr}}",
  ].join('\n'));
  await wiki.edit(`${ROOT}/Sessions/alpha`, session('alpha', 'Main clinic', '2026-12-10 14:00'));
  await wiki.edit(`${ES}/Sessions/clinica`, session('clinica', 'Clínica de Wikidata', '2026-12-11 15:00', '|language=es'));
  await wiki.edit(`${ES}/Sessions/shared-id`, session('shared-id', 'Mismo id', '2026-12-12 15:00', '|language=es'));
  await wiki.edit(`${AR}/Sessions/warsha`, session('warsha', 'ورشة الكتابة', '2026-12-13 16:00', '|language=ar'));
  await wiki.edit(`${AR}/Sessions/shared-id`, session('shared-id', 'نفس المعرّف', '2026-12-14 16:00', '|language=ar'));
  // The Arabic hub's pages read in Arabic, as a translated page does (page language ar).
  await wiki.admin.request({ action: 'setpagelanguage', title: `${AR}/Calendar`, lang: 'ar', reason: 'the hub\'s language', token: await wiki.admin.getCsrfToken() });
  sync = await wiki.cli(['sync', '--hubs', '--now', NOW]);
}, 240000);
afterAll(async () => {
  await wiki?.stop();
});

describe('one run for the programme and its hubs', () => {
  it('serves every root listed, and leaves out a hub inside the programme\'s root', () => {
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain(`3 root(s): ${ROOT} (1 session(s)), ${ES} (2 session(s)), ${AR} (2 session(s))`);
  });

  it('gives each root its own sessions, the same id in two hubs included, and no stray warnings', async () => {
    expect(cardIds(await wiki.read(`${ROOT}/Calendar`))).toEqual(['alpha']);
    expect(cardIds(await wiki.read(`${ES}/Calendar`))).toEqual(['clinica', 'shared-id']);
    expect(cardIds(await wiki.read(`${AR}/Calendar`))).toEqual(['shared-id', 'warsha']);
    expect(await wiki.read(`${AR}/Registrations/shared-id`)).toContain('|title=نفس المعرّف|');
    expect(await wiki.read(`${ES}/Registrations/shared-id`)).toContain('|title=Mismo id|');
    const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
    expect(report).not.toContain('session-outside-root');
    expect(report).toContain('hub-duplicate');
    expect(report).toContain('hub-invalid-root');
    expect(report).toContain('hub-invalid-name');
    expect(await wiki.read(`${AR}/Bot report`)).toContain('config-invalid-liaison');
  });

  it('shows every hub on the calendar of all hubs, each card naming its hub, filterable by hub', async () => {
    const text = (await wiki.read(`${ROOT}/All hubs`)) ?? '';
    expect(cardIds(text)).toEqual(['alpha', 'clinica', 'shared-id', 'shared-id', 'warsha']);
    expect(text).toMatch(/\|id=warsha\|[^\n]*\|root=Grants:Let's Connect Hub\/العربية\|[^\n]*\|hub=العربية\}\}/);
    expect(text).toContain('liaisons: [[User:Alice|Alice]]');
    const cards = elementsWith(await html(`${ROOT}/All hubs`), 'data-lc-session');
    expect(cards.map((c) => c['data-lc-hub'])).toEqual(["Let's Connect", 'Español', 'Español', 'العربية', 'العربية']);
    expect(cards.every((c) => (c['data-lc-filters'] ?? '').split(' ').includes('hub'))).toBe(true);
  });

  it('reads the right-to-left hub in its language and direction', async () => {
    const [card] = elementsWith(await html(`${AR}/Calendar`), 'data-lc-session');
    expect(card).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const rows = elementsWith(await html(`${ROOT}/Hubs`), 'data-lc-hub');
    expect(rows.slice(0, 3).map((r) => [r['data-lc-hub'], r.dir])).toEqual([['Español', 'ltr'], ['العربية', 'rtl'], ['Inside', 'ltr']]);
  });

  it('writes the toolkit with the steps and the hubs running now, and a second run changes nothing', async () => {
    const toolkit = (await wiki.read(`${ROOT}/Toolkit`)) ?? '';
    expect(toolkit).toContain('letsconnect install --root');
    expect(toolkit).toContain("{{Let's Connect/Hub|name=العربية|root=Grants:Let's Connect Hub/العربية|language=ar}}");
    const again = await wiki.cli(['sync', '--hubs', '--now', NOW, '--json']);
    const edited = (JSON.parse(again.stdout) as { outcomes: Array<{ title: string; action: string }> }).outcomes.filter((o) => o.action === 'edited' || o.action === 'created');
    expect(edited).toEqual([]);
  });

  it('reminds a hub\'s registrants too (remind --hubs)', async () => {
    await wiki.editAs('Bruno', `${ES}/Registrations/clinica`, (text) => `${text}\n{{Let's Connect/Registration|user=Bruno|remind=yes}}`);
    const result = await wiki.cli(['remind', '--hubs', '--now', '2026-12-10T18:00:00Z']);
    expect(result.code).toBe(0);
    expect(await wiki.read('User talk:Bruno')).toContain('<!-- letsconnect:reminder clinica -->');
  });
});
