// The session form's words, in the five languages of the programme (English the fallback). They
// travel with the form's own module, which only liaisons who open the form load, so the reader's
// gadget stays small. Keys: lcf-field-<row> for each row of the contract the form offers.

export const formEn = {
	'lcf-add': 'Add a session',
	'lcf-edit': 'Edit this session',
	'lcf-title-add': 'Add a session',
	'lcf-title-edit': 'Edit “$1”',
	'lcf-intro-add':
		'The session is written on $1 for everyone to read and edit, as if you had written it yourself.',
	'lcf-intro-edit':
		'Only what you change here is written on $1; everything else on the page stays as it is.',
	'lcf-field-id':
		'Id (in the page’s name: lower-case letters, digits, hyphens)',
	'lcf-field-type': 'Type',
	'lcf-field-title': 'Title',
	'lcf-field-topic': 'Topic',
	'lcf-field-description': 'Description',
	'lcf-field-start': 'Start (date and time where the session takes place)',
	'lcf-field-timezone': 'Time zone',
	'lcf-field-duration': 'Duration in minutes',
	'lcf-field-audience': 'For',
	'lcf-field-sharers': 'Sharers (user names, separated by commas)',
	'lcf-field-language': 'Language (code, such as es)',
	'lcf-field-interpretation': 'Interpretation (codes, separated by commas)',
	'lcf-field-registration': 'Registration',
	'lcf-field-capacity': 'Places',
	'lcf-field-meeting': 'Meeting link',
	'lcf-field-status': 'Status',
	'lcf-field-recording': 'Recording link',
	'lcf-field-slides': 'Slides link',
	'lcf-field-audio': 'Audio link',
	'lcf-field-notes': 'Notes link',
	'lcf-date': 'Date',
	'lcf-time': 'Time',
	'lcf-preview': 'When it starts',
	'lcf-preview-utc': '$1 UTC',
	'lcf-preview-zone': 'Show it in',
	'lcf-preview-none':
		'Write the date, time and time zone to see when the session starts.',
	'lcf-preview-bad-zone':
		'Unknown time zone. Use a name from the list, such as Europe/Madrid.',
	'lcf-preview-bad-time': 'This is not a date and time that exists.',
	'lcf-id-taken':
		'The id “$1” is taken by another session. Choose another one.',
	'lcf-id-checking': 'Checking the id…',
	'lcf-problems': 'Correct these before saving:',
	'lcf-warnings': 'The session can be saved, but:',
	'lcf-save': 'Save the session',
	'lcf-close': 'Close',
	'lcf-working': 'Saving…',
	'lcf-saved':
		'Saved. The calendar shows it after the bot’s next run; the session’s page shows it now: $1',
	'lcf-unchanged': 'Nothing was changed.',
	'lcf-gone':
		'The session is no longer on its page. Nothing was saved: reload the page.',
	'lcf-exists':
		'A page for this id exists already. Nothing was saved: choose another id.',
	'lcf-summary-add': "Add Let's Connect session $1 (Let's Connect gadget)",
	'lcf-summary-edit':
		"Edit Let's Connect session $1: $2 (Let's Connect gadget)",
	'lcf-value-scheduled': 'Scheduled',
	'lcf-value-cancelled': 'Cancelled',
	'lcf-value-postponed': 'Postponed',
	'lcf-value-open': 'Open',
	'lcf-value-closed': 'Closed',
	'lcf-past':
		'This start has already passed: is the year right? A new session in the past is not published until a liaison confirms it took place (registration closed).',
	'lcf-choice-none': '(none)',
	// The join form ("Join Let's Connect"), which travels in the same module.
	'lcf-join-title': "Join Let's Connect",
	'lcf-join-intro':
		'Tell other participants who you are and which skills you can share and want to learn. This creates or updates your page $1.',
	'lcf-join-languages': 'Languages you speak',
	'lcf-join-country': 'Country',
	'lcf-join-region': 'Region',
	'lcf-join-affiliate': 'Affiliate or group',
	'lcf-join-home': 'Home wiki (for example es.wikipedia)',
	'lcf-join-share': 'Skills you can share (separated by commas)',
	'lcf-join-learn': 'Skills you want to learn (separated by commas)',
	'lcf-join-save': 'Save my profile',
	'lcf-join-close': 'Close',
	'lcf-join-saved': 'Your profile is saved.',
	'lcf-join-languages-hint':
		"Start typing a language's name and choose it from the suggestions.",
	'lcf-join-language-remove': 'Remove $1',
	'lcf-join-follow-intro':
		'Follow topics, languages or hubs, and the bot leaves a message on your talk page when a new session matches (once for each session). To stop, empty these fields.',
	'lcf-join-follow-topics':
		'Topics you want to hear about (separated by commas)',
	'lcf-join-follow-languages': 'Languages of sessions you want to hear about',
	'lcf-join-follow-hubs':
		'Hubs you want to hear about (their names, separated by commas)',
	'lcf-attendance-title': 'Who came?',
	'lcf-attendance-intro':
		"Tick everyone who came. The marks are saved on this page as attended=yes; only the marks of the session's sharers and the liaisons count.",
	'lcf-attendance-others':
		'Someone not on the list (user names, separated by commas)',
	'lcf-attendance-not-user': '“$1” is not a user name. Nothing was saved.',
	'lcf-attendance-save': 'Save attendance',
	'lcf-attendance-saved':
		'Attendance saved: {{PLURAL:$1|one person|$1 people}} came.',
	'lcf-attendance-unchanged': 'Nothing to save: no box or name changed.',
	'lcf-attendance-none': 'Nobody signed up for this session.',
	'lcf-summary-attendance':
		"Take attendance: $1 marked as come, $2 as not (Let's Connect gadget)",
	'lcf-join-language-unknown':
		'“$1” is not a language of the list. Start typing its name and choose it from the suggestions. Nothing was saved.',
};

