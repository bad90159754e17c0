// `npm test`: every step of the gate, then how long each took and the whole against the suite's
// budget (issue 24: 6 minutes on the 2-core machine). Arguments go to jest. After the install,
// the checks of the sources (types then lint, and layers) run beside the build and jest: each
// uses one core, and jest leaves some free while it builds its template wikis. Jest's output comes
// straight through; each check's is printed whole when it ends. The gate fails if any step does.
import { spawn } from 'node:child_process';

const BUDGET_S = 360;
const jestArgs = process.argv.slice(2);
/**
 * Lanes run side by side; the steps of a lane one after another, until one fails. Lint after the
 * type checker: its typed rules read the declarations `tsc -b` writes for project references.
 */
const lanes = [
	[
		['typecheck', 'npx', ['tsc', '-b']],
		['lint', 'npm', ['run', '--silent', 'lint']],
	],
	[['layers', 'npm', ['run', '--silent', 'layers']]],
	[
		['build', 'node', ['esbuild.config.mjs']],
		['jest', 'npx', ['jest', ...jestArgs]],
	],
];
const install = [
	'install',
	'node',
	['scripts/bootstrap.mjs', '--browser', '--database'],
];

/** Steps whose output comes straight through; the checks' is printed whole when each ends. */
const OWN_OUTPUT = new Set(['build', 'jest']);

const running = new Set();

/** Runs a step; resolves with its exit code and seconds. `own`: its output straight through. */
function run([name, command, args], own) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			stdio: ['ignore', own ? 'inherit' : 'pipe', own ? 'inherit' : 'pipe'],
		});
		running.add(child);
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		let finished = false;
		const finish = (code) => {
			if (finished) return;
			finished = true;
			running.delete(child);
			if (output.length > 0) process.stdout.write(Buffer.concat(output));
			const seconds = Math.round((Date.now() - started) / 1000);
			resolve({ name, code, seconds });
		};
		child.on('error', (error) => {
			output.push(Buffer.from(`${name}: ${error.message}\n`));
			finish(1);
		});
		child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
	});
}

// Stopped from outside (CI's timeout, Ctrl+C): the running steps are told too.
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		for (const child of running) child.kill(signal);
		process.exit(1);
	});

/** A lane's steps in order; the first that fails ends it. */
async function runLane(steps) {
	const results = [];
	for (const step of steps) {
		const result = await run(step, OWN_OUTPUT.has(step[0]));
		results.push(result);
		if (result.code !== 0) break;
	}
	return results;
}

const started = Date.now();
const first = await run(install, true);
const results = [first];
if (first.code === 0)
	results.push(...(await Promise.all(lanes.map(runLane))).flat());
const failed = results.filter(({ code }) => code !== 0);
for (const { name, code } of failed)
	console.error(`npm test: the ${name} step failed (exit code ${code}).`);
const total = Math.round((Date.now() - started) / 1000);
const times = results.map(({ name, seconds }) => `${name} ${seconds} s`);
const verdict =
	total <= BUDGET_S
		? `within the budget of ${BUDGET_S} s`
		: `over the budget of ${BUDGET_S} s by ${total - BUDGET_S} s`;
console.log(
	`npm test: ${total} s in all (${times[0]}, then side by side: ${times.slice(1).join(', ')}), ${verdict}`,
);
process.exit(failed.length > 0 ? failed[0].code : 0);
