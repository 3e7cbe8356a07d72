# سلاسل واجهة Convene: اللغة العربية. يجب أن يتضمن هذا الملف معرّفات الرسائل نفسها
# الواردة في الملف الإنكليزي المرجعي تمامًا (يتحقق من ذلك اختبار).

## عناصر الموقع
site-name = Convene
site-tagline = منتدى مفتوح للحوار بشأن السياسات المتعلقة بالإنترنت
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-about = عن المنتدى
nav-signin = تسجيل الدخول
nav-register = التسجيل
nav-account = حسابكم
nav-audit = سجل التدقيق
nav-signout = تسجيل الخروج
language-label = اللغة
language-switcher-title = قراءة هذه الصفحة بلغة أخرى
content-exists-in = هذا المحتوى متاح باللغات التالية: { $languages }
footer-mission = لا يتخذ هذا المنتدى قرارات ملزمة، بل يجمع جميع فئات أصحاب المصلحة حول طاولة واحدة وينشر ما يُقال فيها.
footer-powered = يعمل هذا الموقع ببرنامج Convene، وهو برمجيات حرة.
# اسم اللغة كما يُستخدم داخل الجمل ("تُرجمت إلى …"). وتُعرض رموز اللغات
# التي ليس لها اسم هنا.
language-name = { $code ->
    [en] الإنجليزية
    [ar] العربية
    [de] الألمانية
    [es] الإسبانية
    [fr] الفرنسية
    [it] الإيطالية
    [ru] الروسية
    [zh] الصينية
   *[other] { $code }
}

