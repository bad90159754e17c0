// Busy processes beside a test run, to show the suite holds on a loaded machine.
// Usage: node scripts/cpu-hogs.cjs start [N]   (N processes, default 2, each spinning one core)
//        node scripts/cpu-hogs.cjs stop
//        node scripts/cpu-hogs.cjs run [N] -- <command…>   (start, run the command, stop; its exit code)
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const PIDS = join(__dirname, '..', '.cache', 'cpu-hogs.json');
const SPIN = 'for (;;) { Math.sqrt(Math.random()); }';

function start(count) {
	const pids = Array.from({ length: count }, () => {
		const child = spawn(process.execPath, ['-e', SPIN], {
			detached: true,
			stdio: 'ignore',
		});
		child.unref();
		return child.pid;
	});
	require('node:fs').mkdirSync(join(__dirname, '..', '.cache'), {
		recursive: true,
	});
	writeFileSync(PIDS, JSON.stringify(pids));
	console.error(
		`${count} CPU hogs running (${pids.join(', ')}); stop them with: node scripts/cpu-hogs.cjs stop`,
	);
}

function stop() {
	if (!existsSync(PIDS)) return;
	for (const pid of JSON.parse(readFileSync(PIDS, 'utf8'))) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// Ended already.
		}
	}
	rmSync(PIDS);
	console.error('CPU hogs stopped');
}

const [command, ...rest] = process.argv.slice(2);
const count = Number(rest[0]) > 0 ? Number(rest[0]) : 2;
if (command === 'start') start(count);
else if (command === 'stop') stop();
else if (command === 'run') {
	const at = rest.indexOf('--');
	if (at < 0 || at === rest.length - 1) {
		console.error('Usage: node scripts/cpu-hogs.cjs run [N] -- <command…>');
		process.exit(2);
	}
	start(count);
	const result = spawnSync(rest[at + 1], rest.slice(at + 2), {
		stdio: 'inherit',
	});
	stop();
	process.exit(result.status ?? 1);
} else {
	console.error(
		'Usage: node scripts/cpu-hogs.cjs start [N] | stop | run [N] -- <command…>',
	);
	process.exit(2);
}
