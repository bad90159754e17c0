// The gadget's messages in Arabic: its own module, which a reader of another language never loads.
import type { Catalogue } from '../messages';

export const ar: Catalogue = {
	'lc-signup': 'سجّلني',
	'lc-signup-login': 'سجّل الدخول للتسجيل',
	'lc-cancel': 'ألغِ تسجيلي',
	'lc-registered': 'أنت مسجَّل',
	'lc-join-meeting': 'الانضمام إلى الاجتماع',
	'lc-join-now': 'انضم الآن',
	'lc-confirm-signup': 'يُرجى التأكيد: هل تريد التسجيل في «$1»، $2؟',
	'lc-confirm-cancel': 'يُرجى التأكيد: هل تريد إلغاء تسجيلك في «$1»، $2؟',
	'lc-confirm-back': 'رجوع',
	'lc-confirm-give-place':
		'هل تتخلى عن مقعدك في «$1»، $2؟ يحصل عليه فورًا أول شخص في قائمة الانتظار، ولن تستطيع استعادته (إن سجّلت من جديد فستكون في آخر قائمة الانتظار).',
	'lc-give-place': 'أتخلى عن مقعدي',
	'lc-keep-place': 'أحتفظ بمقعدي',
	'lc-state-open': 'التسجيل مفتوح',
	'lc-state-full': 'مكتمل: التسجيلات الجديدة تنضم إلى قائمة الانتظار',
	'lc-state-waitlist':
		'مكتمل: {{PLURAL:$1|لا أحد ينتظر|شخص واحد ينتظر|شخصان ينتظران|$1 أشخاص ينتظرون|$1 شخصًا ينتظرون|$1 شخص ينتظرون}} مقعدًا',
	'lc-state-closed': 'التسجيل مغلق',
	'lc-state-cancelled': 'أُلغيت هذه الجلسة',
	'lc-state-postponed': 'أُجّلت هذه الجلسة',
	'lc-state-ended': 'انتهت هذه الجلسة',
	'lc-count-registered': 'المسجلون: $1',
	'lc-count-taken': 'المقاعد المحجوزة: $1 من $2',
	'lc-count-waitlisted': 'في قائمة الانتظار: $1',
	'lc-waitlisted': 'أنت في قائمة الانتظار (الترتيب $1)',
	'lc-waitlist-join': 'انضم إلى قائمة الانتظار',
	'lc-working': 'جارٍ الحفظ…',
	'lc-queue-ahead':
		'في انتظار دورك: {{PLURAL:$1|لم ينقر أحد|نقر شخص واحد|نقر شخصان|نقر $1 أشخاص|نقر $1 شخصًا|نقر $1 شخص}} قبلك…',
	'lc-utc': '$1 بالتوقيت العالمي',
	'lc-error-calendar':
		'تعذّر إنشاء ملف التقويم لأن الويكي لم يستجب. تحقّق من اتصالك وحاول مرة أخرى.',
	'lc-error-network':
		'تعذّر حفظ تسجيلك لأن الويكي لم يستجب. تحقّق من اتصالك وحاول مجددًا.',
	'lc-error-blocked':
		"لا يمكنك التسجيل لأن حسابك ممنوع من التحرير. لم يُحفظ شيء. توضّح صفحة نقاشك سبب المنع وكيف تطعن فيه إن رأيت أنه خطأ؛ ويمكن أيضًا لأحد منسقي Let's Connect أن يسجّلك.",
	'lc-error-protected':
		"صفحة التسجيل محمية. اطلب من أحد منسقي Let's Connect إضافتك.",
	'lc-error-conflict':
		'حرّر شخص آخر صفحة التسجيل في اللحظة نفسها. حاول مجددًا.',
	'lc-error-abusefilter':
		"أوقف مرشّح التحرير هذا التغيير. اطلب من أحد منسقي Let's Connect إضافتك.",
	'lc-error-other':
		'تعذّر حفظ تسجيلك ($1). حاول مجددًا أو أضف نفسك في صفحة التسجيل.',
	'lc-error-unreadable':
		"تنتهي صفحة التسجيل داخل تعليق أو وسم غير مغلق، فلن يُحتسب أي سطر جديد فيها. لم يُحفظ شيء: اطلب من أحد منسقي Let's Connect إصلاح الصفحة.",
	'lc-session-add': 'إضافة جلسة',
	'lc-session-edit': 'تعديل هذه الجلسة',
	'lc-error-profile-unreadable':
		"تنتهي صفحة ملفك الشخصي داخل تعليق أو وسم غير مغلق، فلن يظهر أي ملف شخصي يُضاف هناك. لم يُحفظ شيء: أغلق التعليق في صفحة ملفك الشخصي، أو اطلب المساعدة من أحد منسقي Let's Connect.",
	'lc-error-no-page':
		'لم يُفتح التسجيل في هذه الجلسة بعد (ليست لها صفحة تسجيل). لم يُحفظ شيء: حاول لاحقًا.',
	'lc-error-not-listed':
		"حفظ الويكي تعديلك، لكن صفحة التسجيل لا تُظهره كما يُتوقع. افتح صفحة التسجيل للتحقق، أو اطلب المساعدة من أحد منسقي Let's Connect.",
	'lc-options': 'خيارات',
	'lc-interpretation-choice': 'الترجمة الفورية',
	'lc-interpretation-none': 'لا شيء',
	'lc-remind-me': 'ذكّرني في صفحة نقاشي',
	'lc-view-agenda': 'قائمة',
	'lc-view-month': 'شهر',
	'lc-month-previous': 'الشهر السابق',
	'lc-month-next': 'الشهر التالي',
	'lc-filter-type': 'النوع',
	'lc-filter-audience': 'لمن',
	'lc-filter-language': 'اللغة',
	'lc-filter-topic': 'الموضوع',
	'lc-filter-hub': 'المركز',
	'lc-filter-all': 'الكل',
	'lc-type-clinic': 'عيادة تعلّم',
	'lc-type-connectathon': 'لقاء التواصل',
	'lc-type-workshop': 'ورشة عمل',
	'lc-audience-newcomers': 'المستجدون',
	'lc-audience-organisers': 'المنظمون ذوو الخبرة',
	'lc-no-match': 'لا توجد جلسة تطابق هذه المرشحات.',
	'lc-month-elsewhere': 'جلسات هذا الشهر في صفحتها الخاصة:',
	'lc-clear-filters': 'امسح المرشحات',
	'lc-add-calendar': 'أضف إلى التقويم (.ics)',
	'lc-add-google': 'تقويم Google',
	'lc-add-all': 'أضف هذه الجلسات إلى تقويمي',
	'lc-join': "انضم إلى Let's Connect",
	'lc-attendance-take': 'تسجيل الحضور',
	'lc-join-edit': 'تعديل ملفي',
	'lc-registration-opens':
		'يُفتح التسجيل عند التشغيل التالي للبوت (عادةً خلال يوم).',
	'lc-join-login': "سجّل الدخول للانضمام إلى Let's Connect",
	'lc-signup-temporary': 'أنشئ حسابًا للتسجيل',
	'lc-join-temporary': "أنشئ حسابًا للانضمام إلى Let's Connect",
	'lc-temporary-hint':
		'أنت تحرّر بحساب مؤقت لا يمكنه التسجيل: ينتهي حين ينساه متصفحك. حسابك الخاص يحفظ تسجيلاتك وتذكيراتك.',
	'lc-error-temporary-account':
		'التسجيل متاح للحسابات المسمّاة فقط. أنشئ حسابًا ثم سجّل مجددًا. لم يُحفظ شيء.',
	'lc-error-captcha':
		'يطلب الويكي حلّ اختبار CAPTCHA قبل حفظ هذا التعديل، ولا تستطيع الإضافة عرضه. لم يُحفظ شيء: أجرِ التعديل في الصفحة نفسها حيث يعرضه الويكي.',
	'lc-error-held':
		'احتجز الويكي تعديلك ولم يحفظه ($1). لم يُحفظ شيء: أجرِ التعديل في الصفحة نفسها حيث يوضّح الويكي السبب.',
};
