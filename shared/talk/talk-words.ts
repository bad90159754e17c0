// The words of the bot's talk-page messages, in the languages the gadget speaks: a registrant
// reads them in the language their line records (`lang=`, the interface language they signed up
// in), English when there is no translation. `$n` and {{PLURAL:}} as in the gadget's messages.

export const talkWordsEn = {
	'type-clinic': 'Learning Clinic',
	'type-connectathon': 'Connectathon',
	'type-workshop': 'workshop',
	/** $1 the time in UTC; $2 the time where the session is planned; $3 that zone. */
	'when': '$1 UTC ($2, $3)',
	'when-utc': '$1 UTC',
	'join-here': 'Join here: $1',
	'reminder-heading': 'Reminder: $1',
	/** $1 the session's type; $2 its linked title; $3 when; $4 "Join here" or nothing. */
	'reminder-registrant':
		"Hello! This is a reminder that you signed up for the Let's Connect $1 $2, which starts on $3. $4 If you cannot come, please cancel on the session page so that someone on the waitlist can take your place. You get this reminder because you asked for it when you signed up; to stop reminders, set <code>remind=no</code> on your line of the registration page.",
	'reminder-sharer':
		"Hello! This is a reminder that you are sharing your skills at the Let's Connect $1 $2, which starts on $3. $4 Thank you! If anything has changed for you, please tell the Let's Connect liaisons on the session's talk page.",
	'promoted-heading': 'You have a place: $1',
	'promoted-body':
		"Good news: a place has freed up at the Let's Connect $1 $2 on $3, and you were first on the waitlist, so you are now registered. If you cannot come, please cancel on the session page so that the next person can have it.",
	'cancelled-heading': 'Cancelled: $1',
	'cancelled-body':
		"The Let's Connect $1 $2, planned for $3, has been cancelled. You need to do nothing. Other sessions are on the programme's calendar: $4.",
	'postponed-heading': 'Postponed: $1',
	'postponed-body':
		"The Let's Connect $1 $2, planned for $3, has been postponed. The session page will give the new date.",
	'moved-heading': 'New time: $1',
	'moved-body':
		"The Let's Connect $1 $2 has moved: it now starts on $3, instead of $4.",
	'link-heading': 'New meeting link: $1',
	'link-body':
		"The meeting link of the Let's Connect $1 $2, which starts on $3, has changed. $4",
	/** Said to registrants (not sharers) after a change that keeps the session. */
	'keep-registration':
		'Your registration stays. If you can no longer come, please cancel on the session page so that someone on the waitlist can take your place.',
	/** Said to those on the waitlist after a change that keeps the session. */
	'keep-waiting':
		'You stay on the waitlist, in your turn. If you no longer want a place, please cancel on the session page.',
	'back-heading': 'On again: $1',
	'back-body': "The Let's Connect $1 $2 is on again: it starts on $3.",
	'why-told':
		'You get this message because you signed up and asked for messages, or because you share at this session.',
	/** $1 the session's title (one session), or how many (several). */
	'follow-heading': "New Let's Connect session: $1",
	'follow-heading-many': "$1 new Let's Connect sessions",
	/** $1 how many sessions. */
	'follow-intro':
		"Hello! {{PLURAL:$1|A new Let's Connect session matches|New Let's Connect sessions match}} what you follow:",
	/** $1 the linked title; $2 the session's type; $3 when; $4 the session page, where the sign-up button is. */
	'follow-item': '$1 ($2), $3. [[$4|Sign up]]',
	/** $1 the profile page (`:` and its title). */
	'follow-why':
		'You get this message because [[$1|your profile]] follows these topics, languages or hubs. To stop, take them out of your profile.',
};

export type TalkWordKey = keyof typeof talkWordsEn;
export type TalkWords = Record<TalkWordKey, string>;

