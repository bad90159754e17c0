// `letsconnect`: the Let's Connect bot. Commands are thin: each reads options, connects, and
// hands over to its task module.
import { Command, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Mwn } from 'mwn';
import { DEFAULT_ROOT } from '../shared/config';
import { BOT_VERSION, assertionFor, connect, type WikiTarget } from './wiki/client';
import { consoleLog, type Log } from './wiki/log';
import { PageWriter, ShutoffError, type WriteOutcome } from './wiki/page-writer';
import { install } from './install/install';
import { wikiSources } from './install/wiki-sources';
import { sync } from './sync/sync';

/** Exit codes, also listed in `letsconnect --help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2, shutoff: 3 } as const;

interface GlobalOptions {
  api?: string;
  local: boolean;
  localDir: string;
  root: string;
  dryRun: boolean;
  verbose: boolean;
  json: boolean;
  pause?: number;
  contact: string;
  now?: string;
}

function targetFrom(options: GlobalOptions): WikiTarget {
  if (options.local) {
    const dir = resolve(options.localDir);
    const file = join(dir, 'wiki.json');
    if (!existsSync(file)) throw new Error(`No local wiki in ${dir}: start one with npm run wiki -- start`);
    const info = JSON.parse(readFileSync(file, 'utf8')) as { apiUrl: string; bot: { username: string; password: string } };
    return { apiUrl: options.api ?? info.apiUrl, username: info.bot.username, password: info.bot.password, contact: options.contact };
  }
  const apiUrl = options.api ?? process.env.LETSCONNECT_API;
  if (!apiUrl) throw new Error('Which wiki? Pass --api https://meta.wikimedia.org/w/api.php (or set LETSCONNECT_API), or --local for the local wiki.');
  return {
    apiUrl, contact: options.contact,
    username: process.env.LETSCONNECT_USERNAME, password: process.env.LETSCONNECT_PASSWORD,
    oauth2Token: process.env.LETSCONNECT_OAUTH2_TOKEN,
  };
}

async function session(options: GlobalOptions): Promise<{ bot: Mwn; writer: PageWriter; log: Log }> {
  const log = consoleLog({ verbose: options.verbose, quiet: options.json });
  const target = targetFrom(options);
  const bot = await connect(target);
  const assert = await assertionFor(bot);
  const pauseMs = options.pause ?? (options.local ? 0 : assert === 'bot' ? 2000 : 10000);
  const shutoffPage = `User:${(target.username ?? 'LetsConnectBot').split('@')[0]}/Shutoff`;
  const writer = new PageWriter(bot, { dryRun: options.dryRun, pauseMs, shutoffPage, log, assert });
  log.verbose(`logged in to ${target.apiUrl}; assert=${assert}; pause ${pauseMs} ms; shutoff page [[${shutoffPage}]]`);
  return { bot, writer, log };
}

function printOutcomes(options: GlobalOptions, outcomes: WriteOutcome[], extra: Record<string, unknown> = {}): void {
  const edits = outcomes.filter((o) => o.action === 'created' || o.action === 'edited').length;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ edits, outcomes, ...extra }, null, 2)}\n`);
    return;
  }
  const skipped = outcomes.filter((o) => o.action === 'skipped');
  const planned = outcomes.filter((o) => o.action.startsWith('would-')).length;
  process.stdout.write(`${edits} edit(s)${options.dryRun ? `, ${planned} planned (dry run)` : ''}, ${outcomes.length - edits - planned - skipped.length} page(s) unchanged, ${skipped.length} skipped\n`);
  for (const o of skipped) process.stdout.write(`  skipped [[${o.title}]]: ${o.reason}\n`);
}

export function buildProgram(): Command {
  const program = new Command('letsconnect')
    .description("The Let's Connect bot: keeps the programme's session, calendar and participant pages in sync.")
    .version(BOT_VERSION)
    // Usage errors get their own exit code; help and version exit 0.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .addOption(new Option('--api <url>', "the wiki's api.php").env('LETSCONNECT_API'))
    .option('--local', 'use the local wiki made by `npm start` or `npm run wiki` (its URL and bot password)', false)
    .option('--local-dir <folder>', 'folder of that local wiki', '.wiki')
    .addOption(new Option('--root <page>', 'root page of the programme').default(DEFAULT_ROOT).env('LETSCONNECT_ROOT'))
    .option('--dry-run', 'print unified diffs of what would change; write nothing', false)
    .option('--verbose', 'say more about each step', false)
    .option('--json', 'print results as JSON on stdout', false)
    .option('--pause <ms>', 'wait between edits (default 2000 with a bot flag, 10000 without, 0 on --local)', (v) => Number.parseInt(v, 10))
    .addOption(new Option('--contact <url>', 'operator page named in the user agent').default('https://meta.wikimedia.org/wiki/User:LetsConnectBot').env('LETSCONNECT_CONTACT'))
    .addOption(new Option('--now <iso>', 'pretend the time is this (for tests and replays)').hideHelp())
    .addHelpText('after', `
Credentials come from the environment: LETSCONNECT_USERNAME and LETSCONNECT_PASSWORD (a bot
password, Name@app), or LETSCONNECT_OAUTH2_TOKEN. They are never printed.

Exit codes: ${EXIT.ok} done (validation problems are reported, not fatal); ${EXIT.failed} failed;
${EXIT.usage} bad command line; ${EXIT.shutoff} stopped by the shutoff page.`);

  program.command('install')
    .description('put the templates, the Lua module and the built gadget (with its Gadgets-definition line) on the wiki')
    .action(async () => {
      const options = program.opts<GlobalOptions>();
      const { writer } = await session(options);
      await writer.checkShutoff();
      const outcomes = await install(writer, wikiSources(), BOT_VERSION);
      printOutcomes(options, outcomes);
    });

  program.command('sync')
    .description('read every session and registration, then update the Upcoming template')
    .action(async () => {
      const options = program.opts<GlobalOptions>();
      const { bot, writer, log } = await session(options);
      const now = options.now ? new Date(options.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new Error(`--now "${options.now}" is not a time; write it as 2026-12-03T14:00:00Z.`);
      const result = await sync(bot, writer, { root: options.root, now, mode: options.dryRun ? 'dry run' : 'sync' }, log);
      printOutcomes(options, result.outcomes, { sessions: result.sessions, problems: result.problems });
      if (!options.json) process.stdout.write(`${result.sessions} session(s) published, ${result.problems.length} problem(s) reported\n`);
    });
  return program;
}

buildProgram().parseAsync().catch((error: unknown) => {
  if (error instanceof ShutoffError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT.shutoff);
  }
  process.stderr.write(`letsconnect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT.failed);
});
