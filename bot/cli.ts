// `letsconnect`, the executable: runs the program (bot/program.ts) on the command line, with its
// results on standard output and the rest on standard error, and ends with the run's exit code.
// It also answers for the process: a signal, or a wiki that never answers.
import {
	CliRun,
	printStopped,
	runCli,
	stoppedRunSummary,
	EXIT,
} from './program';

const run = new CliRun({
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
});

/**
 * Ends the process with `code` once what it wrote has left: `process.exit` at once would cut a
 * piped standard output (a long `--json`) at 64 KiB.
 */
function exitAfterOutput(code: number): void {
	process.exitCode = code;
	process.stdout.write('', () => {
		process.stderr.write('', () => process.exit(code));
	});
}

// A request whose promise never settles would let Node exit 0 with nothing said: never silently.
let finished = false;
process.on('beforeExit', () => {
	if (finished) return;
	finished = true;
	process.stderr.write(
		`letsconnect: the run ended before it finished (an answer from the wiki never came).\n${stoppedRunSummary(run)}`,
	);
	printStopped(run, 'an answer from the wiki never came');
	exitAfterOutput(EXIT.failed);
});

// A job's timeout (Toolforge sends SIGTERM) or Ctrl+C: say what was written before stopping.
const stopOn = (signal: NodeJS.Signals) => () => {
	finished = true;
	process.stderr.write(
		`letsconnect: stopped by ${signal} (a job's timeout, or by hand).\n${stoppedRunSummary(run)}`,
	);
	printStopped(run, `stopped by ${signal}`);
	exitAfterOutput(EXIT.failed);
};
process.on('SIGTERM', stopOn('SIGTERM'));
process.on('SIGINT', stopOn('SIGINT'));

void runCli(process.argv.slice(2), run).then((code) => {
	finished = true;
	// A finished run ends by itself; a stopped or failed one ends now, whatever the library still
	// holds open, once its output has left.
	if (code === EXIT.ok) process.exitCode = code;
	else exitAfterOutput(code);
});
