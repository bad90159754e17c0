// `npm run wiki -- start|stop|reset|status`: the local MediaWiki used by the demo and by hand.
import { Command } from 'commander';
import { DEFAULT_PORT, DEFAULT_WIKI_DIR, createWiki, readInfo, startServer, stopServer } from './local-wiki';
import { describeWiki } from './wiki-description';

const program = new Command('wiki')
  .description('Manage the throwaway local MediaWiki (Debian package, SQLite, php -S on 127.0.0.1)')
  .option('--dir <folder>', 'where the wiki lives', DEFAULT_WIKI_DIR)
  .option('--port <port>', 'port on 127.0.0.1 for a new wiki', (v) => Number.parseInt(v, 10), DEFAULT_PORT);

program.command('start').description('create the wiki if needed and serve it in the background').action(async () => {
  const { dir, port } = program.opts<{ dir: string; port: number }>();
  const info = readInfo(dir) ?? (await createWiki(dir, port));
  console.log(describeWiki(await startServer(info)));
});

program.command('stop').description('stop serving the wiki (its pages are kept)').action(() => {
  const info = readInfo(program.opts<{ dir: string }>().dir);
  if (info) stopServer(info);
  console.log('stopped');
});

program.command('reset').description('stop, delete and create the wiki anew, then serve it').action(async () => {
  const { dir, port } = program.opts<{ dir: string; port: number }>();
  const old = readInfo(dir);
  if (old) stopServer(old);
  console.log(describeWiki(await startServer(await createWiki(dir, old?.port ?? port))));
});

program.command('status').description('print URL, credentials and whether it is served').action(() => {
  const info = readInfo(program.opts<{ dir: string }>().dir);
  console.log(info ? describeWiki(info) : 'No local wiki yet: npm run wiki -- start');
});

program.parseAsync().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
