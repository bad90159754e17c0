// `letsconnect install` and `letsconnect sync` against a real local MediaWiki.
import { startTestWiki, ROOT, type TestWiki } from '../helpers/test-wiki';

const UPCOMING = "Template:Let's Connect/Upcoming";
let wiki: TestWiki;

beforeAll(async () => {
  wiki = await startTestWiki({ install: false });
});
afterAll(async () => {
  await wiki?.stop();
});

const session = (id: string, extra: string) => `Some liaison prose.\n{{Let's Connect/Session\n| id = ${id}\n| title = Session ${id}\n${extra}\n}}`;

describe('install', () => {
  it('puts templates, module and gadget on the wiki, and a second run makes zero edits', async () => {
    const first = await wiki.cli(['install', '--json']);
    expect(first.code).toBe(0);
    const firstResult = JSON.parse(first.stdout);
    expect(firstResult.edits).toBeGreaterThanOrEqual(8);
    const definitions = (await wiki.read('MediaWiki:Gadgets-definition')) ?? '';
    expect(definitions).toMatch(/^\* letsconnect-loader\[ResourceLoader\|default/m);
    expect(definitions).toMatch(/^\* letsconnect\[ResourceLoader\|hidden\|package/m);
    expect(await wiki.read('MediaWiki:Gadget-letsconnect.js')).toMatch(/^\/\* <nowiki> \*\//);

    const second = await wiki.cli(['install']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 edit\(s\)/);
  });

  it('--dry-run prints a diff and writes nothing', async () => {
    await wiki.edit("Template:Let's Connect/Card", 'changed by hand');
    const result = await wiki.cli(['install', '--dry-run']);
    expect(result.stdout).toContain("+++ Template:Let's Connect/Card");
    expect(result.stdout).toContain('-changed by hand');
    expect(await wiki.read("Template:Let's Connect/Card")).toBe('changed by hand');
    await wiki.cli(['install']);
  });
});

describe('credentials', () => {
  it('a failed login says so without printing the password', async () => {
    const secret = 'not-the-password-4f9c2a7e1b3d5c6e';
    const { execFile } = await import('node:child_process');
    const output = await new Promise<string>((resolve) => {
      execFile('node', [require.resolve('../../dist/bot/letsconnect.cjs'), 'sync'], {
        env: { ...process.env, LETSCONNECT_API: wiki.info.apiUrl, LETSCONNECT_USERNAME: wiki.info.bot.username, LETSCONNECT_PASSWORD: secret },
      }, (_error, stdout, stderr) => resolve(stdout + stderr));
    });
    expect(output).toContain(`Could not log in to ${wiki.info.apiUrl} as ${wiki.info.bot.username}`);
    expect(output).not.toContain(secret);
  });
});

describe('sync', () => {
  beforeAll(async () => {
    await wiki.edit(`${ROOT}/Sessions/alpha`, session('alpha', '| start = 2026-12-03 14:00\n| timezone = Europe/Madrid\n| capacity = 10'));
    await wiki.edit(`${ROOT}/Sessions/beta`, session('beta', '| type = connectathon\n| start = 2026-12-10 09:00\n| timezone = America/Lima'));
    await wiki.edit(`${ROOT}/Sessions/bad-zone`, session('bad-zone', '| start = 2026-12-05 10:00\n| timezone = Mars/Olympus'));
    await wiki.edit(`${ROOT}/Sessions/no-id`, "{{Let's Connect/Session|title=Forgot the id|start=2026-12-06 10:00}}");
    await wiki.edit(`${ROOT}/Sessions/old`, session('old', '| start = 2026-01-10 09:00'));
    await wiki.edit(`${ROOT}/Registrations/alpha`, "{{Let's Connect/Registration|user=Alice|status=registered}}\n# [[User:Bruno|Bruno]] 10:00, 1 November 2026 (UTC)");
  });

  it('publishes the upcoming sessions in order, skips malformed ones and names their pages', async () => {
    const result = await wiki.cli(['sync', '--only', 'upcoming', '--now', '2026-11-23T12:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 edit(s)');
    expect(result.stdout).toContain('3 session(s) published, 3 problem(s) reported');
    expect(result.stderr).toContain('session-registration-open-past');
    expect(result.stderr).toContain(`[[${ROOT}/Sessions/bad-zone]]`);
    expect(result.stderr).toContain('Unknown time zone "Mars/Olympus"');
    expect(result.stderr).toContain(`[[${ROOT}/Sessions/no-id]]`);
    expect(result.stderr).toContain('session-missing-id');

    const upcoming = (await wiki.read(UPCOMING)) ?? '';
    const ids = [...upcoming.matchAll(/\|id=([a-z-]+)/g)].map((m) => m[1]);
    expect(ids).toEqual(['alpha', 'beta']);
    expect(upcoming).toContain('|registered=2|');
  });

  it('renders the cards with UTC starts that the gadget reads', async () => {
    const html = await wiki.bot.parseWikitext("{{Let's Connect/Upcoming}}", { title: ROOT });
    expect(html).toContain('data-lc-session="alpha"');
    expect(html).toContain('data-lc-start="2026-12-03T13:00:00Z"');
    expect(html).toContain('data-lc-start="2026-12-10T14:00:00Z"');
    expect(html).not.toContain('data-lc-session="bad-zone"');
  });

  it('a second sync with no change on the wiki makes zero edits', async () => {
    const result = await wiki.cli(['sync', '--only', 'upcoming', '--now', '2026-11-23T12:00:00Z']);
    expect(result.stdout).toContain('0 edit(s)');
  });

  it('leaves a page with broken markers alone and says why', async () => {
    await wiki.edit(UPCOMING, 'Hand-written list, markers deleted.');
    const result = await wiki.cli(['sync', '--only', 'upcoming', '--now', '2026-11-23T12:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`skipped [[${UPCOMING}]]: no <!-- letsconnect:begin upcoming -->`);
    expect(await wiki.read(UPCOMING)).toBe('Hand-written list, markers deleted.');
  });

  it('stops before writing when the shutoff page has text', async () => {
    await wiki.edit('User:LetsConnectBot/Shutoff', 'stop please');
    const result = await wiki.cli(['sync']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('shutoff page');
    await wiki.edit('User:LetsConnectBot/Shutoff', '');
  });
});
