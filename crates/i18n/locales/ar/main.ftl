# سلاسل واجهة Convene: اللغة العربية. يجب أن يتضمن هذا الملف معرّفات الرسائل نفسها
# الواردة في الملف الإنكليزي المرجعي تمامًا (يتحقق من ذلك اختبار).

## عناصر الموقع
site-name = Convene
site-tagline = منتدى مفتوح للحوار بشأن السياسات المتعلقة بالإنترنت
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-about = عن المنتدى
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
