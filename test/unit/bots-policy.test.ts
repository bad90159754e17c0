import { botMayEdit, botMayPostMessage } from '../../shared/bots-policy';

const bot = { username: 'LetsConnectBot', script: 'letsconnect' };

describe('botMayEdit (Pywikibot semantics)', () => {
	it.each([
		['a page without the templates', 'Hello', true],
		['{{nobots}}', 'x {{nobots}} y', false],
		['{{nobots|all}}', '{{nobots|all}}', false],
		['{{nobots|LetsConnectBot}}', '{{nobots|OtherBot, LetsConnectBot}}', false],
		['{{nobots|letsconnect}} (script name)', '{{nobots|letsconnect}}', false],
		['{{nobots|OtherBot}}', '{{nobots|OtherBot}}', true],
		['{{bots}}', '{{bots}}', true],
		['{{bots|allow=all}}', '{{bots|allow=all}}', true],
		[
			'{{bots|allow=LetsConnectBot}}',
			'{{bots|allow=SomeBot,LetsConnectBot}}',
			true,
		],
		['{{bots|allow=OtherBot}}', '{{bots|allow=OtherBot}}', false],
		['{{bots|allow=none}}', '{{bots|allow=none}}', false],
		['{{bots|deny=all}}', '{{bots|deny=all}}', false],
		['{{bots|deny=LetsConnectBot}}', '{{bots|deny=LetsConnectBot}}', false],
		['{{bots|deny=OtherBot}}', '{{bots|deny=OtherBot}}', true],
		['{{bots|deny=none}}', '{{bots|deny=none}}', true],
		[
			'{{bots|allowscript=letsconnect}}',
			'{{bots|allowscript=letsconnect}}',
			true,
		],
		['{{bots|allowscript=other}}', '{{bots|allowscript=other}}', false],
		[
			'{{bots|denyscript=letsconnect}}',
			'{{bots|denyscript=letsconnect}}',
			false,
		],
		['{{bots|denyscript=other}}', '{{bots|denyscript=other}}', true],
		[
			'{{bots|optout=all}} (not an edit restriction)',
			'{{bots|optout=all}}',
			true,
		],
		[
			'the first restricting template decides',
			'{{bots|allow=LetsConnectBot}}{{nobots}}',
			true,
		],
		[
			'the first restricting template decides (2)',
			'{{nobots}}{{bots|allow=LetsConnectBot}}',
			false,
		],
		[
			'a template name written as Template:Nobots',
			'{{Template:nobots}}',
			false,
		],
		['a commented-out template', '<!-- {{nobots}} -->', true],
		['a template inside nowiki', '<nowiki>{{nobots}}</nowiki>', true],
	])('%s', (_, text, expected) => {
		expect(botMayEdit(text, bot)).toBe(expected);
	});
});

describe('botMayPostMessage', () => {
	it.each([
		['no templates', '', true],
		['{{nobots}}', '{{nobots}}', false],
		['{{bots|optout=all}}', '{{bots|optout=all}}', false],
		['{{bots|optout=reminders}}', '{{bots|optout=reminders}}', false],
		['{{bots|optout=newsletter}}', '{{bots|optout=newsletter}}', true],
	])('%s', (_, text, expected) => {
		expect(botMayPostMessage(text, bot, 'reminders')).toBe(expected);
	});
});
