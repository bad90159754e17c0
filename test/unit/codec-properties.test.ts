// Properties of the codec over generated pages (fast-check).
import fc from 'fast-check';
import {
	findTemplates,
	getParam,
	paramsOf,
	parseTemplates,
} from '../../shared/wikitext/template-parser';
import { setParams } from '../../shared/wikitext/template-editor';
import {
	escapeTemplateValue,
	unescapeTemplateValue,
} from '../../shared/wikitext/escape';
import {
	appendLine,
	parseRegistrations,
	summarise,
} from '../../shared/registrations/registration-page';
import { cancelRegistration, signUp } from '../../shared/registrations/sign-up';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';

/** Text made of the pieces that matter to wikitext structure, and some that do not. */
const wikitext = fc.string({
	unit: fc.constantFrom(
		'{{',
		'}}',
		'{{{',
		'}}}',
		'|',
		'=',
		'[[',
		']]',
		'<!--',
		'-->',
		'<nowiki>',
		'</nowiki>',
		'<pre>',
		'\n',
		' ',
		'a',
		'id',
		"Let's Connect/Session",
		'é',
		'ع',
		'{',
		'}',
		'[',
		']',
		'<',
		'>',
		'~~~~',
		'{{!}}',
	),
	maxLength: 60,
});

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const plainValue = fc
	.string({
		unit: fc.constantFrom('a', 'b', ' ', '1', 'é', 'ع', '-', ':', '/', '.'),
		maxLength: 12,
	})
	.map((s) => s.trim());