export type FormMessageKey = keyof typeof formEn;
type FormMessages = Partial<Record<FormMessageKey, string>>;

const es: FormMessages = {
	'lcf-join-title': "Unirme a Let's Connect",
	'lcf-join-intro':
		'Cuenta a otras personas quién eres y qué habilidades puedes compartir y quieres aprender. Esto crea o actualiza tu página $1.',
	'lcf-join-languages': 'Idiomas que hablas',
	'lcf-join-country': 'País',
	'lcf-join-region': 'Región',
	'lcf-join-affiliate': 'Afiliado o grupo',
	'lcf-join-home': 'Wiki principal (por ejemplo es.wikipedia)',
	'lcf-join-share': 'Habilidades que puedes compartir (separadas por comas)',
	'lcf-join-learn': 'Habilidades que quieres aprender (separadas por comas)',
	'lcf-join-save': 'Guardar mi perfil',
	'lcf-join-close': 'Cerrar',
	'lcf-join-saved': 'Tu perfil está guardado.',
	'lcf-join-languages-hint':
		'Empieza a escribir el nombre de un idioma y elígelo entre las sugerencias.',
	'lcf-join-language-remove': 'Quitar $1',
	'lcf-join-follow-intro':
		'Sigue temas, idiomas o hubs y el bot dejará un mensaje en tu página de discusión cuando haya una sesión nueva que coincida (una vez por sesión). Para dejar de recibirlos, vacía estos campos.',
	'lcf-join-follow-topics':
		'Temas sobre los que quieres recibir avisos (separados por comas)',
	'lcf-join-follow-languages':
		'Idiomas de las sesiones sobre las que quieres recibir avisos',
	'lcf-join-follow-hubs':
		'Hubs sobre los que quieres recibir avisos (sus nombres, separados por comas)',
	'lcf-attendance-title': '¿Quién asistió?',
	'lcf-attendance-intro':
		'Marca a cada persona que asistió. Las marcas se guardan en esta página como attended=yes; solo cuentan las de quienes compartieron la sesión y las personas de enlace.',
	'lcf-attendance-others':
		'Alguien que no está en la lista (nombres de usuario, separados por comas)',
	'lcf-attendance-not-user':
		'“$1” no es un nombre de usuario. No se guardó nada.',
	'lcf-attendance-save': 'Guardar asistencia',
	'lcf-attendance-saved':
		'Asistencia guardada: {{PLURAL:$1|asistió una persona|asistieron $1 personas}}.',
	'lcf-attendance-unchanged':
		'Nada que guardar: no cambió ninguna casilla ni ningún nombre.',
	'lcf-attendance-none': 'Nadie se inscribió en esta sesión.',
	'lcf-summary-attendance':
		"Pasar lista: $1 marcadas como asistentes, $2 como ausentes (gadget de Let's Connect)",
	'lcf-join-language-unknown':
		'«$1» no es un idioma de la lista. Empieza a escribir su nombre y elígelo entre las sugerencias. No se guardó nada.',
	'lcf-value-scheduled': 'Programada',
	'lcf-value-cancelled': 'Cancelada',
	'lcf-value-postponed': 'Aplazada',
	'lcf-value-open': 'Abierta',
	'lcf-value-closed': 'Cerrada',
	'lcf-past':
		'Ese inicio ya pasó: ¿es correcto el año? Una sesión nueva en el pasado no se publica hasta que una persona de enlace confirme que tuvo lugar (inscripción cerrada).',
	'lcf-add': 'Añadir una sesión',
	'lcf-edit': 'Editar esta sesión',
	'lcf-title-add': 'Añadir una sesión',
	'lcf-title-edit': 'Editar «$1»',
	'lcf-intro-add':
		'La sesión se escribe en $1, a la vista de todos y editable, como si la hubieras escrito tú.',
	'lcf-intro-edit':
		'Solo se escribe en $1 lo que cambies aquí; el resto de la página queda igual.',
	'lcf-field-id':
		'Identificador (en el nombre de la página: minúsculas, cifras, guiones)',
	'lcf-field-type': 'Tipo',
	'lcf-field-title': 'Título',
	'lcf-field-topic': 'Tema',
	'lcf-field-description': 'Descripción',
	'lcf-field-start': 'Inicio (fecha y hora del lugar de la sesión)',
	'lcf-field-timezone': 'Huso horario',
	'lcf-field-duration': 'Duración en minutos',
	'lcf-field-audience': 'Para',
	'lcf-field-sharers': 'Ponentes (nombres de usuario, separados por comas)',
	'lcf-field-language': 'Idioma (código, como es)',
	'lcf-field-interpretation': 'Interpretación (códigos, separados por comas)',
	'lcf-field-registration': 'Inscripción',
	'lcf-field-capacity': 'Plazas',
	'lcf-field-meeting': 'Enlace de la reunión',
	'lcf-field-status': 'Estado',
	'lcf-field-recording': 'Enlace de la grabación',
	'lcf-field-slides': 'Enlace de las diapositivas',
	'lcf-field-audio': 'Enlace del audio',
	'lcf-field-notes': 'Enlace de las notas',
	'lcf-date': 'Fecha',
	'lcf-time': 'Hora',
	'lcf-preview': 'Cuándo empieza',
	'lcf-preview-utc': '$1 UTC',
	'lcf-preview-zone': 'Mostrar en',
	'lcf-preview-none':
		'Escribe la fecha, la hora y el huso horario para ver cuándo empieza la sesión.',
	'lcf-preview-bad-zone':
		'Huso horario desconocido. Usa un nombre de la lista, como Europe/Madrid.',
	'lcf-preview-bad-time': 'Esa fecha y hora no existen.',
	'lcf-id-taken': 'El identificador «$1» ya lo usa otra sesión. Elige otro.',
	'lcf-id-checking': 'Comprobando el identificador…',
	'lcf-problems': 'Corrige esto antes de guardar:',
	'lcf-warnings': 'La sesión se puede guardar, pero:',
	'lcf-save': 'Guardar la sesión',
	'lcf-close': 'Cerrar',
	'lcf-working': 'Guardando…',
	'lcf-saved':
		'Guardado. El calendario la muestra tras la próxima pasada del bot; la página de la sesión ya la muestra: $1',
	'lcf-unchanged': 'No se cambió nada.',
	'lcf-gone':
		'La sesión ya no está en su página. No se guardó nada: recarga la página.',
	'lcf-exists':
		'Ya existe una página con este identificador. No se guardó nada: elige otro.',
	'lcf-choice-none': '(ninguno)',
};