const es: TalkWords = {
	'type-clinic': 'Clínica de aprendizaje',
	'type-connectathon': 'Connectathon',
	'type-workshop': 'taller',
	'when': '$1 UTC ($2, $3)',
	'when-utc': '$1 UTC',
	'join-here': 'Únete aquí: $1',
	'reminder-heading': 'Recordatorio: $1',
	'reminder-registrant':
		"¡Hola! Te recordamos que te inscribiste en la sesión de Let's Connect ($1) $2, que empieza el $3. $4 Si no puedes asistir, cancela tu inscripción en la página de la sesión para que otra persona de la lista de espera ocupe tu plaza. Recibes este recordatorio porque lo pediste al inscribirte; para no recibir más, pon <code>remind=no</code> en tu línea de la página de inscripción.",
	'reminder-sharer':
		"¡Hola! Te recordamos que compartes tus conocimientos en la sesión de Let's Connect ($1) $2, que empieza el $3. $4 ¡Gracias! Si algo ha cambiado para ti, avisa a las personas de enlace de Let's Connect en la página de discusión de la sesión.",
	'promoted-heading': 'Tienes plaza: $1',
	'promoted-body':
		"Buenas noticias: se ha liberado una plaza en la sesión de Let's Connect ($1) $2 del $3 y eras la primera persona de la lista de espera, así que ya estás inscrito. Si no puedes asistir, cancela en la página de la sesión para que la siguiente persona pueda ocuparla.",
	'cancelled-heading': 'Cancelada: $1',
	'cancelled-body':
		"La sesión de Let's Connect ($1) $2, prevista para el $3, se ha cancelado. No tienes que hacer nada. Hay otras sesiones en el calendario del programa: $4.",
	'postponed-heading': 'Aplazada: $1',
	'postponed-body':
		"La sesión de Let's Connect ($1) $2, prevista para el $3, se ha aplazado. La página de la sesión indicará la nueva fecha.",
	'moved-heading': 'Nueva hora: $1',
	'moved-body':
		"La sesión de Let's Connect ($1) $2 ha cambiado de hora: ahora empieza el $3, en lugar del $4.",
	'link-heading': 'Nuevo enlace de la reunión: $1',
	'link-body':
		"El enlace de la reunión de la sesión de Let's Connect ($1) $2, que empieza el $3, ha cambiado. $4",
	'keep-registration':
		'Tu inscripción se mantiene. Si ya no puedes asistir, cancela en la página de la sesión para que otra persona de la lista de espera ocupe tu plaza.',
	'keep-waiting':
		'Sigues en la lista de espera, en tu turno. Si ya no quieres una plaza, cancela en la página de la sesión.',
	'back-heading': 'De nuevo en pie: $1',
	'back-body':
		"La sesión de Let's Connect ($1) $2 vuelve a estar en pie: empieza el $3.",
	'why-told':
		'Recibes este mensaje porque te inscribiste y pediste mensajes, o porque compartes en esta sesión.',
	'follow-heading': "Nueva sesión de Let's Connect: $1",
	'follow-heading-many': "$1 sesiones nuevas de Let's Connect",
	'follow-intro':
		"¡Hola! {{PLURAL:$1|Una nueva sesión de Let's Connect coincide|Nuevas sesiones de Let's Connect coinciden}} con lo que sigues:",
	'follow-item': '$1 ($2), $3. [[$4|Inscribirse]]',
	'follow-why':
		'Recibes este mensaje porque [[$1|tu perfil]] sigue estos temas, idiomas o hubs. Para dejar de recibirlo, quítalos de tu perfil.',
};

const fr: TalkWords = {
	'type-clinic': 'Clinique d’apprentissage',
	'type-connectathon': 'Connectathon',
	'type-workshop': 'atelier',
	'when': '$1 UTC ($2, $3)',
	'when-utc': '$1 UTC',
	'join-here': 'Rejoindre ici : $1',
	'reminder-heading': 'Rappel : $1',
	'reminder-registrant':
		"Bonjour ! Ceci est un rappel : vous êtes inscrit·e à la session Let's Connect ($1) $2, qui commence le $3. $4 Si vous ne pouvez pas venir, annulez sur la page de la session pour qu’une personne de la liste d’attente prenne votre place. Vous recevez ce rappel parce que vous l’avez demandé en vous inscrivant ; pour ne plus en recevoir, mettez <code>remind=no</code> sur votre ligne de la page d’inscription.",
	'reminder-sharer':
		"Bonjour ! Ceci est un rappel : vous partagez vos compétences à la session Let's Connect ($1) $2, qui commence le $3. $4 Merci ! Si quelque chose a changé pour vous, prévenez les personnes de liaison de Let's Connect sur la page de discussion de la session.",
	'promoted-heading': 'Vous avez une place : $1',
	'promoted-body':
		"Bonne nouvelle : une place s’est libérée à la session Let's Connect ($1) $2 du $3, et vous étiez en tête de la liste d’attente : vous êtes maintenant inscrit·e. Si vous ne pouvez pas venir, annulez sur la page de la session pour que la personne suivante puisse l’avoir.",
	'cancelled-heading': 'Annulée : $1',
	'cancelled-body':
		"La session Let's Connect ($1) $2, prévue le $3, est annulée. Vous n’avez rien à faire. D’autres sessions sont au calendrier du programme : $4.",
	'postponed-heading': 'Reportée : $1',
	'postponed-body':
		"La session Let's Connect ($1) $2, prévue le $3, est reportée. La page de la session donnera la nouvelle date.",
	'moved-heading': 'Nouvel horaire : $1',
	'moved-body':
		"La session Let's Connect ($1) $2 a changé d’horaire : elle commence maintenant le $3, au lieu du $4.",
	'link-heading': 'Nouveau lien de réunion : $1',
	'link-body':
		"Le lien de réunion de la session Let's Connect ($1) $2, qui commence le $3, a changé. $4",
	'keep-registration':
		'Votre inscription est maintenue. Si vous ne pouvez plus venir, annulez sur la page de la session pour qu’une personne de la liste d’attente prenne votre place.',
	'keep-waiting':
		'Vous restez sur la liste d’attente, à votre tour. Si vous ne voulez plus de place, annulez sur la page de la session.',
	'back-heading': 'De nouveau prévue : $1',
	'back-body':
		"La session Let's Connect ($1) $2 est de nouveau prévue : elle commence le $3.",
	'why-told':
		'Vous recevez ce message parce que vous vous êtes inscrit·e en demandant des messages, ou parce que vous partagez à cette session.',
	'follow-heading': "Nouvelle session Let's Connect : $1",
	'follow-heading-many': "$1 nouvelles sessions Let's Connect",
	'follow-intro':
		"Bonjour ! {{PLURAL:$1|Une nouvelle session Let's Connect correspond|De nouvelles sessions Let's Connect correspondent}} à ce que vous suivez :",
	'follow-item': '$1 ($2), $3. [[$4|S’inscrire]]',
	'follow-why':
		'Vous recevez ce message parce que [[$1|votre profil]] suit ces sujets, langues ou hubs. Pour ne plus le recevoir, retirez-les de votre profil.',
};