## الصفحة الرئيسية
home-title = مرحبًا بكم
home-intro = تلتقي هنا الحكومات والهيئات الحكومية الدولية والمجتمع المدني والأوساط التقنية والأكاديمية وقطاع الأعمال ووسائط الإعلام على قدم المساواة لمناقشة سبل إدارة الإنترنت. ويمكن لأي شخص المشاركة، ويُعرض كل رأي مقرونًا بفئة أصحاب المصلحة والبلد اللذين يتحدث باسمهما.
home-read-about = الاطلاع على ولاية المنتدى
home-meetings = الاجتماعات السنوية
home-meetings-empty = لم يُعلَن عن أي اجتماع سنوي بعد.
meeting-place = { $city }، { $country }
meeting-dates = من { $start } إلى { $end }
home-coalitions = الائتلافات الدينامية
home-coalitions-intro = يجري معظم العمل في الفترات الفاصلة بين الاجتماعات، في إطار ائتلافات مفتوحة يمكن لأي شخص الانضمام إليها.
home-coalitions-empty = لم يُشكَّل أي ائتلاف بعد.
coalition-members = { $count ->
    [zero] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
home-threads = أحدث المناقشات
home-threads-empty = لم يُنشر أي شيء بعد.
thread-posts = { $count ->
    [zero] لا توجد مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركةً
   *[other] { $count } مشاركة
}
thread-next-page = الصفحة التالية من المشاركات

## صفحة الائتلاف
coalition-discussions = المناقشات
coalition-members-heading = الأعضاء
coalition-coordinator = المنسق

## إشعارات الترجمة
translation-untranslated = لم تُترجَم هذه الصفحة إلى { $language } بعد، ولذلك يُعرض النص الأصلي ({ $original }).
translation-untranslated-help = يمكنكم المساعدة في ترجمتها حتى يتمكن عدد أكبر من الناس من قراءتها بلغتهم.
translation-translate-link = ترجمة هذه الصفحة
translation-outdated = قد تكون هذه الترجمة غير محدَّثة، إذ تغيَّر النص الأصلي منذ ترجمته.
translation-very-outdated = { $behind ->
    [zero] هذه الترجمة متأخرة عن النص الأصلي بـ{ $behind } مراجعة، وقد لا تعود مطابقة له في المضمون.
    [one] هذه الترجمة متأخرة عن النص الأصلي بمراجعة واحدة، وقد لا تعود مطابقة له في المضمون.
    [two] هذه الترجمة متأخرة عن النص الأصلي بمراجعتين، وقد لا تعود مطابقة له في المضمون.
    [few] هذه الترجمة متأخرة عن النص الأصلي بـ{ $behind } مراجعات، وقد لا تعود مطابقة له في المضمون.
    [many] هذه الترجمة متأخرة عن النص الأصلي بـ{ $behind } مراجعةً، وقد لا تعود مطابقة له في المضمون.
   *[other] هذه الترجمة متأخرة عن النص الأصلي بـ{ $behind } مراجعة، وقد لا تعود مطابقة له في المضمون.
}
translation-read-original = قراءة النص الأصلي ({ $original })

## فئات أصحاب المصلحة
stakeholder-government = الحكومة
stakeholder-intergovernmental = منظمة حكومية دولية
stakeholder-civil-society = المجتمع المدني
stakeholder-technical-community = الأوساط التقنية
stakeholder-academia = الأوساط الأكاديمية
stakeholder-private-sector = القطاع الخاص
stakeholder-media = وسائط الإعلام

## المجموعات الإقليمية للأمم المتحدة
region-african = مجموعة الدول الأفريقية
region-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
region-eastern-european = مجموعة دول أوروبا الشرقية
region-latin-american-caribbean = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
region-western-european-others = مجموعة دول أوروبا الغربية ودول أخرى
region-intergovernmental = المنظمات الحكومية الدولية
region-other = أخرى

## الأشخاص
former-participant = مشارك سابق
profile-suspended = هذا الحساب معلَّق.
profile-coalitions = الائتلافات
profile-no-coalitions = لا توجد عضوية في أي ائتلاف بعد.
profile-posts = أحدث المشاركات
moderation-title = الإشراف
moderation-suspend = تعليق هذا الحساب
moderation-reinstate = إعادة تفعيل هذا الحساب

## الاستمارات
form-error-summary = يُرجى تصحيح ما يلي
form-choose = يُرجى الاختيار…
form-error-required = هذا الحقل إلزامي.
form-error-too-long = النص طويل جدًا.
form-error-email = يُرجى إدخال عنوان بريد إلكتروني، مثل name@example.org.
form-error-choose = يُرجى اختيار أحد الخيارات.
form-error-language = يُرجى استخدام رموز اللغات، مثل sw أو pt أو fa، مع الفصل بينها بفواصل.
form-error-too-many = يُرجى اختيار عدد أقل من اللغات.
form-error-password-short = يُرجى استخدام 10 أحرف على الأقل.
form-error-password-email = لا يجوز أن تكون كلمة المرور هي عنوان البريد الإلكتروني نفسه.
form-error-password-wrong = كلمة المرور غير صحيحة.
form-error-coc = تستلزم المشاركة قبول مدونة قواعد السلوك.
form-error-signin = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة، أو لم يُؤكَّد العنوان بعد: بعد التسجيل، افتح أولًا الرابط الذي أرسلناه إليك.
form-error-suspended = هذا الحساب معلَّق، ولا يمكن تسجيل الدخول به.
field-display_name = الاسم
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-stakeholder_group = فئة أصحاب المصلحة
field-country = البلد
field-affiliation = المنظمة
field-gender = النوع الاجتماعي (اختياري)
field-languages = اللغات التي تقرؤونها
field-languages_other = لغات أخرى (رموز مثل sw وpt)
field-ui_lang = لغة الواجهة
field-coc = أقبل مدونة قواعد السلوك
field-reason = السبب
hint-password = 10 أحرف على الأقل. الجملة القصيرة سهلة التذكُّر وصعبة التخمين.
hint-affiliation = تُعرض مع ما تكتبونه، إلا في حالة التحدث باسم حكومة.
hint-gender = يمكن وصفه بكلماتكم الخاصة أو ترك الحقل فارغًا. ولا يُعرض أبدًا، بل يُحتسب فقط في إحصاءات التنوع المجهولة الهوية.
hint-delete-password = يُرجى إدخال كلمة المرور للتأكيد.

## التسجيل وتسجيل الدخول
register-title = التسجيل
register-intro = يمكن لأي شخص المشاركة. ويُعرض كل ما تكتبونه مقرونًا باسمكم وفئة أصحاب المصلحة التي تنتمون إليها والبلد أو المنظمة التي تتحدثون باسمها.
register-read-coc = (الاطلاع عليها)
register-submit = إنشاء حسابي
register-have-account = هل لديكم حساب بالفعل؟
signin-title = تسجيل الدخول
signin-submit = تسجيل الدخول
signin-forgot = هل نسيتم كلمة المرور؟
signin-no-account = ليس لديكم حساب بعد؟
signin-after-reset = غُيِّرت كلمة المرور. يُرجى تسجيل الدخول باستخدام كلمة المرور الجديدة.
reset-title = إعادة تعيين كلمة المرور
reset-intro = يُرجى إدخال عنوان البريد الإلكتروني المرتبط بحسابكم، وسنرسل إليكم رابطًا لاختيار كلمة مرور جديدة.
reset-submit = إرسال الرابط
reset-sent-title = يُرجى التحقق من البريد الإلكتروني
reset-sent-body = إذا كان هذا العنوان مرتبطًا بحساب، فقد أُرسل إليه رابط لاختيار كلمة مرور جديدة. ويظل الرابط صالحًا لمدة ساعة واحدة.
reset-new-title = اختيار كلمة مرور جديدة
reset-new-submit = حفظ كلمة المرور الجديدة
reset-expired-title = لم يعد هذا الرابط صالحًا
reset-expired-body = لا يمكن استخدام روابط إعادة التعيين إلا مرة واحدة وخلال ساعة واحدة. يُرجى طلب رابط جديد.
reset-mail-subject = رابط إعادة تعيين كلمة المرور
reset-mail-body = مرحبًا { $name }،

    طلب أحدهم، وربما تكونون أنتم، إعادة تعيين كلمة المرور الخاصة بحسابكم. ولاختيار كلمة مرور جديدة، يُرجى فتح هذا الرابط في غضون ساعة واحدة:

    { $link }

    إذا لم يصدر هذا الطلب عنكم، فيمكن تجاهل هذه الرسالة؛ وستظل كلمة المرور دون تغيير.

## الحساب
account-title = حسابكم
account-saved = حُفظ ملفكم الشخصي.
account-save = حفظ
account-your-data = بياناتكم
account-export-intro = يمكنكم تنزيل جميع البيانات التي يحتفظ بها المنتدى عنكم في ملف بصيغة JSON.
account-export = تنزيل بياناتي
account-delete = حذف حسابي
account-email = عنوان البريد الإلكتروني المسجَّل
delete-title = حذف الحساب
delete-explain = سيُمحى اسمكم وعنوان بريدكم الإلكتروني وبياناتكم الشخصية، وسيُسجَّل خروجكم. وتبقى مشاركاتكم المنشورة ضمن السجل العام، وتُعرض على أنها صادرة عن مشارك سابق.
delete-submit = حذف حسابي

## سجل التدقيق
audit-title = سجل التدقيق
audit-empty = لم يُسجَّل أي شيء بعد.
audit-when = التوقيت
audit-who = المنفِّذ
audit-action = الإجراء
audit-whom = الحساب
audit-older = الإدخالات الأقدم
audit-action-suspend = التعليق
audit-action-reinstate = إعادة التفعيل
audit-action-set-role = تغيير الدور
audit-action-proposal = قرار بشأن جلسة
audit-target-session = الجلسة { $id }

## الأخطاء
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لا يوجد أي محتوى على هذا العنوان. ربما نُقلت الصفحة، أو ربما كُتب الرابط بشكل خاطئ.
error-bad-request-title = تعذَّر فهم الطلب
error-bad-request-body = تعذَّرت قراءة الطلب. يُرجى الرجوع والمحاولة مرة أخرى.
error-internal-title = حدث خطأ من جانبنا
error-internal-body = سُجِّلت المشكلة. يُرجى المحاولة مرة أخرى بعد قليل.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable-body = يتعذَّر على المنتدى الاتصال بقاعدة بياناته في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد قليل.
error-go-home = الانتقال إلى الصفحة الرئيسية
error-forbidden-title = غير مسموح
error-forbidden-body = لا يملك حسابكم صلاحية القيام بهذا الإجراء.
error-csrf-title = انتهت صلاحية هذه الاستمارة
error-csrf-body = تعذَّر إرسال الاستمارة حرصًا على أمانكم. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many-body = يُرجى الانتظار بضع دقائق قبل المحاولة مرة أخرى.
error-too-large-title = الطلب كبير جدًا
error-too-large-body = ما أُرسل أكبر مما يقبله هذا المنتدى (1 ميغابايت). يُرجى اختصاره والمحاولة مرة أخرى.

## Roles
field-role = الدور
role-save = تغيير الدور
role-participant = مشارك
role-reviewer = مُراجِع (لجنة البرنامج)
role-moderator = مشرف
role-secretariat = الأمانة

## ترجمة المحتوى
nav-translations = الترجمات
translate-title = ترجمة «{ $title }» إلى { $language }
translate-original = النص الأصلي باللغة { $language }، المراجعة { $revision }
translate-your-translation = ترجمتكم إلى { $language }
field-title = العنوان
field-body = النص (Markdown)
translate-submit = اقتراح هذه الترجمة
translate-publish = نشر هذه الترجمة
translate-proposed = شكرًا لكم. قُدِّمت ترجمتكم المقترحة، وستُنشر بعد الموافقة عليها.
translate-published = نُشرت الترجمة.
translate-same-language = هذا النص مكتوب بهذه اللغة، ولذلك لا يوجد ما يُترجَم.
translate-pending = مقترحات بانتظار الموافقة
translate-approve = الموافقة والنشر
translate-outdated-note = أُعدَّت الترجمة المنشورة استنادًا إلى مراجعة سابقة للنص الأصلي. يُرجى تحديثها.
status-title = حالة الترجمة
status-intro = نسبة محتوى المنتدى التي يمكن قراءتها بكل لغة، وما لا يزال يحتاج إلى عمل. ويمكن لأي شخص مسجَّل اقتراح ترجمة.
status-language = اللغة
status-current = محدَّث
status-outdated = غير محدَّث
status-missing = غير مترجَم
status-percent = محدَّث بنسبة { $percent }٪
status-needs-work = ما يلزم ترجمته إلى { $language }
status-all-done = كل المحتوى مترجَم ومحدَّث.
translator-trust = الاعتماد بصفة مترجم موثوق
translator-untrust = إلغاء صفة المترجم الموثوق
translator-badge = مترجم موثوق
audit-action-trust-translator = الاعتماد بصفة مترجم موثوق
audit-action-untrust-translator = إلغاء صفة المترجم الموثوق
edit-original-link = تعديل النص الأصلي
edit-original-title = تعديل «{ $title }»
edit-original-explain = يجري الآن تغيير النص الأصلي. ستُعلَّم كل ترجماته على أنها قديمة إلى أن يُحدِّثها مترجم.
edit-original-save = حفظ مراجعة جديدة

## وضع الائتلاف والعضوية فيه
standing-forming = الوضع: قيد التشكيل
standing-active = الوضع: نشط
standing-inactive = الوضع: غير نشط
standing-needs-groups = عدد فئات أصحاب المصلحة الممثَّلة بين الأعضاء: { $value }؛ ويستلزم الاعتراف وجود ثلاث فئات على الأقل.
standing-needs-action-plan = لا توجد خطة عمل بعد.
standing-needs-contact = لم تُعيَّن جهة اتصال بعد.
standing-criteria-met = استُوفيت معايير الاعتراف: أعضاء من ثلاث فئات على الأقل من فئات أصحاب المصلحة، وخطة عمل، وجهة اتصال.
standing-output = آخر تقرير سنوي أو ورقة: { $value }.
standing-first-report-due = ائتلاف جديد: يحين موعد تقديم أول تقرير سنوي أو ورقة في عام { $value }.
standing-no-recent-output = لم يصدر أي تقرير سنوي أو ورقة منذ عام { $value }. ويُدرَج بوصفه غير نشط كل ائتلاف يمضي عليه عامان دون أن يُصدر تقريرًا سنويًا أو ورقة.
standing-never-reported = لم يُنشَر أي تقرير سنوي أو ورقة. ويُدرَج بوصفه غير نشط كل ائتلاف يمضي عليه عامان دون أن يُصدر تقريرًا سنويًا أو ورقة.
standing-recognized = اعترفت به الأمانة في { $date }.
standing-not-recognized = لم تعترف به الأمانة بعد.
coalition-action-plan = خطة العمل
coalition-join = الانضمام إلى هذا الائتلاف
coalition-leave = الانسحاب من هذا الائتلاف
coalition-signin-to-join = تسجيل الدخول للانضمام إلى هذا الائتلاف
coalition-you-are-member = لديكم عضوية في هذا الائتلاف.
coalition-start-thread = بدء مناقشة

## المناقشات
thread-new-title = بدء مناقشة
thread-create = بدء المناقشة
thread-reply-title = الرد
thread-reply-submit = نشر الرد
thread-reply-link = الرد
thread-quote-link = الاقتباس
thread-in-reply = ردًّا على مشاركة سابقة
thread-signin-to-reply = تسجيل الدخول للمشاركة في هذه المناقشة
field-post = نص المشاركة
field-lang = لغة الكتابة
hint-markdown = يمكن استخدام Markdown: *تأكيد* و**خط عريض** والروابط والقوائم، و> للاقتباس.

## دليل الائتلافات واقتراحها
nav-coalitions = الائتلافات
coalitions-title = الائتلافات الدينامية
coalitions-intro = جميع الائتلافات، ووضع كل منها وأسبابه. ويمكن لأي شخص اقتراح ائتلاف، وتعترف به الأمانة متى ضمّ أعضاءً من ثلاث فئات على الأقل من فئات أصحاب المصلحة، وكانت لديه خطة عمل وجهة اتصال.
coalitions-propose = اقتراح ائتلاف
coalition-propose-title = اقتراح ائتلاف
coalition-propose-intro = يُرجى بيان سبب الحاجة إلى الائتلاف وما يعتزم القيام به. وستتولون تنسيقه وتكونون جهة الاتصال الخاصة به، ويمكن للآخرين الانضمام إليه بنقرة واحدة.
field-name = الاسم
field-mission = سبب الحاجة إلى الائتلاف
field-action_plan = خطة العمل
coalition-propose-submit = تقديم اقتراح الائتلاف
coalition-recognize = الاعتراف بهذا الائتلاف
coalition-make-coordinator = التعيين بصفة منسق مشارك
error-conflict-title = غير ممكن بعد
error-conflict-body = لا يستوفي هذا الإجراء قواعد المنتدى بعد. وتبيّن الصفحة التي انتقلتم منها ما هو ناقص.

## توازن أصحاب المصلحة
balance-members-title = من هم الأعضاء
balance-posts-title = من تحدّث في هذه المناقشة
balance-by-group = حسب فئة أصحاب المصلحة
balance-by-region = حسب المجموعة الإقليمية

## مواضيع السياسات والولاية
nav-topics = المواضيع
topics-title = مواضيع السياسات
topics-intro = المسائل التي يتابعها المنتدى عامًا بعد عام. ويجمع كل موضوع الائتلافات والمناقشات المتصلة به، حتى لا تأتي أي سياسة بشأنه على نحو مفاجئ.
topics-label = المواضيع:
field-topics = مواضيع السياسات
topic-mandate = جوانب الولاية التي يخدمها الموضوع
mandate-1 = السياسة العامة المتعلقة بالعناصر الأساسية للإنترنت
mandate-2 = القضايا المتداخلة بين الهيئات الدولية
mandate-3 = التفاعل مع المنظمات الحكومية الدولية
mandate-4 = تبادل المعلومات وأفضل الممارسات
mandate-5 = إتاحة الإنترنت بأسعار معقولة في البلدان النامية
mandate-6 = مشاركة أصحاب المصلحة، ولا سيما من البلدان النامية
mandate-7 = تحديد القضايا الناشئة وتقديم التوصيات
mandate-8 = بناء القدرات في البلدان النامية
mandate-9 = تطبيق مبادئ القمة العالمية
mandate-10 = موارد الإنترنت الحيوية
mandate-11 = استعمال الإنترنت وإساءة استعمالها بما يمس المستعملين العاديين
mandate-12 = نشر وقائع الأعمال

## نواتج الائتلافات والآراء المخالفة
outputs-title = النواتج
outputs-none = لم يُنشَر أي شيء بعد.
output-kind-yearly-report = تقرير سنوي
output-kind-thematic-paper = ورقة مواضيعية
output-kind-statement = بيان
output-publish-title = نشر وثيقة
field-kind = نوع الوثيقة
field-year = السنة
output-publish-submit = نشر
output-versions = النسخ
output-version = النسخة { $value } بتاريخ { $date }
output-old-version = تُعرض هنا النسخة { $value }، وهي ليست النسخة الحالية.
output-read-current = قراءة النسخة الحالية
dissents-title = الآراء المخالفة
dissents-intro = يُبدي الأعضاء الذين لا يوافقون على هذه الوثيقة آراءهم هنا بأسمائهم. وتُعرض الآراء المخالفة دائمًا مع الوثيقة.
dissents-none = لم يسجِّل أي عضو رأيًا مخالفًا.
field-dissent = رأيكم المخالف
dissent-submit = توقيع رأيي المخالف وإضافته
dissent-members-only = يمكن لأعضاء الائتلاف إضافة رأي مخالف.

## الإشراف
nav-moderation = الإشراف
flag-post = الإبلاغ عن هذه المشاركة
flag-submit = الإرسال إلى المشرفين
flag-thanks = شكرًا لكم. سيطّلع المشرفون على المشاركة التي أبلغتم عنها.
post-hidden = أخفى المشرفون هذه المشاركة. السبب:
post-held = بانتظار المراجعة: لا تظهر هذه المشاركة إلا لكم وللمشرفين.
post-held-notice = شكرًا لكم. ستظهر مشاركتكم بعد أن يراجعها أحد المشرفين؛ ويسري ذلك على المشاركات الأولى للحسابات الجديدة.
moderation-hide-post = إخفاء هذه المشاركة
moderation-restore-post = إعادة إظهار هذه المشاركة
moderation-release = نشر هذه المشاركة
moderation-queue-title = قائمة انتظار الإشراف
moderation-flags = المشاركات المُبلَّغ عنها
moderation-held = المشاركات بانتظار المراجعة
moderation-nothing = لا يوجد شيء قيد الانتظار.
moderation-dismiss = رفض البلاغ
posting-rights-title = صلاحية النشر
posting-rights-removed = يظل هذا الحساب قادرًا على القراءة ومحتفظًا بالعضوية، ولكن لا يمكن النشر منه.
posting-rights-remove = سحب صلاحية النشر
posting-rights-restore = إعادة صلاحية النشر
settings-title = إعدادات الموقع
settings-hold-first-posts = إرجاء نشر المشاركات الأولى للحسابات الجديدة إلى أن يراجعها أحد المشرفين
audit-action-hide-post = إخفاء مشاركة
audit-action-restore-post = إعادة إظهار مشاركة
audit-action-release-post = نشر مشاركة بعد المراجعة
audit-action-block-posting = سحب صلاحية النشر
audit-action-unblock-posting = إعادة صلاحية النشر

## تعديل المشاركات والمتابعة
nav-following = المناقشات المتابَعة
post-edit = تعديل
post-edited = معدَّلة: الاطلاع على النسخ السابقة
post-edit-title = تعديل مشاركتكم
post-edit-explain = تبقى النسخ السابقة متاحة للقراءة للجميع، فلا يُعاد أبدًا تحرير سجل المناقشة.
post-history-title = النسخ السابقة لهذه المشاركة
post-history-current = العودة إلى النسخة الحالية
follow = متابعة
unfollow = إلغاء المتابعة
following-title = ما تتابعونه
following-intro = المناقشات التي تتابعونها وجميع مناقشات الائتلافات التي تتابعونها، مرتَّبةً من الأحدث نشاطًا إلى الأقدم.
following-none = لا توجد بعد أي متابعة لائتلاف أو مناقشة. ويمكن استخدام زر «متابعة» في صفحة أي ائتلاف أو مناقشة.

# notifications
nav-notifications = الإشعارات
nav-notifications-unread = { $count ->
    [zero] الإشعارات
    [one] الإشعارات (إشعار جديد)
    [two] الإشعارات (إشعاران جديدان)
    [few] الإشعارات ({ $count } إشعارات جديدة)
    [many] الإشعارات ({ $count } إشعارًا جديدًا)
   *[other] الإشعارات ({ $count } إشعار جديد)
}
notifications-title = الإشعارات
notifications-mark-read = تعليم الكل كمقروء
notifications-none = لا توجد إشعارات. ويمكن متابعة ائتلاف أو مناقشة لتلقي إشعار بكل مشاركة جديدة فيها.
notifications-older = إشعارات أقدم
notification-unread = جديد
notification-new-post = ردّ { $author } في «{ $title }»
notification-new-output = وثيقة جديدة: «{ $title }»
notification-new-thread = بدأ { $author } مناقشة جديدة: «{ $title }»
notification-posting-removed = { $count ->
    [one] سُحبت صلاحية النشر من هذا الحساب لأن المشرفين أخفوا إحدى مشاركاته المُبلَّغ عنها خلال { $days } يومًا. ويظل الحساب محتفظًا بعضويته في الائتلافات، ويمكن منه مواصلة قراءة المناقشات ومتابعتها.
    [two] سُحبت صلاحية النشر من هذا الحساب لأن المشرفين أخفوا اثنتين من مشاركاته المُبلَّغ عنها خلال { $days } يومًا. ويظل الحساب محتفظًا بعضويته في الائتلافات، ويمكن منه مواصلة قراءة المناقشات ومتابعتها.
   *[other] سُحبت صلاحية النشر من هذا الحساب لأن المشرفين أخفوا { $count } من مشاركاته المُبلَّغ عنها خلال { $days } يومًا. ويظل الحساب محتفظًا بعضويته في الائتلافات، ويمكن منه مواصلة قراءة المناقشات ومتابعتها.
}
field-abuse-threshold = سحب صلاحية النشر تلقائيًا بعد هذا العدد من البلاغات المؤكَّدة
settings-abuse-threshold-hint = تُحتسب مشاركات المؤلف المُبلَّغ عنها التي أخفاها المشرفون خلال آخر 90 يومًا، والقيمة 0 تعطّل هذه القاعدة. ولا تُسحب العضوية أبدًا.
form-error-threshold = يُرجى إدخال عدد صحيح من 0 إلى 100.
audit-action-auto-block-posting = سحب صلاحية النشر تلقائيًا بسبب الإساءة المتكررة

# meetings
nav-meetings = الاجتماعات
nav-agenda = جدول أعمالي
nav-reviews = المراجعات
meetings-title = الاجتماعات السنوية
meetings-intro = يجتمع المنتدى مرة واحدة كل عام، في بلد مضيف مختلف في كل عام. ولكل اجتماع موضوعه الرئيسي ودعوته إلى تقديم مقترحات الجلسات وبرنامجه.
meetings-hosts = البلدان المضيفة على مر السنين
meeting-label = اجتماع
meeting-theme = الموضوع الرئيسي
meeting-new = اجتماع سنوي جديد
meeting-create = إنشاء الاجتماع
meeting-tracks = المسارات
meeting-call = الدعوة إلى تقديم مقترحات الجلسات
meeting-call-open = باب الدعوة مفتوح من { $opens } إلى { $closes }.
meeting-call-closed = تمتد الدعوة من { $opens } إلى { $closes }، وبابها غير مفتوح حاليًا.
meeting-call-none = لم تُحدَّد بعد أي دعوة إلى تقديم مقترحات الجلسات.
meeting-my-proposals = مقترحاتكم
meeting-programme = البرنامج
meeting-sessions-count = { $count ->
    [zero] لم تُقبَل أي جلسة
    [one] قُبلت جلسة واحدة
    [two] قُبلت جلستان
    [few] قُبلت { $count } جلسات
    [many] قُبلت { $count } جلسةً
   *[other] قُبلت { $count } جلسة
}
meeting-secretariat = للأمانة
meeting-settings = الإعدادات
back-to-meeting = العودة إلى الاجتماع
field-host_country = البلد المضيف
field-city = المدينة
field-starts_on = اليوم الأول
field-ends_on = اليوم الأخير
field-time_zone = المنطقة الزمنية لمكان الاجتماع
field-call_opens_on = تاريخ فتح باب الدعوة
field-call_closes_on = تاريخ إغلاق باب الدعوة
field-proposal_limit = عدد المقترحات لكل شخص
field-word_limit = عدد الكلمات المسموح به في الوصف
field-track-name = اسم المسار
field-room-name = اسم القاعة
field-capacity = عدد المقاعد
hint-theme = الموضوع الجامع للاجتماع؛ ويُكتب وصفه أدناه.
hint-time-zone = اسم منطقة زمنية وفق تسميات IANA، مثل Africa/Nairobi أو Europe/Oslo. وتُحدَّد مواعيد الجلسات بالتوقيت المحلي لمكان الاجتماع.
hint-proposal-limit = عدد المقترحات التي يجوز لشخص واحد تقديمها بصفته منظِّمًا؛ والقيمة 0 تعني عدم وجود حد.
track-add = إضافة مسار
room-add = إضافة قاعة
room-capacity = { $count ->
    [zero] لا توجد مقاعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $count } مقاعد
    [many] { $count } مقعدًا
   *[other] { $count } مقعد
}
form-save = حفظ
form-error-number = يُرجى إدخال عدد صحيح ضمن النطاق المسموح به.
form-error-date = يُرجى إدخال التاريخ بصيغة السنة-الشهر-اليوم.
form-error-date-order = يقع هذا التاريخ قبل التاريخ الذي يجب أن يليه.
form-error-time-zone = هذه المنطقة الزمنية غير معروفة. يُرجى استخدام اسم مثل Africa/Nairobi.
form-error-year-taken = يوجد بالفعل اجتماع لهذه السنة.
form-error-participation = يُرجى بيان عدد الأشخاص الذين شاركوا، حضوريًا أو عبر الإنترنت.
proposal-new = اقتراح جلسة
proposal-new-intro = يظل مقترحكم مسودة خاصة لا يطّلع عليها سواكم والمنظمون المشاركون الذين تضيفونهم، إلى أن تقدّموه. وتبيّن صفحة المسودة المعايير التي لم تُستوفَ بعد.
proposal-save = حفظ المقترح
proposal-edit = تعديل المقترح
proposal-submit = تقديم المقترح
proposal-organisers = المنظمون
proposal-speakers = المتحدثون ومدير الجلسة
proposal-no-speakers = لا يوجد متحدثون بعد.
proposal-status-draft = مسودة
proposal-status-submitted = مقدَّم
proposal-status-in-review = قيد المراجعة
proposal-status-accepted = مقبول
proposal-status-declined = مرفوض
proposal-status-merge-requested = طُلب دمجه
proposal-status-merged = مدموج في مقترح آخر
field-description = الوصف
field-policy_questions = أسئلة السياسات
field-session_type = نوع الجلسة
field-format = الشكل
field-duration = المدة
field-mode = حضوريًا أو عبر الإنترنت
field-session_lang = لغة الجلسة
field-track = المسار
field-coalitions = الائتلافات ذات الصلة
field-organisation = المنظمة
field-group = فئة أصحاب المصلحة
field-organiser_email = البريد الإلكتروني للمنظِّم المشارك
hint-word-limit = { $count ->
    [zero] { $count } كلمة على الأكثر.
    [one] كلمة واحدة على الأكثر.
    [two] كلمتان على الأكثر.
    [few] { $count } كلمات على الأكثر.
    [many] { $count } كلمةً على الأكثر.
   *[other] { $count } كلمة على الأكثر.
}
hint-policy-questions = الأسئلة التي ستناقشها الجلسة، سؤال واحد في كل سطر.
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقةً
   *[other] { $count } دقيقة
}
session-type-workshop = ورشة عمل
session-type-main = جلسة رئيسية
session-type-open-forum = منتدى مفتوح
session-type-coalition = جلسة ائتلاف دينامي
session-type-best-practice = جلسة منتدى أفضل الممارسات
session-type-nri = جلسة المبادرات الوطنية والإقليمية
session-type-networking = جلسة تواصل
session-type-lightning = حديث خاطف
session-type-launch = حفل إطلاق أو توزيع جوائز
session-type-town-hall = لقاء عام مفتوح
session-type-day-zero = فعالية اليوم صفر
session-format-panel = حلقة نقاش
session-format-break-out = مجموعات عمل فرعية
session-format-debate = مناظرة
session-format-roundtable = مائدة مستديرة
session-format-birds-of-a-feather = لقاء ذوي الاهتمامات المشتركة
session-format-flash = جلسة خاطفة
session-mode-hybrid = مختلطة: حضوريًا وعبر الإنترنت
session-mode-onsite = حضوريًا
session-mode-online = عبر الإنترنت فقط
gender-woman = امرأة
gender-man = رجل
gender-non-binary = غير ثنائي
gender-undisclosed = يفضّل عدم الإفصاح
speaker-role-moderator = مدير الجلسة
speaker-role-speaker = متحدث
speaker-onsite = حضوريًا
speaker-online = عبر الإنترنت
speaker-add = إضافة متحدث
speaker-add-intro = يمكن أن يكون المتحدثون من المشاركين في هذا المنتدى أو من المدعوين. ولا يُسأل عن النوع الاجتماعي إلا للتحقق من معيار التنوع، ويُعرض على المنظمين ولا يُنشر أبدًا.
speaker-remove = إزالة
organiser-add = إضافة منظِّم مشارك
criteria-title = المعايير الدنيا
criteria-intro = يجب استيفاء المعايير التالية قبل أن يمكن تقديم المقترح:
criteria-all-met = استُوفيت جميع المعايير الدنيا: يمكن تقديم المقترح.
criterion-call-closed = باب الدعوة إلى تقديم المقترحات غير مفتوح اليوم.
criterion-incomplete = يجب ملء جميع الحقول: العنوان والوصف وأسئلة السياسات ونوع الجلسة وشكلها ومدتها وما إذا كانت حضورية أو عبر الإنترنت.
criterion-too-long = عدد كلمات الوصف { $words }، والحد الأقصى المسموح به { $limit }.
criterion-speakers = { $count ->
    [zero] يلزم ثلاثة متحدثين على الأقل، ولا يوجد أي متحدث حاليًا.
    [one] يلزم ثلاثة متحدثين على الأقل، ولا يوجد حاليًا سوى متحدث واحد.
    [two] يلزم ثلاثة متحدثين على الأقل، ولا يوجد حاليًا سوى متحدثَين اثنين.
    [few] يلزم ثلاثة متحدثين على الأقل، والعدد الحالي { $count }.
    [many] يلزم ثلاثة متحدثين على الأقل، والعدد الحالي { $count }.
   *[other] يلزم ثلاثة متحدثين على الأقل، والعدد الحالي { $count }.
}
criterion-gender = يجب أن يكون متحدث واحد على الأقل من نوع اجتماعي مختلف عن الآخرين.
criterion-groups = يجب أن ينتمي المتحدثون إلى أكثر من فئة واحدة من فئات أصحاب المصلحة.
criterion-onsite = تستلزم الجلسة المختلطة أو الحضورية وجود مدير الجلسة ومتحدثَين اثنين على الأقل في مكان الاجتماع.
criterion-missing-report = لم يقدّم { $name } تقرير جلسة سابقة.
criterion-reviewer = { $name } من مراجعي المقترحات، ولا يجوز له تقديم مقترح.
criterion-limit = ينظّم { $name } بالفعل { $limit } من المقترحات المقدَّمة، وهو الحد الأقصى المسموح به.
merge-title = طلب دمج
merge-intro = تطلب الأمانة ضم هذا المقترح إلى مقترح مماثل. وتؤدي الموافقة إلى نقل منظميكم ومتحدثيكم إليه:
merge-agree = الموافقة والدمج
session-when = الموعد
session-room = القاعة
session-online = القاعة الافتراضية
interest-add = إضافة إلى جدول أعمالي
interest-remove = إزالة من جدول أعمالي
interest-count = { $count ->
    [zero] لا يوجد مهتمون
    [one] شخص واحد مهتم
    [two] شخصان مهتمان
    [few] { $count } أشخاص مهتمين
    [many] { $count } شخصًا مهتمًا
   *[other] { $count } شخص مهتم
}
review-title = المراجعة
review-assigned = المراجعون المكلَّفون
review-none-assigned = لم يُكلَّف أي مراجع بعد.
field-reviewer_email = البريد الإلكتروني للمراجع
review-assign = تكليف مراجع
review-scores = الدرجات
review-reviewer = المراجع
review-relevance = الصلة بالموضوع
review-content = المضمون
review-diversity = التنوع
review-format = الشكل
review-relevance-hint = مدى خدمة الجلسة للموضوع الرئيسي للاجتماع ولأسئلة السياسات التي يطرحها.
review-content-hint = مدى وضوح المقترح وعمق مضمونه وجودة إعداده.
review-diversity-hint = تنوع المتحدثين والمنظمين: النوع الاجتماعي والمنطقة وفئة أصحاب المصلحة والعمر والآراء بشأن السياسات.
review-format-hint = مدى ملاءمة الشكل للهدف، وملاءمته للحاضرين في مكان الاجتماع والمشاركين عبر الإنترنت.
review-total = المجموع
review-comments = التعليقات
review-decide = اتخاذ القرار
field-outcome = النتيجة
field-merge_with = الدمج مع المقترح رقم
review-yours = مراجعتكم
review-save = حفظ مراجعتكم
review-dashboard = المقترحات والمراجعة
review-no-track = بلا مسار
review-proposal-count = { $count ->
    [zero] لم يُقدَّم أي مقترح
    [one] قُدِّم مقترح واحد
    [two] قُدِّم مقترحان
    [few] قُدِّمت { $count } مقترحات
    [many] قُدِّم { $count } مقترحًا
   *[other] قُدِّم { $count } مقترح
}
review-status = الحالة
review-mean = متوسط الدرجات
review-spread = التفاوت
review-count = المراجعات
review-marks = العلامات
review-mark-first-time = يقدّم مقترحًا لأول مرة
review-mark-developing = من بلد نامٍ
review-queue = مقترحات للمراجعة
review-queue-empty = لم يُسنَد إليكم أي مقترح.
review-done = تمت المراجعة
review-to-do = بانتظار المراجعة
agenda-title = جدول الأعمال
agenda-ics = جدول الأعمال بصيغة تقويم (iCalendar)
agenda-ics-one = إضافة إلى التقويم (iCalendar)
agenda-frab-json = الجدول الزمني لتطبيقات المؤتمرات (JSON)
agenda-frab-xml = الجدول الزمني لتطبيقات المؤتمرات (XML)
agenda-times-in = المواعيد بالتوقيت المحلي لمكان الاجتماع ({ $zone })
agenda-filter = تصفية جدول الأعمال
agenda-any = الكل
agenda-day = اليوم
agenda-speaker-group = فئة أصحاب المصلحة التي ينتمي إليها المتحدثون
agenda-apply = عرض
agenda-clear = مسح عوامل التصفية
agenda-shown = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسةً
   *[other] { $count } جلسة
}
agenda-unscheduled = لم تُجدوَل بعد
agenda-as-timetable = عرض الجدول الزمني: القاعات جنبًا إلى جنب، يومًا بيوم
timetable-as-list = عرض جدول الأعمال في قائمة
timetable-title = الجدول الزمني
timetable-time = الوقت
timetable-no-room = القاعة لم تُحدَّد بعد
timetable-hint = القاعات في أعمدة والأوقات في صفوف. على الشاشة الصغيرة مرِّر أفقيًا: يبقى عمود الوقت ظاهرًا.
timetable-region = الجدول الزمني ليوم { $day }
timetable-empty = لا توجد في هذا اليوم جلسة تطابق عوامل التصفية.
timetable-elsewhere = { $count ->
    [zero] كل الجلسات في الجدول.
    [one] جلسة واحدة ليست في الجدول (بلا وقت أو قاعة بعد): انظر القائمة.
    [two] جلستان ليستا في الجدول (بلا وقت أو قاعة بعد): انظر القائمة.
    [few] { $count } جلسات ليست في الجدول (بلا وقت أو قاعة بعد): انظر القائمة.
    [many] { $count } جلسةً ليست في الجدول (بلا وقت أو قاعة بعد): انظر القائمة.
   *[other] { $count } جلسة ليست في الجدول (بلا وقت أو قاعة بعد): انظر القائمة.
}
agenda-personal = جدول أعمالي
agenda-personal-intro = الجلسات التي أضفتموها إلى جدول أعمالكم، مرتَّبة حسب موعدها.
agenda-personal-empty = جدول أعمالكم فارغ. ويمكن استخدام زر «إضافة إلى جدول أعمالي» في صفحة أي جلسة.
agenda-feed = الاشتراك في التقويم
agenda-feed-intro = اشتركوا في هذا العنوان الخاص من تطبيق التقويم لديكم للاحتفاظ بجدول أعمالكم فيه. ويمكن لأي شخص يعرف هذا العنوان الاطلاع على جدول أعمالكم.
schedule-title = الجدول الزمني
schedule-rooms = القاعات
schedule-no-rooms = لا توجد قاعات بعد: يمكن إضافتها في إعدادات الاجتماع.
schedule-clashes = أشخاص مسجَّلون في جلسات متداخلة التوقيت
schedule-no-clashes = لا يوجد أي شخص مسجَّل في جلستين في الوقت نفسه.
schedule-clash = { $person } مسجَّل في «{ $first }» و«{ $second }» في الوقت نفسه.
schedule-room-taken = { $room } محجوزة بالفعل في ذلك الموعد لجلسة «{ $other }». ولم يُغيَّر أي شيء.
schedule-sessions = الجلسات المقبولة
schedule-place = القاعة والموعد
schedule-save = تحديد
report-title = تقرير الجلسة
report-none = لم يُقدَّم أي تقرير بعد.
report-file = تقديم التقرير أو تحديثه
report-back = العودة إلى الجلسة
report-intro = يُرجى تقديم التقرير الموجز المتضمن الرسائل الرئيسية بعد الجلسة بوقت قصير، والتقرير الكامل في غضون أسبوعين منها. ولا يمكن للمنظمين الذين لا يقدّمون تقاريرهم تقديم مقترحات في الاجتماع التالي.
report-short-only = لم يُقدَّم سوى التقرير الموجز؛ ولا يزال التقرير الكامل منتظرًا.
report-participation = المشاركة
report-transcript = النص الحرفي
report-transcript-notice = تُنشر النصوص الحرفية والشرح النصي المباشر لمساعدة الناس على المتابعة، وهي ليست سجلًا رسميًا للجلسة.
report-save-short = الحفظ بوصفه تقريرًا موجزًا
report-save-full = الحفظ بوصفه تقريرًا كاملًا
field-key_messages = الرسائل الرئيسية
field-key_issues = القضايا الرئيسية المطروحة
field-presentations = ملخص كل عرض
field-discussion = المناقشة
field-takeaways = الاستنتاجات والخطوات المقبلة
field-onsite_count = عدد الحاضرين في مكان الاجتماع
field-online_count = عدد المشاركين عبر الإنترنت
hint-key_messages = ما يصل إلى ثلاث رسائل تريد الجلسة أن يسمعها المنتدى.
hint-key_issues = قضايا السياسات التي طرحتها الجلسة.
hint-presentations = ملخص موجز لما قاله كل متحدث.
hint-discussion = ما طرحه المشاركون في المناقشة، في مكان الاجتماع وعبر الإنترنت.
hint-takeaways = ما اتُّفق عليه، وما لا يزال مفتوحًا، والخطوات التالية.
reports-title = التقارير
reports-state = التقرير
reports-late-count = { $count ->
    [zero] لا يوجد أي تقرير متأخر.
    [one] يوجد تقرير واحد متأخر.
    [two] يوجد تقريران متأخران.
    [few] توجد { $count } تقارير متأخرة.
    [many] يوجد { $count } تقريرًا متأخرًا.
   *[other] يوجد { $count } تقرير متأخر.
}
reports-remind = إرسال التذكيرات المستحقة الآن
report-state-not-due = لم تنتهِ الجلسة بعد
report-state-short-due = حان موعد التقرير الموجز
report-state-short-late = التقرير الموجز متأخر
report-state-full-due = حان موعد التقرير الكامل
report-state-full-late = التقرير الكامل متأخر
report-state-complete = مكتمل
notification-proposal-accepted = قُبل مقترحكم للجلسة «{ $title }».
notification-proposal-declined = لم يُقبَل مقترحكم للجلسة «{ $title }» هذا العام.
notification-proposal-merge = تطلب الأمانة دمج مقترحكم «{ $title }» مع «{ $other }».
notification-report-reminder-short = يجب تقديم التقرير الموجز لجلسة «{ $title }» في موعد أقصاه { $due }.
notification-report-reminder-full = يجب تقديم التقرير الكامل لجلسة «{ $title }» في موعد أقصاه { $due }.
mail-proposal-accepted-subject = قُبل مقترحكم للجلسة
mail-proposal-accepted-body = مرحبًا { $name }،

    قُبل مقترحكم للجلسة «{ $title }». وستُدرجه الأمانة في البرنامج، وستُعرض القاعة والموعد في صفحته بمجرد تحديدهما:
    { $link }
