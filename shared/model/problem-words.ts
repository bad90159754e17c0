// The problems' words in the other languages the module speaks (its labels: es, fr, ar, pt), so
// that the box on a session page tells a liaison what is wrong in the page's language. English,
// and the report's words, are in session-contract.ts (SESSION_PROBLEMS, VALUE_WORDS); `install`
// writes these beside them into Module:Let's Connect/contract. Each has the same `$n` as the
// English (test/unit/problem-words.test.ts): `$1` the value, `$2` the parameter or the page,
// `$3` and `$4` what it takes.
import type { ValueWordsKey } from './session-contract';

export const PROBLEM_LANGUAGES = ['es', 'fr', 'ar', 'pt'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];

interface Words {
	/** By the catalogue's code (SESSION_PROBLEMS). */
	problems: Record<string, string>;
	/** By what a row takes (VALUE_WORDS). */
	values: Record<ValueWordsKey, string>;
}

export const PROBLEM_WORDS: Record<ProblemLanguage, Words> = {
	es: {
		problems: {
			'missing-id':
				'La sesión no tiene id. Añade |id= con letras minúsculas, cifras y guiones, distinto del de todas las demás sesiones.',
			'invalid-id':
				'El id "$1" solo puede tener letras minúsculas de la a a la z, cifras y guiones sueltos, 80 caracteres como máximo.',
			'missing-title': 'La sesión no tiene título.',
			'missing-start':
				'La sesión no tiene inicio. Escríbelo en la forma YYYY-MM-DD HH:MM, por ejemplo 2026-12-03 14:00.',
			'invalid-start':
				'El inicio "$1" no está en la forma YYYY-MM-DD HH:MM (reloj de 24 horas), por ejemplo 2026-12-03 14:00.',
			'impossible-date':
				'El inicio "$1" no es una fecha ni una hora que exista.',
			'unknown-timezone':
				'Zona horaria desconocida: "$1". Usa UTC o un nombre IANA como Europe/Madrid, America/Lima o Africa/Lagos (no una abreviatura como CET o IST).',
			'duplicate-id':
				'El id "$1" es de la sesión de $2; esta copia no se publica ni admite inscripciones. Dale otro id.',
		},
		values: {
			timezone:
				'Zona horaria desconocida: "$1". Usa UTC o un nombre IANA como Europe/Madrid, America/Lima o Africa/Lagos (no una abreviatura como CET o IST).',
			choice: 'Valor desconocido para $2: "$1"; usa uno de estos: $3.',
			choices:
				'Valor desconocido para $2: "$1"; usa $3, o varios separados por comas.',
			wholeRange: 'El valor de $2 ("$1") debe ser un número entero de $3 a $4.',
			wholeMin:
				'El valor de $2 ("$1") debe ser un número entero de al menos $3.',
			url: 'El enlace "$1" debe empezar por https:// o http://.',
			users: '"$1" no es un nombre de usuario válido.',
			languages:
				'"$1" no es un código de idioma que conozcamos, como en, es, ar, fr o pt.',
			other: '"$1" no está permitido aquí.',
		},
	},
	fr: {
		problems: {
			'missing-id':
				'La session n’a pas d’id. Ajoutez |id= avec des lettres minuscules, des chiffres et des traits d’union, différent de celui de toutes les autres sessions.',
			'invalid-id':
				'L’id « $1 » ne peut contenir que des lettres minuscules de a à z, des chiffres et des traits d’union isolés, 80 caractères au plus.',
			'missing-title': 'La session n’a pas de titre.',
			'missing-start':
				'La session n’a pas de début. Écrivez-le sous la forme YYYY-MM-DD HH:MM, par exemple 2026-12-03 14:00.',
			'invalid-start':
				'Le début « $1 » n’est pas sous la forme YYYY-MM-DD HH:MM (sur 24 heures), par exemple 2026-12-03 14:00.',
			'impossible-date':
				'Le début « $1 » n’est pas une date ou une heure qui existe.',
			'unknown-timezone':
				'Fuseau horaire inconnu : « $1 ». Utilisez UTC ou un nom IANA comme Europe/Madrid, America/Lima ou Africa/Lagos (pas une abréviation comme CET ou IST).',
			'duplicate-id':
				'L’id « $1 » appartient à la session de $2 ; cette copie n’est pas publiée et ne prend pas d’inscriptions. Donnez-lui un autre id.',
		},
		values: {
			timezone:
				'Fuseau horaire inconnu : « $1 ». Utilisez UTC ou un nom IANA comme Europe/Madrid, America/Lima ou Africa/Lagos (pas une abréviation comme CET ou IST).',
			choice:
				'Valeur inconnue pour $2 : « $1 » ; utilisez l’une de celles-ci : $3.',
			choices:
				'Valeur inconnue pour $2 : « $1 » ; utilisez $3, ou plusieurs séparées par des virgules.',
			wholeRange:
				'La valeur de $2 (« $1 ») doit être un nombre entier de $3 à $4.',
			wholeMin:
				'La valeur de $2 (« $1 ») doit être un nombre entier d’au moins $3.',
			url: 'Le lien « $1 » doit commencer par https:// ou http://.',
			users: '« $1 » n’est pas un nom d’utilisateur valide.',
			languages:
				'« $1 » n’est pas un code de langue que nous connaissons, comme en, es, ar, fr ou pt.',
			other: '« $1 » n’est pas permis ici.',
		},
	},
	ar: {
		problems: {
			'missing-id':
				'ليس للجلسة معرّف. أضف |id= بحروف لاتينية صغيرة وأرقام وشرطات، على ألا يتكرر في أي جلسة أخرى.',
			'invalid-id':
				'لا يجوز أن يحتوي المعرّف "$1" إلا على حروف لاتينية صغيرة (a–z) وأرقام وشرطات مفردة، وبحد أقصى 80 حرفًا.',
			'missing-title': 'ليس للجلسة عنوان.',
			'missing-start':
				'ليس للجلسة وقت بدء. اكتبه بالصيغة YYYY-MM-DD HH:MM، مثل 2026-12-03 14:00.',
			'invalid-start':
				'وقت البدء "$1" ليس بالصيغة YYYY-MM-DD HH:MM (بنظام 24 ساعة)، مثل 2026-12-03 14:00.',
			'impossible-date': 'وقت البدء "$1" ليس تاريخًا أو وقتًا موجودًا.',
			'unknown-timezone':
				'منطقة زمنية غير معروفة: "$1". استخدم UTC أو اسمًا من IANA مثل Europe/Madrid أو America/Lima أو Africa/Lagos (لا اختصارًا مثل CET أو IST).',
			'duplicate-id':
				'المعرّف "$1" يخص الجلسة الموجودة في $2؛ لا تُنشر هذه النسخة ولا تقبل التسجيل. أعطها معرّفًا آخر.',
		},
		values: {
			timezone:
				'منطقة زمنية غير معروفة: "$1". استخدم UTC أو اسمًا من IANA مثل Europe/Madrid أو America/Lima أو Africa/Lagos (لا اختصارًا مثل CET أو IST).',
			choice: 'قيمة غير معروفة لـ $2: "$1"؛ استخدم واحدة من: $3.',
			choices:
				'قيمة غير معروفة لـ $2: "$1"؛ استخدم $3، أو عدة قيم تفصل بينها فواصل.',
			wholeRange: 'يجب أن تكون قيمة $2 ("$1") عددًا صحيحًا من $3 إلى $4.',
			wholeMin: 'يجب أن تكون قيمة $2 ("$1") عددًا صحيحًا لا يقل عن $3.',
			url: 'يجب أن يبدأ الرابط "$1" بـ https:// أو http://.',
			users: '"$1" ليس اسم مستخدم صالحًا.',
			languages: '"$1" ليس رمز لغة نعرفه، مثل en أو es أو ar أو fr أو pt.',
			other: '"$1" غير مسموح به هنا.',
		},
	},
	pt: {
		problems: {
			'missing-id':
				'A sessão não tem id. Acrescente |id= com letras minúsculas, algarismos e hífenes, diferente do de todas as outras sessões.',
			'invalid-id':
				'O id "$1" só pode ter letras minúsculas de a a z, algarismos e hífenes simples, no máximo 80 caracteres.',
			'missing-title': 'A sessão não tem título.',
			'missing-start':
				'A sessão não tem início. Escreva-o na forma YYYY-MM-DD HH:MM, por exemplo 2026-12-03 14:00.',
			'invalid-start':
				'O início "$1" não está na forma YYYY-MM-DD HH:MM (relógio de 24 horas), por exemplo 2026-12-03 14:00.',
			'impossible-date':
				'O início "$1" não é uma data nem uma hora que exista.',
			'unknown-timezone':
				'Fuso horário desconhecido: "$1". Use UTC ou um nome IANA como Europe/Madrid, America/Lima ou Africa/Lagos (não uma abreviatura como CET ou IST).',
			'duplicate-id':
				'O id "$1" pertence à sessão de $2; esta cópia não é publicada nem aceita inscrições. Dê-lhe outro id.',
		},
		values: {
			timezone:
				'Fuso horário desconhecido: "$1". Use UTC ou um nome IANA como Europe/Madrid, America/Lima ou Africa/Lagos (não uma abreviatura como CET ou IST).',
			choice: 'Valor desconhecido para $2: "$1"; use um destes: $3.',
			choices:
				'Valor desconhecido para $2: "$1"; use $3, ou vários separados por vírgulas.',
			wholeRange: 'O valor de $2 ("$1") deve ser um número inteiro de $3 a $4.',
			wholeMin:
				'O valor de $2 ("$1") deve ser um número inteiro de pelo menos $3.',
			url: 'O link "$1" deve começar por https:// ou http://.',
			users: '"$1" não é um nome de utilizador válido.',
			languages:
				'"$1" não é um código de língua que conheçamos, como en, es, ar, fr ou pt.',
			other: '"$1" não é permitido aqui.',
		},
	},
};
