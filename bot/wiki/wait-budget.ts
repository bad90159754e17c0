// The run's whole waiting budget: every wait the wiki asks for (`ratelimited`, maxlag) is taken
// from it, so a wiki that keeps refusing ends the run cleanly instead of letting it crawl on.

/** The wiki kept refusing for longer than the run may wait: it stops cleanly instead of crawling on. */
export class WaitBudgetError extends Error {
	/** mwn retries failed requests unless told not to; spending more time is what this error prevents. */
	public readonly disableRetry = true;

	public constructor(budgetMs: number, reason: string) {
		super(
			`Stopped: the wiki kept asking the bot to wait (${reason}), and the run's waiting budget (${Math.round(budgetMs / 1000)} s, --max-wait or max-wait on the config page) is spent.`,
		);
	}
}

export class WaitBudget {
	private spentMs = 0;

	/** `fromCommandLine`: set by --max-wait, which the config page does not override. */
	public constructor(
		private limitMs: number,
		public readonly fromCommandLine = false,
	) {}

	/** Takes a wait from the budget, or throws {@link WaitBudgetError} when it would overspend. */
	public spend(ms: number, reason: string): void {
		if (this.spentMs + ms > this.limitMs)
			throw new WaitBudgetError(this.limitMs, reason);
		this.spentMs += ms;
	}

	/** The config page's budget, unless the command line set one. */
	public configure(seconds: number | undefined): void {
		if (!this.fromCommandLine && seconds !== undefined)
			this.limitMs = seconds * 1000;
	}
}