const fr: FormMessages = {
	'lcf-join-title': "Rejoindre Let's Connect",
	'lcf-join-intro':
		'Dites aux autres qui vous êtes, quelles compétences vous pouvez partager et lesquelles vous voulez apprendre. Cela crée ou met à jour votre page $1.',
	'lcf-join-languages': 'Langues parlées',
	'lcf-join-country': 'Pays',
	'lcf-join-region': 'Région',
	'lcf-join-affiliate': 'Affilié ou groupe',
	'lcf-join-home': 'Wiki d’origine (par exemple fr.wikipedia)',
	'lcf-join-share': 'Compétences à partager (séparées par des virgules)',
	'lcf-join-learn': 'Compétences à apprendre (séparées par des virgules)',
	'lcf-join-save': 'Enregistrer mon profil',
	'lcf-join-close': 'Fermer',
	'lcf-join-saved': 'Votre profil est enregistré.',
	'lcf-join-languages-hint':
		'Commencez à taper le nom d’une langue et choisissez-la parmi les suggestions.',
	'lcf-join-language-remove': 'Retirer $1',
	'lcf-join-follow-intro':
		'Suivez des sujets, des langues ou des hubs : le bot laisse un message sur votre page de discussion quand une nouvelle session correspond (une fois par session). Pour arrêter, videz ces champs.',
	'lcf-join-follow-topics':
		'Sujets dont vous voulez être informé (séparés par des virgules)',
	'lcf-join-follow-languages':
		'Langues des sessions dont vous voulez être informé',
	'lcf-join-follow-hubs':
		'Hubs dont vous voulez être informé (leurs noms, séparés par des virgules)',
	'lcf-attendance-title': 'Qui est venu ?',
	'lcf-attendance-intro':
		'Cochez chaque personne venue. Les marques sont enregistrées sur cette page comme attended=yes ; seules comptent celles des intervenants de la session et des liaisons.',
	'lcf-attendance-others':
		'Quelqu’un qui n’est pas sur la liste (noms d’utilisateur, séparés par des virgules)',
	'lcf-attendance-not-user':
		'« $1 » n’est pas un nom d’utilisateur. Rien n’a été enregistré.',
	'lcf-attendance-save': 'Enregistrer les présences',
	'lcf-attendance-saved':
		'Présences enregistrées : {{PLURAL:$1|une personne est venue|$1 personnes sont venues}}.',
	'lcf-attendance-unchanged':
		'Rien à enregistrer : aucune case ni aucun nom n’a changé.',
	'lcf-attendance-none': 'Personne ne s’est inscrit à cette session.',
	'lcf-summary-attendance':
		"Présences : $1 marquées comme venues, $2 comme absentes (gadget Let's Connect)",
	'lcf-join-language-unknown':
		'« $1 » n’est pas une langue de la liste. Commencez à taper son nom et choisissez-la parmi les suggestions. Rien n’a été enregistré.',
	'lcf-value-scheduled': 'Prévue',
	'lcf-value-cancelled': 'Annulée',
	'lcf-value-postponed': 'Reportée',
	'lcf-value-open': 'Ouverte',
	'lcf-value-closed': 'Fermée',
	'lcf-past':
		'Ce début est déjà passé : l’année est-elle la bonne ? Une nouvelle session dans le passé n’est publiée que lorsqu’une personne de liaison confirme qu’elle a eu lieu (inscription fermée).',
	'lcf-add': 'Ajouter une session',
	'lcf-edit': 'Modifier cette session',
	'lcf-title-add': 'Ajouter une session',
	'lcf-title-edit': 'Modifier « $1 »',
	'lcf-intro-add':
		'La session est écrite sur $1, lisible et modifiable par tous, comme si vous l’aviez écrite vous-même.',
	'lcf-intro-edit':
		'Seul ce que vous changez ici est écrit sur $1 ; le reste de la page reste tel quel.',
	'lcf-field-id':
		'Identifiant (dans le nom de la page : minuscules, chiffres, tirets)',
	'lcf-field-type': 'Type',
	'lcf-field-title': 'Titre',
	'lcf-field-topic': 'Thème',
	'lcf-field-description': 'Description',
	'lcf-field-start': 'Début (date et heure du lieu de la session)',
	'lcf-field-timezone': 'Fuseau horaire',
	'lcf-field-duration': 'Durée en minutes',
	'lcf-field-audience': 'Pour',
	'lcf-field-sharers':
		'Intervenants (noms d’utilisateur, séparés par des virgules)',
	'lcf-field-language': 'Langue (code, comme fr)',
	'lcf-field-interpretation':
		'Interprétation (codes, séparés par des virgules)',
	'lcf-field-registration': 'Inscription',
	'lcf-field-capacity': 'Places',
	'lcf-field-meeting': 'Lien de la réunion',
	'lcf-field-status': 'État',
	'lcf-field-recording': 'Lien de l’enregistrement',
	'lcf-field-slides': 'Lien des diapositives',
	'lcf-field-audio': 'Lien de l’audio',
	'lcf-field-notes': 'Lien des notes',
	'lcf-date': 'Date',
	'lcf-time': 'Heure',
	'lcf-preview': 'Quand elle commence',
	'lcf-preview-utc': '$1 UTC',
	'lcf-preview-zone': 'Afficher pour',
	'lcf-preview-none':
		'Indiquez la date, l’heure et le fuseau horaire pour voir quand la session commence.',
	'lcf-preview-bad-zone':
		'Fuseau horaire inconnu. Choisissez un nom de la liste, comme Europe/Paris.',
	'lcf-preview-bad-time': 'Cette date et cette heure n’existent pas.',
	'lcf-id-taken':
		'L’identifiant « $1 » est déjà pris par une autre session. Choisissez-en un autre.',
	'lcf-id-checking': 'Vérification de l’identifiant…',
	'lcf-problems': 'Corrigez ceci avant d’enregistrer :',
	'lcf-warnings': 'La session peut être enregistrée, mais :',
	'lcf-save': 'Enregistrer la session',
	'lcf-close': 'Fermer',
	'lcf-working': 'Enregistrement…',
	'lcf-saved':
		'Enregistré. Le calendrier l’affichera après le prochain passage du robot ; la page de la session l’affiche déjà : $1',
	'lcf-unchanged': 'Rien n’a été modifié.',
	'lcf-gone':
		'La session n’est plus sur sa page. Rien n’a été enregistré : rechargez la page.',
	'lcf-exists':
		'Une page existe déjà pour cet identifiant. Rien n’a été enregistré : choisissez-en un autre.',
	'lcf-choice-none': '(aucun)',
};

