// The evaluation as plain text for a terminal (`letsconnect stats`): a table for each series,
// columns aligned, short headers with their meaning said once.
import type { Evaluation, Figures } from './evaluation';

/** Each figure's column: a short header, its meaning, and what the meaning leaves unsaid. */
const COLUMNS: {
	figure: keyof Figures;
	head: string;
	meaning: string;
	more?: string;
}[] = [
	{ figure: 'participants', head: 'people', meaning: 'participants' },
	{ figure: 'newcomers', head: 'new', meaning: 'newcomers' },
	{ figure: 'returning', head: 'back', meaning: 'came to 2+ sessions' },
	{ figure: 'countries', head: 'ctry', meaning: 'countries' },
	{ figure: 'languages', head: 'lang', meaning: 'languages' },
	{ figure: 'affiliates', head: 'affil', meaning: 'affiliates' },
	{ figure: 'sessions', head: 'sess', meaning: 'sessions' },
	{ figure: 'topics', head: 'topic', meaning: 'topics' },
	{ figure: 'registrations', head: 'regs', meaning: 'registrations' },
	{
		figure: 'attended',
		head: 'came',
		meaning: 'times someone came (verified)',
	},
	{
		figure: 'attendanceTaken',
		head: 'taken',
		meaning: 'sessions with attendance taken',
	},
	{
		figure: 'attendanceRate',
		head: 'rate',
		meaning: 'attendance rate',
		more: 'of those with a place at the sessions where attendance was taken, who came',
	},
	{
		figure: 'interpretationLanguages',
		head: 'interp',
		meaning: 'interpreted into',
	},
];

/** A figure as shown: a rate or share in percent, none as a dash. */
export function figureText(
	figure: keyof Figures,
	value: number | null,
): string {
	if (value === null) return '–';
	return figure === 'attendanceRate' || figure === 'affiliateShare'
		? `${value}%`
		: String(value);
}

/** Rows of cells, the first column to the left, the others to the right. */
function aligned(rows: string[][]): string[] {
	const widths = rows[0].map((_, i) =>
		Math.max(...rows.map((row) => [...row[i]].length)),
	);
	return rows.map((row) =>
		row
			.map((cell, i) =>
				i === 0
					? cell + ' '.repeat(widths[i] - [...cell].length)
					: ' '.repeat(widths[i] - [...cell].length) + cell,
			)
			.join('  ')
			.trimEnd(),
	);
}

function figureRows(
	label: string,
	rows: { key: string; figures: Figures }[],
): string[] {
	return aligned([
		[label, ...COLUMNS.map((c) => c.head)],
		...rows.map(({ key, figures }) => [
			key,
			...COLUMNS.map((c) => figureText(c.figure, figures[c.figure])),
		]),
	]);
}

/** Words in lines of at most 78 characters. */
function wrapped(text: string): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.length - 1;
		if (last >= 0 && lines[last].length + word.length < 78)
			lines[last] += ` ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** The evaluation as text: overall, by month, by hub, the topics and the languages. */
export function evaluationText(evaluation: Evaluation): string {
	const { overall } = evaluation;
	const lines = [
		`Overall${evaluation.withBaseline ? " (with the Config's baselines)" : ''}`,
		...aligned([
			...COLUMNS.map((c) => [
				`  ${c.meaning}`,
				figureText(c.figure, overall[c.figure]),
			]),
			[
				'  share of affiliates',
				figureText('affiliateShare', overall.affiliateShare),
			],
		]),
		'',
		'By month (of the session, UTC; newcomers by their first participation)',
		...figureRows(
			'month',
			evaluation.byMonth.map((m) => ({ key: m.month, figures: m.figures })),
		).map((l) => `  ${l}`),
	];
	if (evaluation.byHub.length > 1)
		lines.push(
			'',
			'By hub',
			...figureRows(
				'hub',
				evaluation.byHub.map((h) => ({ key: h.name, figures: h.figures })),
			).map((l) => `  ${l}`),
		);
	if (evaluation.topics.length > 0)
		lines.push(
			'',
			'Topics',
			...aligned([
				['  topic', 'sessions', 'followers'],
				...evaluation.topics.map((t) => [
					`  ${t.topic}`,
					String(t.sessions),
					String(t.followers),
				]),
			]),
		);
	if (evaluation.wanted.length > 0)
		lines.push(
			'',
			'Most wanted skills',
			...aligned([
				['  skill', 'want it', 'held', 'ahead'],
				...evaluation.wanted.map((w) => [
					`  ${w.topic}`,
					String(w.learners),
					String(w.held),
					String(w.ahead),
				]),
			]),
		);
	if (evaluation.interpretation.length > 0)
		lines.push(
			'',
			'Interpretation',
			...aligned([
				['  language', 'sessions'],
				...evaluation.interpretation.map((i) => [
					`  ${i.language}`,
					String(i.sessions),
				]),
			]),
		);
	lines.push(
		'',
		...wrapped(
			`Columns: ${COLUMNS.map((c) => `${c.head} ${c.meaning}${c.more ? ` (${c.more})` : ''}`).join(', ')}.`,
		),
	);
	return `${lines.join('\n')}\n`;
}
