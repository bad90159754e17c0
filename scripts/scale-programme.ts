// A programme of any size for the scale benchmark and tests: `count` sessions, each on its own
// page under ROOT/Sessions/, a fifth of them past (with recordings), the rest spread over the
// next 18 months; ten registrations each (with the bot's header, as a run would have written it)
// and 200 profiles. Deterministic: the same count and `now` give the same pages.
import { DateTime } from 'luxon';
import { readSessionsFromPage } from '../shared/sessions/read-sessions';
import {
	sourceOf,
	withHeader,
} from '../shared/registrations/registration-header';
import { registrationPageTitle } from '../shared/model/titles';
import type { SamplePage } from './sample-programme';

const ZONES = [
	'Europe/Madrid',
	'America/Lima',
	'Africa/Lagos',
	'Asia/Kolkata',
	'UTC',
	'Asia/Manila',
	'Africa/Cairo',
];
const TOPICS = [
	'Funding',
	'Wikidata',
	'Community health',
	'Volunteer management',
	'Event organising',
	'Training newcomers',
	'Communications',
	'Project management',
];
const TYPES = ['clinic', 'clinic', 'clinic', 'connectathon', 'workshop'];
const LANGUAGES = ['en', 'es', 'fr', 'ar', 'pt'];
export const SCALE_PROFILES = 200;
const REGISTRATIONS_PER_SESSION = 10;

const user = (i: number) => `Participant ${(i % SCALE_PROFILES) + 1}`;

function sessionText(i: number, count: number, now: DateTime): string {
	const past = i < Math.ceil(count / 5);
	const zone = ZONES[i % ZONES.length];
	// Past sessions over the last two years; upcoming ones over the next 18 months.
	const days = past
		? -1 - Math.floor((i * 730) / Math.ceil(count / 5))
		: 1 +
			Math.floor(
				((i - Math.ceil(count / 5)) * 548) /
					Math.max(1, count - Math.ceil(count / 5)),
			);
	const start = now
		.setZone(zone)
		.plus({ days })
		.set({ hour: 9 + (i % 9), minute: 0 });
	const lines = [
		"{{Let's Connect/Session",
		`| id = scale-${i}`,
		`| type = ${TYPES[i % TYPES.length]}`,
		`| title = Scale session ${i}: ${TOPICS[i % TOPICS.length]}`,
		`| topic = ${TOPICS[i % TOPICS.length]}`,
		`| start = ${start.toFormat('yyyy-MM-dd HH:mm')}`,
		`| timezone = ${zone}`,
		`| audience = ${i % 2 ? 'newcomers' : 'newcomers, organisers'}`,
		`| sharers = ${user(i)}, ${user(i + 7)}`,
		`| language = ${LANGUAGES[i % LANGUAGES.length]}`,
		'| interpretation = es, fr',
		'| capacity = 30',
		`| description = What session ${i} teaches, in a sentence or two.`,
	];
	if (past)
		lines.push(
			'| registration = closed',
			`| recording = https://commons.wikimedia.org/wiki/File:Scale_${i}.webm`,
			`| slides-es = https://commons.wikimedia.org/wiki/File:Scale_${i}_es.pdf`,
		);
	return `${lines.join('\n')}\n}}\n\n== Notes ==\nQuestions? Ask on the talk page.`;
}

export function scaleProgramme(
	root: string,
	count: number,
	now: DateTime,
): SamplePage[] {
	const pages: SamplePage[] = [];
	for (let i = 0; i < count; i++) {
		const title = `${root}/Sessions/scale-${i}`;
		const text = sessionText(i, count, now);
		pages.push({ title, text });
		const [session] = readSessionsFromPage(title, text).sessions;
		if (!session)
			throw new Error(`the scale generator wrote an invalid session: ${title}`);
		const lines = Array.from(
			{ length: REGISTRATIONS_PER_SESSION },
			(_, k) =>
				`{{Let's Connect/Registration|user=${user(i * 3 + k)}|registered=2026-11-01T10:00:00Z}}`,
		);
		pages.push({
			title: registrationPageTitle(root, session.id),
			text: withHeader(
				`Registrations for scale session ${i}.\n${lines.join('\n')}`,
				sourceOf(session),
			),
		});
	}
	for (let p = 0; p < SCALE_PROFILES; p++) {
		pages.push({
			title: `${root}/Participants/${user(p)}`,
			text: `{{Let's Connect/Participant\n| user = ${user(p)}\n| country = Country ${p % 44}\n| languages = ${LANGUAGES[p % 5]}, en\n| share = ${TOPICS[p % 8]}\n| learn = ${TOPICS[(p + 3) % 8]}\n| joined = 2026-0${1 + (p % 9)}\n}}`,
		});
	}
	return pages;
}
