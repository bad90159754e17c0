// A list of sessions (the Upcoming template, the calendar page) as an interactive programme:
// filters, a month grid or an agenda list, month navigation, and the filtered list as a calendar file.
import type { MessageKey } from '../shared/i18n/messages';
import { el } from './dom';
import {
	filterOptions,
	matches,
	restoreFilters,
	type Filters,
} from './filters';
import { dayKey, renderMonthGrid, shiftMonth } from './month-grid';
import { downloadIcs, eventOf } from './calendar-files';
import type { SessionElement } from './session-elements';
import type { CardContext } from './session-card';
import { dateFormat, languageName } from './intl-cache';
import { hasEnded } from '../shared/model/rules';
import { directionOf, firstDayOfWeek } from './reader-locale';

type View = 'month' | 'agenda';

export interface ViewStorage {
	get(key: string): string | null | false;
	set(key: string, value: string): void;
}

const FILTERS_KEY = 'lc-filters';

/** A filter value in the reader's language: its message (`lc-type-clinic`) where there is one. */
function optionLabel(key: string, value: string, ctx: CardContext): string {
	if (key === 'language') return languageName(value, ctx.locale);
	if (key === 'topic') return value;
	const label = ctx.msg(`lc-${key}-${value}` as MessageKey);
	return label === `lc-${key}-${value}` ? value : label;
}

export class ProgrammeView {
	private filters: Filters;

	private view: View;

	private month: { year: number; month: number };

	private readonly gridHolder = el('div', 'lc-grid-holder');

	private readonly monthLabel = el('span', 'lc-month-label');

	private readonly empty: HTMLElement;

	private readonly toolbar = el('div', 'lc-toolbar');

	private readonly viewKey: string;

	public constructor(
		private readonly list: HTMLElement,
		private readonly sessions: SessionElement[],
		private readonly ctx: CardContext,
		private readonly storage: ViewStorage,
		defaultView: View,
		extraTools: HTMLElement[] = [],
		private readonly narrow = false,
	) {
		const options = filterOptions(sessions);
		this.filters = restoreFilters(storage.get(FILTERS_KEY), options);
		// The view is remembered per kind of list (calendar, upcoming), and never on a phone.
		this.viewKey = `lc-view-${list.dataset.lcList ?? 'list'}`;
		const stored = narrow ? null : storage.get(this.viewKey);
		this.view =
			stored === 'month' || stored === 'agenda' ? stored : defaultView;
		const today = dayKey(ctx.now(), ctx.zone);
		const firstUpcoming =
			sessions.find((s) => !hasEnded(s.end, ctx.now())) ?? sessions[0];
		const startDay = firstUpcoming
			? dayKey(firstUpcoming.start, ctx.zone)
			: today;
		this.month = {
			year: Number(startDay.slice(0, 4)),
			month: Number(startDay.slice(5, 7)),
		};
		this.empty = el('p', 'lc-no-match', ctx.msg('lc-no-match'));
		this.empty.hidden = true;
		this.buildToolbar(options, extraTools);
		list.classList.add('lc-programme');
		// The widget reads in the language of its messages, whatever the page's (Arabic on an English page).
		for (const part of [this.toolbar, this.gridHolder, this.empty]) {
			part.lang = ctx.language;
			part.dir = directionOf(ctx.language);
		}
		list.prepend(this.toolbar, this.gridHolder, this.empty);
		this.render();
	}