const ar: TalkWords = {
	'type-clinic': 'عيادة تعلّم',
	'type-connectathon': 'كونكتاثون',
	'type-workshop': 'ورشة عمل',
	'when': '$1 بالتوقيت العالمي ($2، $3)',
	'when-utc': '$1 بالتوقيت العالمي',
	'join-here': 'انضم من هنا: $1',
	'reminder-heading': 'تذكير: $1',
	'reminder-registrant':
		"مرحبًا! هذا تذكير بأنك سجّلت في جلسة Let's Connect ($1) $2، التي تبدأ في $3. $4 إن لم تستطع الحضور، فيُرجى إلغاء تسجيلك من صفحة الجلسة ليأخذ مكانك شخص من قائمة الانتظار. يصلك هذا التذكير لأنك طلبته عند التسجيل؛ لإيقاف التذكيرات، ضع <code>remind=no</code> في سطرك على صفحة التسجيل.",
	'reminder-sharer':
		"مرحبًا! هذا تذكير بأنك تشارك مهاراتك في جلسة Let's Connect ($1) $2، التي تبدأ في $3. $4 شكرًا لك! إن تغيّر شيء بالنسبة إليك، فيُرجى إخبار منسقي Let's Connect في صفحة نقاش الجلسة.",
	'promoted-heading': 'لديك مقعد: $1',
	'promoted-body':
		"أخبار سارة: تحرّر مقعد في جلسة Let's Connect ($1) $2 في $3، وكنت الأول في قائمة الانتظار، فأصبحت مسجّلًا الآن. إن لم تستطع الحضور، فيُرجى الإلغاء من صفحة الجلسة ليحصل عليه الشخص التالي.",
	'cancelled-heading': 'أُلغيت: $1',
	'cancelled-body':
		"أُلغيت جلسة Let's Connect ($1) $2 التي كانت مقررة في $3. لا يلزمك فعل شيء. توجد جلسات أخرى في تقويم البرنامج: $4.",
	'postponed-heading': 'أُجّلت: $1',
	'postponed-body':
		"أُجّلت جلسة Let's Connect ($1) $2 التي كانت مقررة في $3. ستذكر صفحة الجلسة الموعد الجديد.",
	'moved-heading': 'موعد جديد: $1',
	'moved-body':
		"تغيّر موعد جلسة Let's Connect ($1) $2: تبدأ الآن في $3 بدلًا من $4.",
	'link-heading': 'رابط اجتماع جديد: $1',
	'link-body':
		"تغيّر رابط اجتماع جلسة Let's Connect ($1) $2 التي تبدأ في $3. $4",
	'keep-registration':
		'تسجيلك باقٍ. إن لم تعد تستطيع الحضور، فيُرجى الإلغاء من صفحة الجلسة ليأخذ مكانك شخص من قائمة الانتظار.',
	'keep-waiting':
		'تبقى في قائمة الانتظار بدورك. إن لم تعد تريد مقعدًا، فيُرجى الإلغاء من صفحة الجلسة.',
	'back-heading': 'عادت من جديد: $1',
	'back-body': "جلسة Let's Connect ($1) $2 قائمة من جديد: تبدأ في $3.",
	'why-told':
		'تصلك هذه الرسالة لأنك سجّلت وطلبت الرسائل، أو لأنك تشارك في هذه الجلسة.',
	'follow-heading': "جلسة جديدة في Let's Connect: $1",
	'follow-heading-many': "جلسات جديدة في Let's Connect: $1",
	'follow-intro':
		"مرحبًا! {{PLURAL:$1|جلسات جديدة في Let's Connect تطابق|جلسة جديدة في Let's Connect تطابق|جلستان جديدتان في Let's Connect تطابقان|جلسات جديدة في Let's Connect تطابق|جلسات جديدة في Let's Connect تطابق|جلسات جديدة في Let's Connect تطابق}} ما تتابعه:",
	'follow-item': '$1 ($2)، $3. [[$4|سجّل]]',
	'follow-why':
		'تصلك هذه الرسالة لأن [[$1|ملفك]] يتابع هذه المواضيع أو اللغات أو المراكز. لإيقافها، احذفها من ملفك.',
};