const pt: FormMessages = {
	'lcf-join-title': "Aderir ao Let's Connect",
	'lcf-join-intro':
		'Diga aos outros participantes quem é e que competências pode partilhar e quer aprender. Isto cria ou atualiza a sua página $1.',
	'lcf-join-languages': 'Línguas que fala',
	'lcf-join-country': 'País',
	'lcf-join-region': 'Região',
	'lcf-join-affiliate': 'Afiliado ou grupo',
	'lcf-join-home': 'Wiki principal (por exemplo pt.wikipedia)',
	'lcf-join-share': 'Competências que pode partilhar (separadas por vírgulas)',
	'lcf-join-learn': 'Competências que quer aprender (separadas por vírgulas)',
	'lcf-join-save': 'Gravar o meu perfil',
	'lcf-join-close': 'Fechar',
	'lcf-join-saved': 'O seu perfil foi gravado.',
	'lcf-join-languages-hint':
		'Comece a escrever o nome de uma língua e escolha-a entre as sugestões.',
	'lcf-join-language-remove': 'Remover $1',
	'lcf-join-follow-intro':
		'Siga temas, idiomas ou hubs e o bot deixa uma mensagem na sua página de discussão quando houver uma nova sessão correspondente (uma vez por sessão). Para parar, esvazie estes campos.',
	'lcf-join-follow-topics':
		'Temas sobre os quais quer receber avisos (separados por vírgulas)',
	'lcf-join-follow-languages':
		'Idiomas das sessões sobre as quais quer receber avisos',
	'lcf-join-follow-hubs':
		'Hubs sobre os quais quer receber avisos (os nomes, separados por vírgulas)',
	'lcf-attendance-title': 'Quem participou?',
	'lcf-attendance-intro':
		'Marque cada pessoa que participou. As marcas são guardadas nesta página como attended=yes; só contam as de quem partilhou a sessão e das pessoas de ligação.',
	'lcf-attendance-others':
		'Alguém que não está na lista (nomes de utilizador, separados por vírgulas)',
	'lcf-attendance-not-user':
		'“$1” não é um nome de utilizador. Nada foi guardado.',
	'lcf-attendance-save': 'Guardar presenças',
	'lcf-attendance-saved':
		'Presenças guardadas: {{PLURAL:$1|participou uma pessoa|participaram $1 pessoas}}.',
	'lcf-attendance-unchanged':
		'Nada para guardar: nenhuma caixa nem nenhum nome mudou.',
	'lcf-attendance-none': 'Ninguém se inscreveu nesta sessão.',
	'lcf-summary-attendance':
		"Presenças: $1 marcadas como presentes, $2 como ausentes (gadget do Let's Connect)",
	'lcf-join-language-unknown':
		'«$1» não é uma língua da lista. Comece a escrever o nome e escolha-a entre as sugestões. Nada foi gravado.',
	'lcf-value-scheduled': 'Agendada',
	'lcf-value-cancelled': 'Cancelada',
	'lcf-value-postponed': 'Adiada',
	'lcf-value-open': 'Aberta',
	'lcf-value-closed': 'Fechada',
	'lcf-past':
		'Esse início já passou: o ano está certo? Uma sessão nova no passado só é publicada quando uma pessoa de ligação confirma que aconteceu (inscrição fechada).',
	'lcf-add': 'Adicionar uma sessão',
	'lcf-edit': 'Editar esta sessão',
	'lcf-title-add': 'Adicionar uma sessão',
	'lcf-title-edit': 'Editar «$1»',
	'lcf-intro-add':
		'A sessão é escrita em $1, para todos lerem e editarem, como se a tivesse escrito você mesmo.',
	'lcf-intro-edit':
		'Só o que mudar aqui é escrito em $1; o resto da página fica como está.',
	'lcf-field-id':
		'Identificador (no nome da página: minúsculas, algarismos, hífenes)',
	'lcf-field-type': 'Tipo',
	'lcf-field-title': 'Título',
	'lcf-field-topic': 'Tema',
	'lcf-field-description': 'Descrição',
	'lcf-field-start': 'Início (data e hora do local da sessão)',
	'lcf-field-timezone': 'Fuso horário',
	'lcf-field-duration': 'Duração em minutos',
	'lcf-field-audience': 'Para',
	'lcf-field-sharers': 'Oradores (nomes de utilizador, separados por vírgulas)',
	'lcf-field-language': 'Língua (código, como pt)',
	'lcf-field-interpretation': 'Interpretação (códigos, separados por vírgulas)',
	'lcf-field-registration': 'Inscrição',
	'lcf-field-capacity': 'Lugares',
	'lcf-field-meeting': 'Ligação da reunião',
	'lcf-field-status': 'Estado',
	'lcf-field-recording': 'Ligação da gravação',
	'lcf-field-slides': 'Ligação dos diapositivos',
	'lcf-field-audio': 'Ligação do áudio',
	'lcf-field-notes': 'Ligação das notas',
	'lcf-date': 'Data',
	'lcf-time': 'Hora',
	'lcf-preview': 'Quando começa',
	'lcf-preview-utc': '$1 UTC',
	'lcf-preview-zone': 'Mostrar em',
	'lcf-preview-none':
		'Escreva a data, a hora e o fuso horário para ver quando a sessão começa.',
	'lcf-preview-bad-zone':
		'Fuso horário desconhecido. Use um nome da lista, como Europe/Lisbon.',
	'lcf-preview-bad-time': 'Essa data e hora não existem.',
	'lcf-id-taken':
		'O identificador «$1» já é usado por outra sessão. Escolha outro.',
	'lcf-id-checking': 'A verificar o identificador…',
	'lcf-problems': 'Corrija isto antes de gravar:',
	'lcf-warnings': 'A sessão pode ser gravada, mas:',
	'lcf-save': 'Gravar a sessão',
	'lcf-close': 'Fechar',
	'lcf-working': 'A gravar…',
	'lcf-saved':
		'Gravado. O calendário mostra-a depois da próxima passagem do robô; a página da sessão já a mostra: $1',
	'lcf-unchanged': 'Nada foi alterado.',
	'lcf-gone':
		'A sessão já não está na sua página. Nada foi gravado: recarregue a página.',
	'lcf-exists':
		'Já existe uma página com este identificador. Nada foi gravado: escolha outro.',
	'lcf-choice-none': '(nenhum)',
};