mail-proposal-declined-subject = بشأن مقترحكم للجلسة
mail-proposal-declined-body = مرحبًا { $name }،

    لم يُقبَل مقترحكم للجلسة «{ $title }» هذا العام. شكرًا لكم على تقديمه، وستظل صفحته متاحة لكم:
    { $link }
mail-proposal-merge-subject = مقترحكم للجلسة: طلب دمج
mail-proposal-merge-body = مرحبًا { $name }،

    تطلب الأمانة ضم مقترحكم «{ $title }» إلى المقترح المماثل «{ $other }». ويمكنكم إبداء موافقتكم في صفحته:
    { $link }
mail-report-reminder-short-subject = حان موعد تقديم التقرير الموجز
mail-report-reminder-short-body = مرحبًا { $name }،

    يجب تقديم التقرير الموجز لجلستكم «{ $title }»، متضمنًا رسائلها الرئيسية، في موعد أقصاه { $due }. ويمكنكم تقديمه هنا:
    { $link }
mail-report-reminder-full-subject = حان موعد تقديم التقرير الكامل
mail-report-reminder-full-body = مرحبًا { $name }،

    يجب تقديم التقرير الكامل لجلستكم «{ $title }» في موعد أقصاه { $due }. ويمكنكم تقديمه هنا:
    { $link }
