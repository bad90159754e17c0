// A sharer takes attendance in the browser: on the registration page of a session that has ended,
// "Take attendance" lists who signed up; she ticks who came and adds someone not on the list. A
// registrant who is not a sharer sees no button. The bot then counts her marks.
import { mkdirSync } from 'node:fs';
import { createUsers } from '../../scripts/local-wiki';
import { parseRoster } from '../../shared/registrations/roster';
import { rosterPageTitle } from '../../shared/model/titles';
import {
	launchBrowser,
	logIn,
	pageUrl,
	type Browser,
} from '../helpers/browser';
import {
	ROOT,
	startTestWiki,
	testedRelease,
	type TestWiki,
} from '../helpers/test-wiki';

const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.43'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;
const DAY = 86400000;
const START = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
const BEFORE = `${new Date(Date.now() - 4 * DAY).toISOString().slice(0, 19)}Z`;
const TITLE = `${ROOT}/Registrations/came`;
let wiki: TestWiki;
let browser: Browser;

const line = (user: string) =>
	`{{Let's Connect/Registration|user=${user}|remind=yes}}`;

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, ['Sharer'])));
	// The programme names the sharer (an administrator's edit): she may take attendance.
	await wiki.editAs(
		'Admin',
		`${ROOT}/Sessions/came`,
		() =>
			`{{Let's Connect/Session|id=came|title=Who came|start=${START} 10:00|sharers=Sharer}}`,
	);
	expect((await wiki.cli(['--now', BEFORE, 'sync'])).code).toBe(0);
	for (const user of ['Alice', 'Bruno', 'Chidi'])
		await wiki.editAs(user, TITLE, (text) => `${text}\n${line(user)}`);
	expect((await wiki.cli(['sync'])).code).toBe(0);
	browser = await launchBrowser();
	mkdirSync(SHOTS, { recursive: true });
}, 300000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function registrationPage(user: string) {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1000, height: 900 });
	await logIn(
		page,
		wiki.info,
		wiki.info.users.find((u) => u.username === user)!,
	);
	await page.goto(pageUrl(wiki.info, TITLE));
	await page.waitForSelector('.lc-ready', { state: 'attached' });
	return page;
}

it('offers no sheet to a registrant who is not a sharer', async () => {
	const page = await registrationPage('Bruno');
	await page.locator('[data-lc-attendance]').waitFor();
	expect(
		await page.getByRole('button', { name: 'Take attendance' }).count(),
	).toBe(0);
	await page.close();
});

it('lets the sharer mark who came, and someone not on the list, and the bot counts her marks', async () => {
	const page = await registrationPage('Sharer');
	await page.getByRole('button', { name: 'Take attendance' }).click();
	const dialog = page.getByRole('dialog', { name: 'Who came?' });
	const alice = dialog.getByRole('checkbox', { name: 'Alice' });
	await alice.waitFor();
	expect(
		await dialog
			.getByRole('checkbox')
			.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
	).toEqual(['Alice', 'Bruno', 'Chidi']);
	await alice.check();
	await dialog.getByRole('checkbox', { name: 'Chidi' }).check();
	const others = dialog.getByLabel(
		'Someone not on the list (user names, separated by commas)',
	);
	// A name MediaWiki cannot have is refused, and nothing is saved.
	await others.fill('Dalia, Bad|Name');
	await dialog.getByRole('button', { name: 'Save attendance' }).click();
	await dialog.getByText('“Bad|Name” is not a user name.').waitFor();
	await others.fill('Dalia');
	await dialog.getByRole('button', { name: 'Save attendance' }).click();
	await dialog.getByText('Attendance saved: 3 people came.').waitFor();
	await dialog.screenshot({ path: `${SHOTS}/attendance.png` });
	await page.close();
	const text = (await wiki.read(TITLE)) ?? '';
	expect(text).toContain(`${line('Alice').slice(0, -2)}|attended=yes}}`);
	expect(text).toContain(`${line('Chidi').slice(0, -2)}|attended=yes}}`);
	expect(text).toContain(line('Bruno'));
	expect(text).toContain(
		"{{Let's Connect/Registration|user=Dalia|attended=yes}}",
	);
	expect((await wiki.cli(['sync'])).code).toBe(0);
	const roster = parseRoster(
		await wiki.read(
			rosterPageTitle(wiki.info.bot.username.split('@')[0], TITLE),
		),
		TITLE,
	);
	expect(Object.keys(roster?.attended ?? {}).sort()).toEqual([
		'Alice',
		'Chidi',
		'Dalia',
	]);
	expect(roster?.entries.map((e) => e.user)).toEqual([
		'Alice',
		'Bruno',
		'Chidi',
	]);
});

it('opens the sheet again with the marks saved', async () => {
	const page = await registrationPage('Sharer');
	await page.getByRole('button', { name: 'Take attendance' }).click();
	const dialog = page.getByRole('dialog', { name: 'Who came?' });
	await dialog.getByRole('checkbox', { name: 'Dalia' }).waitFor();
	const ticked = await dialog
		.getByRole('checkbox')
		.evaluateAll((boxes) =>
			boxes.map((b) => [
				(b as HTMLInputElement).value,
				(b as HTMLInputElement).checked,
			]),
		);
	expect(ticked).toEqual([
		['Alice', true],
		['Bruno', false],
		['Chidi', true],
		['Dalia', true],
	]);
	await page.close();
});

it('fits a phone in Arabic: the header, the button and the sheet, right to left', async () => {
	const phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
	try {
		const page = await phone.context.newPage();
		await logIn(
			page,
			wiki.info,
			wiki.info.users.find((u) => u.username === 'Sharer')!,
		);
		await page.goto(`${pageUrl(wiki.info, TITLE)}&useskin=minerva&uselang=ar`);
		await page.waitForSelector('.lc-ready', { state: 'attached' });
		const take = page.getByRole('button', { name: 'تسجيل الحضور' });
		await take.waitFor();
		// What of ours reaches past the screen's edges (Minerva 1.39 keeps its own closed menu there).
		const outside = (selector: string) =>
			page.locator(`${selector}, ${selector} *`).evaluateAll((nodes) =>
				nodes
					.map((n) => n.getBoundingClientRect())
					.filter((r) => r.left < -0.5 || r.right > window.innerWidth + 0.5)
					.map((r) => `${r.left}-${r.right}`),
			);
		expect(await outside('.lc-registrations-header')).toEqual([]);
		await page
			.locator('.lc-registrations-header')
			.screenshot({ path: `${SHOTS}/attendance-header-phone-ar.png` });
		await take.click();
		const dialog = page.getByRole('dialog', { name: 'من حضر؟' });
		await dialog.getByRole('checkbox', { name: 'Alice' }).waitFor();
		expect(await dialog.getAttribute('dir')).toBe('rtl');
		expect(await outside('dialog.lc-dialog')).toEqual([]);
		await page.screenshot({ path: `${SHOTS}/attendance-phone-ar.png` });
		await page.close();
	} finally {
		await phone.close();
	}
});
