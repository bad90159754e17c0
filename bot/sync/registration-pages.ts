// The registration pages: a new session's page made, each page's header kept true, a person's own
// line put back where another editor changed it, whoever got a place after waiting told, news of
// a changed session told, and each page's verified roster saved (the places: bot/places/).
import type { WikiClient } from '../wiki/client';
import {
	registrationPageTitle,
	reportPageTitle,
} from '../../shared/model/titles';
import { hasEnded } from '../../shared/model/rules';
import { summarise } from '../../shared/registrations/registration-page';
import {
	sourceOf,
	withHeader,
} from '../../shared/registrations/registration-header';
import type { PageWriter } from '../wiki/page-writer';
import type { Programme } from '../programme/read-programme';
import { tellChanges } from '../notices/change-notices';
import { publishedOf } from '../../shared/talk/session-changes';
import {
	afterOwnEdit,
	linesOfRoster,
	newPageRoster,
	restorationProblems,
	restorationTransform,
	saveRoster,
	tellPromoted,
} from '../places/write';
import { placesOf } from '../../shared/registrations/roster';
import { MessageGate } from '../wiki/message-gate';
import type { SyncOptions } from './options';

function registrationIntro(): string {
	// Words from the labels, in the root's language (or the reader's): no numbers, no title (the
	// header above names the session), so that the text is the same once written.
	return "{{Let's Connect/Intro|registrations}}\n<!-- One {{Let's Connect/Registration}} per line, newest last; to cancel, set status=cancelled on your own line instead of deleting it. -->";
}

/**
 * Creates the registration pages of new sessions and keeps their headers true; puts back the
 * lines of people whose words another editor changed; tells everyone who got a place after
 * waiting; saves each page's verified roster (bot/places/).
 */
export async function keepRegistrationPages(
	bot: WikiClient,
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
	sent = { sent: 0 },
): Promise<void> {
	const limits = {
		perRun: programme.config.maxMessagesPerRun,
		perSession: programme.config.maxMessagesPerSession,
	};
	const gate = new MessageGate(bot, limits, '"you have a place"', sent);
	const changes = new MessageGate(bot, limits, 'news of a change', sent);
	const run = { root: options.root, mode: options.mode };
	for (const session of programme.sessions) {
		const title = registrationPageTitle(options.root, session.id);
		const list = programme.registrations.get(session.id);
		const source = sourceOf(session);
		const upcoming =
			!hasEnded(session.endUtc, options.now) && session.status !== 'cancelled';
		if (!list) {
			if (!upcoming) continue;
			// A registration page deleted and made again keeps everyone's own lines and places.
			const kept = programme.orphanRosters.get(session.id);
			const body = [registrationIntro(), linesOfRoster(kept)]
				.filter(Boolean)
				.join('\n');
			const text = withHeader(body, source);
			const created = await writer.write(
				title,
				(current) => current ?? text,
				`Let's Connect bot (${options.mode}): registration page for ${kept ? `the session "${session.id}", made again with the places its roster held` : `the new session "${session.id}"`}`,
			);
			// Its roster from the start: nobody on it yet, or the places kept.
			const roster = newPageRoster(writer, title, created, text, kept);
			if (roster) {
				roster.roster.owner = {
					...(session.pageId ? { pageid: session.pageId } : {}),
					title: session.page,
				};
				// What its people will be told changes against, from now on.
				roster.roster.published ??= publishedOf(session, options.now);
				await saveRoster(writer, roster, run);
			}
			const places = placesOf(text, roster?.roster ?? kept, session.capacity);
			programme.registrations.set(session.id, places);
			programme.counts.set(session.id, summarise(places));
			continue;
		}
		const checked = programme.places.get(session.id);
		if (!checked) continue;
		const read = programme.registrationTexts.get(session.id) ?? '';
		// Until the session has ended, someone else's change to a person's line is undone.
		const restore = !hasEnded(session.endUtc, options.now);
		const { transform, result } = restorationTransform(checked, (text) =>
			withHeader(text, source),
		);
		const planned = restore ? transform(read) : withHeader(read, source);
		if (planned !== read) {
			// The header is written whatever {{nobots}} says: it is the bot's own region, and a frozen
			// header would let whoever froze it decide what the gadget believes.
			const outcome = await writer.write(
				title,
				restore
					? transform
					: (current) =>
							current === undefined
								? { skip: 'the registration page was deleted during the run' }
								: withHeader(current, source),
				`Let's Connect bot (${options.mode}): ${result.restored.length > 0 ? `put back the lines of ${result.restored.join(', ')}, changed by another editor; ` : ''}the session's state in the header ([[${reportPageTitle(options.root)}|report]])`,
			);
			const failed =
				outcome.action === 'failed' || outcome.action === 'skipped'
					? (outcome.reason ?? outcome.action)
					: undefined;
			programme.problems.push(
				...restorationProblems(checked, session.id, { ...result, failed }),
			);
			if (!failed && typeof planned === 'string')
				afterOwnEdit(checked, outcome, planned);
		} else if (result.unreadable.length > 0) {
			// Nothing could be written, and it says so: a line that cannot be put back where it counts.
			programme.problems.push(
				...restorationProblems(checked, session.id, {
					restored: [],
					unreadable: result.unreadable,
				}),
			);
		}
		if (upcoming) await tellPromoted(writer, gate, checked, session, list, run);
		programme.problems.push(
			...(await tellChanges(bot, writer, changes, checked, session, list, {
				...run,
				now: options.now,
				liaisons: programme.trustedLiaisons,
			})),
		);
		// The page that has this id now keeps it, moved or not.
		checked.roster.owner = {
			...(session.pageId ? { pageid: session.pageId } : {}),
			title: session.page,
		};
		await saveRoster(writer, checked, run);
	}
	programme.problems.push(...gate.problems(), ...changes.problems());
}