topic-sessions = جلسات الاجتماعات السنوية
topic-sessions-none = لم تتناول أي جلسة في اجتماع سنوي هذا الموضوع بعد.
speaker-role-rapporteur = المقرر
home-coalitions-all = جميع الائتلافات

## trust: moderation
moderation-held-coalitions = ائتلافات بانتظار المراجعة
moderation-held-dissents = آراء مخالفة بانتظار المراجعة
coalition-hidden-title = ائتلاف مخفي
coalition-hidden-notice = أخفى المشرفون هذا الائتلاف.
coalition-held-notice = ينتظر هذا الائتلاف مراجعة المشرفين قبل إدراجه في القائمة.
moderation-hide-coalition = إخفاء هذا الائتلاف
moderation-restore-coalition = استعادة هذا الائتلاف
moderation-hide-dissent = إخفاء هذا الرأي المخالف
moderation-restore-dissent = استعادة هذا الرأي المخالف
dissent-held-notice = ينتظر هذا الرأي المخالف مراجعة المشرفين قبل أن يراه الآخرون.
dissent-hidden-notice = أخفى المشرفون هذا الرأي المخالف.
audit-action-hide-coalition = أُخفي ائتلاف
audit-action-restore-coalition = استُعيد ائتلاف
audit-action-release-coalition = نُشر ائتلاف بعد المراجعة
audit-action-hide-dissent = أُخفي رأي مخالف
audit-action-restore-dissent = استُعيد رأي مخالف
audit-action-release-dissent = نُشر رأي مخالف بعد المراجعة
audit-action-auto-block-coalition-posting = سُحب حق النشر في ائتلاف واحد تلقائيًا بعد إساءة متكررة
notification-coalition-posting-removed = { $count ->
    [one] سُحب حقك في النشر في نقاشات أحد الائتلافات لأن منسقيه أخفوا هناك إحدى مشاركاتك المُبلّغ عنها خلال { $days } يومًا. لا يزال بإمكانك النشر في أماكن أخرى وتبقى عضوًا.
   *[other] سُحب حقك في النشر في نقاشات أحد الائتلافات لأن منسقيه أخفوا هناك { $count } من مشاركاتك المُبلّغ عنها خلال { $days } يومًا. لا يزال بإمكانك النشر في أماكن أخرى وتبقى عضوًا.
}

