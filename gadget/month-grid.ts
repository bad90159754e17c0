// The month grid: weeks of days in the reader's zone, each day with its sessions. The date
// arithmetic is pure (unit-tested); the DOM follows the WAI-ARIA grid pattern.
import { clockOptions, type ReaderZone } from './time-display';
import type { SessionElement } from './session-elements';
import { dateFormat } from './intl-cache';
import { el } from './dom';
import { formatNumber } from '../shared/i18n/format-message';

/** `YYYY-MM-DD` of an instant in the reader's zone. */
export function dayKey(instant: Date, zone: ReaderZone): string {
	if (zone.kind === 'offset')
		return new Date(instant.getTime() + zone.minutes * 60000)
			.toISOString()
			.slice(0, 10);
	const parts = dateFormat('en-CA', {
		timeZone: zone.zone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Weeks covering a month, starting on `firstDay` (1 Monday … 7 Sunday, as Intl counts): each day
 * as `YYYY-MM-DD`, or null outside the month.
 */
export function monthWeeks(
	year: number,
	month: number,
	firstDay = 1,
): (string | null)[][] {
	const first = new Date(Date.UTC(year, month - 1, 1));
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const lead = (first.getUTCDay() - (firstDay % 7) + 7) % 7;
	const cells: (string | null)[] = Array.from({ length: lead }, () => null);
	for (let d = 1; d <= days; d++)
		cells.push(
			`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
		);
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

export function shiftMonth(
	year: number,
	month: number,
	delta: number,
): { year: number; month: number } {
	const index = year * 12 + (month - 1) + delta;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export interface GridOptions {
	year: number;
	month: number;
	zone: ReaderZone;
	locale: string;
	today: string;
	sessions: SessionElement[];
	/** Called when the reader picks a session in the grid. */
	onPick: (session: SessionElement) => void;
	/** Id of the element that names the grid (the month label). */
	labelledBy?: string;
	rtl?: boolean;
	/** 1 Monday … 7 Sunday. */
	firstDay?: number;
	/** The reader's word for a state a chip shows (cancelled, postponed), for its full text. */
	stateWord?: (status: string) => string | undefined;
}

function weekdayNames(locale: string, firstDay: number): string[] {
	// 2024-01-01 was a Monday.
	return Array.from({ length: 7 }, (_, i) =>
		dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
			new Date(Date.UTC(2024, 0, firstDay + i)),
		),
	);
}

/** A `role=grid` table; arrow keys move between days, Enter or Space opens a day's first session. */
export function renderMonthGrid(options: GridOptions): HTMLTableElement {
	const byDay = new Map<string, SessionElement[]>();
	for (const s of options.sessions) {
		const key = dayKey(s.start, options.zone);
		byDay.set(key, [...(byDay.get(key) ?? []), s]);
	}
	const table = document.createElement('table');
	table.className = 'lc-grid';
	table.setAttribute('role', 'grid');
	if (options.labelledBy)
		table.setAttribute('aria-labelledby', options.labelledBy);
	const head = table.createTHead().insertRow();
	const firstDay = options.firstDay ?? 1;
	for (const name of weekdayNames(options.locale, firstDay)) {
		const th = document.createElement('th');
		th.scope = 'col';
		th.textContent = name;
		head.append(th);
	}
	const body = table.createTBody();
	const cells: HTMLElement[] = [];
	const weeks = monthWeeks(options.year, options.month, firstDay);
	const lead = weeks[0].findIndex((d) => d !== null);
	for (const week of weeks) {
		const row = body.insertRow();
		for (const day of week) {
			const cell = row.insertCell();
			cell.setAttribute('role', 'gridcell');
			if (!day) {
				cell.className = 'lc-grid-empty';
				continue;
			}
			cell.dataset.lcDay = day;
			cell.tabIndex = -1;
			const number = document.createElement('span');
			number.className = 'lc-grid-day';
			// In the reader's digits, as the month's name and the times are (Intl).
			number.textContent = formatNumber(Number(day.slice(8)), options.locale);
			cell.append(number);
			if (day === options.today) {
				cell.classList.add('lc-grid-today');
				cell.setAttribute('aria-current', 'date');
			}
			for (const session of byDay.get(day) ?? []) {
				const chip = document.createElement('button');
				chip.type = 'button';
				// A cancelled or postponed session looks so (letsconnect.css), not like a scheduled one.
				chip.className = `lc-grid-session lc-type-${session.type} lc-status-${session.status}`;
				chip.tabIndex = -1;
				const time = dateFormat(options.locale, {
					...clockOptions(options.locale),
					timeZone: options.zone.kind === 'zone' ? options.zone.zone : 'UTC',
				}).format(
					options.zone.kind === 'zone'
						? session.start
						: new Date(session.start.getTime() + options.zone.minutes * 60000),
				);
				// The title in its own direction, cut at its logical end (dir=auto); whole on hover and focus.
				const title = el('span', 'lc-grid-title', session.title);
				title.dir = 'auto';
				chip.append(el('span', 'lc-grid-time', time), ' ', title);
				const state = options.stateWord?.(session.status);
				chip.title = `${time} ${session.title}${state ? ` (${state})` : ''}`;
				chip.addEventListener('click', () => options.onPick(session));
				cell.append(chip);
			}
			cells.push(cell);
		}
	}
	// Roving tab index: one cell is in the tab order; arrows move it.
	const start =
		cells.find((c) => c.dataset.lcDay === options.today) ??
		cells.find((c) => c.querySelector('button')) ??
		cells[0];
	if (start) start.tabIndex = 0;
	table.addEventListener('keydown', (event) => {
		const current = cells.indexOf(document.activeElement as HTMLElement);
		if (current === -1) return;
		// Columns count from the week's first day; in right to left the arrows follow what the reader sees.
		const column = (current + lead) % 7;
		const forward = options.rtl ? -1 : 1;
		const moves: Record<string, number> = {
			ArrowRight: forward,
			ArrowLeft: -forward,
			ArrowDown: 7,
			ArrowUp: -7,
			Home: -column,
			End: 6 - column,
		};
		if (event.key in moves) {
			const next =
				cells[
					Math.min(cells.length - 1, Math.max(0, current + moves[event.key]))
				];
			cells[current].tabIndex = -1;
			next.tabIndex = 0;
			next.focus();
			event.preventDefault();
		} else if (event.key === 'Enter' || event.key === ' ') {
			const first = cells[current].querySelector<HTMLButtonElement>('button');
			if (first) {
				first.click();
				event.preventDefault();
			}
		}
	});
	return table;
}
