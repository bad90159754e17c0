import {
	headerCall,
	readHeader,
	withHeader,
	type SessionSource,
} from '../../shared/registrations/registration-header';
import { parseRegistrations } from '../../shared/registrations/registration-page';

const source: SessionSource = {
	id: 'grants',
	title: 'Grants {{!}} | and }} more',
	page: 'Grants:Knowledge Sharing/Connect/Sessions/grants',
	startUtc: '2026-12-03T13:00:00Z',
	endUtc: '2026-12-03T15:00:00Z',
	status: 'scheduled',
	registration: 'open',
	capacity: 20,
};
const line = "{{Let's Connect/Registration|user=Ana}}";

describe("the bot's header on a registration page", () => {
	it('reads back what it wrote, hostile title included', () => {
		expect(readHeader(withHeader('', source))).toEqual(source);
		expect(
			readHeader(withHeader(line, { ...source, capacity: undefined })),
		).toEqual({ ...source, capacity: undefined });
	});

	it('goes on top of an existing page and leaves the lines below alone', () => {
		const text = withHeader(`Intro\n${line}`, source);
		expect(text.endsWith(`Intro\n${line}`)).toBe(true);
		expect(
			parseRegistrations(text, source.capacity).map((r) => r.user),
		).toEqual(['Ana']);
	});

	it('is replaced in its region when the session changes, and is stable when it does not', () => {
		const once = withHeader(line, source);
		expect(withHeader(once, source)).toBe(once);
		const closed = withHeader(once, { ...source, registration: 'closed' });
		expect(readHeader(closed)?.registration).toBe('closed');
		expect(closed.match(/letsconnect:begin header/g)).toHaveLength(1);
	});

	it("counts for nothing when it is not the bot's: no markers, two calls, or values out of range", () => {
		expect(readHeader(headerCall(source))).toBeUndefined();
		const region = (body: string) =>
			`<!-- letsconnect:begin header -->\n${body}\n<!-- letsconnect:end header -->`;
		expect(
			readHeader(region(headerCall(source) + headerCall(source))),
		).toBeUndefined();
		expect(
			readHeader(region(headerCall({ ...source, capacity: -3 }))),
		).toBeUndefined();
		expect(
			readHeader(region(headerCall({ ...source, registration: 'maybe' }))),
		).toBeUndefined();
		expect(
			readHeader(region(headerCall({ ...source, endUtc: 'tomorrow' }))),
		).toBeUndefined();
	});

	it('mends stray header markers, which would otherwise hide the header from the gadget, and keeps the lines', () => {
		const broken = `${withHeader(line, source)}\n<!-- letsconnect:begin header -->`;
		expect(readHeader(broken)).toBeUndefined();
		const mended = withHeader(broken, source);
		expect(readHeader(mended)).toEqual(source);
		expect(parseRegistrations(mended).map((r) => r.user)).toEqual(['Ana']);
		expect(mended.match(/letsconnect:begin header/g)).toHaveLength(1);
	});
});
