// The gadget shows each reader the place verified actions give, in Chromium on the real wiki: after
// the bot's run, someone moves her line to the top and someone else deletes another's line; the
// cards follow the bot's roster (read beside the page, with no history request), not the page.
import { createUsers } from '../../scripts/local-wiki';
import {
	launchBrowser,
	logIn,
	pageUrl,
	waitForGadget,
	type Browser,
} from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
let browser: Browser;
const reg = (user: string) => `{{Let's Connect/Registration|user=${user}}}`;
const append = (line: string) => (current: string) => `${current}\n${line}`;
const account = (name: string) =>
	wiki.info.users.find((u) => u.username === name)!;

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, ['Mallory'])));
	const start = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
	await wiki.edit(
		`${ROOT}/Sessions/jump`,
		`{{Let's Connect/Session|id=jump|title=Jump clinic|start=${start} 10:00|capacity=2}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/gone`,
		`{{Let's Connect/Session|id=gone|title=Gone clinic|start=${start} 14:00|capacity=1}}`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	for (const user of ['Alice', 'Bruno', 'Chidi', 'Dalia'])
		await wiki.editAs(user, `${ROOT}/Registrations/jump`, append(reg(user)));
	for (const user of ['Alice', 'Bruno'])
		await wiki.editAs(user, `${ROOT}/Registrations/gone`, append(reg(user)));
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	// After the bot's run: Dalia moves her line to the top; Mallory deletes Alice's line.
	await wiki.editAs('Dalia', `${ROOT}/Registrations/jump`, (text) =>
		text
			.replace(`\n${reg('Dalia')}`, '')
			.replace(reg('Alice'), `${reg('Dalia')}\n${reg('Alice')}`),
	);
	await wiki.editAs('Mallory', `${ROOT}/Registrations/gone`, (text) =>
		text.replace(`\n${reg('Alice')}`, ''),
	);
	browser = await launchBrowser({ timezoneId: 'Europe/Madrid' });
}, 180000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function cardFor(
	user: string,
	id: string,
): Promise<{ state: string; text: string; historyReads: number }> {
	const page = await browser.context.newPage();
	await logIn(page, wiki.info, account(user));
	let historyReads = 0;
	page.on('request', (request) => {
		if (/rvlimit|rvdir|rvstartid/.test(request.url())) historyReads += 1;
	});
	await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/${id}`));
	await waitForGadget(page);
	const card = page.locator(`[data-lc-session="${id}"] .lc-signup`);
	const result = {
		state: (await card.getAttribute('data-lc-state')) ?? '',
		text: (await card.locator('.lc-signup-state').textContent()) ?? '',
		historyReads,
	};
	await page.close();
	return result;
}

it('a line moved to the top moves nobody up: Dalia still waits behind Chidi', async () => {
	expect(await wiki.read(`${ROOT}/Registrations/jump`)).toMatch(
		/user=Dalia[^]*user=Alice/,
	);
	const dalia = await cardFor('Dalia', 'jump');
	expect([dalia.state, dalia.text]).toEqual([
		'waitlisted',
		expect.stringContaining('You are on the waitlist (position 2)'),
	]);
	expect(dalia.historyReads).toBe(0);
	expect((await cardFor('Bruno', 'jump')).state).toBe('registered');
});

it('a line another editor deleted keeps its place: Alice is still registered, Bruno still waits', async () => {
	expect(await wiki.read(`${ROOT}/Registrations/gone`)).not.toContain(
		'user=Alice',
	);
	expect((await cardFor('Alice', 'gone')).state).toBe('registered');
	expect((await cardFor('Bruno', 'gone')).text).toContain(
		'You are on the waitlist (position 1)',
	);
});

it('Alice can still cancel the place whose line was deleted; with Bruno waiting, she is asked first', async () => {
	const page = await browser.context.newPage();
	await logIn(page, wiki.info, account('Alice'));
	await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/gone`));
	await waitForGadget(page);
	const card = page.locator('[data-lc-session="gone"]');
	const before = await wiki.read(`${ROOT}/Registrations/gone`);
	// Giving a place away is deliberate: the dialog says who gets it, and keeping it writes nothing.
	await card.getByRole('button', { name: 'Cancel my registration' }).click();
	const dialog = page.locator('dialog.lc-confirm');
	expect(await dialog.textContent()).toContain(
		'The first person on the waitlist gets it at once',
	);
	await dialog.getByRole('button', { name: 'Keep my place' }).click();
	await card.getByRole('button', { name: 'Cancel my registration' }).waitFor();
	expect(await wiki.read(`${ROOT}/Registrations/gone`)).toBe(before);
	await card.getByRole('button', { name: 'Cancel my registration' }).click();
	await dialog.getByRole('button', { name: 'Give up my place' }).click();
	await card.getByRole('button', { name: 'Join the waitlist' }).waitFor();
	// Her line says when she cancelled: the registration page shows that date, not her sign-up's.
	expect(await wiki.read(`${ROOT}/Registrations/gone`)).toMatch(
		/\{\{Let's Connect\/Registration\|user=Alice\|status=cancelled\|cancelled=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\}\}/,
	);
	await page.close();
	// Her own cancellation counts: Bruno moves up at the next run, and is told.
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	expect(await wiki.read('User talk:Bruno')).toMatch(
		/<!-- letsconnect:promoted gone \d+ -->/,
	);
});
