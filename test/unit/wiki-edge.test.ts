// The wiki is reached at the edges only (ARCHITECTURE.md): in the bot through bot/wiki/, in the
// gadget through gadget/wiki-pages.ts (and reader-context.ts, which makes the mw.Api). Elsewhere a
// client is only passed along. dependency-cruiser keeps mwn's import in bot/wiki/ (npm run
// layers); this looks at the calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

/** The types a wiki client has: mwn's and ours in the bot, mw.Api and its kin in the gadget. */
const CLIENT_TYPE =
	'(?:WikiClient|LetsConnectClient|Mwn|mw\\.(?:Api|ForeignApi|Rest|ForeignRest))(?![.\\w])';
/** What a client is asked: mwn's and mw.Api's requests. */
const REQUEST =
	'(?:request|rawRequest|query|continuedQuery(?:Gen)?|massQuery(?:Gen)?|read|edit|save|create|newSection|get|post|postWithToken|postWithEditToken|getToken|parse|parseWikitext|getSiteInfo|getTokensAndSiteInfo|login|logout)';

/**
 * Every use of a wiki client in a file: a member of a name typed as one (or made as one), a
 * request on a name that holds a client by convention (`bot`, `api`, `client`, `ctx.api`), a
 * client made, or a request by hand.
 */
function apiCalls(text: string): string[] {
	const code = text
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
	const clients = new Set(
		[
			...code.matchAll(new RegExp(`\\b(\\w+)\\??\\s*:\\s*${CLIENT_TYPE}`, 'g')),
			...code.matchAll(
				new RegExp(
					`\\b(?:const|let|var)\\s+(\\w+)\\s*=[^;]*?\\b(?:as|new)\\s+${CLIENT_TYPE}`,
					'g',
				),
			),
		].map((m) => m[1]),
	);
	const found: string[] = [];
	for (const name of clients)
		for (const use of code.matchAll(
			new RegExp(`\\b${name}\\s*\\??\\.\\s*\\w+|\\b${name}\\s*\\[`, 'g'),
		))
			found.push(use[0].replace(/\s/g, ''));
	for (const pattern of [
		new RegExp(`\\b(?:bot|api|client)\\s*\\??\\.\\s*${REQUEST}\\s*\\(`, 'g'),
		new RegExp(`\\[\\s*['"\`]${REQUEST}['"\`]\\s*\\]`, 'g'),
		/\bnew\s+Mwn\b|\bMwn\s*\.\s*init\b/g,
		/\bnew\s+mw\s*\.\s*(?:Api|ForeignApi|Rest|ForeignRest)\b/g,
		/\bfetch\s*\(|\bXMLHttpRequest\b|\$\s*\.\s*(?:ajax|get|post|getJSON)\s*\(/g,
		// Node's own HTTP (the address of api.php in a help text is no call).
		/\bhttps?\s*\.\s*(?:get|request)\s*\(|from\s+'(?:node:)?https?'/g,
	])
		for (const use of code.matchAll(pattern))
			found.push(use[0].replace(/\s/g, ''));
	return [...new Set(found.map((use) => use.replace(/\($/, '')))];
}

const EDGES = [/^bot\/wiki\//, /^gadget\/wiki-pages\.ts$/];
/** Where the gadget makes its mw.Api, once, for every view. */
const MAKES_THE_GADGET_CLIENT = 'gadget/reader-context.ts';

it('finds a call on a client, a client made by hand and a request by hand (the check can fail)', () => {
	expect(
		apiCalls(
			'async function f(bot: WikiClient) {\n\treturn bot.request({ action: "query" });\n}',
		),
	).toEqual(['bot.request']);
	expect(
		apiCalls('const api = ctx.api as mw.Api;\nawait api.get({});'),
	).toEqual(['api.get']);
	expect(
		apiCalls("await fetch('https://meta.wikimedia.org/w/api.php');"),
	).toEqual(['fetch']);
	expect(apiCalls("import { get } from 'node:https';")).toEqual([
		"from'node:https'",
	]);
	// A client whose type is not written here, by its usual names; optional chaining; brackets.
	expect(apiCalls('await ctx.api.get({ action: "query" });')).toEqual([
		'api.get',
	]);
	expect(
		apiCalls('const bot = await connect(target);\nbot?.query({});'),
	).toEqual(['bot?.query']);
	expect(apiCalls("wiki['request']({});")).toEqual(["['request']"]);
	expect(apiCalls('const c = new mw.ForeignApi(url);\nc.get({});')).toEqual([
		'c.get',
		'newmw.ForeignApi',
	]);
	// A type that only starts like a client's is none.
	expect(
		apiCalls('function f(o: mw.Api.Options) { return o.parameters; }'),
	).toEqual([]);
	// Passed along, or named in a comment or a help text, it is no call.
	expect(
		apiCalls(
			"// bot.request is for bot/wiki\nawait readPages(bot, titles);\nconst help = 'the wiki\\'s api.php';",
		),
	).toEqual([]);
});

it('calls the wiki nowhere outside bot/wiki/ and gadget/wiki-pages.ts', () => {
	const calls = ['bot', 'shared', 'gadget']
		.flatMap(sources)
		.map((path) => relative(ROOT, join(ROOT, path)))
		.filter((path) => !EDGES.some((edge) => edge.test(path)))
		.flatMap((path) =>
			apiCalls(readFileSync(join(ROOT, path), 'utf8'))
				.filter(
					(call) => !(path === MAKES_THE_GADGET_CLIENT && call === 'newmw.Api'),
				)
				.map((call) => `${path}: ${call}`),
		);
	expect(calls).toEqual([]);
});
