// The bot's header on each registration page: `{{Let's Connect/Registrations}}` between
// `letsconnect:begin header` markers, with what the session's own page says about places,
// registration and time. The gadget reads it in the same request as the registrations, so a
// card's own attributes (which anyone can type on any page) never decide anything.
import { LINK_FORM, fitsForm } from '../value-forms';
import type { Session } from '../model/session';
import {
	findRegion,
	replaceRegion,
	beginMarker,
	endMarker,
	withoutMarkers,
} from '../regions';
import { findTemplates, getParam } from '../wikitext/template-parser';
import { escapeTemplateValue, unescapeTemplateValue } from '../wikitext/escape';

export const REGISTRATIONS_TEMPLATE = "Let's Connect/Registrations";
export const HEADER_REGION = 'header';

/** What a registration page's header holds: the session's state as its own page says it. */
export interface SessionSource {
	id: string;
	title: string;
	/** The session's own page: where a card of it may be trusted with one click. */
	page: string;
	/**
	 * That page's id: the session keeps its id (and its registrants) when the page is moved, and no
	 * other page that writes the same id takes them over.
	 */
	pageid?: number;
	startUtc: string;
	endUtc: string;
	status: string;
	registration: string;
	capacity?: number;
	/** The meeting's link (http or https), for those who have a place and the sharers. */
	meeting?: string;
	/** The sharers, who may join the meeting too. */
	sharers?: string[];
}

export function sourceOf(session: Session): SessionSource {
	return {
		id: session.id,
		title: session.title,
		page: session.page,
		...(session.pageId ? { pageid: session.pageId } : {}),
		startUtc: session.startUtc,
		endUtc: session.endUtc,
		status: session.status,
		registration: session.registration,
		capacity: session.capacity,
		...(session.meeting ? { meeting: session.meeting } : {}),
		...(session.sharers.length ? { sharers: session.sharers } : {}),
	};
}

/** The header's template call for a session. */
export function headerCall(source: SessionSource): string {
	const params: [string, string | undefined][] = [
		['session', source.id],
		['title', source.title],
		['page', source.page],
		['pageid', source.pageid?.toString()],
		['start', source.startUtc],
		['end', source.endUtc],
		['status', source.status],
		['registration', source.registration],
		['capacity', source.capacity?.toString()],
		['meeting', source.meeting],
		['sharers', source.sharers?.join(', ')],
	];
	return `{{${REGISTRATIONS_TEMPLATE}${params
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `|${k}=${escapeTemplateValue(v as string)}`)
		.join('')}}}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The header's values, or undefined when the page has no well-formed header of the bot's. */
export function readHeader(text: string): SessionSource | undefined {
	const region = findRegion(text, HEADER_REGION);
	if (typeof region === 'string') return undefined;
	const [call, ...more] = findTemplates(
		text.slice(region.contentStart, region.contentEnd),
		REGISTRATIONS_TEMPLATE,
	);
	if (!call || more.length > 0) return undefined;
	const value = (name: string) =>
		unescapeTemplateValue(getParam(call, name) ?? '').trim();
	const capacity =
		value('capacity') === '' ? undefined : Number(value('capacity'));
	const pageid = /^\d+$/.test(value('pageid'))
		? Number(value('pageid'))
		: undefined;
	const source: SessionSource = {
		id: value('session'),
		title: value('title'),
		page: value('page'),
		...(pageid ? { pageid } : {}),
		startUtc: value('start'),
		endUtc: value('end'),
		status: value('status'),
		registration: value('registration'),
		capacity,
	};
	const meeting = value('meeting');
	if (fitsForm(LINK_FORM, meeting)) source.meeting = meeting;
	const sharers = value('sharers')
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	if (sharers.length > 0) source.sharers = sharers;
	const wellFormed =
		source.id !== '' &&
		source.page !== '' &&
		ISO.test(source.startUtc) &&
		ISO.test(source.endUtc) &&
		['scheduled', 'cancelled', 'postponed'].includes(source.status) &&
		['open', 'closed'].includes(source.registration) &&
		(capacity === undefined || (Number.isInteger(capacity) && capacity > 0));
	return wellFormed ? source : undefined;
}

/** The page with the header set to the session's state: replaced in its region, or added on top. */
export function withHeader(
	text: string | undefined,
	source: SessionSource,
): string {
	const call = headerCall(source);
	const current = text ?? '';
	const region = findRegion(current, HEADER_REGION);
	if (typeof region !== 'string') return replaceRegion(current, region, call);
	const block = `${beginMarker(HEADER_REGION)}\n${call}\n${endMarker(HEADER_REGION)}`;
	// The region is the bot's own: stray or doubled header markers (which would blind the gadget)
	// are taken out, the text between them kept, and the header written again on top.
	const rest =
		region === 'broken'
			? withoutMarkers(current, HEADER_REGION).replace(/^\s+/, '')
			: current;
	return rest.trim() === '' ? block : `${block}\n${rest}`;
}
