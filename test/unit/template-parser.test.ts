import {
	findTemplates,
	getParam,
	paramsOf,
	parseTemplates,
} from '../../shared/wikitext/template-parser';
import { setParams } from '../../shared/wikitext/template-editor';

describe('parseTemplates', () => {
	it('reads named and positional parameters with MediaWiki trimming', () => {
		const [call] = parseTemplates('{{Foo| a = 1 |two| b=x=y }}');
		expect(call.name).toBe('Foo');
		expect(paramsOf(call)).toEqual({ 'a': '1', '1': 'two', 'b': 'x=y' });
	});

	it('does not split on pipes inside links, nested templates, comments or nowiki', () => {
		const text =
			"{{Let's Connect/Session|title=[[Help:Links|links]] {{!}} {{lang|es|hola}}<!-- a|b --><nowiki>|x}}</nowiki>|id=a}}";
		const [call] = findTemplates(text, "Let's Connect/Session");
		expect(getParam(call, 'id')).toBe('a');
		// Comments vanish, as they do before the wiki hands values to a template.
		expect(getParam(call, 'title')).toBe(
			'[[Help:Links|links]] {{!}} {{lang|es|hola}}<nowiki>|x}}</nowiki>',
		);
	});

	it('normalises names: Template: prefix, underscores, first letter', () => {
		const calls = findTemplates(
			"{{template:let's_Connect/Session |id=a}}{{ Let's  Connect/Session\n|id=b}}",
			"Let's Connect/Session",
		);
		expect(calls.map((c) => getParam(c, 'id'))).toEqual(['a', 'b']);
	});

	it('ignores templates inside comments and unclosed braces', () => {
		expect(parseTemplates('<!-- {{Foo|a=1}} --> {{Bar|x=1')).toEqual([]);
	});

	it('lists nested calls after the call that contains them', () => {
		expect(
			parseTemplates('{{A|x={{B|y=1}}}}').map((c) => [c.name, c.depth]),
		).toEqual([
			['A', 0],
			['B', 1],
		]);
	});

	it('a later duplicate parameter wins, as on the wiki', () => {
		expect(getParam(parseTemplates('{{A|id=1|id=2}}')[0], 'id')).toBe('2');
	});
});

describe('setParams', () => {
	const page = `Intro text.
{{Let's Connect/Session
| id    = wikidata-basics   <!-- keep -->
| title = Wikidata
| unknown = kept
}}
Outro.`;

	it('changes one value and leaves every other byte alone', () => {
		const [call] = findTemplates(page, "Let's Connect/Session");
		const next = setParams(page, call, { title: 'Wikidata for all' });
		expect(next).toBe(
			page.replace('| title = Wikidata\n', '| title = Wikidata for all\n'),
		);
	});

	it('appends a new parameter in the layout of the call', () => {
		const [call] = findTemplates(page, "Let's Connect/Session");
		const next = setParams(page, call, { status: 'cancelled' });
		expect(next).toBe(
			page.replace(
				'| unknown = kept\n}}',
				'| unknown = kept\n| status = cancelled\n}}',
			),
		);
	});

	it('appends inline in a one-line call', () => {
		const text = '{{R|user=A|status=registered}}';
		expect(setParams(text, parseTemplates(text)[0], { remind: 'no' })).toBe(
			'{{R|user=A|status=registered|remind=no}}',
		);
	});

	it('keeps a comment after the value it changes', () => {
		const text = '{{S\n| registration = open <!-- ask Dalia -->\n| id = a\n}}';
		expect(
			setParams(text, parseTemplates(text)[0], { registration: 'closed' }),
		).toBe('{{S\n| registration = closed <!-- ask Dalia -->\n| id = a\n}}');
	});

	it('makes no change when the value is already there', () => {
		const [call] = findTemplates(page, "Let's Connect/Session");
		expect(setParams(page, call, { title: 'Wikidata' })).toBe(page);
	});
});

describe('hostile structure', () => {
	it('takes linear time on unclosed braces and brackets', () => {
		const started = Date.now();
		parseTemplates(
			'{{'.repeat(20000) + '[['.repeat(20000) + '{{{'.repeat(5000),
		);
		parseTemplates(`{{A|${'{{B|'.repeat(10000)}`);
		// Generous: the old recursive scanner needed hours for 40 braces.
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('finds a call inside an unclosed one once, at its real depth', () => {
		const calls = parseTemplates(
			"{{note|hi\n{{Let's Connect/Registration|user=Bob}}",
		);
		expect(calls.map((c) => [c.name, c.start, c.depth])).toEqual([
			["Let's Connect/Registration", 10, 0],
		]);
	});

	it('keeps offsets exact after characters whose lower case is longer', () => {
		const text = 'İ'.repeat(9) + '<nowiki>a</nowiki> {{T|x=1}} b > c';
		const [call] = parseTemplates(text);
		expect(text.slice(call.start, call.end)).toBe('{{T|x=1}}');
	});

	it('hides pipes and equals signs inside extension tags', () => {
		const [call] = parseTemplates(
			'{{S|description=x<ref name="a">a|b=c</ref>|id=1}}',
		);
		expect(paramsOf(call)).toEqual({
			description: 'x<ref name="a">a|b=c</ref>',
			id: '1',
		});
	});
});

describe('brace runs, counted as MediaWiki counts them', () => {
	it('reads a template opened with a stray brace: `{{{Name|…}}` is a "{" and a template', () => {
		const text = "{{{Let's Connect/Session|id=a}}";
		const calls = parseTemplates(text);
		expect(calls.map((c) => [c.name, c.start, c.end])).toEqual([
			["Let's Connect/Session", 1, text.length],
		]);
	});

	it('closes a template before a stray closing brace', () => {
		const text = "{{Let's Connect/Session|id=a}}} and {{B}}";
		expect(parseTemplates(text).map((c) => c.name)).toEqual([
			"Let's Connect/Session",
			'B',
		]);
	});

	it('still reads a parameter `{{{x|default}}}` as no template, and templates inside it', () => {
		expect(parseTemplates('{{{x|{{B}}}}}').map((c) => c.name)).toEqual(['B']);
	});
});

describe("language conversion and heading lines, as MediaWiki's preprocessor reads them", () => {
	it('reads `-{{X}}` as a dash and a template, but `-{ … }-` as language conversion, whose `}}` close nothing', () => {
		expect(parseTemplates('-{{B|1}}').map((c) => [c.name, c.start])).toEqual([
			['B', 1],
		]);
		expect(parseTemplates('{{A|-{x}}').map((c) => c.name)).toEqual([]);
		expect(parseTemplates('{{A|-{x}-}}').map((c) => c.name)).toEqual(['A']);
		// One brace left of `-{{{B}}`: a `-{` again, waiting for its `}-`, so A never closes.
		expect(parseTemplates('{{A|-{{{B}}x}}').map((c) => c.name)).toEqual(['B']);
	});

	it('closes nothing with a `}}` on a heading line, and goes on after the line ends', () => {
		expect(parseTemplates('{{A|x=\n== h }}').map((c) => c.name)).toEqual([]);
		expect(
			parseTemplates('{{A|x=\n== h ==\n}}').map((c) => [
				c.name,
				c.params.length,
			]),
		).toEqual([['A', 1]]);
		// A lone `=` starting a line of an argument still waiting for one is that argument's `=`.
		const [call] = parseTemplates('{{A|\n=v}}');
		expect([call?.name, call?.params[0].named]).toEqual(['A', true]);
		// After it has one, a lone `=` opens a heading line.
		expect(parseTemplates('{{A|x=1\n=v}}').map((c) => c.name)).toEqual([]);
	});
});
