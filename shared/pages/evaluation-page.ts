// ROOT/Evaluation: the evaluation figures (../stats/evaluation.ts) as tables and charts, drawn
// without any extension. A chart is a wikitable whose rows are (label, number, bar): the bar an
// inline-styled <span> hidden from screen readers, so the numbers are the table for them and for
// copying; its width a share of the largest value; its colour a Codex token (night mode lightens
// it) with a fallback; a block from the start side, so it grows leftwards on a right-to-left page.
// Past the budget (PAGE_BUDGET.monthsPerPage months), the months go one page a year
// (ROOT/Evaluation/2026) by the lists' own splitter; the index keeps the figures overall, by hub
// and by topic, the last twelve months, and the links. Pure: the same figures, the same bytes.
import { PAGE_BUDGET } from '../model/page-budget';
import type { Evaluation, Figures } from '../stats/evaluation';
import { figureText } from '../stats/evaluation-text';
import { countOf } from './problem-words';
import { splitIntoParts, type PlannedPage } from './page-plan';
import { languageNames, plain, wikitable } from './wikitable';

/** Each figure's words on the page, in the order the tables give them. */
const FIGURE_WORDS: [keyof Figures, string][] = [
	['participants', 'Participants'],
	['newcomers', 'Newcomers'],
	['returning', 'Came to two sessions or more'],
	['countries', 'Countries'],
	['languages', 'Languages'],
	['affiliates', 'Affiliates'],
	['affiliateShare', 'Share of all affiliates'],
	['sessions', 'Sessions'],
	['topics', 'Topics'],
	['registrations', 'Registrations'],
	['attended', 'Times someone came'],
	['attendanceTaken', 'Sessions with attendance taken'],
	['attendanceRate', 'Attendance rate (where taken)'],
	['interpretationLanguages', 'Interpretation languages'],
];

/**
 * The colour of the bars: Codex's progressive colour (#36c by day; night mode lightens it, where
 * --background-color-progressive stays #36c, dim on the night's background), #36c without tokens.
 */
const BAR_STYLE =
	'display:block;height:0.8em;background-color:var(--color-progressive,#36c)';

/** A bar of `value` on a scale to `max`, as a share of the cell's width; none for nothing. */
function bar(value: number | null, max: number): string {
	if (value === null || value <= 0 || max <= 0) return '';
	const width = Math.max(1, Math.round((value / max) * 100));
	return `<span class="lc-bar" aria-hidden="true" style="width:${width}%;${BAR_STYLE}"></span>`;
}

export interface ChartRow {
	/** Wikitext already made safe (plain(), a month, a language's name). */
	label: string;
	value: number | null;
}

/**
 * A chart: a caption, then one row per item with its label, its number and its bar. `percent`:
 * the values are percentages (bars on a scale to 100, numbers with %).
 */
export function barChart(
	caption: string,
	labelHead: string,
	valueHead: string,
	rows: ChartRow[],
	percent = false,
): string {
	const max = percent ? 100 : Math.max(0, ...rows.map((r) => r.value ?? 0));
	const lines = [
		'{| class="wikitable lc-chart" style="width:100%;max-width:40em"',
		`|+ ${caption}`,
		`! scope="col" style="width:30%" | ${labelHead}`,
		`! scope="col" style="width:15%" | ${valueHead}`,
		'! scope="col" style="width:55%" | Chart',
	];
	for (const row of rows)
		lines.push(
			'|-',
			`| ${row.label}`,
			`| style="text-align:end" | ${row.value === null ? '–' : `${row.value}${percent ? '%' : ''}`}`,
			`| ${bar(row.value, max)}`,
		);
	lines.push('|}');
	return lines.join('\n');
}

/** A table wider than a phone scrolls inside itself, never the page. */
const scrolling = (table: string) =>
	`<div class="lc-scroll" style="overflow-x:auto">\n${table}\n</div>`;

/** A table of every figure, one row per month or hub. */
function figuresTable(
	head: string,
	rows: { label: string; figures: Figures }[],
): string {
	return scrolling(
		wikitable(
			[head, ...FIGURE_WORDS.map(([, words]) => words)],
			rows.map(({ label, figures }) => [
				label,
				...FIGURE_WORDS.map(([figure]) => figureText(figure, figures[figure])),
			]),
		),
	);
}

