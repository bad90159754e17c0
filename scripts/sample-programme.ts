// Sample sessions for the local demo wiki: clinics, connectathons and a workshop in several
// zones and languages, two already past with recordings, one cancelled, one nearly full.
import { DateTime } from 'luxon';
import {
	profilePageTitle,
	registrationPageTitle,
	sessionPageTitle,
} from '../shared/model/titles';

interface SampleSession {
	id: string;
	days: number;
	hour: number;
	params: Record<string, string>;
	/** Prose a liaison might write around the template. */
	intro?: string;
}

const SAMPLES: SampleSession[] = [
	{
		id: 'proposal-writing',
		days: 3,
		hour: 15,
		params: {
			meeting: 'https://meet.example.org/lets-connect-proposal-writing',
			type: 'clinic',
			title: 'Writing a strong grant proposal',
			topic: 'Funding',
			timezone: 'Europe/Madrid',
			audience: 'organisers',
			sharers: 'Alice, Bruno',
			language: 'en',
			interpretation: 'es, fr, ar, pt',
			capacity: '30',
			description:
				'How to turn an idea into a fundable plan: goals, budget and measures of success.',
		},
	},
	{
		id: 'connectathon-december',
		days: 9,
		hour: 14,
		params: {
			meeting: 'https://meet.example.org/lets-connect-connectathon-december',
			type: 'connectathon',
			title: 'December Connectathon',
			topic: 'Community',
			timezone: 'UTC',
			audience: 'newcomers, organisers',
			language: 'en',
			interpretation: 'es',
			description:
				'An hour to meet other Wikimedians, share news and play a game or two.',
		},
	},
	{
		id: 'wikidata-basics',
		days: 16,
		hour: 10,
		params: {
			meeting: 'https://meet.example.org/lets-connect-wikidata-basics',
			type: 'clinic',
			title: 'Wikidata para principiantes',
			topic: 'Wikidata',
			timezone: 'America/Lima',
			audience: 'newcomers',
			sharers: 'Chidi',
			language: 'es',
			interpretation: 'en, pt',
			capacity: '40',
		},
	},
	{
		id: 'volunteer-retention',
		days: 23,
		hour: 16,
		params: {
			meeting: 'https://meet.example.org/lets-connect-volunteer-retention',
			type: 'clinic',
			title: 'Keeping volunteers engaged',
			topic: 'Volunteer management',
			timezone: 'Africa/Lagos',
			audience: 'organisers',
			sharers: 'Dalia',
			language: 'en',
			interpretation: 'fr',
			capacity: '2',
		},
	},
	{
		id: 'conflict-management',
		days: 30,
		hour: 18,
		params: {
			meeting: 'https://meet.example.org/lets-connect-conflict-management',
			type: 'clinic',
			title: 'Conflict management in small communities',
			topic: 'Community health',
			timezone: 'Asia/Kolkata',
			audience: 'organisers',
			language: 'en',
			status: 'cancelled',
			registration: 'closed',
		},
	},
	{
		id: 'wikiindaba-workshop',
		days: 38,
		hour: 11,
		params: {
			meeting: 'https://meet.example.org/lets-connect-wikiindaba-workshop',
			type: 'workshop',
			title: "Let's Connect live at WikiIndaba",
			topic: 'Peer learning',
			timezone: 'Africa/Johannesburg',
			duration: '90',
			audience: 'newcomers, organisers',
			language: 'en',
			interpretation: 'fr, ar',
		},
	},
	{
		id: 'newcomer-training-ar',
		days: 45,
		hour: 17,
		params: {
			meeting: 'https://meet.example.org/lets-connect-newcomer-training-ar',
			type: 'clinic',
			title: 'تدريب المستجدين على التحرير',
			topic: 'Training newcomers',
			timezone: 'Africa/Cairo',
			audience: 'newcomers',
			sharers: 'Dalia',
			language: 'ar',
			interpretation: 'en, fr',
		},
	},
	{
		id: 'event-organising',
		days: 52,
		hour: 9,
		params: {
			meeting: 'https://meet.example.org/lets-connect-event-organising',
			type: 'clinic',
			title: 'Organising an edit-a-thon, step by step',
			topic: 'Event organising',
			timezone: 'Asia/Manila',
			audience: 'newcomers',
			sharers: 'Bruno',
			language: 'en',
			interpretation: 'es, pt',
			status: 'postponed',
		},
	},
	{
		id: 'project-management',
		days: -18,
		hour: 15,
		params: {
			'type': 'clinic',
			'title': 'Project management for affiliates',
			'topic': 'Project management',
			'timezone': 'Europe/Berlin',
			'audience': 'organisers',
			'sharers': 'Alice',
			'language': 'en',
			'interpretation': 'es, ar',
			'registration': 'closed',
			'recording':
				'https://commons.wikimedia.org/wiki/File:Let%27s_Connect_project_management.webm',
			'recording-es':
				'https://commons.wikimedia.org/wiki/File:Let%27s_Connect_gestion_de_proyectos.webm',
			'slides':
				'https://commons.wikimedia.org/wiki/File:Let%27s_Connect_project_management.pdf',
		},
	},
	{
		id: 'connectathon-october',
		days: -40,
		hour: 14,
		params: {
			type: 'connectathon',
			title: 'October Connectathon',
			topic: 'Community',
			timezone: 'UTC',
			language: 'en',
			registration: 'closed',
			recording:
				'https://commons.wikimedia.org/wiki/File:Let%27s_Connect_connectathon_october.webm',
		},
	},
];

