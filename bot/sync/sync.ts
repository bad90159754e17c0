// `letsconnect sync`: brings every bot region up to date from what liaisons and participants
// wrote, in named steps: read the programme; close registration of ended sessions; keep the
// registration pages (made, headers true, own lines put back, promotions and news told, rosters
// saved); write the lists; write the report of every problem found.
import type { WikiClient } from '../wiki/client';
import { describeProblem, type Problem } from '../../shared/model/problems';
import { configPageTitle, followNewsTitle } from '../../shared/model/titles';
import type { Log } from '../wiki/log';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { readProgramme, type Programme } from '../programme/read-programme';
import { REGION_KINDS, regionPage } from './generated-pages';
import type { SyncOptions } from './options';
import { closeEndedRegistrations } from './close-registrations';
import { keepRegistrationPages } from './registration-pages';
import { writeLists } from './lists';
import { writeReport } from './report';
import { newsForFollowers } from './followers';

export type { SyncOptions } from './options';

export interface SyncResult {
	sessions: number;
	/** What the run read of the root, for the calendar of all hubs and its followers. */
	programme: Pick<
		Programme,
		'sessions' | 'counts' | 'config' | 'participants' | 'trustedLiaisons'
	>;
	problems: Problem[];
	outcomes: WriteOutcome[];
	pagesRead: number;
}

export async function sync(
	bot: WikiClient,
	writer: PageWriter,
	options: SyncOptions,
	log: Log,
): Promise<SyncResult> {
	// One batch for the bot's own pages, the config and the generated pages: the first requests of
	// the run, and the bases of any edit of those pages later.
	// This root's own outcomes (one writer serves every root of a --hubs run).
	const firstOutcome = writer.outcomes.length;
	await writer.read([
		writer.shutoffPage,
		configPageTitle(options.root),
		...REGION_KINDS.map((kind) => regionPage(kind, options.root).title),
		followNewsTitle(writer.account),
	]);
	await writer.checkShutoff(false);
	// The Config's session defaults are what the session pages show (the module reads the Config too).
	const programme = await readProgramme(
		bot,
		writer,
		options.root,
		options.now,
		log,
		{ otherRoots: options.otherRoots },
	);
	writer.waitBudget.configure(programme.config.maxWaitSeconds);
	// Every message of the run counts towards its cap: places, news of changes, news for followers.
	const sent = options.messages ?? { sent: 0 };
	programme.problems.unshift(...(options.earlierProblems ?? []));
	for (const p of programme.problems) log.warn(describeProblem(p));
	writer.planned.push(
		...REGION_KINDS.filter((kind) => options.kinds.has(kind)).map(
			(kind) => regionPage(kind, options.root).title,
		),
	);
	// Pages people own first: what they change (places, closed registrations) shows in the lists.
	if (options.kinds.has('sessions'))
		await closeEndedRegistrations(writer, programme, options);
	if (options.kinds.has('registrations'))
		await keepRegistrationPages(bot, writer, programme, options, sent);
	await writeLists(bot, writer, programme, options);
	// Followers hear of sessions once they are on the lists (a --hubs run tells them of every hub's at the end).
	if (options.kinds.has('followers'))
		await newsForFollowers(
			bot,
			writer,
			[{ root: options.root, programme }],
			options,
			sent,
			log,
		);
	if (options.kinds.has('report'))
		await writeReport(writer, programme, options, firstOutcome);
	return {
		sessions: programme.sessions.length,
		programme,
		problems: programme.problems,
		outcomes: [...writer.outcomes],
		pagesRead: programme.pagesRead,
	};
}
