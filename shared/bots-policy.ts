// {{bots}} / {{nobots}}: may this bot edit a page? The semantics of Pywikibot's
// BasePage.botMayEdit, so that pages opted out for every bot are opted out for ours too.
import { parseTemplates, type TemplateCall } from './wikitext/template-parser';

export interface BotIdentity {
	/** The account name, e.g. `LetsConnectBot`. */
	username: string;
	/** The script name (Pywikibot's calledModuleName), e.g. `letsconnect`. */
	script: string;
}

/** The first parameter as Pywikibot sees it: `name=value` for a named one. */
function firstParam(call: TemplateCall): string | undefined {
	const first = call.params[0];
	if (!first) return undefined;
	return first.named ? `${first.name}=${first.value}` : first.value;
}

const list = (value: string) => value.split(',').map((v) => v.trim());

export function botMayEdit(text: string, bot: BotIdentity): boolean {
	for (const call of parseTemplates(text)) {
		if (call.name === 'Nobots') {
			const param = firstParam(call);
			if (param === undefined) return false;
			const bots = list(param);
			if (
				bots.includes('all') ||
				bots.includes(bot.script) ||
				bots.includes(bot.username)
			)
				return false;
		} else if (call.name === 'Bots') {
			const param = firstParam(call);
			if (param === undefined) return true;
			const at = param.indexOf('=');
			const type = (at === -1 ? param : param.slice(0, at)).trim();
			const bots = list(at === -1 ? '' : param.slice(at + 1));
			const named = (...names: string[]) =>
				bots.includes('all') || names.some((n) => bots.includes(n));
			if (type === 'allow') return named(bot.username);
			if (type === 'deny') return !named(bot.username);
			if (type === 'allowscript') return named(bot.script);
			if (type === 'denyscript') return !named(bot.script);
		}
	}
	return true;
}

/**
 * For messages left on talk pages: `{{bots|optout=all}}` (or naming our message type) also
 * says no, as the en.wikipedia convention for message-delivering bots asks.
 */
export function botMayPostMessage(
	text: string,
	bot: BotIdentity,
	messageType: string,
): boolean {
	if (!botMayEdit(text, bot)) return false;
	for (const call of parseTemplates(text)) {
		if (call.name !== 'Bots') continue;
		const optout = call.params.find((p) => p.named && p.name === 'optout');
		if (
			optout &&
			(list(optout.value).includes('all') ||
				list(optout.value).includes(messageType))
		)
			return false;
	}
	return true;
}