export interface SamplePage {
	title: string;
	text: string;
}

function sessionCall(
	id: string,
	start: string,
	params: Record<string, string>,
): string {
	const lines = [
		`{{Let's Connect/Session`,
		`| id = ${id}`,
		`| start = ${start}`,
	];
	for (const [name, value] of Object.entries(params))
		lines.push(`| ${name} = ${value}`);
	return `${lines.join('\n')}\n}}`;
}

/** One page per session under ROOT/Sessions/, dated relative to `now`. */
export function sampleSessionPages(root: string, now: DateTime): SamplePage[] {
	return SAMPLES.map((sample) => {
		const start = now
			.setZone(sample.params.timezone)
			.plus({ days: sample.days })
			.set({ hour: sample.hour, minute: 0 });
		const text = `${sample.intro ?? ''}${sessionCall(sample.id, start.toFormat('yyyy-MM-dd HH:mm'), sample.params)}\n\n== Notes ==\nQuestions? Ask on the talk page.`;
		return { title: sessionPageTitle(root, sample.id), text };
	});
}

/** Sign-ups so the demo shows counts and a full session with a waitlist. */
export function sampleRegistrationPages(root: string): SamplePage[] {
	return [
		{
			title: registrationPageTitle(root, 'volunteer-retention'),
			text: "{{Let's Connect/Registration|user=Bruno|registered=2026-11-01T10:00:00Z|remind=yes}}\n{{Let's Connect/Registration|user=Chidi|registered=2026-11-02T09:30:00Z|interpretation=fr}}",
		},
		{
			title: registrationPageTitle(root, 'proposal-writing'),
			text: '# [[User:Dalia|Dalia]] ([[User talk:Dalia|talk]]) 12:00, 2 November 2026 (UTC)',
		},
	];
}

/** A few profiles, so that the directory and the skill matching have something to show. */
export function sampleParticipantPages(root: string): SamplePage[] {
	const profile = (user: string, params: string) => ({
		title: profilePageTitle(root, user),
		text: `{{Let's Connect/Participant\n| user = ${user}\n${params}\n}}`,
	});
	return [
		profile(
			'Alice',
			'| affiliate = Wikimedia Argentina\n| country = Argentina\n| region = Latin America and the Caribbean\n| languages = es, en\n| home = es.wikipedia\n| share = Grant writing, Wikidata\n| learn = Conflict management, Communications\n| joined = 2026-09',
		),
		profile(
			'Chidi',
			'| affiliate = Wikimedia User Group Nigeria\n| country = Nigeria\n| region = Sub-Saharan Africa\n| languages = en, ig\n| home = ig.wikipedia\n| share = Training newcomers, Event organising\n| learn = Grant writing, Wikidata\n| joined = 2026-10',
		),
		profile(
			'Dalia',
			'| country = Egypt\n| region = Middle East and North Africa\n| languages = ar, en\n| home = ar.wikipedia\n| share = Volunteer management\n| learn = Conflict management, Grant writing\n| joined = 2026-11',
		),
	];
}

/** The programme's main page: the seed page's English text with the Upcoming template. */
export function mainPage(): string {
	return `'''Let's Connect – Peer Learning Program'''

Let's Connect creates an open and safe learning space for any Wikimedian in an organised group or affiliate to share and learn different skills (interpersonal, grant-related, learning and evaluation, and more) with peers, to add value to the community and contribute together.

Since its start in April 2022, the initiative has reached 730 participants across 44 countries and 70 language Wikipedias. The team has facilitated 71 Clinics on 30 topics.

== Upcoming sessions ==
{{Let's Connect/Upcoming}}

See also the [[/Calendar|calendar]], the [[/Past sessions|past sessions]] with their recordings, the [[/Resources|resources by topic]], the [[/Participants|participants and their skills]] and the [[/Evaluation|evaluation]] (the reach in figures and charts, month by month). So far {{Let's Connect/Stats|participants}} people have signed up or joined.

== What does Let's Connect offer? ==
* 2 monthly '''Learning Clinics''' 🧠: online interactive workshops of about 2 hours, where community members share their skills and knowledge.
* 1 monthly '''Connectathon''': an hour-long online space to connect in a fun and relaxed way. 🎈
* Live workshops at regional and global conferences 🎙️

Each Clinic is tagged as relevant for newcomers, for experienced organisers, or both.
`;
}
