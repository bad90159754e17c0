// The step of `sync` that tells followers of new sessions (bot/notices/follow-notices.ts), over
// one root or, in a --hubs run, every root at once (someone may follow another hub), and says
// what it held back in the report's section for it.
import type { WikiClient } from '../wiki/client';
import type { Log } from '../wiki/log';
import type { PageWriter } from '../wiki/page-writer';
import type { Programme } from '../programme/read-programme';
import { hubOf, rootFamily } from '../programme/roots';
import { tellFollowers } from '../notices/follow-notices';
import {
	FOLLOWERS_REGION,
	followersRegion,
	messageSectionTransform,
} from '../../shared/pages/bot-report';
import { describeProblem } from '../../shared/model/problems';
import { reportPageTitle } from '../../shared/model/titles';
import { isoSecond } from '../../shared/model/rules';
import type { SyncOptions } from './options';

export interface FollowedProgramme {
	root: string;
	programme: Pick<
		Programme,
		'sessions' | 'participants' | 'config' | 'trustedLiaisons'
	>;
}

/** Tells the followers of these roots' sessions; the report of `options.root` says what was held back. */
export async function newsForFollowers(
	bot: WikiClient,
	writer: PageWriter,
	programmes: FollowedProgramme[],
	options: Pick<SyncOptions, 'root' | 'mode' | 'now'>,
	sent: { sent: number },
	log: Log,
): Promise<void> {
	const family = await rootFamily(writer, options.root);
	const { config } = programmes[0].programme;
	const { told, held } = await tellFollowers(
		bot,
		writer,
		programmes.map(({ root, programme }) => ({
			hub: hubOf(family, root),
			sessions: programme.sessions,
			participants: programme.participants,
			liaisons: programme.trustedLiaisons,
		})),
		{
			mode: options.mode,
			now: options.now,
			sent,
			limits: {
				perRun: config.maxMessagesPerRun,
				perSession: config.maxMessagesPerSession,
			},
		},
		log,
	);
	for (const p of held) log.warn(describeProblem(p));
	await writer.write(
		reportPageTitle(options.root),
		messageSectionTransform(
			FOLLOWERS_REGION,
			followersRegion(isoSecond(options.now), told, held),
		),
		`Let's Connect bot (${options.mode}): news for followers`,
	);
}
