// Validation problems: a stable code for machines, a clear English message for liaisons.

export type Severity = 'error' | 'warning';

export interface Problem {
	code: string;
	severity: Severity;
	message: string;
	/** Page and template where the problem is, and the parameter when there is one. */
	page?: string;
	template?: string;
	param?: string;
	/** Session id, when known, to group problems in the report. */
	sessionId?: string;
	/** The revision of the page it was found in (or of the edit it is about): newest first in the report. */
	revision?: number;
}

export function problem(
	code: string,
	message: string,
	where: Omit<Problem, 'code' | 'message' | 'severity'> = {},
	severity: Severity = 'error',
): Problem {
	return { code, severity, message, ...where };
}

/** `Page, Template, parameter "x": message` — one line for a log, in plain words. */
export function describeProblem(p: Problem): string {
	const place = [
		p.page ?? '',
		p.template ?? '',
		p.param ? `parameter "${p.param}"` : '',
	]
		.filter(Boolean)
		.join(', ');
	const words = p.message.replace(
		/\[\[([^[\]|]+)(?:\|([^[\]]*))?\]\]/g,
		(_, title: string, label?: string) => label ?? title,
	);
	return `${p.severity === 'error' ? 'Error' : 'Warning'} (${p.code})${place ? ` in ${place}` : ''}: ${words}`;
}
