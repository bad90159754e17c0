// Builds the gadget (browser bundle for a ResourceLoader `package` gadget), the bot CLI and the scripts.
// Usage: node esbuild.config.mjs [--quiet]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';

const quiet = process.argv.includes('--quiet');
// 27 KiB: 25 until the readers' gadget learned every reader's digits and direction (issue 23),
// 26 until sign-ups took turns in a rush (the queue, issue 24).
const GADGET_BUDGET_GZIP = 27 * 1024;

function gitRevision() {
	try {
		const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return dirty ? `${rev}-dirty` : rev;
	} catch {
		return 'unknown';
	}
}

const revision = gitRevision();
// The oldest syntax check a wiki we serve makes of gadget code: MediaWiki 1.43 checks ES2016 (Meta's
// branch ES2017), so the gadget is built to pass it without a flag that skips the check.
const GADGET_TARGET = 'es2016';
const node = {
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	bundle: true,
	packages: 'external',
	sourcemap: 'inline',
	logLevel: 'warning',
};

/** A package gadget of its own, loaded on demand by the reader's gadget (mw.loader.using). */
const lazyGadget = (entry, name, what) =>
	esbuild.build({
		entryPoints: [entry],
		outfile: `dist/gadget/${name}.js`,
		bundle: true,
		format: 'cjs',
		platform: 'browser',
		target: GADGET_TARGET,
		charset: 'utf8',
		legalComments: 'none',
		logLevel: 'warning',
		banner: {
			js: `/* <nowiki> */\n/* Let's Connect ${what}, built from the repository at ${revision}. Do not edit here: see README. */`,
		},
		footer: { js: '/* </nowiki> */' },
	});

await Promise.all([
	esbuild.build({
		entryPoints: ['gadget/index.ts'],
		outfile: 'dist/gadget/letsconnect.js',
		bundle: true,
		format: 'cjs',
		platform: 'browser',
		target: GADGET_TARGET,
		charset: 'utf8',
		legalComments: 'none',
		logLevel: 'warning',
		define: { LC_GADGET_REVISION: JSON.stringify(revision) },
		// The roots' list is a page of its own in the package gadget (MediaWiki:Gadget-letsconnect-roots.json).
		external: ['./letsconnect-roots.json'],
		// The nowiki pair keeps the wiki from expanding anything inside the script page.
		banner: {
			js: `/* <nowiki> */\n/* Let's Connect gadget, built from the repository at ${revision}. Do not edit here: see README. */`,
		},
		footer: { js: '/* </nowiki> */' },
	}),
	// The forms (a session's, joining the programme, the attendance sheet): their own gadget
	// (ext.gadget.letsconnect-form), loaded on the first click, with the codec and luxon, so that a
	// session is checked by the bot's own rules.
	lazyGadget('gadget/forms.ts', 'letsconnect-form', 'forms'),
	// The calendar file ("Add to calendar"): ext.gadget.letsconnect-ics, loaded on the first download.
	lazyGadget('gadget/ics-download.ts', 'letsconnect-ics', 'calendar file'),
	esbuild.build({
		entryPoints: ['gadget/loader.ts'],
		outfile: 'dist/gadget/letsconnect-loader.js',
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: GADGET_TARGET,
		minify: true,
		logLevel: 'warning',
		banner: {
			js: `/* Let's Connect gadget loader, built from the repository at ${revision}. */`,
		},
	}),
	// Each translation as its own gadget (ext.gadget.letsconnect-i18n-<code>), loaded only for its readers.
	...['es', 'fr', 'ar', 'pt'].map((code) =>
		esbuild.build({
			entryPoints: [`gadget/i18n/${code}.ts`],
			outfile: `dist/gadget/letsconnect-i18n-${code}.js`,
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: GADGET_TARGET,
			charset: 'utf8',
			legalComments: 'none',
			logLevel: 'warning',
			banner: {
				js: `/* <nowiki> */\n/* Let's Connect gadget, messages (${code}), built from the repository at ${revision}. Do not edit here: see README. */`,
			},
			footer: { js: '/* </nowiki> */' },
		}),
	),
	esbuild.build({
		...node,
		entryPoints: { letsconnect: 'bot/cli.ts' },
		outdir: 'dist/bot',
		outExtension: { '.js': '.cjs' },
		define: { LC_BOT_REVISION: JSON.stringify(revision) },
	}),
	esbuild.build({
		...node,
		entryPoints: {
			'wiki': 'scripts/wiki.ts',
			'start': 'scripts/start.ts',
			'screenshot': 'scripts/screenshot.ts',
			'bench': 'scripts/bench.ts',
			'bench-scale': 'scripts/bench-scale.ts',
			'bench-gadget': 'scripts/bench-gadget.ts',
			'fuzz': 'scripts/fuzz.ts',
			'readme-figures': 'scripts/readme-figures.ts',
		},
		outdir: 'dist/scripts',
		outExtension: { '.js': '.cjs' },
		define: { LC_BOT_REVISION: JSON.stringify(revision) },
	}),
]);
mkdirSync('dist/gadget', { recursive: true });
copyFileSync('gadget/letsconnect.css', 'dist/gadget/letsconnect.css');