describe('template parser', () => {
	it('never throws on any text', () => {
		fc.assert(
			fc.property(fc.oneof(wikitext, fc.string({ maxLength: 200 })), (text) => {
				parseTemplates(text);
				readSessionsFromPage('P', text);
				parseRegistrations(text);
			}),
			{ numRuns: 2000 },
		);
	});

	// A model to read against: pages built from calls whose parameters are known, each value made of
	// what must not split a parameter (a link's pipe, a nested call, a comment, nowiki).
	const part = fc.oneof(
		plainValue.map((v) => ({ raw: v, read: v })),
		plainValue.map((v) => ({ raw: `[[Page|${v}]]`, read: `[[Page|${v}]]` })),
		plainValue.map((v) => ({
			raw: `{{Inner|a=${v}|b}}`,
			read: `{{Inner|a=${v}|b}}`,
		})),
		plainValue.map((v) => ({ raw: `<!-- |x=${v} -->${v}`, read: v.trim() })),
		plainValue.map((v) => ({
			raw: `<nowiki>|${v}=}}</nowiki>`,
			read: `<nowiki>|${v}=}}</nowiki>`,
		})),
	);
	const call = fc.record({
		name: fc.constantFrom('Demo', "Let's Connect/Session"),
		params: fc.uniqueArray(fc.tuple(name, part), {
			maxLength: 5,
			selector: ([n]) => n,
		}),
	});
	const prose = fc.string({
		unit: fc.constantFrom('a', ' ', '\n', '==', '[[x]]', 'é', 'ع', '}', '|'),
		maxLength: 15,
	});

	it('finds exactly the calls a page was built from, with the values as MediaWiki reads them', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(prose, call), { maxLength: 5 }),
				prose,
				(pieces, tail) => {
					const text =
						pieces
							.map(
								([before, c]) =>
									`${before}{{${c.name}${c.params.map(([n, v]) => `|${n}=${v.raw}`).join('')}}}`,
							)
							.join('') + tail;
					const found = parseTemplates(text).filter((c) => c.depth === 0);
					expect(found.map((c) => c.name)).toEqual(
						pieces.map(([, c]) => c.name),
					);
					found.forEach((c, i) =>
						expect(paramsOf(c)).toEqual(
							Object.fromEntries(
								pieces[i][1].params.map(([n, v]) => [n, v.read]),
							),
						),
					);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('calls never overlap partially: nested calls lie inside their parents', () => {
		fc.assert(
			fc.property(wikitext, (text) => {
				const calls = parseTemplates(text);
				for (const a of calls)
					for (const b of calls) {
						if (a === b) continue;
						const disjoint = a.end <= b.start || b.end <= a.start;
						const nested =
							(a.start <= b.start && b.end <= a.end) ||
							(b.start <= a.start && a.end <= b.end);
						expect(disjoint || nested).toBe(true);
					}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('template editor', () => {
	const call = fc.record({
		params: fc.uniqueArray(fc.tuple(name, plainValue), {
			minLength: 1,
			maxLength: 6,
			selector: ([n]) => n,
		}),
		multiline: fc.boolean(),
		before: fc.string({
			unit: fc.constantFrom('a', ' ', '\n', '==', '<!-- c -->'),
			maxLength: 20,
		}),
		after: fc.string({
			unit: fc.constantFrom('a', ' ', '\n', '[[x|y]]'),
			maxLength: 20,
		}),
	});

	it('changing one parameter changes nothing else on the page', () => {
		fc.assert(
			fc.property(
				call,
				fc.nat(),
				plainValue,
				({ params, multiline, before, after }, pick, value) => {
					const sep = multiline ? '\n| ' : '|';
					const template = `{{Demo${params.map(([n, v]) => `${sep}${n} = ${v}`).join('')}${multiline ? '\n' : ''}}}`;
					const text = before + template + after;
					const [target] = findTemplates(text, 'Demo');
					const [changed] = params[pick % params.length];
					const next = setParams(text, target, { [changed]: value });
					expect(next.startsWith(before)).toBe(true);
					expect(next.endsWith(after)).toBe(true);
					const [reread] = findTemplates(next, 'Demo');
					for (const [n, v] of params)
						expect(getParam(reread, n)).toBe(n === changed ? value : v);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('adding a parameter keeps the others and their values', () => {
		fc.assert(
			fc.property(call, plainValue, ({ params, multiline }, value) => {
				const sep = multiline ? '\n|' : '|';
				const text = `{{Demo${params.map(([n, v]) => `${sep}${n}=${v}`).join('')}}}`;
				const next = setParams(text, findTemplates(text, 'Demo')[0], {
					'new-param': value,
				});
				const [reread] = findTemplates(next, 'Demo');
				expect(getParam(reread, 'new-param')).toBe(value);
				for (const [n, v] of params) expect(getParam(reread, n)).toBe(v);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('escaping', () => {
	it('any value written as a parameter reads back the same and stays one parameter', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (value) => {
				const text = `{{Demo|a=${escapeTemplateValue(value)}|b=after}}`;
				const [call] = parseTemplates(text);
				expect(call.params.map((p) => p.name)).toEqual(['a', 'b']);
				expect(unescapeTemplateValue(getParam(call, 'a') ?? '')).toBe(
					value.replace(/[\r\n]+/g, ' ').trim(),
				);
				expect(text).not.toMatch(/~~~/);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('registrations', () => {
	it('any sequence of sign-ups and cancellations gives the places a first-come queue would', () => {
		const action = fc.tuple(
			fc.constantFrom('Ana', 'Ben', 'Chen', 'Dee', 'Eli'),
			fc.boolean(),
		);
		fc.assert(
			fc.property(
				fc.array(action, { maxLength: 25 }),
				fc.integer({ min: 1, max: 3 }),
				(actions, capacity) => {
					let text = 'Intro line';
					// The model: a plain queue, joined at the end and left by cancelling.
					const queue: string[] = [];
					for (const [user, joins] of actions) {
						if (joins) {
							const result = signUp(text, {
								user,
								now: '2026-11-23T00:00:00Z',
							});
							if (result.outcome === 'append')
								text = appendLine(text, result.line);
							if (!queue.includes(user)) queue.push(user);
						} else {
							const result = cancelRegistration(text, user);
							if (result.outcome === 'cancelled') text = result.text;
							if (queue.includes(user)) queue.splice(queue.indexOf(user), 1);
						}
					}
					const registrations = parseRegistrations(text, capacity);
					const users = registrations.map((r) => r.user);
					expect(new Set(users).size).toBe(users.length);
					expect(text.startsWith('Intro line')).toBe(true);
					expect(
						registrations
							.filter((r) => r.status === 'registered')
							.map((r) => r.user),
					).toEqual(queue.slice(0, capacity));
					expect(summarise(registrations).waitlist).toEqual(
						queue.slice(capacity),
					);
				},
			),
			{ numRuns: 500 },
		);
	});
});