const ar: FormMessages = {
	'lcf-join-title': "انضم إلى Let's Connect",
	'lcf-join-intro':
		'عرّف المشاركين الآخرين بنفسك وبالمهارات التي يمكنك مشاركتها والتي تريد تعلّمها. سيُنشئ هذا صفحتك $1 أو يحدّثها.',
	'lcf-join-languages': 'اللغات التي تتحدثها',
	'lcf-join-country': 'البلد',
	'lcf-join-region': 'المنطقة',
	'lcf-join-affiliate': 'الجهة التابعة أو المجموعة',
	'lcf-join-home': 'الويكي الأساسي (مثل ar.wikipedia)',
	'lcf-join-share': 'مهارات يمكنك مشاركتها (تفصل بينها فواصل)',
	'lcf-join-learn': 'مهارات تريد تعلّمها (تفصل بينها فواصل)',
	'lcf-join-save': 'احفظ ملفي',
	'lcf-join-close': 'أغلق',
	'lcf-join-saved': 'حُفظ ملفك.',
	'lcf-join-languages-hint': 'ابدأ بكتابة اسم اللغة واخترها من الاقتراحات.',
	'lcf-join-language-remove': 'إزالة $1',
	'lcf-join-follow-intro':
		'تابع مواضيع أو لغات أو مراكز، وسيترك البوت رسالة في صفحة نقاشك عند نشر جلسة جديدة مطابقة (مرة واحدة لكل جلسة). للإيقاف، أفرغ هذه الحقول.',
	'lcf-join-follow-topics': 'مواضيع تريد أن تصلك أخبارها (تفصل بينها فواصل)',
	'lcf-join-follow-languages': 'لغات الجلسات التي تريد أن تصلك أخبارها',
	'lcf-join-follow-hubs':
		'مراكز تريد أن تصلك أخبارها (أسماؤها، تفصل بينها فواصل)',
	'lcf-attendance-title': 'من حضر؟',
	'lcf-attendance-intro':
		'ضع علامة على كل من حضر. تُحفظ العلامات في هذه الصفحة على شكل attended=yes؛ ولا تُحتسب إلا علامات مقدّمي الجلسة والمنسقين.',
	'lcf-attendance-others':
		'شخص غير موجود في القائمة (أسماء المستخدمين، تفصل بينها فواصل)',
	'lcf-attendance-not-user': '«$1» ليس اسم مستخدم. لم يُحفظ شيء.',
	'lcf-attendance-save': 'حفظ الحضور',
	'lcf-attendance-saved':
		'حُفظ الحضور: {{PLURAL:$1|لم يحضر أحد|حضر شخص واحد|حضر شخصان|حضر $1 أشخاص|حضر $1 شخصًا|حضر $1 شخص}}.',
	'lcf-attendance-unchanged': 'لا شيء للحفظ: لم تتغير أي خانة ولا أي اسم.',
	'lcf-attendance-none': 'لم يسجّل أحد في هذه الجلسة.',
	'lcf-summary-attendance':
		"تسجيل الحضور: $1 حضروا، $2 لم يحضروا (أداة Let's Connect)",
	'lcf-join-language-unknown':
		'«$1» ليست لغة من القائمة. ابدأ بكتابة اسمها واخترها من الاقتراحات. لم يُحفظ شيء.',
	'lcf-value-scheduled': 'مجدولة',
	'lcf-value-cancelled': 'ملغاة',
	'lcf-value-postponed': 'مؤجلة',
	'lcf-value-open': 'مفتوح',
	'lcf-value-closed': 'مغلق',
	'lcf-past':
		'هذا الموعد قد مضى: هل السنة صحيحة؟ لا تُنشر جلسة جديدة في الماضي حتى يؤكد أحد المنسقين أنها عُقدت (بإغلاق التسجيل).',
	'lcf-add': 'إضافة جلسة',
	'lcf-edit': 'تعديل هذه الجلسة',
	'lcf-title-add': 'إضافة جلسة',
	'lcf-title-edit': 'تعديل «$1»',
	'lcf-intro-add':
		'تُكتب الجلسة في $1 ليقرأها الجميع ويعدّلوها، كما لو كتبتَها بنفسك.',
	'lcf-intro-edit':
		'لا يُكتب في $1 إلا ما تغيّره هنا؛ ويبقى باقي الصفحة كما هو.',
	'lcf-field-id': 'المعرّف (في اسم الصفحة: حروف لاتينية صغيرة وأرقام وشرطات)',
	'lcf-field-type': 'النوع',
	'lcf-field-title': 'العنوان',
	'lcf-field-topic': 'الموضوع',
	'lcf-field-description': 'الوصف',
	'lcf-field-start': 'البداية (التاريخ والوقت في مكان الجلسة)',
	'lcf-field-timezone': 'المنطقة الزمنية',
	'lcf-field-duration': 'المدة بالدقائق',
	'lcf-field-audience': 'لمن',
	'lcf-field-sharers': 'المشاركون بالمعرفة (أسماء مستخدمين تفصل بينها فواصل)',
	'lcf-field-language': 'اللغة (رمز مثل ar)',
	'lcf-field-interpretation': 'الترجمة الفورية (رموز تفصل بينها فواصل)',
	'lcf-field-registration': 'التسجيل',
	'lcf-field-capacity': 'عدد المقاعد',
	'lcf-field-meeting': 'رابط الاجتماع',
	'lcf-field-status': 'الحالة',
	'lcf-field-recording': 'رابط التسجيل المرئي',
	'lcf-field-slides': 'رابط الشرائح',
	'lcf-field-audio': 'رابط التسجيل الصوتي',
	'lcf-field-notes': 'رابط الملاحظات',
	'lcf-date': 'التاريخ',
	'lcf-time': 'الوقت',
	'lcf-preview': 'متى تبدأ',
	'lcf-preview-utc': '$1 بالتوقيت العالمي',
	'lcf-preview-zone': 'اعرضها بتوقيت',
	'lcf-preview-none':
		'اكتب التاريخ والوقت والمنطقة الزمنية لترى متى تبدأ الجلسة.',
	'lcf-preview-bad-zone':
		'منطقة زمنية غير معروفة. استعمل اسمًا من القائمة مثل Africa/Cairo.',
	'lcf-preview-bad-time': 'هذا التاريخ والوقت غير موجودين.',
	'lcf-id-taken': 'المعرّف «$1» تستعمله جلسة أخرى. اختر غيره.',
	'lcf-id-checking': 'جارٍ التحقق من المعرّف…',
	'lcf-problems': 'صحّح ما يلي قبل الحفظ:',
	'lcf-warnings': 'يمكن حفظ الجلسة، ولكن:',
	'lcf-save': 'حفظ الجلسة',
	'lcf-close': 'إغلاق',
	'lcf-working': 'جارٍ الحفظ…',
	'lcf-saved':
		'حُفظت. يعرضها التقويم بعد مرور البوت القادم؛ وتعرضها صفحة الجلسة الآن: $1',
	'lcf-unchanged': 'لم يتغيّر شيء.',
	'lcf-gone': 'لم تعد الجلسة في صفحتها. لم يُحفظ شيء: أعد تحميل الصفحة.',
	'lcf-exists': 'توجد صفحة بهذا المعرّف. لم يُحفظ شيء: اختر معرّفًا آخر.',
	'lcf-choice-none': '(لا شيء)',
};

const TRANSLATIONS: Record<string, FormMessages> = { es, fr, pt, ar };

/** The form's words in a language (its base, else English); edit summaries stay English. */
export function formMessages(language: string): typeof formEn {
	const own =
		TRANSLATIONS[language] ?? TRANSLATIONS[language.split('-')[0]] ?? {};
	return {
		...formEn,
		...own,
		'lcf-summary-add': formEn['lcf-summary-add'],
		'lcf-summary-edit': formEn['lcf-summary-edit'],
	};
}

export const FORM_LANGUAGES = ['en', ...Object.keys(TRANSLATIONS)];
