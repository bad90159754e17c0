// The codec (TypeScript) and Module:Let's Connect (Lua) read every case of one table alike: the
// same sessions refused with the same problem codes in the same words, the same values on the
// cards, the same values left out. The wiki renders a batch of cases in one action=parse, each after a marker.
import { paramsOf } from '../../shared/wikitext/template-parser';
import {
	readSessionParams,
	sessionCalls,
} from '../../shared/sessions/read-sessions';
import type { Problem } from '../../shared/model/problems';
import { decodeEntities, elementsWith } from '../helpers/rendered-html';
import {
	LEFT_OUT_CODES,
	cardOfElement,
	cardOfSession,
	type CardValues,
} from '../helpers/card-values';
import { startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { parityCases, type ParityCase } from '../parity/cases';

/** Outside every root: no Config's defaults on either side. */
const TITLE = "Let's Connect parity/Cases";
const BATCH = 50;

/** What one reader made of a session call. */
type Reading =
	/** The problems that keep it out: code, and what the report or the box says. */
	| { refused: { code: string; says: string }[] }
	| { card: CardValues; leftOut: string[] };

/** One problem a code, by code. */
function oneEach(found: { code: string; says: string }[]) {
	const byCode = new Map<string, { code: string; says: string }>();
	for (const p of found) if (!byCode.has(p.code)) byCode.set(p.code, p);
	return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function byCodec(text: string): Reading[] {
	return sessionCalls(text).map((call) => {
		const problems: Problem[] = [];
		const session = readSessionParams(paramsOf(call), TITLE, problems);
		if (!session)
			return {
				refused: oneEach(
					problems
						.filter((p) => p.severity === 'error')
						.map((p) => ({
							code: p.code.replace(/^session-/, ''),
							says: p.message,
						})),
				),
			};
		return {
			card: cardOfSession(session),
			leftOut: [
				...new Set(
					problems
						.filter((p) => LEFT_OUT_CODES.has(p.code))
						.map((p) => p.param ?? ''),
				),
			].sort(),
		};
	});
}

function byModule(html: string): Reading[] {
	const found: { at: number; reading: Reading }[] = [];
	for (const box of html.matchAll(
		/data-lc-invalid="[^"]*"[^>]*>([\s\S]*?)<\/ul>/g,
	))
		found.push({
			at: box.index ?? 0,
			reading: {
				refused: oneEach(
					[
						...box[1].matchAll(
							/<li data-lc-problem="([^"]*)"[^>]*>([\s\S]*?)<\/li>/g,
						),
					].map((m) => ({
						code: decodeEntities(m[1]),
						says: decodeEntities(m[2].replace(/<[^>]*>/g, '')).trim(),
					})),
				),
			},
		});
	const leftOut = new Map<string, string[]>();
	for (const box of html.matchAll(
		/data-lc-leftout="([^"]*)"[^>]*>([\s\S]*?)<\/ul>/g,
	))
		leftOut.set(
			decodeEntities(box[1]),
			[...box[2].matchAll(/data-lc-param="([^"]*)"/g)]
				.map((m) => decodeEntities(m[1]))
				.sort(),
		);
	for (const card of html.matchAll(/<div [^>]*data-lc-session="[^>]*>/g)) {
		const [attrs] = elementsWith(card[0], 'data-lc-session');
		const values = cardOfElement(attrs);
		found.push({
			at: card.index ?? 0,
			reading: {
				card: values,
				leftOut: leftOut.get(values.session ?? '') ?? [],
			},
		});
	}
	return found.sort((a, b) => a.at - b.at).map((f) => f.reading);
}

const MARKER = (i: number) => `<span data-parity="${i}">·</span>`;

let wiki: TestWiki;
beforeAll(async () => {
	wiki = await startTestWiki();
});
afterAll(async () => {
	await wiki?.stop();
});

async function parse(text: string): Promise<string> {
	const response = await wiki.bot.request({
		action: 'parse',
		title: TITLE,
		text,
		contentmodel: 'wikitext',
		prop: 'text',
		uselang: 'en',
		disablelimitreport: true,
	});
	return response.parse.text as string;
}

/**
 * Each case's HTML, a batch to a request: the cases one after another, each after its marker.
 * A case that runs into the next (an unclosed call) takes the marker with it; then the batch is
 * rendered again a case to a request.
 */
async function renderAll(cases: ParityCase[]): Promise<string[]> {
	const out: string[] = [];
	for (let i = 0; i < cases.length; i += BATCH) {
		const batch = cases.slice(i, i + BATCH);
		const html = await parse(
			batch.map((c, j) => `${MARKER(j)}\n${c.text}\n`).join('\n'),
		);
		const parts = html.split(/<span data-parity="\d+">·<\/span>/);
		if (parts.length === batch.length + 1) out.push(...parts.slice(1));
		else for (const c of batch) out.push(await parse(c.text));
	}
	return out;
}

const cases = parityCases();

it('has at least 200 cases, each a session call', () => {
	expect(cases.length).toBeGreaterThanOrEqual(200);
	expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

it('reads every case alike in TypeScript and in Lua: refusals and their codes, card values, values left out', async () => {
	const rendered = await renderAll(cases);
	const differ = cases
		.map((c, i) => ({
			name: c.name,
			text: c.text,
			codec: byCodec(c.text),
			module: byModule(rendered[i]),
		}))
		.filter((d) => JSON.stringify(d.codec) !== JSON.stringify(d.module));
	process.stdout.write(
		`\nparity: ${cases.length} cases, ${cases.length - differ.length} alike, ${differ.length} different\n`,
	);
	expect(differ).toEqual([]);
}, 240000);
