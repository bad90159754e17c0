// For every page of the fixture corpus: the wiki renders (with the Lua module and #time's
// conversions) exactly the sessions the codec accepts, with the same values in data-lc-*.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	readSessionParams,
	readSessionsFromPage,
	sessionCalls,
} from '../../shared/sessions/read-sessions';
import { paramsOf } from '../../shared/wikitext/template-parser';
import { parseRegistrations } from '../../shared/registrations/registration-page';
import { elementsWith } from '../helpers/rendered-html';
import {
	LEFT_OUT_CODES,
	cardOfElement,
	cardOfSession,
} from '../helpers/card-values';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const FIXTURES = join(__dirname, '../fixtures');
const pages = readdirSync(join(FIXTURES, 'pages'))
	.filter((f) => f.endsWith('.wikitext'))
	.sort();
const registrationPages = readdirSync(join(FIXTURES, 'registrations'))
	.filter((f) => f.endsWith('.wikitext'))
	.sort();
let wiki: TestWiki;

beforeAll(async () => {
	wiki = await startTestWiki();
});
afterAll(async () => {
	await wiki?.stop();
});

async function render(title: string, text: string): Promise<string> {
	await wiki.edit(title, text);
	const response = await wiki.bot.request({
		action: 'parse',
		page: title,
		prop: 'text',
		uselang: 'en',
		disablelimitreport: true,
	});
	return response.parse.text as string;
}

// That the corpus covers every parameter and problem of the contract: test/unit/fixture-corpus.test.ts.

describe.each(pages)('session page %s', (file) => {
	it('renders the sessions the codec reads, with the same values', async () => {
		const title = `${ROOT}/Sessions/${file.replace(/\.wikitext$/, '')}`;
		const text = readFileSync(join(FIXTURES, 'pages', file), 'utf8').replace(
			/\s+$/,
			'',
		);
		const html = await render(title, text);
		const { sessions, problems } = readSessionsFromPage(title, text);
		const cards = elementsWith(html, 'data-lc-session');
		expect(cards.map((c) => c['data-lc-session'])).toEqual(
			sessions.map((s) => s.id),
		);
		sessions.forEach((session, i) => {
			expect(cardOfElement(cards[i])).toEqual(cardOfSession(session));
		});
		// What the codec leaves out of a session (a wrong optional value, an unknown parameter) is
		// what the module's box on the session page names, session by session.
		for (const session of sessions) {
			const box =
				new RegExp(
					`data-lc-leftout="${session.id}"[^>]*>([\\s\\S]*?)</ul>`,
				).exec(html)?.[1] ?? '';
			const shown = [...box.matchAll(/data-lc-param="([^"]*)"/g)]
				.map((m) => m[1])
				.sort();
			const read = [
				...new Set(
					problems
						.filter(
							(p) => p.sessionId === session.id && LEFT_OUT_CODES.has(p.code),
						)
						.map((p) => p.param ?? ''),
				),
			].sort();
			expect([session.id, shown]).toEqual([session.id, read]);
		}
		// Every session the codec refuses shows as an error box on the wiki too.
		const refused = sessionCalls(text)
			.filter(
				(call) => readSessionParams(paramsOf(call), title, []) === undefined,
			)
			.map((call) => (paramsOf(call).id ?? '').trim());
		expect(
			elementsWith(html, 'data-lc-invalid').map((e) => e['data-lc-invalid']),
		).toEqual(refused);
	});
});

describe.each(registrationPages)('registration page %s', (file) => {
	it('renders the registration lines the codec reads', async () => {
		const title = `${ROOT}/Registrations/${file.replace(/\.wikitext$/, '')}`;
		const text = readFileSync(
			join(FIXTURES, 'registrations', file),
			'utf8',
		).replace(/\s+$/, '');
		const html = await render(title, text);
		const rendered = new Map<string, string>();
		for (const span of elementsWith(html, 'data-lc-user')) {
			// A person's last line says where they stand: joined (again), or cancelled.
			rendered.set(span['data-lc-user'], span['data-lc-registration-status']);
		}
		// Both ways: every user the wiki shows is one the codec reads from a template line, and the
		// reverse (signature lines are the codec's alone: the wiki shows them as the text they are).
		const fromTemplates = parseRegistrations(text).filter(
			(r) => r.source === 'template',
		);
		const byUser = (pairs: [string, string][]) =>
			[...pairs].sort(([a], [b]) => a.localeCompare(b));
		expect(byUser([...rendered])).toEqual(
			byUser(fromTemplates.map((r) => [r.user, r.status])),
		);
	});
});
