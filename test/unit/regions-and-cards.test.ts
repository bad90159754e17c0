import {
	findRegion,
	replaceRegion,
	withoutMarkers,
} from '../../shared/regions';
import { sessionCard, upcomingRegion } from '../../shared/pages/session-cards';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { withCurrentRegions } from '../../bot/install/install';
import {
	ourGadgetLines,
	withGadgetLines,
} from '../../bot/install/gadgets-definition';
import { regionTransform } from '../../shared/regions';

const begin = '<!-- letsconnect:begin upcoming -->';
const end = '<!-- letsconnect:end upcoming -->';

describe('bot regions', () => {
	it('takes out every marker of a region, those that taking one out makes too, and no other', () => {
		expect(
			withoutMarkers(
				'a<!--letsconnect:end x<!-- letsconnect:begin x -->-->b<!-- letsconnect:begin y -->',
				'x',
			),
		).toBe('ab<!-- letsconnect:begin y -->');
	});

	it('replaces only what is between the markers', () => {
		const text = `human above\n${begin}\nold\n${end}\nhuman below`;
		const region = findRegion(text, 'upcoming');
		if (typeof region === 'string') throw new Error(region);
		expect(replaceRegion(text, region, 'new')).toBe(
			`human above\n${begin}\nnew\n${end}\nhuman below`,
		);
	});

	it.each([
		['no markers', 'text', 'missing'],
		['end before begin', `${end}\n${begin}`, 'broken'],
		['two begins', `${begin}\n${begin}\n${end}`, 'broken'],
		['unclosed', `${begin}\nx`, 'broken'],
	])('refuses a page with %s', (_, text, expected) => {
		expect(findRegion(text, 'upcoming')).toBe(expected);
		expect(regionTransform('upcoming', 'x')(text)).toEqual({
			skip: expect.any(String),
		});
	});

	it('install keeps the current region content when it updates the page around it', () => {
		const source = `new frame\n${begin}\n${end}\n`;
		const current = `old frame\n${begin}\ncards\n${end}\n`;
		expect(withCurrentRegions(source, current)).toBe(
			`new frame\n${begin}\ncards\n${end}\n`,
		);
	});
});

describe('upcoming cards', () => {
	const text = [
		"{{Let's Connect/Session|id=past|title=Past|start=2026-01-01 10:00}}",
		"{{Let's Connect/Session|id=later|title=Later|start=2026-12-20 10:00}}",
		"{{Let's Connect/Session|id=soon|title=Soon {{!}} <b>|start=2026-12-01 10:00|recording-es=https://example.org/es}}",
	].join('\n');
	const { sessions } = readSessionsFromPage('P', text);

	it('lists sessions that have not ended, soonest first', () => {
		const region = upcomingRegion(
			sessions,
			'Root',
			new Date('2026-11-23T00:00:00Z'),
			10,
		);
		expect(
			region.split('\n').map((line) => /\|id=([^|]+)/.exec(line)?.[1]),
		).toEqual(['soon', 'later']);
	});

	it('escapes values so a title cannot break the card', () => {
		const card = sessionCard(sessions.find((s) => s.id === 'soon')!, 'Root', {
			registered: 3,
			waitlisted: 0,
		});
		expect(card).toContain('|title=Soon &#124; &lt;b&gt;|');
		expect(card).toContain('|registered=3|');
		expect(card).toContain('|recording-es=https://example.org/es}}');
	});
});

describe('Gadgets-definition', () => {
	const ours =
		'* letsconnect-loader[ResourceLoader|default]|letsconnect-loader.js\n* letsconnect[ResourceLoader|hidden|package]|letsconnect.js';

	it('puts our lines in a section of their own at the end, out of whichever section was last', () => {
		const current =
			'== tools ==\n* other[ResourceLoader]|o.js\n* letsconnect[ResourceLoader|default]|letsconnect.js\n* last[ResourceLoader]|l.js';
		const result = withGadgetLines(current, ours);
		expect(result).toBe(
			`== tools ==\n* other[ResourceLoader]|o.js\n* last[ResourceLoader]|l.js\n\n== lets-connect ==\n${ours}`,
		);
		expect(withGadgetLines(result, ours)).toBe(result);
		expect(withGadgetLines(undefined, ours)).toBe(
			`== lets-connect ==\n${ours}`,
		);
	});

	it('keeps our section where it is, takes out gadgets of ours that are gone, and leaves others alone', () => {
		const current =
			'== lets-connect ==\n* letsconnect-i18n-xx[ResourceLoader|hidden]|x.js\n\n== tools ==\n* other[ResourceLoader]|o.js';
		expect(withGadgetLines(current, ours)).toBe(
			`== lets-connect ==\n${ours}\n\n== tools ==\n* other[ResourceLoader]|o.js`,
		);
		expect(ourGadgetLines(withGadgetLines(current, ours), ours)).toEqual(
			ours.split('\n'),
		);
	});
});
