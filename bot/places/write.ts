// Writing side of verified places, one registration page at a time: the person's own words put
// back where someone else changed them, whoever moved up told once, and the roster saved on the
// bot's own JSON page (only after the messages, so a run stopped in between tells them next
// time; the talk page's marker keeps anyone from being told twice).
import { problem, type Problem } from '../../shared/model/problems';
import type { Session } from '../../shared/model/session';
import {
	reportPageTitle,
	rosterPageTitle,
	talkPageTitle,
} from '../../shared/model/titles';
import { promotionMessage, withMessage } from '../../shared/talk/talk-messages';
import type { Registration } from '../../shared/registrations/registration-page';
import { registrationLines } from '../../shared/registrations/registration-page';
import {
	emptyRoster,
	lineHash,
	parseRoster,
	serialiseRoster,
	type Roster,
} from '../../shared/registrations/roster';
import { restoreOwnWords } from '../../shared/registrations/verify-places';
import type { MessageGate } from '../wiki/message-gate';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import type { VerifiedPage } from './verify';

export interface PlacesRun {
	root: string;
	mode: string;
}

/**
 * The registration page with the lines of people whose words another editor changed put back,
 * and `also` (the header) applied; says whose were put back, and whose could not be.
 */
export function restorationTransform(
	checked: VerifiedPage,
	also: (text: string) => string,
) {
	const result = { restored: [] as string[], unreadable: [] as string[] };
	const transform = (current: string | undefined) => {
		if (current === undefined)
			return { skip: 'the registration page was deleted during the run' };
		const restoration = restoreOwnWords(current, checked.roster, checked.text);
		result.restored = restoration.restored;
		result.unreadable = restoration.unreadable;
		return also(restoration.text);
	};
	return { transform, result };
}

/**
 * After the bot's own edit of the page (the header, lines put back): when it was based on the
 * revision the roster was verified through, the roster stands through the new revision too, and
 * every line the bot saved is known to the gadget; the next run then has nothing to replay.
 */
export function afterOwnEdit(
	checked: VerifiedPage,
	outcome: WriteOutcome,
	text: string,
): void {
	if (!outcome.revision || outcome.base !== checked.roster.revision) return;
	checked.roster.revision = outcome.revision;
	checked.roster.seen = [
		...new Set(registrationLines(text).map((l) => lineHash(l.text))),
	];
}

/** The lines a registration page made again holds: everyone's own lines, as the roster kept them. */
export function linesOfRoster(roster: Roster | undefined): string {
	return (roster?.entries ?? []).flatMap((e) => e.own).join('\n');
}

/**
 * The roster of a registration page the bot has just created (or made again after a deletion,
 * with the places the old roster held): verified through the new revision.
 */
export function newPageRoster(
	writer: Pick<PageWriter, 'account'>,
	title: string,
	outcome: WriteOutcome,
	text: string,
	kept?: Roster,
): VerifiedPage | undefined {
	if (outcome.action !== 'created' || !outcome.revision) return undefined;
	const roster = {
		...(kept ?? emptyRoster(title)),
		revision: outcome.revision,
		seen: registrationLines(text).map((l) => lineHash(l.text)),
	};
	return {
		title,
		rosterTitle: rosterPageTitle(writer.account, title),
		stored: kept,
		roster,
		text,
		unreadable: false,
	};
}

export function restorationProblems(
	checked: VerifiedPage,
	sessionId: string,
	outcome: { restored: string[]; unreadable: string[]; failed?: string },
): Problem[] {
	const where = { page: checked.title, sessionId };
	const found: Problem[] = [];
	if (outcome.failed && outcome.restored.length > 0) {
		found.push(
			problem(
				'registration-line-not-restored',
				`The bot could not put back the lines of ${outcome.restored.join(', ')} (${outcome.failed}). Their places are kept; please ask a liaison to restore their lines from the page's history.`,
				where,
			),
		);
	} else if (outcome.restored.length > 0) {
		found.push(
			problem(
				'registration-line-restored',
				`The bot put back the lines of ${outcome.restored.join(', ')} as they wrote them, after another editor changed them.`,
				where,
				'warning',
			),
		);
	}
	if (outcome.unreadable.length > 0) {
		found.push(
			problem(
				'registration-line-not-restored',
				`The lines of ${outcome.unreadable.join(', ')} could not be put back where the wiki reads them (the page ends inside an unclosed comment or tag). Their places are kept; please ask a liaison to close it and restore their lines.`,
				where,
			),
		);
	}
	return found;
}

/**
 * Tells everyone who waited at some point and now has a place, once: who waited comes from the
 * verified history (a join and a move-up between two runs included), not from a memory of what
 * the last run saw.
 */
export async function tellPromoted(
	writer: PageWriter,
	gate: MessageGate,
	checked: VerifiedPage,
	session: Session,
	list: Registration[],
	run: PlacesRun,
): Promise<void> {
	const waitedAndPlaced = list
		.filter((r) => r.status === 'registered')
		.map((r) => checked.roster.entries.find((e) => e.user === r.user))
		.filter((e) => e !== undefined && e.waited && !e.told)
		.map((e) => e!.user);
	const title = checked.title;
	for (const user of await gate.asked(session.id, title, waitedAndPlaced)) {
		if (gate.holdsBack(session.id, title, user)) continue;
		const joined = checked.roster.entries.find((e) => e.user === user)?.joined
			.revision;
		// In the language their line records (the interface they signed up in).
		const lang = list.find((r) => r.user === user)?.lang;
		const outcome = await writer.write(
			talkPageTitle(user),
			(current) =>
				withMessage(current, promotionMessage(session, joined, lang), '~~~~'),
			`Let's Connect bot (${run.mode}): you have a place in "${session.id}" ([[${reportPageTitle(run.root)}|report]])`,
			{ respectBots: { message: 'letsconnect' } },
		);
		gate.count(session.id, outcome);
		const entry = checked.roster.entries.find((e) => e.user === user);
		// Told now, or before (the message is on the page); a talk page that asks bots to stay away is on the report.
		if (entry && ['created', 'edited', 'unchanged'].includes(outcome.action))
			entry.told = true;
	}
}

/** Saves the roster on the bot's JSON page when it changed; a newer roster saved meanwhile by another run is kept. */
export async function saveRoster(
	writer: PageWriter,
	checked: VerifiedPage,
	run: PlacesRun,
): Promise<void> {
	const text = serialiseRoster(checked.roster);
	if (checked.stored && serialiseRoster(checked.stored) === text) return;
	await writer.write(
		checked.rosterTitle,
		(current) => {
			const theirs = parseRoster(current, checked.title);
			// Another run's newer roster wins; a registration page made again starts at a newer revision.
			if (theirs && theirs.revision > checked.roster.revision)
				return { skip: 'another run verified a newer revision meanwhile' };
			return text;
		},
		`Let's Connect bot (${run.mode}): who holds a place on [[${checked.title}]], from each person's own edits ([[${reportPageTitle(run.root)}|report]])`,
	);
}