	private buildToolbar(
		options: Record<string, string[]>,
		extraTools: HTMLElement[],
	): void {
		const { ctx } = this;
		const views = el('div', 'lc-view-switch');
		views.setAttribute('role', 'group');
		for (const view of ['month', 'agenda'] as const) {
			const button = el(
				'button',
				'lc-button lc-button-quiet',
				ctx.msg(view === 'month' ? 'lc-view-month' : 'lc-view-agenda'),
			);
			button.type = 'button';
			button.dataset.lcView = view;
			button.addEventListener('click', () => {
				this.view = view;
				if (!this.narrow) this.storage.set(this.viewKey, view);
				this.render();
			});
			views.append(button);
		}
		const nav = el('div', 'lc-month-nav');
		// Arrows that point the way the months go in the reader's direction, never mirrored again.
		const rtl = directionOf(ctx.language) === 'rtl';
		const arrow = (glyph: string) => {
			const span = el('span', '', glyph);
			span.dir = 'ltr';
			return span;
		};
		const previous = el('button', 'lc-button lc-button-quiet');
		previous.append(arrow(rtl ? '›' : '‹'));
		previous.type = 'button';
		previous.setAttribute('aria-label', ctx.msg('lc-month-previous'));
		previous.addEventListener('click', () => this.moveMonth(-1));
		const next = el('button', 'lc-button lc-button-quiet');
		next.append(arrow(rtl ? '‹' : '›'));
		next.type = 'button';
		next.setAttribute('aria-label', ctx.msg('lc-month-next'));
		next.addEventListener('click', () => this.moveMonth(1));
		this.monthLabel.setAttribute('aria-live', 'polite');
		this.monthLabel.id = `lc-month-label-${Math.random().toString(36).slice(2, 8)}`;
		nav.append(previous, this.monthLabel, next);

		const filters = el('div', 'lc-filters');
		for (const key of Object.keys(options)) {
			if (options[key].length < 2 && !this.filters[key]) continue;
			const label = el(
				'label',
				'lc-field',
				`${ctx.msg(`lc-filter-${key}` as MessageKey)} `,
			);
			const select = el('select', '');
			select.dataset.lcFilter = key;
			select.append(new Option(ctx.msg('lc-filter-all'), ''));
			for (const value of options[key])
				select.append(
					new Option(
						optionLabel(key, value, ctx),
						value,
						false,
						value === this.filters[key],
					),
				);
			select.addEventListener('change', () => {
				this.filters = { ...this.filters, [key]: select.value };
				this.storage.set(FILTERS_KEY, JSON.stringify(this.filters));
				this.render();
			});
			label.append(select);
			filters.append(label);
		}
		const clear = el(
			'button',
			'lc-button lc-button-quiet lc-clear',
			ctx.msg('lc-clear-filters'),
		);
		clear.type = 'button';
		clear.addEventListener('click', () => {
			this.filters = Object.fromEntries(
				Object.keys(this.filters).map((key) => [key, '']),
			);
			this.storage.set(FILTERS_KEY, JSON.stringify(this.filters));
			filters.querySelectorAll('select').forEach((s) => {
				s.value = '';
			});
			this.render();
		});
		filters.append(clear);

		// Sessions still to come: an archive of past ones offers nothing to add to a calendar.
		const ahead = (s: SessionElement) =>
			s.status !== 'cancelled' && !hasEnded(s.end, ctx.now());
		const all = el(
			'button',
			'lc-button lc-button-quiet',
			ctx.msg('lc-add-all'),
		);
		all.type = 'button';
		// Every session ahead that the filters let through, whichever month the grid shows.
		all.addEventListener('click', () =>
			downloadIcs(
				this.sessions
					.filter((s) => ahead(s) && matches(s, this.filters))
					.map((s) => eventOf(s, ctx.pageUrl)),
				'lets-connect.ics',
				ctx.msg('lc-error-calendar'),
			),
		);
		this.toolbar.append(
			views,
			nav,
			filters,
			...(this.sessions.some(ahead) ? [all] : []),
			...extraTools,
		);
	}

	private moveMonth(delta: number): void {
		this.month = shiftMonth(this.month.year, this.month.month, delta);
		this.render();
	}

	private visible(): SessionElement[] {
		const inMonth = (s: SessionElement) =>
			dayKey(s.start, this.ctx.zone).slice(0, 7) ===
			`${this.month.year}-${String(this.month.month).padStart(2, '0')}`;
		return this.sessions.filter(
			(s) => matches(s, this.filters) && (this.view === 'agenda' || inMonth(s)),
		);
	}

	private render(): void {
		const { ctx } = this;
		this.list.dataset.lcView = this.view;
		this.toolbar
			.querySelectorAll<HTMLButtonElement>('[data-lc-view]')
			.forEach((b) =>
				b.setAttribute('aria-pressed', String(b.dataset.lcView === this.view)),
			);
		const nav = this.toolbar.querySelector<HTMLElement>('.lc-month-nav');
		if (nav) nav.hidden = this.view !== 'month';
		this.monthLabel.textContent = dateFormat(ctx.locale, {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		}).format(new Date(Date.UTC(this.month.year, this.month.month - 1, 1)));
		const shown = new Set(this.visible());
		for (const s of this.sessions) s.element.hidden = !shown.has(s);
		// Month headings the bot wrote (UTC months) show only above sessions still shown.
		const months = new Set(
			[...shown].map((s) => s.start.toISOString().slice(0, 7)),
		);
		this.list
			.querySelectorAll<HTMLElement>('.lc-month[data-lc-month]')
			.forEach((h) => {
				h.hidden = !months.has(h.dataset.lcMonth ?? '');
			});
		const filtering = Object.values(this.filters).some(Boolean);
		this.empty.hidden = shown.size > 0 || !filtering;
		this.gridHolder.replaceChildren();
		// A calendar split by month: the month's cards are on its own page (the index shows only the first).
		const part =
			this.view === 'month'
				? this.list.querySelector<HTMLAnchorElement>(
						`[data-lc-part="${this.month.year}-${String(this.month.month).padStart(2, '0')}"] a`,
					)
				: null;
		if (part) {
			const note = el(
				'p',
				'lc-month-elsewhere',
				`${ctx.msg('lc-month-elsewhere')} `,
			);
			note.append(part.cloneNode(true));
			this.gridHolder.append(note);
		}
		if (this.view === 'month') {
			this.gridHolder.append(
				renderMonthGrid({
					year: this.month.year,
					month: this.month.month,
					zone: ctx.zone,
					locale: ctx.locale,
					today: dayKey(ctx.now(), ctx.zone),
					sessions: [...shown],
					labelledBy: this.monthLabel.id,
					rtl: directionOf(ctx.language) === 'rtl',
					firstDay: firstDayOfWeek(ctx.locale),
					stateWord: (status) =>
						status === 'cancelled' || status === 'postponed'
							? ctx.msg(`lc-state-${status}`)
							: undefined,
					onPick: (session) => {
						session.element.scrollIntoView({ block: 'nearest' });
						session.element.querySelector<HTMLElement>('button, a')?.focus();
					},
				}),
			);
		}
	}
}
