// `sync --hubs`: one run for the main programme and every hub its registry lists, then the main
// programme's calendar of all hubs and its toolkit. Each root is synced as on its own (its own
// config, sessions, registrations and report); no root takes another's sessions for strays.
import type { WikiClient } from '../wiki/client';
import { MAIN_HUB_NAME, type Hub } from '../../shared/model/hubs';
import { describeProblem } from '../../shared/model/problems';
import {
	allHubsPageTitle,
	hubsPageTitle,
	toolkitPageTitle,
} from '../../shared/model/titles';
import { othersThan, rootFamily } from '../programme/roots';
import {
	allHubsPage,
	toolkitPage,
	type HubProgramme,
} from '../../shared/pages/hub-pages';
import type { Log } from '../wiki/log';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { sync, type SyncOptions, type SyncResult } from './sync';
import { newsForFollowers } from './followers';
import { REGION_KINDS, regionPage, type RegionKind } from './generated-pages';
import { writeProgrammeEvaluation } from './lists';
import type { RootProgramme } from '../../shared/stats/evaluation';

export interface HubsResult {
	hubs: Hub[];
	results: { root: string; result: SyncResult }[];
	outcomes: WriteOutcome[];
}

/** The hubs' roots a run serves, from the registry; its problems said in the log. */
export async function hubRootsServed(
	writer: PageWriter,
	root: string,
	log: Log,
): Promise<string[]> {
	const family = await rootFamily(writer, root);
	for (const p of family.problems) log.warn(describeProblem(p));
	return family.hubs.map((h) => h.root);
}

export async function syncHubs(
	bot: WikiClient,
	writer: PageWriter,
	options: SyncOptions,
	log: Log,
): Promise<HubsResult> {
	const registry = hubsPageTitle(options.root);
	// Each root's pages outside it (session-pages), so that no other root takes them for strays.
	const family = await rootFamily(writer, options.root);
	const { hubs, problems } = family;
	for (const p of problems) log.warn(describeProblem(p));
	log.info(`${hubs.length} hub(s) on [[${registry}]]`);
	const roots = [options.root, ...hubs.map((h) => h.root)];
	const results: HubsResult['results'] = [];
	// What each root read, for the programme's evaluation by hub (written last).
	const evaluated = new Map<string, RootProgramme>();
	// Every message of the run, whichever root's, counts towards the run's cap.
	const messages = { sent: 0 };
	for (const root of roots) {
		log.info(`— ${root}`);
		// A hub writes only pages under its own root: Template:Let's Connect/Upcoming and /Stats are the programme's.
		// Followers hear of every hub's sessions at once, after all roots are synced.
		const kinds = new Set(
			[...options.kinds].filter(
				(kind) =>
					kind !== 'followers' &&
					(root === options.root ||
						!(REGION_KINDS as readonly string[]).includes(kind) ||
						regionPage(kind as RegionKind, root).title.startsWith(`${root}/`)),
			),
		);
		const result = await sync(
			bot,
			writer,
			{
				...options,
				root,
				kinds,
				otherRoots: othersThan(family, root),
				earlierProblems: root === options.root ? problems : [],
				evaluation: { programmes: evaluated, later: root === options.root },
				messages,
			},
			log,
		);
		results.push({ root, result });
	}
	if (options.kinds.has('followers'))
		await newsForFollowers(
			bot,
			writer,
			results.map(({ root, result }) => ({
				root,
				programme: result.programme,
			})),
			options,
			messages,
			log,
		);
	const main = results[0].result.programme;
	const programmes: HubProgramme[] = results.map(({ root, result }, i) => ({
		hub:
			i === 0
				? { name: MAIN_HUB_NAME, root, language: main.config.defaultLanguage }
				: hubs[i - 1],
		sessions: result.programme.sessions,
		counts: result.programme.counts,
		liaisons: result.programme.config.liaisons,
	}));
	const summary = (what: string) =>
		`Let's Connect bot (${options.mode}): ${what} from ${hubs.length} hub(s) on [[${registry}]]`;
	await writer.write(
		allHubsPageTitle(options.root),
		() => allHubsPage(programmes, options.now),
		summary('update the calendar of all hubs'),
	);
	await writer.write(
		toolkitPageTitle(options.root),
		() => toolkitPage(options.root, hubs),
		summary('update the hub toolkit'),
	);
	await writeProgrammeEvaluation(
		bot,
		writer,
		roots.flatMap((root, i) => {
			const read = evaluated.get(root);
			return read
				? [{ ...read, name: i === 0 ? MAIN_HUB_NAME : hubs[i - 1].name }]
				: [];
		}),
		options,
		results[0].result.problems,
	);
	return { hubs, results, outcomes: [...writer.outcomes] };
}
