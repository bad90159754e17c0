// The codec's time conversion (luxon) agrees with the wiki's own #time (PHP), around DST changes too.
import fc from 'fast-check';
import { localToUtc, toIsoUtc } from '../../shared/time';
import { startTestWiki, type TestWiki } from '../helpers/test-wiki';

let wiki: TestWiki;
beforeAll(async () => {
	wiki = await startTestWiki({ install: false });
});
afterAll(async () => {
	await wiki?.stop();
});

const ZONES = [
	'UTC',
	'Europe/Madrid',
	'Europe/London',
	'America/New_York',
	'America/Lima',
	'America/Sao_Paulo',
	'Africa/Lagos',
	'Africa/Cairo',
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Australia/Lord_Howe',
	'Pacific/Chatham',
	'America/Santiago',
	'Asia/Tehran',
];
const pad = (n: number) => String(n).padStart(2, '0');

it('gives the same UTC instant as #time for 300 generated starts', async () => {
	// Days near the DST changes of 2026 are over-represented: that is where mistakes live.
	const day = fc.oneof(
		fc
			.date({
				min: new Date('2025-01-01T00:00:00Z'),
				max: new Date('2027-12-31T00:00:00Z'),
				noInvalidDate: true,
			})
			.map((d) => d.toISOString().slice(0, 10)),
		fc.constantFrom(
			'2026-03-08',
			'2026-03-29',
			'2026-10-25',
			'2026-11-01',
			'2026-04-05',
			'2026-09-06',
			'2026-04-04',
		),
	);
	const samples = fc.sample(
		fc.tuple(
			day,
			fc.integer({ min: 0, max: 23 }),
			fc.constantFrom(0, 15, 30, 45),
			fc.constantFrom(...ZONES),
		),
		{ numRuns: 300, seed: 20261123 },
	);
	const starts = samples.map(([d, h, m, zone]) => ({
		start: `${d} ${pad(h)}:${pad(m)}`,
		zone,
	}));
	const wikitext = starts
		.map(({ start, zone }) => `* {{#time:Y-m-d\\TH:i:s\\Z|${start} ${zone}}}`)
		.join('\n');
	const html = (await wiki.bot.parseWikitext(wikitext)) as string;
	const fromWiki = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) =>
		m[1].trim(),
	);
	expect(fromWiki).toHaveLength(starts.length);
	const fromCodec = starts.map(({ start, zone }) => {
		const result = localToUtc(start, zone);
		return result.ok ? toIsoUtc(result.utc) : result.reason;
	});
	const disagreements = starts
		.map((s, i) => [s.start, s.zone, fromWiki[i], fromCodec[i]])
		.filter(([, , a, b]) => a !== b);
	expect(disagreements).toEqual([]);
});
