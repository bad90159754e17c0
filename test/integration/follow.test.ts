// News for followers on a real wiki: a follower of a topic is told once of a new session that
// matches, in one message for several, never again, never after unfollowing, never when someone
// else typed the follow on their profile, never past the opt-out category.
import { createUsers } from '../../scripts/local-wiki';
import { followMarker } from '../../shared/talk/follow';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2027-01-05T10:00:00Z';
let wiki: TestWiki;

const profile = (user: string, follows: string) =>
	`{{Let's Connect/Participant|user=${user}|languages=es${follows}}}`;
const session = (id: string, extra: string) =>
	`{{Let's Connect/Session|id=${id}|title=Session ${id}|start=2027-01-20 14:00|timezone=Europe/Madrid${extra}}}`;
const talk = async (user: string) =>
	(await wiki.read(`User talk:${user}`)) ?? '';
const count = (text: string, marker: string) => text.split(marker).length - 1;
const sync = async () => {
	const run = await wiki.cli(['--now', NOW, 'sync']);
	expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
	return run;
};

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, ['Erin', 'Mallory'])));
	const page = (user: string) => `${ROOT}/Participants/${user}`;
	// Alice follows a topic, Bruno a language (spoken or interpreted): each on their own profile.
	await wiki.editAs('Alice', page('Alice'), () =>
		profile('Alice', '|follow-topics=Wikidata'),
	);
	await wiki.editAs('Bruno', page('Bruno'), () =>
		profile('Bruno', '|follow-languages=ar'),
	);
	// Chidi's profile is his, but someone else made him follow the topic.
	await wiki.editAs('Chidi', page('Chidi'), () => profile('Chidi', ''));
	await wiki.editAs('Mallory', page('Chidi'), () =>
		profile('Chidi', '|follow-topics=Wikidata'),
	);
	// Dalia follows the topic too: the one to be told of the later session.
	await wiki.editAs('Dalia', page('Dalia'), () =>
		profile('Dalia', '|follow-topics=Wikidata'),
	);
	// Erin follows the topic but opted out of message delivery.
	await wiki.editAs('Erin', page('Erin'), () =>
		profile('Erin', '|follow-topics=wikidata'),
	);
	await wiki.edit(
		'User talk:Erin',
		'No mass messages, please. [[Category:Opted-out of message delivery]]',
	);
	await wiki.edit(
		`${ROOT}/Sessions/wd`,
		session('wd', '|topic=Wikidata|interpretation=ar'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/grants`,
		session('grants', '|topic=Grants|language=ar'),
	);
	await wiki.edit(`${ROOT}/Sessions/other`, session('other', '|topic=Grants'));
	// Anyone may add a session: one no liaison has looked at is no news yet.
	await wiki.editAs('Mallory', `${ROOT}/Sessions/unvouched`, () =>
		session('unvouched', '|topic=Wikidata'),
	);
}, 300000);
afterAll(async () => {
	await wiki?.stop();
});

it('tells each follower once of the sessions that match, several in one message', async () => {
	await sync();
	const alice = await talk('Alice');
	expect(count(alice, followMarker({ id: 'wd' }))).toBe(1);
	expect(alice).not.toContain(followMarker({ id: 'grants' }));
	// In Spanish, the first language her profile lists.
	expect(alice).toContain("Nueva sesión de Let's Connect: Session wd");
	expect(alice).toContain('UTC');
	// Bruno follows Arabic: the session in Arabic and the one interpreted into it, in one message.
	const bruno = await talk('Bruno');
	expect(count(bruno, followMarker({ id: 'wd' }))).toBe(1);
	expect(count(bruno, followMarker({ id: 'grants' }))).toBe(1);
	expect(count(bruno, '== ')).toBe(1);
	expect(bruno).not.toContain(followMarker({ id: 'other' }));
});

it('leaves nothing for a follow someone else typed, nor past the opt-out category, and says so', async () => {
	expect(await talk('Chidi')).toBe('');
	expect(await talk('Erin')).not.toContain('letsconnect:follow');
	const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
	const section = report.slice(report.indexOf('== News for followers =='));
	expect(section).toContain('Chidi');
	expect(section).toMatch(/someone other than its owner wrote that/);
	expect(section).toMatch(/Erin/);
	expect(section).toMatch(/opted out/);
});

it('tells nobody of a session no liaison has left as it is, until one does', async () => {
	expect(await talk('Alice')).not.toContain(followMarker({ id: 'unvouched' }));
	const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
	expect(report.slice(report.indexOf('== News for followers =='))).toMatch(
		/Sessions\/unvouched[^\n]*not told of it: no liaison's or administrator's edit/,
	);
	// An administrator's edit of the page (a note beside the session) vouches for it.
	await wiki.edit(
		`${ROOT}/Sessions/unvouched`,
		`${session('unvouched', '|topic=Wikidata')}\nChecked.`,
	);
	await sync();
	expect(count(await talk('Alice'), followMarker({ id: 'unvouched' }))).toBe(1);
});

it('never sends a message again that someone took off their talk page', async () => {
	await wiki.editAs('Bruno', 'User talk:Bruno', () => 'Archived.');
	await sync();
	expect(await talk('Bruno')).toBe('Archived.');
});

it('tells nobody twice, and nothing after unfollowing', async () => {
	const before = await talk('Alice');
	await sync();
	expect(await talk('Alice')).toBe(before);
	// Alice stops following; a new session on her old topic is published.
	await wiki.editAs('Alice', `${ROOT}/Participants/Alice`, () =>
		profile('Alice', ''),
	);
	await wiki.edit(`${ROOT}/Sessions/wd2`, session('wd2', '|topic=Wikidata'));
	await sync();
	expect(await talk('Alice')).toBe(before);
	// Published and told to whoever still follows it: Dalia, in a message of its own.
	const dalia = await talk('Dalia');
	expect(count(dalia, followMarker({ id: 'wd2' }))).toBe(1);
	expect(count(dalia, followMarker({ id: 'wd' }))).toBe(1);
	// wd, then the session a liaison vouched for later, then wd2: a message each.
	expect(count(dalia, '== ')).toBe(3);
});