## trust: accounts
form-error-control-chars = احذف من هذا الحقل محارف التحكم غير المرئية، مثل علامات اتجاه النص.
signin-check-mail = أرسلنا رسالة إلى هذا العنوان. لإكمال التسجيل، افتح الرابط الوارد فيها؛ وإن كان لديك حساب بالفعل، فسجّل الدخول هنا أو اختر كلمة مرور جديدة.
confirm-mail-subject = أكّد عنوانك لإكمال التسجيل
confirm-mail-body = مرحبًا { $name }،

    لإكمال إنشاء حسابك، افتح هذا الرابط وأكّد أن هذا العنوان لك:

    { $link }

    يبقى الرابط صالحًا يومين. إن لم تسجّل، فتجاهل هذه الرسالة: لا يُنشأ أي حساب من دونها.
confirm-title = أكّد عنوانك
confirm-intro = بهذا تؤكّد أن العنوان لك وتسجّل الدخول إلى حسابك الجديد.
confirm-submit = التأكيد وتسجيل الدخول
confirm-expired-title = لم يعد هذا الرابط صالحًا
confirm-expired-body = لا تصلح روابط التأكيد إلا مرة واحدة وخلال يومين. سجّل مجددًا بالعنوان نفسه للحصول على رابط جديد.
register-taken-mail-subject = حاول أحدهم التسجيل بعنوانك
register-taken-mail-body = مرحبًا { $name }،

    حاول أحدهم، وربما أنت، إنشاء حساب جديد بعنوان البريد الإلكتروني هذا، وله حساب بالفعل. لم يُنشأ أي حساب جديد.

    إن كنت قد نسيت كلمة المرور، يمكنك اختيار كلمة جديدة من هنا:

    { $link }

    إن لم تكن أنت، يمكنك تجاهل هذه الرسالة.
