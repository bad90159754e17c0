// What a generated page would cost the wiki to render, asked before it is saved: the wiki parses
// the new text (not saved) and its limit report gives the post-expand include size and the time.
import type { Mwn } from 'mwn';
import type { RenderCost } from '../../shared/model/page-budget';

interface LimitReportEntry {
	name: string;
	0?: number | string;
}

export async function renderCost(
	bot: Mwn,
	title: string,
	text: string,
): Promise<RenderCost> {
	const response = await bot.request({
		action: 'parse',
		title,
		text,
		contentmodel: 'wikitext',
		prop: 'limitreportdata',
		disableeditsection: true,
	});
	const report: LimitReportEntry[] = response.parse?.limitreportdata ?? [];
	const figure = (name: string) =>
		Number(report.find((entry) => entry.name === name)?.[0] ?? 0);
	return {
		postExpandBytes: figure('limitreport-postexpandincludesize'),
		parseSeconds: figure('limitreport-cputime'),
	};
}
