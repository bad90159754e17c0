// The Bot report: every problem the run found and every page it wrote, on ROOT/Bot report.
import { configPageTitle } from '../../shared/model/titles';
import { isoSecond } from '../../shared/model/rules';
import { botReportRegion, reportNoise } from '../../shared/pages/bot-report';
import { regionTransform } from '../../shared/regions';
import type { PageWriter } from '../wiki/page-writer';
import type { Programme } from '../programme/read-programme';
import { regionPage } from './generated-pages';
import { summaryOf, type SyncOptions } from './options';

/** Writes the report of this root's run (`firstOutcome`: where its outcomes start in the writer's). */
export async function writeReport(
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
	firstOutcome: number,
): Promise<void> {
	const summary = summaryOf(options, programme);
	const page = regionPage('report', options.root);
	const content = botReportRegion({
		at: isoSecond(options.now),
		mode: options.mode,
		revision: options.revision,
		sessions: programme.sessions.length,
		problems: programme.problems,
		outcomes: writer.outcomes.slice(firstOutcome),
		linkable: [
			options.root,
			configPageTitle(options.root),
			...programme.sessions.map((s) => s.page),
			...[...programme.places.values()].flatMap((c) => [
				c.title,
				c.rosterTitle,
			]),
		],
	});
	const errors = programme.problems.filter(
		(p) => p.severity === 'error',
	).length;
	const edited = writer.outcomes
		.slice(firstOutcome)
		.some((o) => o.action === 'created' || o.action === 'edited');
	await writer.write(
		page.title,
		regionTransform(page.region, content, reportNoise(edited)),
		summary(
			`report ${errors} error(s) and ${programme.problems.length - errors} warning(s)`,
		),
	);
}