suspended-title = حسابك موقوف
suspended-own-data = لم يعد بإمكانك المشاركة، لكن لا يزال بإمكانك تنزيل كل ما يحتفظ به المنتدى عنك، أو حذف حسابك. أدخل كلمة المرور لأيّ من الأمرين.

## trust: invitations
notification-invited-speaker = يدعوك { $who } إلى التحدث في مقترح الجلسة «{ $title }».
notification-invited-organiser = يدعوك { $who } إلى المشاركة في تنظيم مقترح الجلسة «{ $title }».
invitations-title = دعوات بانتظار ردك
invitations-intro = لا يظهر عنك شيء في أي مقترح قبل أن تقبل. بصفتك متحدثًا، يكمل ملفك العام ما تركه المنظمون فارغًا؛ وبصفتك منظمًا مشاركًا، يُحتسب المقترح ضمن الحد الأقصى لمقترحاتك ويمكنك تعديله.
invitation-to-speaker = التحدث في «{ $title }»
invitation-to-organiser = المشاركة في تنظيم «{ $title }»
invitation-accept = قبول
invitation-decline = رفض
invitations-sent = الدعوات
invitations-sent-intro = الأشخاص المذكورون بعنوان بريدهم الإلكتروني يُدعَون ولا يُضافون: لا يظهرون في المقترح ولا يُحتسبون في المعايير إلا بعد قبولهم.
invitation-kind-speaker = متحدث
invitation-kind-organiser = منظم مشارك
invitation-pending = بانتظار الرد
invitation-declined = مرفوضة
invitation-withdraw = سحب
hint-speaker-invite = مع عنوان بريد إلكتروني يُدعى المتحدث: يظهر المشارك صاحب هذا العنوان بعد قبوله، وتُؤخذ الحقول المتروكة فارغة حينئذٍ من ملفه العام.

