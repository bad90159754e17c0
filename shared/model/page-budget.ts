// How much a generated page may cost the wiki to render. MediaWiki refuses to expand templates
// past 2 MB of post-expand include size (the rest become bare links) and Meta stops Lua after
// 10 s; a generated page keeps to half of the one and under a third of the other, so that
// liaisons' own text and a slower server still fit.
export const PAGE_BUDGET = {
	/** Post-expand include size, bytes (MediaWiki's limit: 2 MB). */
	postExpandBytes: 1024 * 1024,
	/** Parse time, CPU seconds (Meta's Lua limit: 10 s). */
	parseSeconds: 3,
	/** Cards on one page: a card costs about 1.8 KB of post-expand size and 5 ms of parse time. */
	cardsPerPage: 200,
	/**
	 * Months on one evaluation page (ROOT/Evaluation): a month is a row of seven tables (about
	 * 2 KB of wikitext and no template); past it, one page a year. Measured by npm run bench.
	 */
	monthsPerPage: 48,
} as const;

/** What rendering a page costs the wiki, from its parser limit report. */
export interface RenderCost {
	postExpandBytes: number;
	parseSeconds: number;
}

/** Why a page is over the budget, for the report; undefined when it is within. */
export function overBudget(
	cost: RenderCost,
	budget: Pick<
		typeof PAGE_BUDGET,
		'postExpandBytes' | 'parseSeconds'
	> = PAGE_BUDGET,
): string | undefined {
	const over: string[] = [];
	if (cost.postExpandBytes > budget.postExpandBytes)
		over.push(
			`${Math.round(cost.postExpandBytes / 1024)} KB of post-expand include size (budget ${Math.round(budget.postExpandBytes / 1024)} KB)`,
		);
	if (cost.parseSeconds > budget.parseSeconds)
		over.push(
			`${cost.parseSeconds.toFixed(1)} s to parse (budget ${budget.parseSeconds} s)`,
		);
	return over.length > 0 ? over.join(' and ') : undefined;
}
