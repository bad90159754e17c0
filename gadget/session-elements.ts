// Reads the sessions that templates rendered into the page (`data-lc-*` attributes).
import { KNOWN_ROOTS } from '../shared/config';
import { SESSION_ID_FORM, fitsForm } from '../shared/value-forms';
import { registrationPageTitle } from '../shared/model/titles';

export interface SessionElement {
	element: HTMLElement;
	id: string;
	root: string;
	title: string;
	start: Date;
	end: Date;
	status: string;
	registration: string;
	capacity?: number;
	type: string;
	topic: string;
	language: string;
	/** A card of a root the gadget may write registrations under (KNOWN_ROOTS): only those act. */
	trusted: boolean;
	interpretation: string[];
	audience: string[];
	page: string;
	/** The card's `data-lc-*` values of its filters, by name (`audience` for data-lc-audience): the contract's rows. */
	fields: Record<string, string>;
	/** The filters the contract offers on this card (`data-lc-filters`). */
	filters: string[];
}

function date(value: string | undefined): Date | undefined {
	if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value))
		return undefined;
	const parsed = new Date(value);
	return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/**
 * The card's values of the filters it names (`audience` from data-lc-audience): only those, since
 * reading every attribute of hundreds of cards would hold up the page.
 */
function fieldsOf(data: DOMStringMap, names: string[]): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const name of names)
		fields[name] =
			data[
				`lc${name.charAt(0).toUpperCase()}${name.slice(1).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`
			] ?? '';
	return fields;
}

function withFilters(data: DOMStringMap): {
	fields: Record<string, string>;
	filters: string[];
} {
	// A card rendered before the contract named its filters offers none until its page is parsed again.
	const filters = words(data.lcFilters);
	return { fields: fieldsOf(data, filters), filters };
}

function words(value: string | undefined): string[] {
	return (value ?? '').split(/\s+/).filter(Boolean);
}

/** Every well-formed session card inside `container`; malformed ones are left as rendered. */
export function findSessions(
	container: ParentNode,
	knownRoots: readonly string[] = KNOWN_ROOTS,
): SessionElement[] {
	const found: SessionElement[] = [];
	container
		.querySelectorAll<HTMLElement>('[data-lc-session]')
		.forEach((element) => {
			const data = element.dataset;
			const start = date(data.lcStart);
			const end = date(data.lcEnd);
			// Anyone can write these attributes on a page: only well-formed ids are used, and only a card
			// of a root the gadget knows may act (a hub's card shows the reader's time, filters and
			// calendar files; it signs up on its registration page).
			if (
				!data.lcSession ||
				!fitsForm(SESSION_ID_FORM, data.lcSession) ||
				!data.lcRoot ||
				!start ||
				!end
			)
				return;
			const capacity = Number(data.lcCapacity);
			found.push({
				element,
				id: data.lcSession,
				root: data.lcRoot,
				trusted: knownRoots.includes(data.lcRoot),
				title: data.lcTitle ?? data.lcSession,
				start,
				end,
				status: data.lcStatus ?? 'scheduled',
				registration: data.lcRegistration ?? 'open',
				capacity:
					Number.isInteger(capacity) && capacity > 0 ? capacity : undefined,
				type: data.lcType ?? 'clinic',
				topic: data.lcTopic ?? '',
				language: data.lcLanguage ?? '',
				interpretation: words(data.lcInterpretation),
				audience: words(data.lcAudience),
				page: data.lcPage ?? '',
				...withFilters(data),
			});
		});
	return found;
}

export function registrationTitle(session: SessionElement): string {
	return registrationPageTitle(session.root, session.id);
}