// Text the wiki would act on when a script page is saved, and the size budgets.
const bodyOf = (file) => {
	const text = readFileSync(file, 'utf8');
	return text.slice(text.indexOf('\n'), text.lastIndexOf('/* </nowiki> */'));
};
for (const file of [
	'dist/gadget/letsconnect.js',
	'dist/gadget/letsconnect-form.js',
	'dist/gadget/letsconnect-ics.js',
]) {
	for (const [name, pattern] of [
		['~~~', /~~~/],
		['{{subst:', /\{\{\s*(safe)?subst:/i],
		['nowiki tag', /<\/?nowiki(\s|>|\/>)/i],
	]) {
		if (pattern.test(bodyOf(file))) {
			console.error(
				`${file} contains ${name}, which the wiki would act on when the page is saved. Build it from parts at run time.`,
			);
			process.exit(1);
		}
	}
}
const bundle = readFileSync('dist/gadget/letsconnect.js', 'utf8');
const body = bodyOf('dist/gadget/letsconnect.js');
if (/\bluxon\b/.test(body)) {
	console.error(
		'Gadget bundle contains luxon: keep it out of the gadget (it would double its size; the gadget formats times with Intl).',
	);
	process.exit(1);
}
// The script page stays readable for reviewers; readers download it as ResourceLoader serves it:
// white space and comments stripped (its minifier renames nothing), gzipped. The budget limits that.
const gzipped = gzipSync(bundle).length;
const served = gzipSync(
	esbuild.transformSync(bundle, {
		minifyWhitespace: true,
		target: GADGET_TARGET,
		charset: 'utf8',
	}).code,
).length;
if (served > GADGET_BUDGET_GZIP) {
	console.error(
		`Gadget bundle is ${served} bytes gzipped without white space (as ResourceLoader serves it), over the ${GADGET_BUDGET_GZIP}-byte budget.`,
	);
	process.exit(1);
}
// The form is loaded by liaisons who open it, not by readers: a budget of its own (luxon is most of it).
const FORM_BUDGET_GZIP = 60 * 1024;
const formServed = gzipSync(
	esbuild.transformSync(
		readFileSync('dist/gadget/letsconnect-form.js', 'utf8'),
		{ minifyWhitespace: true, target: GADGET_TARGET, charset: 'utf8' },
	).code,
).length;
if (formServed > FORM_BUDGET_GZIP) {
	console.error(
		`The session form is ${formServed} bytes gzipped as ResourceLoader serves it, over its ${FORM_BUDGET_GZIP}-byte budget.`,
	);
	process.exit(1);
}
// The figures the README quotes (npm run figures writes them there; test/unit/docs-true.test.ts
// checks they are these), measured with the revision the build names written as seven zeros: the
// same figures whichever commit (or uncommitted tree, `-dirty`) built them.
const servedSize = (file) =>
	gzipSync(
		esbuild.transformSync(
			readFileSync(file, 'utf8').split(revision).join('0000000'),
			{ minifyWhitespace: true, target: GADGET_TARGET, charset: 'utf8' },
		).code,
	).length;
writeFileSync(
	'dist/sizes.json',
	`${JSON.stringify(
		{
			gadgetGzipped: gzipped,
			gadgetServed: servedSize('dist/gadget/letsconnect.js'),
			gadgetBudget: GADGET_BUDGET_GZIP,
			formServed: servedSize('dist/gadget/letsconnect-form.js'),
			formBudget: FORM_BUDGET_GZIP,
			loaderServed: servedSize('dist/gadget/letsconnect-loader.js'),
		},
		null,
		'\t',
	)}\n`,
);
if (!quiet) {
	console.log(
		`built ${revision}: gadget ${statSync('dist/gadget/letsconnect.js').size} bytes (${gzipped} gzipped; ${served} as ResourceLoader serves it, budget ${GADGET_BUDGET_GZIP}), session form ${formServed} (budget ${FORM_BUDGET_GZIP}), bot, scripts`,
	);
}
