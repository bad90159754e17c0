// `npm run wiki -- start|stop|reset|status`: the local MediaWiki used by the demo and by hand.
import { Command, Option } from 'commander';
import {
	DEFAULT_PORT,
	DEFAULT_WIKI_DIR,
	createWiki,
	readInfo,
	releaseOf,
	startServer,
	stopServer,
	type WikiDatabase,
} from './local-wiki';
import {
	MEDIAWIKI_VERSIONS,
	mediawikiRoot,
	type MediaWikiVersion,
} from './mediawiki-release';
import { describeWiki } from './wiki-description';

const program = new Command('wiki')
	.description(
		'Manage the throwaway local MediaWiki (Debian package, SQLite or MariaDB, php -S on 127.0.0.1)',
	)
	.option('--dir <folder>', 'where the wiki lives', DEFAULT_WIKI_DIR)
	.option(
		'--port <port>',
		'port on 127.0.0.1 for a new wiki',
		(v) => Number.parseInt(v, 10),
		DEFAULT_PORT,
	)
	.addOption(
		new Option(
			'--mw <version>',
			"MediaWiki release of a new wiki (1.43: Debian trixie's package, downloaded once into .cache/)",
		)
			.choices([...MEDIAWIKI_VERSIONS])
			.default('1.39')
			.env('LC_MEDIAWIKI'),
	)
	.addOption(
		new Option(
			'--db <database>',
			'database of a new wiki: SQLite with one PHP worker, or MariaDB (a server of its own in the folder, as root) with six, where saves race as on Meta',
		)
			.choices(['sqlite', 'mariadb'])
			.default('sqlite'),
	);

type Options = {
	dir: string;
	port: number;
	mw: MediaWikiVersion;
	db: WikiDatabase;
};

program
	.command('start')
	.description('create the wiki if needed and serve it in the background')
	.action(async () => {
		const { dir, port, mw, db } = program.opts<Options>();
		const existing = readInfo(dir);
		if (existing && releaseOf(existing).version !== mw)
			throw new Error(
				`The wiki in ${dir} runs MediaWiki ${releaseOf(existing).version}: use \`reset --mw ${mw}\` to make a ${mw} wiki there (its pages are lost), or another --dir.`,
			);
		const info = existing ?? (await createWiki(dir, port, mw, db));
		console.log(describeWiki(await startServer(info)));
	});

program
	.command('stop')
	.description('stop serving the wiki (its pages are kept)')
	.action(() => {
		const info = readInfo(program.opts<{ dir: string }>().dir);
		if (info) stopServer(info);
		console.log('stopped');
	});

program
	.command('reset')
	.description('stop, delete and create the wiki anew, then serve it')
	.action(async () => {
		const { dir, port, mw, db } = program.opts<Options>();
		const old = readInfo(dir);
		if (old) stopServer(old);
		console.log(
			describeWiki(
				await startServer(await createWiki(dir, old?.port ?? port, mw, db)),
			),
		);
	});

program
	.command('fetch')
	.description(
		'make the MediaWiki code of every release ready (1.43: downloaded once), and nothing else',
	)
	.action(() => {
		for (const version of MEDIAWIKI_VERSIONS)
			console.log(`MediaWiki ${version}: ${mediawikiRoot(version)}`);
	});

program
	.command('status')
	.description('print URL, credentials and whether it is served')
	.action(() => {
		const info = readInfo(program.opts<{ dir: string }>().dir);
		console.log(
			info ? describeWiki(info) : 'No local wiki yet: npm run wiki -- start',
		);
	});

program.parseAsync().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
