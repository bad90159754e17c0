// The gadget's messages in Portuguese: its own module, which a reader of another language never loads.
import type { Catalogue } from '../messages';

export const pt: Catalogue = {
	'lc-signup': 'Inscrever-me',
	'lc-signup-login': 'Entre para se inscrever',
	'lc-cancel': 'Cancelar a minha inscrição',
	'lc-registered': 'Está inscrito',
	'lc-join-meeting': 'Entrar na reunião',
	'lc-join-now': 'Entrar agora',
	'lc-confirm-signup': 'Confirme, por favor: quer inscrever-se em «$1», $2?',
	'lc-confirm-cancel':
		'Confirme, por favor: quer cancelar a sua inscrição em «$1», $2?',
	'lc-confirm-back': 'Voltar',
	'lc-confirm-give-place':
		'Deixar o seu lugar em «$1», $2? A primeira pessoa da lista de espera recebe-o de imediato e não o poderá recuperar (se se inscrever de novo, fica no fim da lista de espera).',
	'lc-give-place': 'Deixar o meu lugar',
	'lc-keep-place': 'Manter o meu lugar',
	'lc-state-open': 'As inscrições estão abertas',
	'lc-state-full': 'Lotada: novas inscrições entram na lista de espera',
	'lc-state-waitlist':
		'Lotada: {{PLURAL:$1|uma pessoa espera|$1 pessoas esperam}} por uma vaga',
	'lc-state-closed': 'As inscrições estão encerradas',
	'lc-state-cancelled': 'Esta sessão foi cancelada',
	'lc-state-postponed': 'Esta sessão foi adiada',
	'lc-state-ended': 'Esta sessão já terminou',
	'lc-count-registered': '$1 {{PLURAL:$1|inscrito|inscritos}}',
	'lc-count-taken': '$1 de $2 {{PLURAL:$2|vaga ocupada|vagas ocupadas}}',
	'lc-count-waitlisted': '$1 em lista de espera',
	'lc-waitlisted': 'Está na lista de espera (posição $1)',
	'lc-waitlist-join': 'Entrar na lista de espera',
	'lc-working': 'A gravar…',
	'lc-queue-ahead':
		'À espera da sua vez: {{PLURAL:$1|uma pessoa clicou|$1 pessoas clicaram}} antes de si…',
	'lc-utc': '$1 UTC',
	'lc-error-calendar':
		'Não foi possível criar o ficheiro de calendário porque a wiki não respondeu. Verifique a sua ligação e tente de novo.',
	'lc-error-network':
		'Não foi possível gravar a inscrição porque a wiki não respondeu. Verifique a ligação e tente de novo.',
	'lc-error-blocked':
		"Não se pode inscrever porque a sua conta está bloqueada para edição. Nada foi gravado. A sua página de discussão explica o bloqueio e como contestá-lo se achar que é um erro; uma pessoa de ligação do Let's Connect também o pode inscrever.",
	'lc-error-protected':
		"A página de inscrição está protegida. Peça a uma pessoa de ligação do Let's Connect que o adicione.",
	'lc-error-conflict':
		'Outra pessoa editou a página de inscrição ao mesmo tempo. Tente de novo.',
	'lc-error-abusefilter':
		"Um filtro de edições impediu a alteração. Peça a uma pessoa de ligação do Let's Connect que o adicione.",
	'lc-error-other':
		'Não foi possível gravar a inscrição ($1). Tente de novo ou adicione-se na página de inscrição.',
	'lc-error-unreadable':
		"A página de inscrição termina dentro de um comentário ou de uma etiqueta por fechar, por isso uma linha nova não contaria. Nada foi gravado: peça a uma pessoa de ligação do Let's Connect que corrija a página.",
	'lc-session-add': 'Adicionar uma sessão',
	'lc-session-edit': 'Editar esta sessão',
	'lc-error-profile-unreadable':
		"A página do seu perfil termina dentro de um comentário ou de uma etiqueta por fechar, por isso um perfil acrescentado ali não apareceria. Nada foi gravado: feche o comentário na sua página de perfil ou peça ajuda a uma pessoa de ligação do Let's Connect.",
	'lc-error-no-page':
		'As inscrições nesta sessão ainda não abriram (não tem página de inscrição). Nada foi gravado: tente mais tarde.',
	'lc-error-not-listed':
		"A wiki gravou a sua alteração, mas a página de inscrição não a mostra como esperado. Abra a página de inscrição para confirmar ou peça ajuda a uma pessoa de ligação do Let's Connect.",
	'lc-options': 'Opções',
	'lc-interpretation-choice': 'Interpretação',
	'lc-interpretation-none': 'Nenhuma',
	'lc-remind-me': 'Lembrar-me na minha página de discussão',
	'lc-view-agenda': 'Lista',
	'lc-view-month': 'Mês',
	'lc-month-previous': 'Mês anterior',
	'lc-month-next': 'Mês seguinte',
	'lc-filter-type': 'Tipo',
	'lc-filter-audience': 'Para',
	'lc-filter-language': 'Idioma',
	'lc-filter-topic': 'Tema',
	'lc-filter-hub': 'Polo',
	'lc-filter-all': 'Todos',
	'lc-type-clinic': 'Clínica de aprendizagem',
	'lc-type-connectathon': 'Connectathon',
	'lc-type-workshop': 'Oficina',
	'lc-audience-newcomers': 'Recém-chegados',
	'lc-audience-organisers': 'Organizadores experientes',
	'lc-no-match': 'Nenhuma sessão corresponde a estes filtros.',
	'lc-month-elsewhere': 'As sessões deste mês estão na sua própria página:',
	'lc-clear-filters': 'Limpar filtros',
	'lc-add-calendar': 'Adicionar ao calendário (.ics)',
	'lc-add-google': 'Google Agenda',
	'lc-add-all': 'Adicionar estas sessões ao meu calendário',
	'lc-join': "Aderir ao Let's Connect",
	'lc-attendance-take': 'Registar presenças',
	'lc-join-edit': 'Editar o meu perfil',
	'lc-registration-opens':
		'As inscrições abrem na próxima execução do robô (normalmente em menos de um dia).',
	'lc-join-login': "Entre para aderir ao Let's Connect",
	'lc-signup-temporary': 'Crie uma conta para se inscrever',
	'lc-join-temporary': "Crie uma conta para aderir ao Let's Connect",
	'lc-temporary-hint':
		'Está a editar com uma conta temporária, que não se pode inscrever: acaba quando o seu navegador a esquece. Uma conta sua guarda as inscrições e os lembretes.',
	'lc-error-temporary-account':
		'Só uma conta com nome se pode inscrever. Crie uma conta e inscreva-se de novo. Nada foi gravado.',
	'lc-error-captcha':
		'A wiki pede que resolva um CAPTCHA antes de gravar esta alteração, e o gadget não o pode mostrar. Nada foi gravado: faça a alteração na própria página, onde a wiki o mostra.',
	'lc-error-held':
		'A wiki reteve a sua alteração e não a gravou ($1). Nada foi gravado: faça a alteração na própria página, onde a wiki diz porquê.',
};
