// How the local wiki is described to a person: URL, credentials, state.
import { isRunning, releaseOf, type LocalWikiInfo } from './local-wiki';

export function describeWiki(info: LocalWikiInfo): string {
	return [
		`Wiki:      ${info.server}/index.php`,
		`API:       ${info.apiUrl}`,
		`Admin:     ${info.admin.username} / ${info.admin.password}`,
		`Bot:       ${info.bot.username} / ${info.bot.password}`,
		`Users:     ${info.users.map((u) => u.username).join(', ')} (password ${info.users[0]?.password})`,
		`MediaWiki: ${releaseOf(info).version} (${releaseOf(info).root})`,
		`Folder:    ${info.dir}`,
		`Server:    ${isRunning(info) ? `running (pid ${info.pid})` : 'stopped'}`,
	].join('\n');
}