# Atom feeds
feed-link = موجز Atom
feed-site-title = نقاشات جديدة
feed-dissent-title = رأي مخالف من { $author }
feed-post-title = { $author } في «{ $thread }»
account-feed-title = موجز خاص لإشعاراتك
account-feed-intro = اقرأ إشعاراتك في قارئ الموجزات. العنوان سري: من يملكه يقرؤها، فأنشئ عنوانًا جديدًا (يتوقف القديم عن العمل) أو ألغِه إذا انتشر.
account-feed-make = إنشاء عنوان جديد
account-feed-revoke = إلغاء العنوان
account-feed-made = هذا عنوان موجزك الخاص. يُعرض الآن فقط: انسخه إلى قارئ الموجزات واحتفظ به لنفسك.
account-feed-revoked = لم يعد عنوان الموجز الخاص يعمل.

# Watching coalitions and topics
watch-label = المتابعة:
watch-everything = كل شيء
watch-new-only = النقاشات والوثائق الجديدة فقط
watch-off = دون متابعة
watch-save = حفظ
site-description = منتدى مفتوح ومتعدد اللغات للحوار حول سياسات الإنترنت بين الحكومات والمجتمع المدني والمجتمعين التقني والأكاديمي وقطاع الأعمال ووسائل الإعلام.
following-watched = ما تتابعه
following-discussions = النقاشات

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = بالبريد:
watch-mail-none = دون بريد
watch-mail-now = كل مشاركة
watch-mail-daily = ملخص يومي
watch-mail-weekly = ملخص أسبوعي
mail-author = { $name } ({ $group }، { $country })
mail-from-name = { $author } عبر { $forum }
mail-post-intro = كتب { $author } في «{ $title }»:
mail-thread-intro = بدأ { $author } نقاشًا جديدًا، «{ $title }»:
mail-read-online = اقرأها في المنتدى
mail-reply-hint = ردّ على هذه الرسالة لتجيب في النقاش: يُنشر ردك باسمك وفق قواعد المنتدى.
mail-why = تصلك هذه الرسالة لأنك تتابع هذا النقاش أو تحالفه أو أحد موضوعاته.
mail-unsubscribe = أوقف هذه الرسائل
mail-digest-subject-daily = ملخصك اليومي: { $count ->
    [zero] لا مشاركات جديدة
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
mail-digest-subject-weekly = ملخصك الأسبوعي: { $count ->
    [zero] لا مشاركات جديدة
    [one] مشاركة جديدة واحدة
    [two] مشاركتان جديدتان
    [few] { $count } مشاركات جديدة
    [many] { $count } مشاركة جديدة
   *[other] { $count } مشاركة جديدة
}
mail-digest-intro = الجديد فيما تتابعه منذ ملخصك الأخير:
mail-digest-unsubscribe = أوقف هذه الملخصات
mail-bounce-subject = تعذّر نشر رسالتك
mail-bounce-intro = تعذّر نشر رسالتك «{ $subject }» في المنتدى.
mail-bounce-footer = لم يُنشر شيء. يمكنك الرد في المنتدى بدلًا من ذلك: { $url }
mail-bounce-off = لا يقبل هذا المنتدى الردود بالبريد.
mail-bounce-no-address = لم تُرسل إلى عنوان الرد الخاص بنقاش. ردّ على الرسالة التي أرسلها إليك المنتدى باستخدام زر «رد» في برنامج بريدك.
mail-bounce-forged = عنوان الرد لم ينشئه هذا المنتدى، أو جرى تغييره.
mail-bounce-wrong-sender = لم تأتِ من العنوان الذي أُنشئ له عنوان الرد. ردّ من العنوان الذي يراسلك عليه المنتدى.
mail-bounce-account = الحساب الذي أُنشئ له أُغلق أو عُلّق.
mail-bounce-empty = بعد إزالة الرسالة المقتبسة والتوقيع لم يبقَ شيء للنشر.
mail-bounce-too-long = إنها أطول مما يُسمح به للمشاركة.
mail-bounce-forbidden = لا يمكنك النشر في هذا النقاش: سُحب منك حق النشر فيه.
mail-bounce-not-found = لم يعد النقاش موجودًا، أو لا يمكن قراءته.
unsubscribe-title = إيقاف البريد
unsubscribe-confirm = إيقاف رسائل هذه المتابعة؟ ستبقى تتابعها في المنتدى.
unsubscribe-confirm-daily = إيقاف ملخصاتك اليومية؟ ستبقى تتابع كل شيء في المنتدى.
unsubscribe-confirm-weekly = إيقاف ملخصاتك الأسبوعية؟ ستبقى تتابع كل شيء في المنتدى.
unsubscribe-button = أوقف هذه الرسائل
unsubscribe-done = تم: لن تصلك هذه الرسائل بعد الآن. يمكنك الاختيار من جديد في صفحة ما تتابعه.
unsubscribe-invalid = رابط إلغاء الاشتراك هذا غير صالح. انسخ العنوان كاملًا من الرسالة، أو غيّر إعدادات البريد في صفحة ما تتابعه.
