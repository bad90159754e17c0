// The fixture corpus that the wiki and the codec are compared on (fixtures-agree, fuzz) covers the
// whole contract: every session parameter and every problem a session can have appears on some
// page, so a row added to the contract without a page that uses it fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	readSessionsFromPage,
	sessionCalls,
} from '../../shared/sessions/read-sessions';
import { paramsOf } from '../../shared/wikitext/template-parser';
import { SESSION_PARAMS } from '../../shared/model/session-contract';

const DIR = join(__dirname, '../fixtures/pages');
const texts = readdirSync(DIR)
	.filter((f) => f.endsWith('.wikitext'))
	.map((f) => readFileSync(join(DIR, f), 'utf8'));

it('uses every session parameter of the contract on some page', () => {
	const used = new Set(
		texts.flatMap((text) =>
			sessionCalls(text).flatMap((call) =>
				Object.keys(paramsOf(call)).map((k) => k.trim()),
			),
		),
	);
	expect(
		SESSION_PARAMS.map((p) => p.name).filter((name) => !used.has(name)),
	).toEqual([]);
});

it('has a page for every problem a session value can have', () => {
	const seen = new Set(
		texts.flatMap((text) =>
			readSessionsFromPage(
				'Grants:Knowledge Sharing/Connect/Sessions/x',
				text,
			).problems.map((p) => p.code),
		),
	);
	const codes = SESSION_PARAMS.filter((p) => p.problem).map(
		(p) => `session-${p.problem}`,
	);
	expect(codes.filter((code) => !seen.has(code))).toEqual([]);
});
