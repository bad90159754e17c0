// The templates and the Lua module on a real wiki: hostile values, languages, states, resources.
import { decodeEntities, elementsWith } from '../helpers/rendered-html';
import { headerCall } from '../../shared/registrations/registration-header';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { releaseOf } from '../../scripts/local-wiki';

let wiki: TestWiki;
beforeAll(async () => {
	wiki = await startTestWiki();
});
afterAll(async () => {
	await wiki?.stop();
});

async function parse(
	text: string,
	uselang = 'en',
): Promise<{ html: string; categories: string[]; links: string[] }> {
	const response = await wiki.bot.request({
		action: 'parse',
		text,
		title: `${ROOT}/Sessions/test`,
		prop: 'text|categories|externallinks|links',
		uselang,
		disablelimitreport: true,
		contentmodel: 'wikitext',
	});
	return {
		html: response.parse.text,
		categories: response.parse.categories.map(
			(c: { category: string }) => c.category,
		),
		links: [
			...response.parse.externallinks,
			...response.parse.links.map((l: { title: string }) => l.title),
		],
	};
}

describe('hostile values', () => {
	const hostile =
		'{{Let\'s Connect/Session|id=x|start=2026-12-03 14:00|title=<script>alert(1)</script> "q" [[Category:Pwned]] {{!}} &#125;&#125; ~~~~ \u202Eevil\u202C|topic=<img src=x onerror=alert(1)>|description=[[Category:Pwned]] [javascript:alert(1) click] <span onclick="x">t</span>|notes=javascript:alert(1)}}';

	it('renders them as text: no tag, no category, no link, no bidi control', async () => {
		const { html, categories, links } = await parse(
			hostile.replace('|notes=javascript:alert(1)', ''),
		);
		// A raw `}}` would end the call in any template; the bot writes it as &#125;&#125; (escape.ts).
		expect(html).not.toMatch(/<script|<img|\son[a-z]+="/i);
		// Only the card's own (hidden) category, the one the gadget's definition loads it on.
		expect(categories).toEqual(["Pages_with_Let's_Connect_sessions"]);
		expect(links.join(' ')).not.toMatch(/javascript:/i);
		expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
		const [card] = elementsWith(html, 'data-lc-session');
		expect(card['data-lc-title']).toBe(
			'<script>alert(1)</script> "q" [[Category:Pwned]] | }} ~~~~ evil',
		);
	});

	it('leaves a javascript: link and a sharer written ]] out of the card, shows the session, and says why', async () => {
		const { html, links } = await parse(
			"{{Let's Connect/Session|id=y|title=T|start=2026-12-03 14:00|recording=javascript:alert(1)|sharers=]], Ana|langauge=fr}}",
		);
		expect(elementsWith(html, 'data-lc-invalid')).toHaveLength(0);
		expect(
			elementsWith(html, 'data-lc-session').map((e) => e['data-lc-session']),
		).toEqual(['y']);
		expect(
			elementsWith(html, 'data-lc-param').map((e) => e['data-lc-param']),
		).toEqual(['langauge', 'recording', 'sharers']);
		expect(html).toContain('did you mean language?');
		expect(links.join(' ')).not.toMatch(/javascript:/i);
		expect(links.join(' ')).toContain('User:Ana');
	});

	it("a signature in a saved session page is the liaison's own, not a template value trick", async () => {
		await wiki.edit(
			`${ROOT}/Sessions/signed`,
			"{{Let's Connect/Session|id=signed|title=Title ~~~~|start=2026-12-03 14:00}}",
		);
		// Saving expanded the signature into the page (the liaison's own account, as MediaWiki writes it) …
		expect(await wiki.read(`${ROOT}/Sessions/signed`)).toContain(
			'title=Title [[User:Admin|Admin]]',
		);
		const html = (
			await wiki.bot.request({
				action: 'parse',
				page: `${ROOT}/Sessions/signed`,
				prop: 'text',
			})
		).parse.text as string;
		const [card] = elementsWith(html, 'data-lc-session');
		// … and the card shows it as the text it is: no link made from a template value.
		expect(card['data-lc-title']).toContain('[[User:Admin|Admin]]');
		expect(html).not.toMatch(/<a [^>]*title="User:Admin/);
	});
});

describe('the module and the codec agree', () => {
	it.each([
		[
			'a sharer written with the User: prefix and underscores',
			'|sharers=User:Alice_Smith',
		],
		['a language code the codec does not know', '|language=en_GB'],
	])('both publish a session with %s', async (_, extra) => {
		const text = `{{Let's Connect/Session|id=agree|title=Agree|start=2027-01-04 10:00${extra}}}`;
		expect(
			readSessionsFromPage(`${ROOT}/Sessions/test`, text).sessions.map(
				(x) => x.id,
			),
		).toEqual(['agree']);
		const { html } = await parse(text);
		expect(elementsWith(html, 'data-lc-invalid')).toEqual([]);
		expect(
			elementsWith(html, 'data-lc-session').map((e) => e['data-lc-session']),
		).toEqual(['agree']);
	});
});

describe('the registration page header', () => {
	it('renders the session as the bot wrote it, with no script error', async () => {
		const header = headerCall({
			id: 'h',
			title: 'Header test',
			page: `${ROOT}/Sessions/h`,
			startUtc: '2027-01-04T10:00:00Z',
			endUtc: '2027-01-04T12:00:00Z',
			status: 'scheduled',
			registration: 'open',
			capacity: 20,
		});
		const { html } = await parse(header);
		expect(html).not.toMatch(/scribunto-error|Script error|Lua error/i);
		expect(
			elementsWith(html, 'data-lc-header-session').map(
				(e) => e['data-lc-header-session'],
			),
		).toEqual(['h']);
		expect(html).toContain('Header test');
		expect(html).toContain('0 of 20 places taken');
		expect(html).toContain('Nobody has signed up yet.');
	});
});

describe('cards in a generated list', () => {
	it('take nothing from the page that transcludes the list', async () => {
		// Generated lists call the module directly; a page transcluding the list passes it arguments.
		await wiki.edit(
			'Template:Card list test',
			"{{#invoke:Let's Connect|card|id=guarded|title=Kept|start=2027-01-04 10:00|timezone=UTC}}",
		);
		const { html } = await parse(
			'{{Card list test|status=cancelled|title=Changed|registration=closed|root=Evil}}',
		);
		const [card] = elementsWith(html, 'data-lc-session');
		expect(card).toMatchObject({
			'data-lc-session': 'guarded',
			'data-lc-title': 'Kept',
			'data-lc-status': 'scheduled',
			'data-lc-registration': 'open',
			'data-lc-root': ROOT,
		});
	});
});

describe("labels in the reader's language", () => {
	const session =
		"{{Let's Connect/Session|id=l|title=T|start=2026-12-03 14:00|audience=newcomers|status=cancelled}}";
	beforeAll(async () => {
		// 1.43 says the reader's language through {{USERLANGUAGE}}. 1.39 has no such word: there the
		// MediaWiki:Lang pages that Meta has (install no longer makes them) let {{int:lang}} say it.
		if (releaseOf(wiki.info).version !== '1.39') return;
		await wiki.edit('MediaWiki:Lang', 'en');
		for (const code of ['es', 'fr', 'ar', 'pt', 'de', 'hi'])
			await wiki.edit(`MediaWiki:Lang/${code}`, code);
	});

	it.each([
		['en', 'Learning Clinic', 'ltr'],
		['es', 'Clínica de aprendizaje', 'ltr'],
		['fr', 'Atelier d’apprentissage', 'ltr'],
		['ar', 'عيادة تعلّم', 'rtl'],
		['pt', 'Clínica de aprendizagem', 'ltr'],
	])('%s', async (lang, label, dir) => {
		const { html } = await parse(session, lang);
		expect(html).toContain(label);
		const [card] = elementsWith(html, 'data-lc-session');
		expect(card).toMatchObject({ lang, dir, 'data-lc-status': 'cancelled' });
	});

	it('falls back to English for other languages', async () => {
		expect((await parse(session, 'de')).html).toContain('Learning Clinic');
	});
});

describe('labels on a page in another language (a translated subpage)', () => {
	const title = `${ROOT}/ar`;
	beforeAll(async () => {
		await wiki.edit(
			title,
			"{{Let's Connect/Session|id=tr|title=T|start=2026-12-03 14:00|status=cancelled}}",
		);
		await wiki.admin.request({
			action: 'setpagelanguage',
			title,
			lang: 'ar',
			reason: 'a translation',
			token: await wiki.admin.getCsrfToken(),
		});
	});

	it("follow the page's language, whatever the reader's", async () => {
		for (const uselang of ['en', 'es']) {
			const html = (
				await wiki.bot.request({
					action: 'parse',
					page: title,
					prop: 'text',
					uselang,
					disablelimitreport: true,
				})
			).parse.text as string;
			expect(html).toContain('عيادة تعلّم');
			expect(elementsWith(html, 'data-lc-session')[0]).toMatchObject({
				lang: 'ar',
				dir: 'rtl',
			});
		}
	});
});

describe('labels translators edit on the wiki', () => {
	const labels = "Module:Let's Connect/labels.json";
	it('are read from the JSON page, and install adds new labels without changing theirs', async () => {
		const current = JSON.parse((await wiki.read(labels)) ?? '{}') as Record<
			string,
			Record<string, string>
		>;
		expect(Object.keys(current)).toEqual([
			'@metadata',
			'en',
			'es',
			'fr',
			'ar',
			'pt',
		]);
		// A translator adds Hindi, corrects a Spanish label and removes an English one.
		delete current.en.joined;
		current.es.clinic = 'Clínica';
		current.hi = { clinic: 'शिक्षण क्लिनिक' };
		await wiki.edit(labels, JSON.stringify(current));
		expect(
			(
				await parse(
					"{{Let's Connect/Session|id=h|title=T|start=2026-12-03 14:00}}",
					'hi',
				)
			).html,
		).toContain('शिक्षण क्लिनिक');
		expect(
			(
				await parse(
					"{{Let's Connect/Session|id=h|title=T|start=2026-12-03 14:00}}",
					'es',
				)
			).html,
		).toContain('Clínica');

		const result = await wiki.cli(['install']);
		expect(result.code).toBe(0);
		const after = JSON.parse((await wiki.read(labels)) ?? '{}') as Record<
			string,
			Record<string, string>
		>;
		expect(after.hi).toEqual({ clinic: 'शिक्षण क्लिनिक' });
		expect(after.es.clinic).toBe('Clínica');
		// Removed by a translator after install wrote it: stays removed (install remembers what it wrote).
		expect(after.en.joined).toBeUndefined();
		expect(after.en.clinic).toBe('Learning Clinic');
		expect((await wiki.cli(['install'])).stdout).toMatch(/^0 edits/);
	});
});

describe('states and resources', () => {
	it('shows a cancelled session as cancelled, with registration closed', async () => {
		const { html } = await parse(
			"{{Let's Connect/Session|id=c|title=T|start=2026-12-03 14:00|status=cancelled}}",
		);
		expect(html).toContain('lc-status-cancelled');
		// The gadget's words for the state, once, and no sign-up link.
		expect(html.match(/This session is cancelled/g)).toHaveLength(2);
		expect(
			elementsWith(html, 'data-lc-state').map((e) => e['data-lc-state']),
		).toEqual(['cancelled']);
		expect(html).not.toContain('Sign up');
	});

	it('names every interpretation language and audience of a list, each on its own', async () => {
		const { html } = await parse(
			"{{#invoke:Let's Connect|card|id=i|title=T|start=2026-12-20 10:00|timezone=UTC|interpretation=es, ar|audience=newcomers, organisers}}",
		);
		// Each name isolated (<bdi>): the Arabic name keeps its place in an English list, and the reverse.
		expect(html).toContain(
			'Interpretation: <bdi>español</bdi>, <bdi>العربية</bdi>',
		);
		expect(html).toContain('For newcomers');
		expect(html).toContain('For experienced organisers');
	});

	it('lists recording, slides and audio links, per language', async () => {
		const { html } = await parse(
			"{{Let's Connect/Session|id=p|title=T|start=2025-01-03 14:00|recording=https://example.org/r|recording-es=https://example.org/r-es|slides=https://example.org/s|audio-ar=https://example.org/a}}",
		);
		const links = elementsWith(html, 'data-lc-resource').map(
			(l) => `${l['data-lc-resource']}:${l['data-lc-resource-lang']}`,
		);
		expect(links).toEqual([
			'recording:',
			'recording:es',
			'slides:',
			'audio:ar',
		]);
		expect(html).toContain('href="https://example.org/r-es"');
		expect(html).toMatch(/Recording \(español\)/);
	});

	it('renders a participant profile, a month heading, a registration and a figure', async () => {
		const { html } = await parse(
			"{{Let's Connect/Participant|user=Alice|languages=es, ar|share=Wikidata|learn=Grants|joined=2026-11}}{{Let's Connect/Month|2026-12}}{{Let's Connect/Registration|user=Bob|status=cancelled}}\n{{Let's Connect/Stats|participants}}",
		);
		expect(
			elementsWith(html, 'data-lc-participant')[0]['data-lc-participant'],
		).toBe('Alice');
		expect(html).toContain('Can share: <bdi>Wikidata</bdi>');
		expect(html).toContain('December 2026');
		expect(elementsWith(html, 'data-lc-user')[0]).toMatchObject({
			'data-lc-user': 'Bob',
			'data-lc-registration-status': 'cancelled',
		});
		expect(html).toContain('730');
	});

	it("shows a temporary account's registration line struck, holding no place, as the codec counts it", async () => {
		const { html } = await parse(
			"{{Let's Connect/Registration|user=~2026-12345-67}}",
		);
		expect(elementsWith(html, 'data-lc-user')[0]).toMatchObject({
			'data-lc-user': '~2026-12345-67',
			'data-lc-registration-status': 'temporary',
		});
		expect(html).toContain('temporary account: holds no place');
		expect(html).toMatch(/<s>/);
	});
});

describe("the Config's table of settings", () => {
	it('says what each setting is, and marks one the bot does not know', async () => {
		const { html } = await parse(
			"{{Let's Connect/Config|upcoming=5|timezone=Africa/Cairo|upcomming=7}}",
		);
		const rows = elementsWith(html, 'data-lc-setting');
		expect(rows.map((r) => r['data-lc-setting'])).toEqual([
			'timezone',
			'upcoming',
			'upcomming',
		]);
		expect(
			rows
				.filter((r) => 'data-lc-unknown-setting' in r)
				.map((r) => r['data-lc-setting']),
		).toEqual(['upcomming']);
		expect(html).toContain('How many sessions the upcoming list shows.');
	});
});

describe("a session's problems in the page's language", () => {
	it('tells a Spanish reader what is wrong in Spanish, with the value', async () => {
		const { html } = await parse(
			"{{Let's Connect/Session|id=Bad_Id|title=x|start=2027-03-04 14:00|capacity=-3}}",
			'es',
		);
		expect(html).toContain('data-lc-problem="invalid-id"');
		expect(decodeEntities(html)).toContain(
			'El id "Bad_Id" solo puede tener letras minúsculas',
		);
	});

	it('names a value left out in Arabic', async () => {
		const { html } = await parse(
			"{{Let's Connect/Session|id=ok|title=x|start=2027-03-04 14:00|capacity=many}}",
			'ar',
		);
		expect(html).toContain('data-lc-leftout="ok"');
		expect(html).toContain('يجب أن تكون قيمة capacity');
	});
});
