// The lint's browser target: the gadget and the shared code it bundles may use no built-in API
// newer than the browsers MediaWiki supports (ES2019), while the bot on Node 20 may.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
// The text linted here is not the file on disk, as in an editor. Under CI=true typescript-eslint
// would infer a one-off CLI run and parse the files from disk, never seeing the added line.
const eslint = new ESLint({
	cwd: ROOT,
	overrideConfig: {
		parserOptions: { disallowAutomaticSingleRunInference: true },
	},
});

async function rulesBroken(file: string, addition: string): Promise<string[]> {
	const path = resolve(ROOT, file);
	const text = `${readFileSync(path, 'utf8')}\n${addition}\n`;
	const [result] = await eslint.lintText(text, { filePath: path });
	return result.messages.map((message) => message.ruleId ?? message.message);
}

const LAST = 'export const lastOfTwo = [1, 2].at(-1);';

it('refuses Array.prototype.at (ES2022) in the gadget and in shared code', async () => {
	expect(await rulesBroken('gadget/dom.ts', LAST)).toContain(
		'es-x/no-array-prototype-at',
	);
	expect(await rulesBroken('shared/regions.ts', LAST)).toContain(
		'es-x/no-array-prototype-at',
	);
}, 60000);

it('refuses String.prototype.matchAll (ES2020) in the gadget', async () => {
	const addition = "export const all = [...'a'.matchAll(/a/g)];";
	expect(await rulesBroken('gadget/dom.ts', addition)).toContain(
		'es-x/no-string-prototype-matchall',
	);
}, 60000);

it('lets the gadget use syntax that esbuild lowers (optional chaining)', async () => {
	const addition = 'export const maybe = (x?: { y: number }) => x?.y ?? 0;';
	expect(await rulesBroken('gadget/dom.ts', addition)).toEqual([]);
}, 60000);

it('lets the bot use what Node 20 has', async () => {
	expect(await rulesBroken('bot/wiki/log.ts', LAST)).toEqual([]);
}, 60000);
