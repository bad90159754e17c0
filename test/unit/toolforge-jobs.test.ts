// jobs.yaml as Toolforge will run it: a supported Node image, and a timeout on every job that ends
// a hung run before the next one starts, with the bot's own wait budget inside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Node.js release lines and the end of their support (nodejs.org/en/about/previous-releases). */
const NODE_END_OF_LIFE: Record<string, string> = {
	node18: '2025-04-30',
	node20: '2026-04-30',
	node22: '2027-04-30',
	node24: '2028-04-30',
};
/** When this file was last checked against that table: a fixed day, so the test never fails on its own. */
const CHECKED = '2026-12-06';
const PACKAGE = JSON.parse(
	readFileSync(join(__dirname, '../../package.json'), 'utf8'),
) as { engines: { node: string } };

interface Job {
	name: string;
	image?: string;
	command?: string;
	schedule?: string;
	timeout?: number;
}

function jobs(): Job[] {
	const text = readFileSync(join(__dirname, '../../jobs.yaml'), 'utf8');
	return text
		.split(/^- /m)
		.slice(1)
		.map((block) => {
			const field = (key: string) =>
				new RegExp(`^\\s*${key}: (.*)$`, 'm')
					.exec(`  ${block}`)?.[1]
					?.replace(/^"|"$/g, '');
			return {
				name: field('name') ?? '',
				image: field('image'),
				command: field('command'),
				schedule: field('schedule'),
				timeout: field('timeout') ? Number(field('timeout')) : undefined,
			};
		});
}

/** Seconds between two runs of a cron schedule of the forms jobs.yaml uses (minute lists hourly, or weekly). */
function interval(schedule: string): number {
	const [minute, hour, , , weekday] = schedule.split(' ');
	if (weekday !== '*') return 7 * 86400;
	if (hour !== '*') return 86400;
	const minutes = minute.split(',').map(Number);
	return minutes.length === 1
		? 3600
		: Math.min(
				...minutes.map(
					(m, i) =>
						((minutes[(i + 1) % minutes.length] - m + 60) % 60 || 60) * 60,
				),
			);
}

describe('jobs.yaml', () => {
	const list = jobs();

	it('has the three jobs', () => {
		expect(list.map((j) => j.name)).toEqual([
			'letsconnect-sync',
			'letsconnect-registrations',
			'letsconnect-remind',
		]);
	});

	it.each(jobs().map((j) => [j.name, j] as const))(
		'%s runs on a Node image the package supports, still supported when last checked',
		(_name, job) => {
			expect(Object.keys(NODE_END_OF_LIFE)).toContain(job.image);
			// The package's own engines (>=20) take the image's line.
			const major = Number((job.image ?? '').replace('node', ''));
			expect(major).toBeGreaterThanOrEqual(
				Number(/\d+/.exec(PACKAGE.engines.node)?.[0]),
			);
			// Supported on the day the table was checked (move CHECKED, and the image, when the line ends:
			// the README says how), never a test that fails by the calendar alone.
			expect(NODE_END_OF_LIFE[job.image as string] > CHECKED).toBe(true);
		},
	);

	it.each(jobs().map((j) => [j.name, j] as const))(
		'%s has a timeout shorter than the time to its next run, and a wait budget inside it',
		(_name, job) => {
			expect(job.timeout).toBeGreaterThan(0);
			expect(job.timeout).toBeLessThan(interval(job.schedule ?? ''));
			const maxWait = Number(/--max-wait (\d+)/.exec(job.command ?? '')?.[1]);
			expect(maxWait).toBeLessThan(job.timeout as number);
		},
	);
});
