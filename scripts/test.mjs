// `npm test`: every step of the gate in order, then how long each took and the whole against the
// suite's budget (issue 24: 6 minutes on the 2-core machine). Arguments go to jest.
import { spawnSync } from 'node:child_process';

const BUDGET_S = 360;
const jestArgs = process.argv.slice(2);
const steps = [
	['install', 'node', ['scripts/bootstrap.mjs', '--browser', '--database']],
	['typecheck', 'npx', ['tsc', '-b']],
	['lint', 'npm', ['run', '--silent', 'lint']],
	['layers', 'npm', ['run', '--silent', 'layers']],
	['build', 'node', ['esbuild.config.mjs']],
	['jest', 'npx', ['jest', ...jestArgs]],
];

const started = Date.now();
const times = [];
let code = 0;
for (const [name, command, args] of steps) {
	const stepStarted = Date.now();
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	times.push(`${name} ${Math.round((Date.now() - stepStarted) / 1000)} s`);
	code = result.status ?? 1;
	if (code !== 0) {
		console.error(`npm test: the ${name} step failed (exit code ${code}).`);
		break;
	}
}
const total = Math.round((Date.now() - started) / 1000);
const verdict =
	total <= BUDGET_S
		? `within the budget of ${BUDGET_S} s`
		: `over the budget of ${BUDGET_S} s by ${total - BUDGET_S} s`;
console.log(`npm test: ${total} s in all (${times.join(', ')}), ${verdict}`);
process.exit(code);
