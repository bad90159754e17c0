// `letsconnect install` and `letsconnect sync` against a real local MediaWiki.
import { startTestWiki, ROOT, type TestWiki } from '../helpers/test-wiki';
import { releaseOf } from '../../scripts/local-wiki';

const UPCOMING = "Template:Let's Connect/Upcoming";
let wiki: TestWiki;

beforeAll(async () => {
	wiki = await startTestWiki({ install: false });
});
afterAll(async () => {
	await wiki?.stop();
});

const session = (id: string, extra: string) =>
	`Some liaison prose.\n{{Let's Connect/Session\n| id = ${id}\n| title = Session ${id}\n${extra}\n}}`;

describe('install', () => {
	const asAdmin = () => ({
		env: {
			LETSCONNECT_USERNAME: wiki.info.admin.username,
			LETSCONNECT_PASSWORD: wiki.info.admin.password,
		},
	});
	const revisionOf = async (title: string) =>
		Number(
			(
				await wiki.bot.request({
					action: 'query',
					prop: 'revisions',
					titles: title,
					rvprop: 'ids',
				})
			).query?.pages?.[0]?.revisions?.[0]?.revid ?? 0,
		);

	it('as the bot writes templates and module, not the gadget, and says an interface administrator must', async () => {
		const first = await wiki.cli(['install']);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(
			/\d+ gadget pages differ from the repository; an interface administrator updates them: letsconnect install --interface-request/,
		);
		expect(await wiki.read("Module:Let's Connect")).toContain(
			'function p.card',
		);
		expect(await wiki.read('MediaWiki:Gadget-letsconnect.js')).toBeUndefined();
		expect(await wiki.read('MediaWiki:Gadgets-definition')).toBeUndefined();
	});

	it("--interface-request writes the edit request with each page's diff and base revision, and nothing on the wiki", async () => {
		// An interface administrator's own gadget line is already on the definition page.
		await wiki.admin.save(
			'MediaWiki:Gadgets-definition',
			'== tools ==\n* other[ResourceLoader]|other.js',
			'another gadget',
		);
		const base = await revisionOf('MediaWiki:Gadgets-definition');
		const result = await wiki.cli(['install', '--interface-request']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			"== Interface edit request: Let's Connect gadget, repository at",
		);
		expect(result.stdout).toContain(
			`=== [[MediaWiki:Gadgets-definition]] ===\nFrom revision ${base} ([[Special:PermanentLink/${base}]])`,
		);
		expect(result.stdout).toContain('+== lets-connect ==');
		expect(result.stdout).toContain(
			'=== [[MediaWiki:Gadget-letsconnect.js]] ===\nFrom a new page',
		);
		expect(result.stdout).toContain(
			"edit summary <code>Let's Connect install: repository at",
		);
		expect(await revisionOf('MediaWiki:Gadgets-definition')).toBe(base);
		expect(await wiki.read('MediaWiki:Gadget-letsconnect.js')).toBeUndefined();
	});

	it('--interface by an interface administrator puts the gadget in a section of its own; a second run makes zero edits', async () => {
		const first = await wiki.cli(
			['install', '--interface', '--bot-account', 'LetsConnectBot', '--json'],
			asAdmin(),
		);
		expect(first.code).toBe(0);
		expect(JSON.parse(first.stdout).edits).toBeGreaterThanOrEqual(8);
		// Reviewed with the code: whose cards may act, and whose rosters say who holds a place.
		expect(
			JSON.parse(
				(await wiki.read('MediaWiki:Gadget-letsconnect-roots.json')) ?? '',
			),
		).toEqual({ roots: [ROOT], bot: 'LetsConnectBot' });
		const definitions = (await wiki.read('MediaWiki:Gadgets-definition')) ?? '';
		expect(definitions).toMatch(
			/^== tools ==\n\* other\[ResourceLoader\]\|other\.js\n\n== lets-connect ==\n\* letsconnect/,
		);
		expect(definitions).not.toContain('requiresES6');
		if (releaseOf(wiki.info).version === '1.39') {
			// No categories= condition in 1.39's Gadgets: a small default-on loader, the gadget hidden.
			expect(definitions).toMatch(
				/^== lets-connect ==\n\* letsconnect-loader\[ResourceLoader\|default\|supportsUrlLoad/m,
			);
			expect(definitions).toMatch(
				/^\* letsconnect\[ResourceLoader\|hidden\|package\|supportsUrlLoad/m,
			);
		} else {
			// The gadget itself, default-on only on pages of the sessions category; no loader.
			expect(definitions).toMatch(
				/^\* letsconnect\[ResourceLoader\|default\|package\|supportsUrlLoad\|categories=Pages with Let's Connect sessions\|/m,
			);
			expect(definitions).not.toContain('letsconnect-loader');
		}
		// What the wiki made of the lines: our gadgets, in our section, loaded as the route says.
		const gadgets = (
			await wiki.bot.query({
				list: 'gadgets',
				gaprop: 'id|metadata',
				gacategories: 'lets-connect',
			})
		).query?.gadgets as {
			id: string;
			metadata: { settings: Record<string, unknown> };
		}[];
		expect(gadgets.map((g) => g.id).sort()).toEqual(
			releaseOf(wiki.info).version === '1.39'
				? [
						'letsconnect',
						'letsconnect-form',
						'letsconnect-i18n-ar',
						'letsconnect-i18n-es',
						'letsconnect-i18n-fr',
						'letsconnect-i18n-pt',
						'letsconnect-ics',
						'letsconnect-loader',
					]
				: [
						'letsconnect',
						'letsconnect-form',
						'letsconnect-i18n-ar',
						'letsconnect-i18n-es',
						'letsconnect-i18n-fr',
						'letsconnect-i18n-pt',
						'letsconnect-ics',
					],
		);
		expect(await wiki.read('MediaWiki:Gadget-letsconnect.js')).toMatch(
			/^\/\* <nowiki> \*\//,
		);
		const second = await wiki.cli(
			['install', '--interface', '--bot-account', 'LetsConnectBot'],
			asAdmin(),
		);
		expect(second.code).toBe(0);
		expect(second.stdout).toMatch(/^0 edits/);
		expect(
			(await wiki.cli(['install', '--interface-request'])).stdout,
		).toContain('nothing to request');
	});

	it('the bot account itself cannot write the gadget pages (it has no interface rights)', async () => {
		await wiki.admin.save(
			'MediaWiki:Gadget-letsconnect',
			'An older description',
			"Let's Connect install: repository at old",
		);
		// Without the bot's name the gadget could not read its rosters: a bad command line.
		const unnamed = await wiki.cli(['install', '--interface'], asAdmin());
		expect(unnamed.code).toBe(2);
		expect(unnamed.stderr).toContain('--bot-account');
		const result = await wiki.cli([
			'install',
			'--interface',
			'--bot-account',
			'LetsConnectBot',
		]);
		expect(result.stdout).toMatch(
			/FAILED \[\[MediaWiki:Gadget-letsconnect\]\]/,
		);
		expect(await wiki.read('MediaWiki:Gadget-letsconnect')).toBe(
			'An older description',
		);
		expect(
			(
				await wiki.cli(
					['install', '--interface', '--bot-account', 'LetsConnectBot'],
					asAdmin(),
				)
			).code,
		).toBe(0);
	});

	it('never overwrites a change made on the wiki since: it shows the three texts and writes nothing without --force', async () => {
		const title = "Template:Let's Connect/Card";
		const installed = (await wiki.read(title)) ?? '';
		await wiki.edit(
			title,
			`${installed}\n<!-- a template editor's improvement -->`,
		);
		const held = await wiki.cli(['install']);
		expect(held.code).toBe(1);
		expect(held.stdout).toContain(
			`skipped [[${title}]]: changed on the wiki since install wrote revision`,
		);
		expect(held.stderr).toContain(
			`On-wiki change to [[${title}]] since install last wrote it:`,
		);
		expect(held.stderr).toContain("+<!-- a template editor's improvement -->");
		expect(held.stderr).toContain(
			'What the repository would write there instead:',
		);
		expect(await wiki.read(title)).toContain("a template editor's improvement");

		const forced = await wiki.cli([
			'install',
			'--force',
			'merged into the repository',
		]);
		expect(forced.code).toBe(0);
		expect(await wiki.read(title)).toBe(installed);
		const last = (
			await wiki.bot.request({
				action: 'query',
				prop: 'revisions',
				titles: title,
				rvprop: 'comment',
			})
		).query?.pages?.[0]?.revisions?.[0]?.comment;
		expect(last).toMatch(
			/^Let's Connect install: repository at .* \(forced: merged into the repository\)$/,
		);
	});

	it("a summary anyone can type proves nothing: a template editor's change saved with the install summary is still held", async () => {
		const title = "Template:Let's Connect/Month";
		const installed = (await wiki.read(title)) ?? '';
		await wiki.admin.save(
			title,
			`${installed}\n<!-- improved -->`,
			"Let's Connect install: repository at forged",
		);
		const held = await wiki.cli(['install']);
		expect(held.code).toBe(1);
		expect(held.stdout).toContain(`skipped [[${title}]]: changed on the wiki`);
		// The change brought into the repository (here: the wiki made the same as the repository): ours again.
		await wiki.admin.save(title, installed, 'merged upstream');
		expect((await wiki.cli(['install'])).code).toBe(0);
		const memory = JSON.parse(
			(await wiki.read('User:LetsConnectBot/Installed.json')) ?? '{}',
		) as { pages: Record<string, { owned: string }> };
		expect(Object.keys(memory.pages)).toContain(title);
	});

	it("takes the bot's own region updates for its own, not for an on-wiki change", async () => {
		const title = "Template:Let's Connect/Upcoming";
		const installed = (await wiki.read(title)) ?? '';
		// As an older release (before install had a memory) would have written it, then the sync filling its region.
		const memoryPage = 'User:LetsConnectBot/Installed.json';
		const memory = JSON.parse((await wiki.read(memoryPage)) ?? '{}') as {
			pages: Record<string, unknown>;
		};
		delete memory.pages[title];
		await wiki.bot.save(
			memoryPage,
			JSON.stringify(memory),
			'test: as before the memory',
		);
		await wiki.bot.save(
			title,
			installed.replace(
				'<!-- letsconnect:begin upcoming -->',
				'Older frame.\n<!-- letsconnect:begin upcoming -->',
			),
			"Let's Connect install: repository at old",
		);
		await wiki.bot.save(
			title,
			((await wiki.read(title)) ?? '').replace(
				'<!-- letsconnect:end upcoming -->',
				'cards\n<!-- letsconnect:end upcoming -->',
			),
			"Let's Connect sync",
		);
		const result = await wiki.cli(['install']);
		expect(result.code).toBe(0);
		const now = (await wiki.read(title)) ?? '';
		expect(now).not.toContain('Older frame.');
		expect(now).toContain('cards\n<!-- letsconnect:end upcoming -->');
	});

	it('--dry-run prints a diff and writes nothing', async () => {
		await wiki.edit("Template:Let's Connect/Card", 'changed by hand');
		const result = await wiki.cli(['install', '--dry-run', '--force', 'test']);
		expect(result.stdout).toContain("+++ Template:Let's Connect/Card");
		expect(result.stdout).toContain('-changed by hand');
		expect(await wiki.read("Template:Let's Connect/Card")).toBe(
			'changed by hand',
		);
		expect((await wiki.cli(['install', '--force', 'test'])).code).toBe(0);
	});
});

describe('credentials', () => {
	it('a failed login says so without printing the password', async () => {
		const secret = 'not-the-password-4f9c2a7e1b3d5c6e';
		const result = await wiki.cli(['sync'], {
			env: { LETSCONNECT_PASSWORD: secret },
			process: true,
		});
		const output = result.stdout + result.stderr;
		expect(output).toContain(
			`Could not log in to ${wiki.info.apiUrl} as ${wiki.info.bot.username}`,
		);
		expect(output).not.toContain(secret);
	});
});

describe('sync', () => {
	beforeAll(async () => {
		await wiki.edit(
			`${ROOT}/Sessions/alpha`,
			session(
				'alpha',
				'| start = 2026-12-03 14:00\n| timezone = Europe/Madrid\n| capacity = 10',
			),
		);
		await wiki.edit(
			`${ROOT}/Sessions/beta`,
			session(
				'beta',
				'| type = connectathon\n| start = 2026-12-10 09:00\n| timezone = America/Lima',
			),
		);
		await wiki.edit(
			`${ROOT}/Sessions/bad-zone`,
			session(
				'bad-zone',
				'| start = 2026-12-05 10:00\n| timezone = Mars/Olympus',
			),
		);
		await wiki.edit(
			`${ROOT}/Sessions/no-id`,
			"{{Let's Connect/Session|title=Forgot the id|start=2026-12-06 10:00}}",
		);
		await wiki.edit(
			`${ROOT}/Sessions/old`,
			session('old', '| start = 2026-01-10 09:00'),
		);
		// The bot saw it while it was ahead (its registration page): a session that ended, not a year typed wrong.
		await wiki.edit(`${ROOT}/Registrations/old`, 'Registrations.');
		await wiki.edit(
			`${ROOT}/Registrations/alpha`,
			"{{Let's Connect/Registration|user=Alice|status=registered}}\n# [[User:Bruno|Bruno]] 10:00, 1 November 2026 (UTC)",
		);
	});

	it('publishes the upcoming sessions in order, skips malformed ones and names their pages', async () => {
		const result = await wiki.cli([
			'sync',
			'--only',
			'upcoming',
			'--now',
			'2026-11-23T12:00:00Z',
		]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('1 edit,');
		expect(result.stdout).toContain(
			'3 sessions published, 3 problems reported',
		);
		expect(result.stderr).toContain('session-registration-open-past');
		expect(result.stderr).toContain(`${ROOT}/Sessions/bad-zone`);
		expect(result.stderr).toContain('Unknown time zone "Mars/Olympus"');
		expect(result.stderr).toContain(`${ROOT}/Sessions/no-id`);
		expect(result.stderr).toContain('session-missing-id');

		const upcoming = (await wiki.read(UPCOMING)) ?? '';
		const ids = [...upcoming.matchAll(/\|id=([a-z-]+)/g)].map((m) => m[1]);
		expect(ids).toEqual(['alpha', 'beta']);
		expect(upcoming).toContain('|registered=2|');
	});

	it('renders the cards with UTC starts that the gadget reads', async () => {
		const html = await wiki.bot.parseWikitext("{{Let's Connect/Upcoming}}", {
			title: ROOT,
		});
		expect(html).toContain('data-lc-session="alpha"');
		expect(html).toContain('data-lc-start="2026-12-03T13:00:00Z"');
		expect(html).toContain('data-lc-start="2026-12-10T14:00:00Z"');
		expect(html).not.toContain('data-lc-session="bad-zone"');
	});

	it('a second sync with no change on the wiki makes zero edits', async () => {
		const result = await wiki.cli([
			'sync',
			'--only',
			'upcoming',
			'--now',
			'2026-11-23T12:00:00Z',
		]);
		expect(result.stdout).toContain('0 edits');
	});

	it('leaves a page with broken markers alone and says why', async () => {
		await wiki.edit(UPCOMING, 'Hand-written list, markers deleted.');
		const result = await wiki.cli([
			'sync',
			'--only',
			'upcoming',
			'--now',
			'2026-11-23T12:00:00Z',
		]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			`skipped [[${UPCOMING}]]: no <!-- letsconnect:begin upcoming -->`,
		);
		expect(await wiki.read(UPCOMING)).toBe(
			'Hand-written list, markers deleted.',
		);
	});

	it('stops before writing when the shutoff page has text', async () => {
		await wiki.edit('User:LetsConnectBot/Shutoff', 'stop please');
		const result = await wiki.cli(['sync']);
		expect(result.code).toBe(3);
		expect(result.stderr).toContain('shutoff page');
		// The result says it too, on standard output: what was written before the stop (nothing).
		expect(result.stdout).toContain('Before it stopped, the run wrote 0 pages');
		const json = await wiki.cli(['sync', '--json']);
		expect(json.code).toBe(3);
		expect(JSON.parse(json.stdout)).toEqual(
			expect.objectContaining({
				stopped: expect.stringContaining('shutoff page'),
				edits: 0,
			}),
		);
		await wiki.edit('User:LetsConnectBot/Shutoff', '');
	});
});
