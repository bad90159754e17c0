// Attendance on a real wiki: marks count only when the session's sharer or a liaison saved them;
// the Past sessions card says how many came; a mark changes nobody's place or words.
import { createUsers } from '../../scripts/local-wiki';
import { withAttendance } from '../../shared/registrations/attendance';
import { parseRoster } from '../../shared/registrations/roster';
import { rosterPageTitle } from '../../shared/model/titles';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

// The wiki renders with its own clock: the session ended two days ago, and the bot first saw
// it before it began (so that it is no past session a liaison has to confirm).
const DAY = 86400000;
const START = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
const BEFORE = new Date(Date.now() - 4 * DAY).toISOString().slice(0, 19) + 'Z';
const AFTER = new Date().toISOString().slice(0, 19) + 'Z';
const TITLE = `${ROOT}/Registrations/came`;
let wiki: TestWiki;

const line = (user: string) =>
	`{{Let's Connect/Registration|user=${user}|remind=yes}}`;
const take =
	(came: string[], missed: string[] = []) =>
	(text: string) =>
		withAttendance(text, { came, missed });
const sync = async (now: string) => {
	const run = await wiki.cli(['--now', now, 'sync']);
	expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
};
const rosterOf = async () =>
	parseRoster(
		await wiki.read(
			rosterPageTitle(wiki.info.bot.username.split('@')[0], TITLE),
		),
		TITLE,
	);

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(
		...(await createUsers(wiki.info, ['Sharer', 'Lia', 'Mallory'])),
	);
	await wiki.edit(`${ROOT}/Config`, "{{Let's Connect/Config|liaisons=Lia}}");
	// The programme names the sharer (an administrator's edit), so she may mark who came.
	await wiki.editAs(
		'Admin',
		`${ROOT}/Sessions/came`,
		() =>
			`{{Let's Connect/Session|id=came|title=Who came|start=${START} 10:00|sharers=Sharer|capacity=2}}`,
	);
	// Mallory names herself a sharer too: that makes her no judge of who came.
	await wiki.editAs('Mallory', `${ROOT}/Sessions/came`, (text) =>
		text.replace('sharers=Sharer', 'sharers=Sharer, Mallory'),
	);
	await sync(BEFORE);
	for (const user of ['Alice', 'Bruno', 'Chidi'])
		await wiki.editAs(user, TITLE, (text) => `${text}\n${line(user)}`);
	await sync(BEFORE);
	// After the session: the sharer marks Alice, Mallory marks Bruno, the liaison marks Chidi
	// and Erin, who came without signing up (and unmarks Bruno), Dalia adds herself as come.
	await wiki.editAs('Sharer', TITLE, take(['Alice']));
	await wiki.editAs('Mallory', TITLE, take(['Alice', 'Bruno']));
	await wiki.editAs('Lia', TITLE, take(['Alice', 'Bruno', 'Chidi', 'Erin']));
	await wiki.editAs('Lia', TITLE, take(['Alice', 'Chidi', 'Erin'], ['Bruno']));
	await wiki.editAs('Dalia', TITLE, take(['Alice', 'Chidi', 'Erin', 'Dalia']));
	await sync(AFTER);
}, 300000);
afterAll(async () => {
	await wiki?.stop();
});

it("counts the marks of the session's sharer and the liaisons, and nobody else's (not a sharer who named herself)", async () => {
	const roster = await rosterOf();
	expect(Object.keys(roster?.attended ?? {}).sort()).toEqual([
		'Alice',
		'Chidi',
		'Erin',
	]);
	expect(roster?.attended?.Alice.by).toBe('Sharer');
	expect(roster?.attended?.Chidi.by).toBe('Lia');
	const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
	expect(report).toMatch(/Mallory[^\n]*marked Bruno as having come/);
	expect(report).toMatch(/Dalia[^\n]*marked Dalia as having come/);
});

it('keeps places and lines as they were', async () => {
	const roster = await rosterOf();
	expect(
		roster?.entries.map((e) => [e.user, e.own.length, !!e.cancelled]),
	).toEqual([
		['Alice', 1, false],
		['Bruno', 1, false],
		['Chidi', 1, false],
	]);
	// Nothing put back: the marks are no change of anyone's line.
	expect(await wiki.read(TITLE)).toContain(
		"{{Let's Connect/Registration|user=Alice|remind=yes|attended=yes}}",
	);
});

it('shows on the Past sessions card how many came', async () => {
	const past = (await wiki.read(`${ROOT}/Past sessions`)) ?? '';
	expect(past).toMatch(/\|id=came\|[^\n]*\|came=3\}\}/);
	const html = (await wiki.bot.parseTitle(`${ROOT}/Past sessions`)).toString();
	expect(html).toContain('data-lc-came="3"');
	expect(html).toContain('3 people came');
});

it('offers the sheet to the sharer and the liaison on the registration page', async () => {
	const html = (await wiki.bot.parseTitle(TITLE)).toString();
	// Every sharer the page names and the liaisons (the wiki writes the `|` between them as
	// `&#124;`; a browser reads it back): a button is no authority, the bot counts only the marks
	// of the sharers the programme named and of the liaisons.
	expect(html).toMatch(
		/data-lc-markers="Sharer(\||&#124;)Mallory(\||&#124;)Lia"/,
	);
});

it('says in the places list who came as the bot verified it, not as a line now says', async () => {
	// A stranger marks Bruno again: his line says so, the list of places does not.
	await wiki.editAs('Mallory', TITLE, take(['Bruno']));
	await sync(AFTER);
	const html = (await wiki.bot.parseTitle(TITLE)).toString();
	const item = (user: string) =>
		new RegExp(`<li data-lc-user="${user}"[^]*?</li>`).exec(html)?.[0] ?? '';
	expect(item('Alice')).toContain('attended');
	expect(item('Chidi')).toContain('attended');
	expect(item('Bruno')).not.toBe('');
	expect(item('Bruno')).not.toContain('attended');
});
