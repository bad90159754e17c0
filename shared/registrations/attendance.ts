// Attendance: after a session its sharers and the root's liaisons mark who came, as
// `attended=yes` on the registration lines (and a line of its own for someone who came without
// signing up). A mark counts only when one of them wrote it with their own account: the bot
// records it from the page's history (verify-places.ts). Places never depend on a mark.
import { getParam } from '../wikitext/template-parser';
import { applyEdits, setParams } from '../wikitext/template-editor';
import { escapeTemplateValue } from '../wikitext/escape';
import { normaliseUsername } from '../model/usernames';
import {
	appendLine,
	REGISTRATION_TEMPLATE,
	registrationLines,
	type RegistrationLine,
} from './registration-page';

export const ATTENDED_PARAM = 'attended';

const saysYes = (value: string | undefined) =>
	(value ?? '').trim().toLowerCase() === 'yes';

/** A line's words without its attendance mark: what bears on a place and a choice. */
export function placeWords(line: RegistrationLine): string {
	const marks = (line.call?.params ?? []).filter(
		(p) => p.named && p.name === ATTENDED_PARAM,
	);
	if (marks.length === 0) return line.text.trim();
	const offset = line.start;
	return applyEdits(
		line.text,
		marks.map((p) => ({
			start: p.start - offset,
			end: p.end - offset,
			text: '',
		})),
	).trim();
}

/** Whether a line marks its user as having come. */
export const isMarked = (line: RegistrationLine) =>
	!!line.call && saysYes(getParam(line.call, ATTENDED_PARAM));

/** Everyone a line of the page marks as having come. */
export function attendanceMarks(text: string): Set<string> {
	return new Set(
		registrationLines(text)
			.filter(isMarked)
			.map((l) => l.user),
	);
}

/** The line for someone who came without signing up: it holds no place (verify-places.ts). */
export function attendanceLine(user: string): string {
	return `{{${REGISTRATION_TEMPLATE}|user=${escapeTemplateValue(user)}|${ATTENDED_PARAM}=yes}}`;
}

export interface AttendanceTaken {
	/** Who came: their lines get `attended=yes`, or a line of their own if they have none. */
	came: string[];
	/** Who did not come: a mark on their lines becomes `attended=no`. */
	missed: string[];
}

/**
 * The registration page with the attendance taken: the named people's template lines marked (a
 * hand-written signature cannot carry a mark, so its author gets a line of their own), every
 * other byte as it was. The same text when nothing changes.
 */
export function withAttendance(text: string, taken: AttendanceTaken): string {
	const came = new Set(taken.came.map(normaliseUsername));
	const missed = new Set(taken.missed.map(normaliseUsername));
	const lines = registrationLines(text).filter((l) => l.call);
	const edits = lines.flatMap((line) => {
		const call = line.call!;
		const mark = getParam(call, ATTENDED_PARAM);
		const value =
			came.has(line.user) && !saysYes(mark)
				? 'yes'
				: missed.has(line.user) && saysYes(mark)
					? 'no'
					: undefined;
		if (!value) return [];
		const marked = setParams(text, call, { [ATTENDED_PARAM]: value });
		// The one edit setParams made, as a span of the original text.
		const tail = text.length - call.end;
		return [
			{
				start: call.start,
				end: call.end,
				text: marked.slice(call.start, marked.length - tail),
			},
		];
	});
	let next = applyEdits(text, edits);
	const withLine = new Set(lines.map((l) => l.user));
	for (const user of [...came].filter((u) => !withLine.has(u)))
		next = appendLine(next.replace(/\s+$/, ''), attendanceLine(user));
	return next;
}
