// The gadget's messages in French: its own module, which a reader of another language never loads.
import type { Catalogue } from '../messages';

export const fr: Catalogue = {
	'lc-signup': 'S’inscrire',
	'lc-signup-login': 'Se connecter pour s’inscrire',
	'lc-cancel': 'Annuler mon inscription',
	'lc-registered': 'Vous êtes inscrit·e',
	'lc-join-meeting': 'Rejoindre la réunion',
	'lc-join-now': 'Rejoindre maintenant',
	'lc-confirm-signup':
		'Veuillez confirmer : voulez-vous vous inscrire à « $1 », $2 ?',
	'lc-confirm-cancel':
		'Veuillez confirmer : voulez-vous annuler votre inscription à « $1 », $2 ?',
	'lc-confirm-back': 'Retour',
	'lc-confirm-give-place':
		'Libérer votre place à « $1 », $2 ? La première personne de la liste d’attente la reçoit aussitôt, et vous ne pourrez pas la reprendre (en vous réinscrivant, vous serez en fin de liste d’attente).',
	'lc-give-place': 'Libérer ma place',
	'lc-keep-place': 'Garder ma place',
	'lc-state-open': 'Les inscriptions sont ouvertes',
	'lc-state-full':
		'Complet : les nouvelles inscriptions vont sur la liste d’attente',
	'lc-state-waitlist':
		'Complet : {{PLURAL:$1|une personne attend|$1 personnes attendent}} une place',
	'lc-state-closed': 'Les inscriptions sont closes',
	'lc-state-cancelled': 'Cette session est annulée',
	'lc-state-postponed': 'Cette session est reportée',
	'lc-state-ended': 'Cette session est terminée',
	'lc-count-registered': '$1 {{PLURAL:$1|inscrit·e|inscrit·e·s}}',
	'lc-count-taken': '$1 {{PLURAL:$1|place prise|places prises}} sur $2',
	'lc-count-waitlisted': '$1 en liste d’attente',
	'lc-waitlisted': 'Vous êtes sur la liste d’attente (position $1)',
	'lc-waitlist-join': 'Rejoindre la liste d’attente',
	'lc-working': 'Enregistrement…',
	'lc-queue-ahead':
		'En attente de votre tour : {{PLURAL:$1|une personne a|$1 personnes ont}} cliqué avant vous…',
	'lc-utc': '$1 UTC',
	'lc-error-calendar':
		'Le fichier de calendrier n’a pas pu être créé, car le wiki n’a pas répondu. Vérifiez votre connexion et réessayez.',
	'lc-error-network':
		'Votre inscription n’a pas pu être enregistrée car le wiki n’a pas répondu. Vérifiez votre connexion et réessayez.',
	'lc-error-blocked':
		"Vous ne pouvez pas vous inscrire car votre compte est bloqué en écriture. Rien n’a été enregistré. Votre page de discussion explique le blocage et comment le contester si vous pensez qu’il s’agit d’une erreur ; une personne de liaison de Let's Connect peut aussi vous inscrire.",
	'lc-error-protected':
		"La page d’inscription est protégée. Demandez à une personne de liaison de Let's Connect de vous ajouter.",
	'lc-error-conflict':
		'Quelqu’un d’autre a modifié la page d’inscription au même moment. Réessayez.',
	'lc-error-abusefilter':
		"Un filtre anti-abus a bloqué la modification. Demandez à une personne de liaison de Let's Connect de vous ajouter.",
	'lc-error-other':
		'Votre inscription n’a pas pu être enregistrée ($1). Réessayez ou ajoutez-vous sur la page d’inscription.',
	'lc-error-unreadable':
		"La page d’inscription se termine dans un commentaire ou une balise non fermés : une nouvelle ligne n’y compterait pas. Rien n’a été enregistré : demandez à une personne de liaison de Let's Connect de réparer la page.",
	'lc-session-add': 'Ajouter une session',
	'lc-session-edit': 'Modifier cette session',
	'lc-error-profile-unreadable':
		"La page de votre profil se termine dans un commentaire ou une balise non fermés : un profil ajouté là ne s’afficherait pas. Rien n’a été enregistré : fermez le commentaire sur votre page de profil, ou demandez à une personne de liaison de Let's Connect.",
	'lc-error-no-page':
		'Les inscriptions à cette session ne sont pas encore ouvertes (elle n’a pas de page d’inscription). Rien n’a été enregistré : réessayez plus tard.',
	'lc-error-not-listed':
		"Le wiki a enregistré votre modification, mais la page d’inscription ne la montre pas comme prévu. Ouvrez la page d’inscription pour vérifier, ou demandez à une personne de liaison de Let's Connect.",
	'lc-options': 'Options',
	'lc-interpretation-choice': 'Interprétation',
	'lc-interpretation-none': 'Aucune',
	'lc-remind-me': 'Me le rappeler sur ma page de discussion',
	'lc-view-agenda': 'Liste',
	'lc-view-month': 'Mois',
	'lc-month-previous': 'Mois précédent',
	'lc-month-next': 'Mois suivant',
	'lc-filter-type': 'Type',
	'lc-filter-audience': 'Pour',
	'lc-filter-language': 'Langue',
	'lc-filter-topic': 'Sujet',
	'lc-filter-hub': 'Pôle',
	'lc-filter-all': 'Tous',
	'lc-type-clinic': 'Atelier d’apprentissage',
	'lc-type-connectathon': 'Connectathon',
	'lc-type-workshop': 'Atelier',
	'lc-audience-newcomers': 'Nouveaux venus',
	'lc-audience-organisers': 'Organisateurs expérimentés',
	'lc-no-match': 'Aucune session ne correspond à ces filtres.',
	'lc-month-elsewhere': 'Les sessions de ce mois sont sur leur propre page :',
	'lc-clear-filters': 'Effacer les filtres',
	'lc-add-calendar': 'Ajouter au calendrier (.ics)',
	'lc-add-google': 'Google Agenda',
	'lc-add-all': 'Ajouter ces sessions à mon calendrier',
	'lc-join': "Rejoindre Let's Connect",
	'lc-attendance-take': 'Noter les présences',
	'lc-join-edit': 'Modifier mon profil',
	'lc-registration-opens':
		'Les inscriptions ouvriront au prochain passage du robot (en général dans la journée).',
	'lc-join-login': "Se connecter pour rejoindre Let's Connect",
	'lc-signup-temporary': 'Créer un compte pour s’inscrire',
	'lc-join-temporary': "Créer un compte pour rejoindre Let's Connect",
	'lc-temporary-hint':
		'Vous modifiez avec un compte temporaire, qui ne peut pas s’inscrire : il disparaît quand votre navigateur l’oublie. Un compte à vous garde vos inscriptions et vos rappels.',
	'lc-error-temporary-account':
		'Seul un compte nommé peut s’inscrire. Créez un compte, puis inscrivez-vous à nouveau. Rien n’a été enregistré.',
	'lc-error-captcha':
		'Le wiki demande de résoudre un CAPTCHA avant d’enregistrer cette modification, et le gadget ne peut pas l’afficher. Rien n’a été enregistré : faites la modification sur la page elle-même, où le wiki l’affiche.',
	'lc-error-held':
		'Le wiki a retenu votre modification sans l’enregistrer ($1). Rien n’a été enregistré : faites la modification sur la page elle-même, où le wiki dit pourquoi.',
};