/** The series by month drawn as charts, then the table of every figure. */
export function monthsContent(months: Evaluation['byMonth']): string {
	const series = (
		figure: keyof Figures,
		caption: string,
		words: string,
		percent = false,
	) =>
		barChart(
			caption,
			'Month',
			words,
			months.map((m) => ({ label: m.month, value: m.figures[figure] })),
			percent,
		);
	return [
		series('participants', 'Participants by month', 'Participants'),
		series(
			'newcomers',
			'Newcomers by month (their first sign-up, session shared or attended)',
			'Newcomers',
		),
		series('sessions', 'Sessions by month', 'Sessions'),
		series('registrations', 'Registrations by month', 'Registrations'),
		series(
			'attendanceRate',
			'Attendance rate by month (of those with a place at the sessions where attendance was taken, who came)',
			'Rate',
			true,
		),
		series('returning', 'Participants who came back, by month', 'Came back'),
		'=== Every figure by month ===',
		figuresTable(
			'Month',
			months.map((m) => ({ label: m.month, figures: m.figures })),
		),
	].join('\n');
}

function overallTable(evaluation: Evaluation): string {
	const rows = FIGURE_WORDS.filter(([figure]) => figure !== 'newcomers').map(
		([figure, words]) => [
			words,
			figureText(figure, evaluation.overall[figure]),
		],
	);
	const note = evaluation.withBaseline
		? "\n''The participants, countries, languages, affiliates, sessions, topics and registrations include the figures from before the tools, set on the Config (baseline-…).''"
		: '';
	return `${wikitable(['Figure', 'Value'], rows, 'wikitable lc-evaluation-overall')}${note}`;
}

function hubsContent(evaluation: Evaluation): string {
	const chart = (figure: keyof Figures, caption: string, words: string) =>
		barChart(
			caption,
			'Hub',
			words,
			evaluation.byHub.map((h) => ({
				label: plain(h.name),
				value: h.figures[figure],
			})),
		);
	return [
		'== By hub ==',
		chart('participants', 'Participants by hub', 'Participants'),
		chart('sessions', 'Sessions by hub', 'Sessions'),
		chart(
			'newcomers',
			'Newcomers by hub (where they first took part)',
			'Newcomers',
		),
		figuresTable(
			'Hub',
			evaluation.byHub.map((h) => ({
				label: plain(h.name),
				figures: h.figures,
			})),
		),
	].join('\n');
}

function topicsContent(evaluation: Evaluation): string {
	const parts = ['== Topics and languages =='];
	const topics = evaluation.topics;
	const followed = topics
		.filter((t) => t.followers > 0)
		.sort(
			(a, b) => b.followers - a.followers || a.topic.localeCompare(b.topic),
		);
	parts.push(
		topics.length > 0
			? barChart(
					'Sessions by topic',
					'Topic',
					'Sessions',
					topics.map((t) => ({ label: plain(t.topic), value: t.sessions })),
				)
			: "''No session has a topic yet.''",
		followed.length > 0
			? barChart(
					'Followers by topic',
					'Topic',
					'Followers',
					followed.map((t) => ({ label: plain(t.topic), value: t.followers })),
				)
			: "''Nobody follows a topic yet.''",
	);
	parts.push(
		'=== The skills most wanted, against the sessions held ===',
		evaluation.wanted.length > 0
			? wikitable(
					['Skill', 'Want to learn it', 'Sessions held', 'Sessions ahead'],
					evaluation.wanted.map((w) => [
						plain(w.topic),
						String(w.learners),
						String(w.held),
						String(w.ahead),
					]),
				)
			: "''Nobody has said yet what they want to learn.''",
	);
	parts.push(
		evaluation.interpretation.length > 0
			? barChart(
					'Interpretation languages used (sessions)',
					'Language',
					'Sessions',
					evaluation.interpretation.map((i) => ({
						label: languageNames([i.language]),
						value: i.sessions,
					})),
				)
			: "''No session has offered interpretation yet.''",
	);
	return parts.join('\n');
}

/**
 * ROOT/Evaluation, and past the budget its pages by year. `byHub`: the tables by hub, on the
 * programme's page in a run of every root.
 */
export function evaluationPages(
	evaluation: Evaluation,
	root: string,
	cap: number = PAGE_BUDGET.monthsPerPage,
): PlannedPage[] {
	const head = [
		'== Overall ==',
		overallTable(evaluation),
		...(evaluation.byHub.length > 1 ? [hubsContent(evaluation)] : []),
		topicsContent(evaluation),
		'== By month ==',
	].join('\n');
	return splitIntoParts(
		{
			kind: 'evaluation',
			root,
			items: evaluation.byMonth,
			group: (m) => m.month.slice(0, 4),
			render: (months) => (months.length > 0 ? monthsContent(months) : ''),
			intro: (year, index) =>
				`The figures of Let's Connect in ${year}, month by month; the figures overall, by hub and by topic, and every year, are on the [[${index}|evaluation page]].`,
			partLabel: (year) => year,
			count: (n) => countOf(n, 'month'),
			preview: (months) => months.slice(-12),
			head,
			empty: "''No session yet.''",
		},
		cap,
	);
}
