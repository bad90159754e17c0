// The gadget's messages in Spanish: its own module, which a reader of another language never loads.
import type { Catalogue } from '../messages';

export const es: Catalogue = {
	'lc-signup': 'Inscribirme',
	'lc-signup-login': 'Inicia sesión para inscribirte',
	'lc-cancel': 'Cancelar mi inscripción',
	'lc-registered': 'Estás inscrito',
	'lc-join-meeting': 'Unirse a la reunión',
	'lc-join-now': 'Unirse ahora',
	'lc-confirm-signup': 'Confirma, por favor: ¿quieres inscribirte en «$1», $2?',
	'lc-confirm-cancel':
		'Confirma, por favor: ¿quieres cancelar tu inscripción en «$1», $2?',
	'lc-confirm-back': 'Volver',
	'lc-confirm-give-place':
		'¿Dejar tu plaza en «$1», $2? La primera persona de la lista de espera la recibe en el acto y no podrás recuperarla (si vuelves a inscribirte, quedarás al final de la lista de espera).',
	'lc-give-place': 'Dejar mi plaza',
	'lc-keep-place': 'Conservar mi plaza',
	'lc-state-open': 'La inscripción está abierta',
	'lc-state-full':
		'Completa: las nuevas inscripciones van a la lista de espera',
	'lc-state-waitlist':
		'Completa: {{PLURAL:$1|una persona espera|$1 personas esperan}} una plaza',
	'lc-state-closed': 'La inscripción está cerrada',
	'lc-state-cancelled': 'Esta sesión está cancelada',
	'lc-state-postponed': 'Esta sesión está aplazada',
	'lc-state-ended': 'Esta sesión ya terminó',
	'lc-count-registered': '$1 {{PLURAL:$1|inscrito|inscritos}}',
	'lc-count-taken': '$1 de $2 {{PLURAL:$2|plaza ocupada|plazas ocupadas}}',
	'lc-count-waitlisted': '$1 en lista de espera',
	'lc-waitlisted': 'Estás en la lista de espera (puesto $1)',
	'lc-waitlist-join': 'Unirme a la lista de espera',
	'lc-working': 'Guardando…',
	'lc-queue-ahead':
		'Esperando tu turno: {{PLURAL:$1|una persona hizo|$1 personas hicieron}} clic antes que tú…',
	'lc-utc': '$1 UTC',
	'lc-error-calendar':
		'No se pudo crear el archivo de calendario porque la wiki no respondió. Revisa tu conexión e inténtalo de nuevo.',
	'lc-error-network':
		'No se pudo guardar tu inscripción porque la wiki no respondió. Revisa tu conexión e inténtalo de nuevo.',
	'lc-error-blocked':
		"No puedes inscribirte porque tu cuenta tiene bloqueada la edición. No se guardó nada. Tu página de discusión explica el bloqueo y cómo apelarlo si crees que es un error; una persona de enlace de Let's Connect también puede inscribirte.",
	'lc-error-protected':
		"La página de inscripción está protegida. Pide a una persona de enlace de Let's Connect que te añada.",
	'lc-error-conflict':
		'Otra persona editó la página de inscripción al mismo tiempo. Inténtalo de nuevo.',
	'lc-error-abusefilter':
		"Un filtro de edición detuvo el cambio. Pide a una persona de enlace de Let's Connect que te añada.",
	'lc-error-other':
		'No se pudo guardar tu inscripción ($1). Inténtalo de nuevo o añádete en la página de inscripción.',
	'lc-error-unreadable':
		"La página de inscripción termina dentro de un comentario o una etiqueta sin cerrar, así que una línea nueva no contaría. No se guardó nada: pide a una persona de enlace de Let's Connect que repare la página.",
	'lc-session-add': 'Añadir una sesión',
	'lc-session-edit': 'Editar esta sesión',
	'lc-error-profile-unreadable':
		"La página de tu perfil termina dentro de un comentario o una etiqueta sin cerrar, así que un perfil añadido allí no se vería. No se guardó nada: cierra el comentario en tu página de perfil o pide ayuda a una persona de enlace de Let's Connect.",
	'lc-error-no-page':
		'La inscripción a esta sesión aún no está abierta (no tiene página de inscripción). No se guardó nada: inténtalo más tarde.',
	'lc-error-not-listed':
		"La wiki guardó tu cambio, pero la página de inscripción no lo muestra como se esperaba. Abre la página de inscripción para comprobarlo o pide ayuda a una persona de enlace de Let's Connect.",
	'lc-options': 'Opciones',
	'lc-interpretation-choice': 'Interpretación',
	'lc-interpretation-none': 'Ninguna',
	'lc-remind-me': 'Recordármelo en mi página de discusión',
	'lc-view-agenda': 'Lista',
	'lc-view-month': 'Mes',
	'lc-month-previous': 'Mes anterior',
	'lc-month-next': 'Mes siguiente',
	'lc-filter-type': 'Tipo',
	'lc-filter-audience': 'Para',
	'lc-filter-language': 'Idioma',
	'lc-filter-topic': 'Tema',
	'lc-filter-hub': 'Centro',
	'lc-filter-all': 'Todos',
	'lc-type-clinic': 'Clínica de aprendizaje',
	'lc-type-connectathon': 'Connectathon',
	'lc-type-workshop': 'Taller',
	'lc-audience-newcomers': 'Personas nuevas',
	'lc-audience-organisers': 'Organizadores con experiencia',
	'lc-no-match': 'Ninguna sesión coincide con estos filtros.',
	'lc-month-elsewhere': 'Las sesiones de este mes están en su propia página:',
	'lc-clear-filters': 'Quitar filtros',
	'lc-add-calendar': 'Añadir al calendario (.ics)',
	'lc-add-google': 'Google Calendar',
	'lc-add-all': 'Añadir estas sesiones a mi calendario',
	'lc-join': "Unirme a Let's Connect",
	'lc-attendance-take': 'Pasar lista',
	'lc-join-edit': 'Editar mi perfil',
	'lc-registration-opens':
		'La inscripción se abrirá en la próxima ejecución del bot (normalmente en menos de un día).',
	'lc-join-login': "Inicia sesión para unirte a Let's Connect",
	'lc-signup-temporary': 'Crea una cuenta para inscribirte',
	'lc-join-temporary': "Crea una cuenta para unirte a Let's Connect",
	'lc-temporary-hint':
		'Estás editando con una cuenta temporal, que no puede inscribirse: termina cuando tu navegador la olvida. Una cuenta propia guarda tus inscripciones y recordatorios.',
	'lc-error-temporary-account':
		'Solo una cuenta con nombre puede inscribirse. Crea una cuenta y vuelve a inscribirte. No se guardó nada.',
	'lc-error-captcha':
		'El wiki pide resolver un CAPTCHA antes de guardar este cambio, y el gadget no puede mostrarlo. No se guardó nada: haz el cambio en la propia página, donde el wiki lo muestra.',
	'lc-error-held':
		'El wiki retuvo tu cambio y no lo guardó ($1). No se guardó nada: haz el cambio en la propia página, donde el wiki dice por qué.',
};
