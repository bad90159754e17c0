// `letsconnect remind` on a real wiki: who is reminded, {{nobots}}, remind=no, and no reminder
// twice after a run that was killed halfway.
import { silentLog } from '../../bot/wiki/log';
import {
	PageWriter,
	type PageTransform,
	type WriteOptions,
	type WriteOutcome,
} from '../../bot/wiki/page-writer';
import { botIdentity } from '../../bot/wiki/client';
import { remind } from '../../bot/remind/remind';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { createUsers } from '../../scripts/local-wiki';

const NOW = '2026-12-02T15:00:00Z';
const MARKER = '<!-- letsconnect:reminder soon -->';
let wiki: TestWiki;

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, ['Gina'])));
	await wiki.edit(
		`${ROOT}/Sessions/soon`,
		"{{Let's Connect/Session|id=soon|title=Soon|start=2026-12-03 14:00|timezone=Europe/Madrid|sharers=Alice|meeting=https://meet.example.org/x|capacity=5}}",
	);
	await wiki.edit(
		`${ROOT}/Sessions/later`,
		"{{Let's Connect/Session|id=later|title=Later|start=2026-12-20 14:00}}",
	);
	// Each person adds their own line, as the gadget does; Frank's and Eve's lines are typed by someone else.
	const title = `${ROOT}/Registrations/soon`;
	const add = (line: string) => (current: string) =>
		current ? `${current}\n${line}` : line;
	// A reminder is asked for (remind=yes), never assumed: Gina's line without it gets none.
	await wiki.editAs(
		'Bruno',
		title,
		add("{{Let's Connect/Registration|user=Bruno|remind=yes}}"),
	);
	await wiki.editAs(
		'Chidi',
		title,
		add("{{Let's Connect/Registration|user=Chidi|remind=yes}}"),
	);
	await wiki.editAs(
		'Dalia',
		title,
		add("{{Let's Connect/Registration|user=Dalia|remind=yes}}"),
	);
	await wiki.editAs(
		'Admin',
		title,
		add("{{Let's Connect/Registration|user=Admin|remind=yes}}"),
	);
	await wiki.editAs(
		'Gina',
		title,
		add("{{Let's Connect/Registration|user=Frank|remind=yes}}"),
	);
	await wiki.editAs(
		'Gina',
		title,
		add("{{Let's Connect/Registration|user=Gina}}"),
	);
	// Seventh of five places: on the waitlist by the order of the lines.
	await wiki.editAs(
		'Admin',
		title,
		add("{{Let's Connect/Registration|user=Eve|remind=yes}}"),
	);
	await wiki.edit(
		`${ROOT}/Registrations/later`,
		"{{Let's Connect/Registration|user=Bruno|status=registered|remind=yes}}",
	);
	await wiki.edit('User talk:Dalia', 'Please no bot messages here. {{nobots}}');
	// Chidi opted out of message delivery as on Meta: MassMessage's category, through a template.
	await wiki.edit(
		'Template:Opt-out',
		'<includeonly>[[Category:Opted-out of message delivery]]</includeonly>',
	);
	await wiki.edit('User talk:Chidi', 'Hello. {{Opt-out}}');
});
afterAll(async () => {
	await wiki?.stop();
});

/** A writer that dies after a number of writes, like a job killed halfway. */
class DyingWriter extends PageWriter {
	private left: number;

	public constructor(writes: number) {
		super(wiki.bot, {
			dryRun: false,
			pauseMs: 0,
			shutoffPage: 'User:LetsConnectBot/Shutoff',
			log: silentLog,
			assert: 'bot',
			identity: botIdentity('LetsConnectBot'),
		});
		this.left = writes;
	}

	public override async write(
		title: string,
		transform: PageTransform,
		summary: string,
		options?: WriteOptions,
	): Promise<WriteOutcome> {
		if (this.left-- <= 0) throw new Error('killed');
		return super.write(title, transform, summary, options);
	}
}

const count = (text: string | undefined) =>
	(text ?? '').split(MARKER).length - 1;

it('a run killed halfway and run again reminds everyone once', async () => {
	await wiki.settle();
	await expect(
		remind(
			wiki.bot,
			new DyingWriter(3),
			{ root: ROOT, now: new Date(NOW), mode: 'test' },
			silentLog,
		),
	).rejects.toThrow('killed');
	const reminded = await Promise.all(
		['Bruno', 'Admin', 'Alice'].map((u) => wiki.read(`User talk:${u}`)),
	);
	expect(reminded.filter((t) => count(t) === 1)).toHaveLength(2);

	const result = await wiki.cli(['remind', '--now', NOW]);
	expect(result.code).toBe(0);
	for (const user of ['Bruno', 'Admin', 'Alice']) {
		expect(count(await wiki.read(`User talk:${user}`))).toBe(1);
	}
	const again = await wiki.cli(['remind', '--now', NOW]);
	expect(again.stdout).toMatch(/^0 edits/);
});

it('reminds sharers, and skips lines without remind=yes, the waitlist, {{nobots}}, the opt-out category and sessions further away', async () => {
	expect(await wiki.read('User talk:Alice')).toContain('sharing your skills');
	expect(await wiki.read('User talk:Bruno')).toContain(
		'https://meet.example.org/x',
	);
	expect(await wiki.read('User talk:Chidi')).toBe('Hello. {{Opt-out}}');
	expect(await wiki.read(`${ROOT}/Bot report`)).toMatch(
		/opted out of message delivery \(their talk page is in the opt-out category\), so the bot did not send a reminder to: Chidi\./,
	);
	expect(await wiki.read('User talk:Gina')).toBeUndefined();
	expect(await wiki.read('User talk:Eve')).toBeUndefined();
	// Frank's line was typed by someone else: it holds no place and asks for nothing (the sync's
	// report names the edit, places.test.ts).
	expect(await wiki.read('User talk:Frank')).toBeUndefined();
	expect(await wiki.read('User talk:Dalia')).toBe(
		'Please no bot messages here. {{nobots}}',
	);
	expect(await wiki.read('User talk:Bruno')).not.toContain(
		'letsconnect:reminder later',
	);
});
