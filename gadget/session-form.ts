// The session form for liaisons: "Add a session" and "Edit this session". In the forms module
// (ext.gadget.letsconnect-form, gadget/forms.ts), loaded only when a liaison opens it: it carries the codec with
// luxon, so the rules checked before saving are the bot's own (shared/sessions/session-form.ts),
// while readers' gadget stays small. A native <dialog>: focus stays in it, Escape closes it.
import {
	formMessages,
	type FormMessageKey,
} from '../shared/i18n/form-messages';
import {
	FORM_ROWS,
	checkForm,
	formValuesOf,
	newSessionPage,
	proposeId,
	sessionCallOf,
	startInUtc,
	withChangedParams,
	type FormValues,
} from '../shared/sessions/session-form';
import { readConfig } from '../shared/programme/config-page';
import {
	configPageTitle,
	registrationPageTitle,
	sessionPageTitle,
} from '../shared/model/titles';
import type { SessionParam } from '../shared/model/session-contract';
import { ApiFailure, messageForFailure } from './api-errors';
import { editPage, fetchPages } from './wiki-pages';
import { el } from './dom';

export interface SessionFormOptions {
	api: mw.Api;
	root: string;
	/** The reader's interface language and locale, and their zone (for the preview and a default). */
	language: string;
	locale: string;
	zone: string;
	/** Messages of the reader's gadget (type and audience names). */
	msg: (key: string) => string;
	/** Edit the session with this id on this page; none: add a session. */
	edit?: { page: string; id: string };
	/** Where focus returns when the form closes. */
	opener: HTMLElement;
	/** The page's URL, for the link shown after saving. */
	pageUrl: (title: string) => string;
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Zones offered in the list (every zone the browser knows, where it can say), the reader's first. */
function zoneList(reader: string): string[] {
	// eslint-disable-next-line es-x/no-intl-supportedvaluesof -- optional call, with a list of its own to fall back on
	const all = (
		Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
	).supportedValuesOf?.('timeZone') ?? [
		'Africa/Cairo',
		'Africa/Lagos',
		'America/Lima',
		'America/Mexico_City',
		'America/New_York',
		'Asia/Jakarta',
		'Asia/Kolkata',
		'Europe/Berlin',
		'Europe/Madrid',
		'UTC',
	];
	return [...new Set([reader, 'UTC', ...all])];
}

export async function openSessionForm(
	options: SessionFormOptions,
): Promise<void> {
	const t = formMessages(options.language);
	const say = (key: FormMessageKey, ...args: string[]) =>
		t[key].replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
	const { api, root } = options;
	const dialog = el('dialog', 'lc-dialog lc-session-form');
	dialog.setAttribute('aria-labelledby', 'lc-session-form-heading');
	const heading = el(
		'h2',
		'',
		options.edit
			? say('lcf-title-edit', options.edit.id)
			: say('lcf-title-add'),
	);
	heading.id = 'lc-session-form-heading';
	heading.tabIndex = -1;
	const intro = el('p', 'lc-form-intro');
	const form = el('form', '');
	form.method = 'dialog';
	// The codec checks every value before saving (and says why); the browser's own check would stop
	// a save without a word when a wrong link sits in the folded part.
	form.noValidate = true;
	const fieldset = el('fieldset', 'lc-form-fields');
	fieldset.disabled = true;
	const fields = new Map<string, Field>();
	const status = el('div', 'lc-form-status');
	status.setAttribute('role', 'status');
	const problems = el('div', 'lc-form-problems');
	problems.setAttribute('role', 'alert');

	const labelled = (name: string, control: HTMLElement, text: string) => {
		const label = el('label', `lc-form-field lc-form-field-${name}`);
		label.append(el('span', '', text), control);
		return label;
	};
	const input = (name: string, type: string) => {
		const node = el('input', '');
		node.type = type;
		node.name = name;
		fields.set(name, node);
		return node;
	};
	const select = (row: SessionParam) => {
		const node = el('select', '');
		node.name = row.name;
		const names: Record<string, string> = {
			clinic: options.msg('lc-type-clinic'),
			connectathon: options.msg('lc-type-connectathon'),
			workshop: options.msg('lc-type-workshop'),
			scheduled: t['lcf-value-scheduled'],
			cancelled: t['lcf-value-cancelled'],
			postponed: t['lcf-value-postponed'],
			open: t['lcf-value-open'],
			closed: t['lcf-value-closed'],
		};
		for (const value of row.values ?? [])
			node.append(
				new Option(
					names[value] ?? value,
					value,
					value === row.default,
					value === row.default,
				),
			);
		fields.set(row.name, node);
		return node;
	};

	// Rows in the contract's order; the start as a date and a time; the choices of a list as boxes.
	const zones = el('datalist', '');
	zones.id = 'lc-session-form-zones';
	for (const zone of zoneList(options.zone))
		zones.append(new Option(zone, zone));
	const topics = el('datalist', '');
	topics.id = 'lc-session-form-topics';
	const audiences = new Map<string, HTMLInputElement>();
	// What most sessions need first (with the preview of the start), then the rest, then links for
	// after the session, folded away.
	const FIRST = ['title', 'id', 'type', 'start', 'timezone'];
	const more = el('div', 'lc-form-more');
	const later = el('details', 'lc-form-later');
	later.append(
		el(
			'summary',
			'',
			[t['lcf-field-recording'], t['lcf-field-slides']].join(' · '),
		),
	);
	const date = input('start-date', 'date');
	const time = input('start-time', 'time');
	const rows = [
		...FIRST.map(
			(name) => FORM_ROWS.find((row) => row.name === name) as SessionParam,
		),
		...FORM_ROWS.filter((row) => !FIRST.includes(row.name)),
	];
	for (const row of rows) {
		const place = FIRST.includes(row.name) ? fieldset : more;
		const text = t[`lcf-field-${row.name}` as FormMessageKey] ?? row.label;
		if (row.name === 'start') {
			const both = el('span', 'lc-form-start');
			both.append(
				labelled('start-date', date, t['lcf-date']),
				labelled('start-time', time, t['lcf-time']),
			);
			const group = el('fieldset', 'lc-form-group');
			group.append(el('legend', '', text), both);
			place.append(group);
		} else if (row.name === 'audience') {
			const group = el('fieldset', 'lc-form-group');
			group.append(el('legend', '', text));
			for (const value of row.values ?? []) {
				const box = el('input', '');
				box.type = 'checkbox';
				box.value = value;
				audiences.set(value, box);
				const label = el('label', 'lc-form-check');
				label.append(box, ` ${options.msg(`lc-audience-${value}`)}`);
				group.append(label);
			}
			place.append(group);
		} else if (row.kind === 'choice') {
			place.append(labelled(row.name, select(row), text));
		} else if (row.name === 'description') {
			const area = el('textarea', '');
			area.name = row.name;
			area.rows = 3;
			fields.set(row.name, area);
			place.append(labelled(row.name, area, text));
		} else {
			const node = input(
				row.name,
				row.kind === 'whole' ? 'number' : row.kind === 'url' ? 'url' : 'text',
			);
			if (row.kind === 'whole') node.min = String(row.min ?? 1);
			if (row.name === 'timezone') node.setAttribute('list', zones.id);
			if (row.name === 'topic') node.setAttribute('list', topics.id);
			if (row.name === 'id') node.pattern = '[a-z0-9]+(-[a-z0-9]+)*';
			const field = labelled(row.name, node, text);
			// Links to what the session left behind come after it: folded away.
			if (['recording', 'slides', 'audio', 'notes'].includes(row.name))
				later.append(field);
			else place.append(field);
		}
	}

	// The preview: the start in UTC and in three zones the liaison picks.
	const preview = el('div', 'lc-form-preview');
	preview.setAttribute('aria-live', 'polite');
	const previewZones = [options.zone, 'America/Lima', 'Asia/Kolkata'].map(
		(zone, i) => {
			const node = el('input', '');
			node.type = 'text';
			node.value = zone;
			node.setAttribute('list', zones.id);
			node.setAttribute('aria-label', `${t['lcf-preview-zone']} ${i + 1}`);
			return node;
		},
	);
	const previewText = el('ul', 'lc-form-preview-times');
	preview.append(
		el('strong', '', t['lcf-preview']),
		previewText,
		el('span', '', `${t['lcf-preview-zone']} `),
		...previewZones,
	);

	const save = el('button', 'lc-button lc-button-primary', t['lcf-save']);
	save.type = 'submit';
	const close = el('button', 'lc-button lc-button-quiet', t['lcf-close']);
	close.type = 'button';
	close.addEventListener('click', () => dialog.close());
	const actions = el('div', 'lc-form-actions');
	actions.append(save, close);
	// The preview right after the start and its zone.
	fieldset.append(preview, more, later);
	form.append(fieldset, problems, status, actions);
	dialog.append(heading, intro, form, zones, topics);
	document.body.append(dialog);
	dialog.addEventListener('close', () => {
		dialog.remove();
		options.opener.focus();
	});

	const values = (): FormValues => {
		const out: FormValues = {};
		for (const row of FORM_ROWS)
			out[row.name] = fields.get(row.name)?.value.trim() ?? '';
		out.start = date.value && time.value ? `${date.value} ${time.value}` : '';
		out.audience = [...audiences]
			.filter(([, box]) => box.checked)
			.map(([value]) => value)
			.join(', ');
		return out;
	};
	const fill = (from: FormValues) => {
		for (const [name, field] of fields) {
			if (!(name in from)) continue;
			if (field instanceof HTMLSelectElement) {
				// A choice as the codec reads it (any case); a value it does not know stays as written.
				const value = from[name].toLowerCase();
				if (value && ![...field.options].some((o) => o.value === value))
					field.append(new Option(from[name], from[name]));
				field.value = [...field.options].some((o) => o.value === value)
					? value
					: from[name];
			} else {
				field.value = from[name];
			}
		}
		const [d, h] = (from.start ?? '').split(' ');
		date.value = d ?? '';
		time.value = h ?? '';
		const chosen = (from.audience ?? '').toLowerCase().split(/\s*[,;]\s*/);
		for (const [value, box] of audiences) box.checked = chosen.includes(value);
	};
	// The rows the liaison worked on: only those are written when a session is edited.
	const touched = new Set<string>();
	for (const [name, field] of fields) {
		for (const kind of ['input', 'change'])
			field.addEventListener(kind, () => touched.add(name));
	}
	for (const node of [date, time])
		node.addEventListener('input', () => touched.add('start'));
	for (const box of audiences.values())
		box.addEventListener('change', () => touched.add('audience'));

	const page = () =>
		options.edit?.page ??
		sessionPageTitle(root, fields.get('id')?.value.trim() ?? '');
	const renderPreview = () => {
		const { start, timezone } = values();
		previewText.replaceChildren();
		if (!start) {
			previewText.append(el('li', '', t['lcf-preview-none']));
			return;
		}
		// A session that leaves its zone out takes its root's (the Config), as the bot reads it.
		const result = startInUtc(start, timezone || defaults.timezone || 'UTC');
		if ('reason' in result) {
			previewText.append(
				el(
					'li',
					'lc-form-preview-problem',
					result.reason === 'unknown-zone'
						? t['lcf-preview-bad-zone']
						: t['lcf-preview-bad-time'],
				),
			);
			return;
		}
		const instant = new Date(result.utc);
		const utcLine = el(
			'li',
			'lc-form-preview-utc',
			say('lcf-preview-utc', result.utc.replace('T', ' ').slice(0, 16)),
		);
		utcLine.dataset.lcUtc = result.utc;
		previewText.append(utcLine);
		// A new session starting in the past is held by the bot until a liaison says it took place.
		if (!options.edit && instant.getTime() < Date.now())
			previewText.append(el('li', 'lc-form-preview-problem', t['lcf-past']));
		for (const zoneInput of previewZones) {
			const zone = zoneInput.value.trim();
			try {
				const text = new Intl.DateTimeFormat(options.locale, {
					timeZone: zone,
					weekday: 'long',
					day: 'numeric',
					month: 'long',
					hour: '2-digit',
					minute: '2-digit',
					timeZoneName: 'short',
				}).format(instant);
				previewText.append(el('li', '', `${zone}: ${text}`));
			} catch {
				// A zone the liaison is still typing.
			}
		}
	};
	// Only what changes the start is announced again (the preview is a live region).
	for (const node of [
		date,
		time,
		fields.get('timezone') as HTMLElement,
		...previewZones,
	])
		node.addEventListener('input', renderPreview);
	// Enter in a zone of the preview shows that zone; it does not save the session.
	for (const zoneInput of previewZones)
		zoneInput.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') event.preventDefault();
		});

	// Defaults of the root (Config), its topics, and, when editing, the session as it is.
	let loaded: FormValues | undefined;
	let defaults: FormValues = {};
	try {
		const titles = [
			configPageTitle(root),
			...(options.edit ? [options.edit.page] : []),
		];
		const { pages } = await fetchPages(api, titles);
		const config = pages.get(configPageTitle(root))?.text;
		const settings = readConfig(configPageTitle(root), config, []);
		// What the session page will show for what the form leaves out (the module reads the Config too).
		defaults = settings.sessionDefaults;
		for (const topic of settings.topics)
			topics.append(new Option(topic, topic));
		if (options.edit) {
			const call = sessionCallOf(
				pages.get(options.edit.page)?.text ?? '',
				options.edit.id,
			);
			if (!call) throw new ApiFailure('gone');
			loaded = formValuesOf(call);
			fill(loaded);
			(fields.get('id') as HTMLInputElement).readOnly = true;
		} else {
			// The root's usual zone, written on the page; its language and places are left to the Config
			// (shown as hints), so a later change there reaches this session too.
			fill({ timezone: defaults.timezone ?? options.zone });
			if (defaults.capacity)
				(fields.get('capacity') as HTMLInputElement).placeholder =
					defaults.capacity;
			(fields.get('language') as HTMLInputElement).placeholder =
				defaults.language ?? 'en';
		}
		intro.textContent = say(
			options.edit ? 'lcf-intro-edit' : 'lcf-intro-add',
			options.edit?.page ?? sessionPageTitle(root, '…'),
		);
		fieldset.disabled = false;
	} catch (failure) {
		status.textContent =
			failure instanceof ApiFailure && failure.code === 'gone'
				? t['lcf-gone']
				: options
						.msg(
							messageForFailure(
								failure instanceof ApiFailure ? failure.code : 'unknown',
							),
						)
						.replace(
							'$1',
							failure instanceof ApiFailure ? failure.said : 'unknown',
						);
	}

	// Adding: the id follows the title until the liaison writes one, and says at once when it is taken.
	const idField = fields.get('id') as HTMLInputElement;
	const idNote = el('span', 'lc-form-id-note');
	idNote.setAttribute('aria-live', 'polite');
	idField.after(idNote);
	let idTouched = Boolean(options.edit);
	idField.addEventListener('input', () => {
		idTouched = true;
	});
	fields.get('title')?.addEventListener('input', () => {
		if (!idTouched)
			idField.value = proposeId(values().title, values().start, () => false);
	});
	const checkId = async () => {
		const id = idField.value.trim();
		if (options.edit || !id) return;
		const { pages } = await fetchPages(api, [
			sessionPageTitle(root, id),
			registrationPageTitle(root, id),
		]).catch(() => ({ pages: new Map() }));
		if (idField.value.trim() === id)
			idNote.textContent = pages.size > 0 ? say('lcf-id-taken', id) : '';
	};
	for (const node of [idField, fields.get('title') as HTMLElement])
		node.addEventListener('change', () => void checkId());
	renderPreview();
	dialog.showModal();
	heading.focus();

	const show = (title: string, list: string[]) => {
		problems.replaceChildren();
		if (list.length === 0) return;
		const ul = el('ul', '');
		for (const item of list) ul.append(el('li', '', item));
		problems.append(el('p', '', title), ul);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (save.disabled || fieldset.disabled) return;
		const now = values();
		const found = checkForm(now, page(), { values: defaults });
		const errors = found.filter((p) => p.severity === 'error');
		show(
			errors.length > 0 ? t['lcf-problems'] : t['lcf-warnings'],
			(errors.length > 0 ? errors : found).map((p) => p.message),
		);
		if (errors.length > 0) return;
		save.disabled = true;
		status.textContent = t['lcf-working'];
		void saveSession(now)
			.then(
				(message) => {
					status.textContent = message;
				},
				(failure: unknown) => {
					const code = failure instanceof ApiFailure ? failure.code : 'unknown';
					status.textContent =
						code === 'taken'
							? say('lcf-id-taken', now.id)
							: code === 'exists'
								? t['lcf-exists']
								: code === 'gone'
									? t['lcf-gone']
									: options
											.msg(messageForFailure(code))
											.replace(
												'$1',
												failure instanceof ApiFailure ? failure.said : code,
											);
				},
			)
			.finally(() => {
				save.disabled = false;
			});
	});

	async function saveSession(now: FormValues): Promise<string> {
		if (!options.edit) {
			// Taken: a page of that id, or registrations under it (the bot knows the id).
			status.textContent = t['lcf-id-checking'];
			const { pages } = await fetchPages(api, [
				sessionPageTitle(root, now.id),
				registrationPageTitle(root, now.id),
			]);
			if (pages.size > 0) throw new ApiFailure('taken');
			const title = sessionPageTitle(root, now.id);
			await editPage(
				api,
				title,
				(current) => {
					if (current.trim() !== '') throw new ApiFailure('exists');
					return {
						text: newSessionPage(now),
						summary: say('lcf-summary-add', now.id),
					};
				},
				{ create: true },
			);
			return say('lcf-saved', options.pageUrl(title));
		}
		const { page: title, id } = options.edit;
		let changed = false;
		await editPage(api, title, (current) => {
			const next = withChangedParams(current, id, loaded ?? {}, now, touched);
			if (next === undefined) throw new ApiFailure('gone');
			changed = next !== current;
			if (!changed) return null;
			const names = FORM_ROWS.filter(
				(row) =>
					touched.has(row.name) &&
					(now[row.name] ?? '') !== (loaded?.[row.name] ?? ''),
			).map((row) => row.name);
			return {
				text: next,
				summary: say('lcf-summary-edit', id, names.join(', ')),
			};
		});
		if (!changed) return t['lcf-unchanged'];
		loaded = now;
		touched.clear();
		return say('lcf-saved', options.pageUrl(title));
	}
}