const pt: TalkWords = {
	'type-clinic': 'Clínica de aprendizagem',
	'type-connectathon': 'Connectathon',
	'type-workshop': 'oficina',
	'when': '$1 UTC ($2, $3)',
	'when-utc': '$1 UTC',
	'join-here': 'Entre aqui: $1',
	'reminder-heading': 'Lembrete: $1',
	'reminder-registrant':
		"Olá! Este é um lembrete de que você se inscreveu na sessão do Let's Connect ($1) $2, que começa em $3. $4 Se não puder participar, cancele na página da sessão para que alguém da lista de espera fique com a sua vaga. Você recebe este lembrete porque o pediu ao se inscrever; para não receber mais, coloque <code>remind=no</code> na sua linha da página de inscrição.",
	'reminder-sharer':
		"Olá! Este é um lembrete de que você compartilha suas habilidades na sessão do Let's Connect ($1) $2, que começa em $3. $4 Obrigado! Se algo mudou para você, avise as pessoas de ligação do Let's Connect na página de discussão da sessão.",
	'promoted-heading': 'Você tem uma vaga: $1',
	'promoted-body':
		"Boa notícia: abriu uma vaga na sessão do Let's Connect ($1) $2 em $3, e você era a primeira pessoa da lista de espera, por isso agora está inscrito. Se não puder participar, cancele na página da sessão para que a próxima pessoa fique com ela.",
	'cancelled-heading': 'Cancelada: $1',
	'cancelled-body':
		"A sessão do Let's Connect ($1) $2, prevista para $3, foi cancelada. Você não precisa fazer nada. Há outras sessões no calendário do programa: $4.",
	'postponed-heading': 'Adiada: $1',
	'postponed-body':
		"A sessão do Let's Connect ($1) $2, prevista para $3, foi adiada. A página da sessão indicará a nova data.",
	'moved-heading': 'Novo horário: $1',
	'moved-body':
		"A sessão do Let's Connect ($1) $2 mudou de horário: agora começa em $3, em vez de $4.",
	'link-heading': 'Novo link da reunião: $1',
	'link-body':
		"O link da reunião da sessão do Let's Connect ($1) $2, que começa em $3, mudou. $4",
	'keep-registration':
		'A sua inscrição continua. Se já não puder participar, cancele na página da sessão para que alguém da lista de espera fique com a sua vaga.',
	'keep-waiting':
		'Você continua na lista de espera, na sua vez. Se já não quiser uma vaga, cancele na página da sessão.',
	'back-heading': 'De volta: $1',
	'back-body': "A sessão do Let's Connect ($1) $2 está de volta: começa em $3.",
	'why-told':
		'Você recebe esta mensagem porque se inscreveu e pediu mensagens, ou porque compartilha nesta sessão.',
	'follow-heading': "Nova sessão do Let's Connect: $1",
	'follow-heading-many': "$1 novas sessões do Let's Connect",
	'follow-intro':
		"Olá! {{PLURAL:$1|Uma nova sessão do Let's Connect corresponde|Novas sessões do Let's Connect correspondem}} ao que você segue:",
	'follow-item': '$1 ($2), $3. [[$4|Inscrever-se]]',
	'follow-why':
		'Você recebe esta mensagem porque [[$1|o seu perfil]] segue estes temas, idiomas ou hubs. Para deixar de receber, retire-os do seu perfil.',
};

export const TALK_WORDS: Record<string, TalkWords> = {
	en: talkWordsEn,
	es,
	fr,
	ar,
	pt,
};

/** The language a message to someone goes out in: theirs when translated (`pt-br` → `pt`), else English. */
export function talkLanguage(lang: string | undefined): string {
	const code = (lang ?? '').toLowerCase();
	if (TALK_WORDS[code]) return code;
	const base = code.split('-')[0];
	return TALK_WORDS[base] ? base : 'en';
}
