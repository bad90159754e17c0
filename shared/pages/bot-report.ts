// ROOT/Bot report: what the last run changed, every problem with a link to its page, and every
// page skipped and why. Written for liaisons: plain words, grouped by page.
import type { Problem } from '../model/problems';
import { pageLink, plain } from './wikitable';
import {
	beginMarker,
	endMarker,
	findRegion,
	regionTransform,
} from '../regions';
import {
	byPageNewestFirst,
	countOf,
	linkableIn,
	reportWikitext,
} from './problem-words';

export interface ReportOutcome {
	title: string;
	action: string;
	reason?: string;
}

export interface RunSummary {
	/** UTC time of the run, ISO 8601. */
	at: string;
	mode: string;
	revision: string;
	sessions: number;
	problems: Problem[];
	outcomes: ReportOutcome[];
	/** Pages the bot names in its messages (beyond the problems' own): the session pages, the Config, the rosters. */
	linkable?: string[];
}

export function botReportRegion(run: RunSummary): string {
	const errors = run.problems.filter((p) => p.severity === 'error');
	const warnings = run.problems.filter((p) => p.severity === 'warning');
	const changed = run.outcomes.filter((o) =>
		['created', 'edited', 'would-create', 'would-edit'].includes(o.action),
	);
	const skipped = run.outcomes.filter((o) => o.action === 'skipped');
	const lines = [
		`This report was written by the run of ${run.at.replace('T', ' ').replace('Z', ' UTC')} (${plain(run.mode)}, bot revision ${plain(run.revision)}). ` +
			`${countOf(run.sessions, 'session')} published; ${countOf(errors.length, 'error')} and ${countOf(warnings.length, 'warning')} found; ${countOf(changed.length, 'page')} changed; ${countOf(skipped.length, 'page')} skipped.`,
		'',
		'== Problems ==',
	];
	if (run.problems.length === 0) {
		lines.push("''No problems found. Thank you!''");
	} else {
		// By page, the page changed last first: what a liaison just did is on top. Links only where
		// the bot wrote them: to the pages of the report, and the pages these problems name.
		const linkable = linkableIn(
			[
				...run.problems.map((p) => p.page ?? ''),
				...(run.linkable ?? []),
			].filter(Boolean),
		);
		for (const { page, problems } of byPageNewestFirst(run.problems)) {
			lines.push(`; ${page ? pageLink(page) : 'Not tied to a page'}`);
			for (const p of problems) {
				const where = [
					p.sessionId ? `session ${plain(p.sessionId)}` : '',
					p.param ? `parameter <code>${plain(p.param)}</code>` : '',
				]
					.filter(Boolean)
					.join(', ');
				lines.push(
					`: ${p.severity === 'error' ? "'''Error'''" : 'Warning'} <code>${p.code}</code>${where ? ` (${where})` : ''}: ${reportWikitext(p.message, linkable)}`,
				);
			}
		}
	}
	lines.push('', '== Pages skipped ==');
	lines.push(
		skipped.length === 0
			? "''None.''"
			: skipped
					.map((o) => `* ${pageLink(o.title)}: ${plain(o.reason ?? '')}`)
					.join('\n'),
	);
	lines.push('', '== Pages changed ==');
	lines.push(
		changed.length === 0
			? "''None: everything was up to date.''"
			: changed.map((o) => `* ${pageLink(o.title)} (${o.action})`).join('\n'),
	);
	return lines.join('\n');
}

/**
 * What may differ between two reports without being worth an edit: the line naming the run, and
 * (when the run changed no page) the list of pages changed, which then keeps the last run's.
 */
export function reportNoise(runChangedPages: boolean): RegExp {
	return runChangedPages
		? /^This report was written[^\n]*/m
		: /^This report was written[^\n]*|== Pages changed ==[\s\S]*$/gm;
}

export const REMINDERS_REGION = 'reminders';

/** The reminders section: the last reminders run, and every reminder it held back and why. */
export function remindersRegion(
	at: string,
	sessions: number,
	held: Problem[],
): string {
	return messagesSection(
		`Reminders run of ${utcTime(at)}: ${countOf(sessions, 'session')} starting soon; ${held.length === 0 ? 'no reminder held back.' : 'held back:'}`,
		held,
	);
}

export const FOLLOWERS_REGION = 'followers';

/** The followers' section: the last run's news for followers, and what it held back and why. */
export function followersRegion(
	at: string,
	told: number,
	held: Problem[],
): string {
	return messagesSection(
		`News for followers, run of ${utcTime(at)}: ${countOf(told, 'message')} left; ${held.length === 0 ? 'none held back.' : 'held back:'}`,
		held,
	);
}

/** Each report section of messages: its heading, and the run's time in its first line (no reason for an edit). */
const MESSAGE_SECTIONS = {
	[REMINDERS_REGION]: {
		heading: 'Reminders',
		first: /^Reminders run of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/m,
	},
	[FOLLOWERS_REGION]: {
		heading: 'News for followers',
		first: /^News for followers, run of \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/m,
	},
} as const;

/**
 * The transform that writes a section of messages on the report: a report page made before the
 * section existed gets it at the end (the page is the bot's); a change of the run's time alone
 * is no edit.
 */
export function messageSectionTransform(
	region: keyof typeof MESSAGE_SECTIONS,
	content: string,
): (current: string | undefined) => string | { skip: string } {
	const { heading, first } = MESSAGE_SECTIONS[region];
	const write = regionTransform(region, content, first);
	return (current) =>
		write(
			current === undefined || findRegion(current, region) !== 'missing'
				? current
				: `${current.replace(/\s+$/, '')}\n\n== ${heading} ==\n${beginMarker(region)}\n${endMarker(region)}`,
		);
}

const utcTime = (at: string) => at.replace('T', ' ').replace('Z', ' UTC');

function messagesSection(first: string, held: Problem[]): string {
	const lines = [first];
	const linkable = linkableIn(held.map((p) => p.page ?? '').filter(Boolean));
	for (const p of held)
		lines.push(
			`* ${p.page ? `${pageLink(p.page)}: ` : ''}${reportWikitext(p.message, linkable)}`,
		);
	return lines.join('\n');
}
