# Строки интерфейса Convene: русский язык. Файл должен содержать ровно те же
# идентификаторы сообщений, что и английский эталон (это проверяет тест).

## Элементы оформления сайта
site-name = Convene
site-tagline = Открытый форум для диалога по вопросам политики в области Интернета
skip-to-content = Перейти к основному содержанию
nav-label = Основная навигация
nav-home = Главная
nav-about = О форуме
nav-signin = Войти
nav-register = Регистрация
nav-account = Ваша учетная запись
nav-audit = Журнал аудита
nav-signout = Выйти
language-label = Язык
language-switcher-title = Прочитать эту страницу на другом языке
content-exists-in = Этот материал доступен на следующих языках: { $languages }
footer-mission = Форум не принимает обязательных решений. Он собирает все группы заинтересованных сторон за одним столом и публикует все, что было сказано.
footer-powered = Работает на Convene — свободном программном обеспечении.
# Название языка в том виде, в каком оно используется внутри предложения (в скобках
# после слов «выбранный язык», «оригинал»). Для языков без названия выводится их код.
language-name = { $code ->
    [en] английский
    [ar] арабский
    [de] немецкий
    [es] испанский
    [fr] французский
    [it] итальянский
    [ru] русский
    [zh] китайский
   *[other] { $code }
}

## Главная страница
home-title = Добро пожаловать
home-intro = Правительства, межправительственные органы, гражданское общество, техническое и научное сообщества, деловые круги и средства массовой информации встречаются здесь на равных, чтобы обсудить вопросы управления использованием Интернета. Принять участие может любой желающий; каждое выступление сопровождается указанием группы заинтересованных сторон и страны, которые представляет выступающий.
home-read-about = Подробнее о мандате форума
home-meetings = Ежегодные совещания
home-meetings-empty = Пока не объявлено ни одного ежегодного совещания.
meeting-place = { $city }, { $country }
meeting-dates = { $start } — { $end }
home-coalitions = Динамические коалиции
home-coalitions-intro = Основная часть работы ведется в период между совещаниями — в открытых коалициях, к которым может присоединиться любой желающий.
home-coalitions-empty = Пока не создано ни одной коалиции.
coalition-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
home-threads = Последние обсуждения
home-threads-empty = Пока не опубликовано ни одного сообщения.
thread-posts = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
thread-next-page = Следующая страница сообщений

## Страница коалиции
coalition-discussions = Обсуждения
coalition-members-heading = Участники
coalition-coordinator = Координатор

## Уведомления о переводе
translation-untranslated = Эта страница еще не переведена на выбранный язык ({ $language }), поэтому вы читаете оригинал ({ $original }).
translation-untranslated-help = Помогите перевести ее, чтобы больше людей могли прочитать ее на своем языке.
translation-translate-link = Перевести эту страницу
translation-outdated = Этот перевод может быть устаревшим: после его выполнения в оригинал были внесены изменения.
translation-very-outdated = { $behind ->
    [one] Этот перевод отстает от оригинала на { $behind } редакцию, и его содержание может уже не соответствовать оригиналу.
    [few] Этот перевод отстает от оригинала на { $behind } редакции, и его содержание может уже не соответствовать оригиналу.
    [many] Этот перевод отстает от оригинала на { $behind } редакций, и его содержание может уже не соответствовать оригиналу.
   *[other] Этот перевод отстает от оригинала на { $behind } редакции, и его содержание может уже не соответствовать оригиналу.
}
translation-read-original = Читать оригинал ({ $original })

## Группы заинтересованных сторон
stakeholder-government = Правительство
stakeholder-intergovernmental = Межправительственная организация
stakeholder-civil-society = Гражданское общество
stakeholder-technical-community = Техническое сообщество
stakeholder-academia = Научные круги
stakeholder-private-sector = Частный сектор
stakeholder-media = Средства массовой информации

## Региональные группы ООН
region-african = Группа африканских государств
region-asia-pacific = Группа азиатско-тихоокеанских государств
region-eastern-european = Группа восточноевропейских государств
region-latin-american-caribbean = Группа государств Латинской Америки и Карибского бассейна
region-western-european-others = Группа западноевропейских и других государств
region-intergovernmental = Межправительственные организации
region-other = Прочие

## Участники
former-participant = Бывший участник
profile-suspended = Действие этой учетной записи приостановлено.
profile-coalitions = Коалиции
profile-no-coalitions = Пока не состоит ни в одной коалиции.
profile-posts = Последние сообщения
moderation-title = Модерация
moderation-suspend = Приостановить действие учетной записи
moderation-reinstate = Восстановить учетную запись

## Формы
form-error-summary = Пожалуйста, исправьте следующие ошибки
form-choose = Выберите…
form-error-required = Это поле обязательно для заполнения.
form-error-too-long = Слишком длинный текст.
form-error-email = Введите адрес электронной почты, например name@example.org.
form-error-choose = Выберите один из вариантов.
form-error-language = Укажите коды языков через запятую, например sw, pt или fa.
form-error-too-many = Выберите меньше языков.
form-error-password-short = Пароль должен содержать не менее 10 символов.
form-error-password-email = Пароль не должен совпадать с вашим адресом электронной почты.
form-error-password-wrong = Неверный пароль.
form-error-coc = Для участия необходимо принять Кодекс поведения.
form-error-signin = Неверный адрес электронной почты или пароль, либо адрес ещё не подтверждён: после регистрации сначала перейдите по ссылке из нашего письма.
form-error-suspended = Действие этой учетной записи приостановлено, вход в нее невозможен.
field-display_name = Имя
field-email = Адрес электронной почты
field-password = Пароль
field-stakeholder_group = Группа заинтересованных сторон
field-country = Страна
field-affiliation = Организация
field-gender = Гендер (необязательно)
field-languages = Языки, на которых вы читаете
field-languages_other = Другие языки (коды, например sw, pt)
field-ui_lang = Язык интерфейса
field-coc = Я принимаю Кодекс поведения
field-reason = Причина
hint-password = Не менее 10 символов. Короткую фразу легко запомнить и трудно угадать.
hint-affiliation = Отображается вместе с вашими сообщениями, если только вы не выступаете от имени правительства.
hint-gender = Укажите своими словами или оставьте поле пустым. Эти сведения никогда не публикуются и используются только в обезличенной статистике разнообразия.
hint-delete-password = Для подтверждения введите пароль.

## Регистрация и вход
register-title = Регистрация
register-intro = Принять участие может любой желающий. Все, что вы пишете, публикуется с указанием вашего имени, вашей группы заинтересованных сторон, а также страны или организации, от имени которой вы выступаете.
register-read-coc = (ознакомиться)
register-submit = Создать учетную запись
register-have-account = Уже зарегистрированы?
signin-title = Вход
signin-submit = Войти
signin-forgot = Забыли пароль?
signin-no-account = Впервые на сайте?
signin-after-reset = Ваш пароль изменен. Пожалуйста, войдите, используя новый пароль.
reset-title = Сброс пароля
reset-intro = Введите адрес электронной почты, указанный в вашей учетной записи, и мы отправим вам ссылку для выбора нового пароля.
reset-submit = Отправить ссылку
reset-sent-title = Проверьте почту
reset-sent-body = Если этот адрес используется в какой-либо учетной записи, на него отправлена ссылка для выбора нового пароля. Ссылка действительна в течение одного часа.
reset-new-title = Выберите новый пароль
reset-new-submit = Сохранить новый пароль
reset-expired-title = Эта ссылка больше не действует
reset-expired-body = Ссылкой для сброса пароля можно воспользоваться только один раз и только в течение одного часа. Пожалуйста, запросите новую ссылку.
reset-mail-subject = Ссылка для сброса пароля
reset-mail-body = Здравствуйте, { $name }!

    Кто-то (вероятно, вы) запросил сброс пароля вашей учетной записи. Чтобы выбрать новый пароль, откройте эту ссылку в течение одного часа:

    { $link }

    Если вы не отправляли такой запрос, просто проигнорируйте это сообщение; ваш пароль останется прежним.

## Учетная запись
account-title = Ваша учетная запись
account-saved = Ваш профиль сохранен.
account-save = Сохранить
account-your-data = Ваши данные
account-export-intro = Скачайте в виде файла JSON все данные о вас, которые хранятся на форуме.
account-export = Скачать мои данные
account-delete = Удалить мою учетную запись
account-email = Зарегистрированный адрес электронной почты
delete-title = Удаление учетной записи
delete-explain = Ваше имя, адрес электронной почты и личные данные будут удалены, а сеанс будет завершен. Опубликованные вами сообщения останутся в открытом доступе и будут отображаться как написанные бывшим участником.
delete-submit = Удалить мою учетную запись

## Журнал аудита
audit-title = Журнал аудита
audit-empty = Пока ничего не зарегистрировано.
audit-when = Время
audit-who = Кем
audit-action = Действие
audit-whom = Учетная запись
audit-older = Более ранние записи
audit-action-suspend = Приостановление
audit-action-reinstate = Восстановление
audit-action-set-role = Изменение роли

## Ошибки
error-not-found-title = Страница не найдена
error-not-found-body = По этому адресу ничего нет. Возможно, страница была перемещена или в ссылке допущена ошибка.
error-bad-request-title = Запрос не распознан
error-bad-request-body = Не удалось прочитать запрос. Пожалуйста, вернитесь назад и повторите попытку.
error-internal-title = На стороне сервера произошла ошибка
error-internal-body = Сведения о проблеме зарегистрированы. Пожалуйста, повторите попытку через некоторое время.
error-unavailable-title = Временно недоступно
error-unavailable-body = В настоящее время форум не может подключиться к своей базе данных. Пожалуйста, повторите попытку через некоторое время.
error-go-home = Перейти на главную страницу
error-forbidden-title = Действие запрещено
error-forbidden-body = У вашей учетной записи нет прав на выполнение этого действия.
error-csrf-title = Срок действия формы истек
error-csrf-body = В целях безопасности форму не удалось отправить. Пожалуйста, вернитесь назад, обновите страницу и повторите попытку.
error-too-many-title = Слишком много попыток
error-too-many-body = Пожалуйста, подождите несколько минут, прежде чем повторить попытку.
error-too-large-title = Слишком большой запрос
error-too-large-body = Отправленные данные превышают допустимый размер (1 МБ). Сократите их и повторите попытку.

## Roles
field-role = Роль
role-save = Изменить роль
role-participant = Участник
role-reviewer = Рецензент (программный комитет)
role-moderator = Модератор
role-secretariat = Секретариат

## Перевод материалов
nav-translations = Переводы
translate-title = Перевод «{ $title }» на язык: { $language }
translate-original = Оригинал ({ $language }), редакция { $revision }
translate-your-translation = Ваш перевод на язык: { $language }
field-title = Заголовок
field-body = Текст (Markdown)
translate-submit = Предложить этот перевод
translate-publish = Опубликовать этот перевод
translate-proposed = Спасибо. Ваш перевод предложен и будет опубликован после утверждения.
translate-published = Перевод опубликован.
translate-same-language = Этот текст написан на этом языке, поэтому переводить его не нужно.
translate-pending = Предложения, ожидающие утверждения
translate-approve = Утвердить и опубликовать
translate-outdated-note = Опубликованный перевод выполнен по более ранней редакции оригинала. Пожалуйста, обновите его.
status-title = Состояние переводов
status-intro = Какая доля материалов форума доступна на каждом языке и какая работа еще предстоит. Предложить перевод может любой зарегистрированный участник.
status-language = Язык
status-current = Актуально
status-outdated = Устарело
status-missing = Не переведено
status-percent = { $percent } % в актуальном состоянии
status-needs-work = Требуется перевод на язык: { $language }
status-all-done = Все переведено, переводы актуальны.
translator-trust = Присвоить статус доверенного переводчика
translator-untrust = Лишить статуса доверенного переводчика
translator-badge = Доверенный переводчик
audit-action-trust-translator = Присвоение статуса доверенного переводчика
audit-action-untrust-translator = Лишение статуса доверенного переводчика
edit-original-link = Изменить оригинал
edit-original-title = Изменение «{ $title }»
edit-original-explain = Вы изменяете исходный текст. Все его переводы будут помечены как устаревшие, пока переводчики их не обновят.
edit-original-save = Сохранить новую редакцию

## Статус коалиции и участие в ней
standing-forming = Статус: на этапе формирования
standing-active = Статус: активный
standing-inactive = Статус: неактивный
standing-needs-groups = Число групп заинтересованных сторон, представленных среди участников: { $value }; для признания необходимо не менее трех.
standing-needs-action-plan = План действий еще не подготовлен.
standing-needs-contact = Контактное лицо еще не назначено.
standing-criteria-met = Критерии признания выполнены: есть участники не менее чем из трех групп заинтересованных сторон, план действий и контактное лицо.
standing-output = Последний ежегодный доклад или документ: { $value }.
standing-first-report-due = Новая коалиция: первый ежегодный доклад или документ необходимо представить в { $value } году.
standing-no-recent-output = С { $value } года не опубликовано ни ежегодного доклада, ни документа. Коалиция, которая не публикует их в течение двух лет, считается неактивной.
standing-never-reported = Не опубликовано ни одного ежегодного доклада или документа. Коалиция, которая не публикует их в течение двух лет, считается неактивной.
standing-recognized = Признана секретариатом { $date }.
standing-not-recognized = Пока не признана секретариатом.
coalition-action-plan = План действий
coalition-join = Присоединиться к этой коалиции
coalition-leave = Выйти из этой коалиции
coalition-signin-to-join = Войдите, чтобы присоединиться к этой коалиции
coalition-you-are-member = Вы являетесь участником этой коалиции.
coalition-start-thread = Начать обсуждение

## Обсуждения
thread-new-title = Новое обсуждение
thread-create = Начать обсуждение
thread-reply-title = Ответ
thread-reply-submit = Опубликовать ответ
thread-reply-link = Ответить
thread-quote-link = Цитировать
thread-in-reply = В ответ на более раннее сообщение
thread-signin-to-reply = Войдите, чтобы принять участие в этом обсуждении
field-post = Ваше сообщение
field-lang = Язык, на котором вы пишете
hint-markdown = Можно использовать Markdown: *выделение*, **полужирный шрифт**, ссылки, списки и > для цитат.

## Каталог коалиций и предложения
nav-coalitions = Коалиции
coalitions-title = Динамические коалиции
coalitions-intro = Все коалиции, их статус и его причины. Предложить коалицию может любой желающий; секретариат признает ее, когда в ней будут участники не менее чем из трех групп заинтересованных сторон, план действий и контактное лицо.
coalitions-propose = Предложить коалицию
coalition-propose-title = Предложение о создании коалиции
coalition-propose-intro = Объясните, зачем нужна коалиция и что она планирует делать. Вы станете ее координатором и контактным лицом; другие смогут присоединиться одним щелчком.
field-name = Название
field-mission = Зачем нужна коалиция
field-action_plan = План действий
coalition-propose-submit = Предложить коалицию
coalition-recognize = Признать эту коалицию
coalition-make-coordinator = Назначить сокоординатором
error-conflict-title = Пока невозможно
error-conflict-body = Это пока не соответствует правилам форума. На странице, с которой вы перешли, указано, чего не хватает.

## Баланс заинтересованных сторон
balance-members-title = Кто входит в коалицию
balance-posts-title = Кто выступал в этом обсуждении
balance-by-group = По группам заинтересованных сторон
balance-by-region = По региональным группам

## Темы публичной политики и мандат
nav-topics = Темы
topics-title = Темы публичной политики
topics-intro = Вопросы, за которыми форум следит из года в год. Каждая тема объединяет относящиеся к ней коалиции и обсуждения, чтобы никакие меры политики в этой области не становились неожиданностью.
topics-label = Темы:
field-topics = Темы публичной политики
topic-mandate = Каким элементам мандата служит эта тема
mandate-1 = Публичная политика по ключевым элементам Интернета
mandate-2 = Сквозные вопросы, затрагивающие различные международные органы
mandate-3 = Взаимодействие с межправительственными организациями
mandate-4 = Обмен информацией и передовым опытом
mandate-5 = Наличие и ценовая доступность Интернета в развивающихся странах
mandate-6 = Участие заинтересованных сторон, прежде всего из развивающихся стран
mandate-7 = Выявление возникающих вопросов и вынесение рекомендаций
mandate-8 = Создание потенциала в развивающихся странах
mandate-9 = Применение принципов Всемирной встречи
mandate-10 = Критически важные ресурсы Интернета
mandate-11 = Использование и неправильное использование Интернета, затрагивающие обычных пользователей
mandate-12 = Публикация материалов работы

## Итоговые документы коалиций и особые мнения
outputs-title = Итоговые документы
outputs-none = Пока ничего не опубликовано.
output-kind-yearly-report = Ежегодный доклад
output-kind-thematic-paper = Тематический документ
output-kind-statement = Заявление
output-publish-title = Опубликовать документ
field-kind = Вид документа
field-year = Год
output-publish-submit = Опубликовать
output-versions = Версии
output-version = Версия { $value } от { $date }
output-old-version = Вы читаете версию { $value }, которая не является текущей.
output-read-current = Читать текущую версию
dissents-title = Особые мнения
dissents-intro = Участники, не согласные с этим документом, заявляют об этом здесь под своим именем. Особые мнения всегда отображаются вместе с документом.
dissents-none = Никто из участников не заявил особого мнения.
field-dissent = Ваше особое мнение
dissent-submit = Подписать и добавить мое особое мнение
dissent-members-only = Добавить особое мнение могут участники коалиции.

## Модерация
nav-moderation = Модерация
flag-post = Отметить это сообщение для модераторов
flag-submit = Отправить модераторам
flag-thanks = Спасибо. Модераторы рассмотрят отмеченное вами сообщение.
post-hidden = Это сообщение скрыто модераторами. Причина:
post-held = Ожидает проверки: это сообщение видно только вам и модераторам.
post-held-notice = Спасибо. Ваше сообщение появится после того, как его проверит модератор; это правило распространяется на первые сообщения новых учетных записей.
moderation-hide-post = Скрыть это сообщение
moderation-restore-post = Восстановить это сообщение
moderation-release = Опубликовать это сообщение
moderation-queue-title = Очередь модерации
moderation-flags = Отмеченные сообщения
moderation-held = Сообщения, ожидающие проверки
moderation-nothing = Ничего не ожидает рассмотрения.
moderation-dismiss = Отклонить отметку
posting-rights-title = Право публикации
posting-rights-removed = С этой учетной записи можно читать материалы, и ее владелец остается участником, но публиковать сообщения нельзя.
posting-rights-remove = Лишить права публикации
posting-rights-restore = Восстановить право публикации
settings-title = Настройки сайта
settings-hold-first-posts = Задерживать первые сообщения новых учетных записей до их проверки модератором
audit-action-hide-post = Скрытие сообщения
audit-action-restore-post = Восстановление сообщения
audit-action-release-post = Публикация сообщения после проверки
audit-action-block-posting = Лишение права публикации
audit-action-unblock-posting = Восстановление права публикации

## Изменение сообщений и отслеживание
nav-following = Отслеживаемые обсуждения
post-edit = Изменить
post-edited = Изменено: см. предыдущие версии
post-edit-title = Изменение вашего сообщения
post-edit-explain = Предыдущие версии остаются доступными для всех, поэтому история обсуждения никогда не переписывается.
post-history-title = Предыдущие версии этого сообщения
post-history-current = Вернуться к текущей версии
follow = Отслеживать
unfollow = Прекратить отслеживание
following-title = Что вы отслеживаете
following-intro = Обсуждения, которые вы отслеживаете, и все обсуждения отслеживаемых вами коалиций; первыми показаны обсуждения с самой недавней активностью.
following-none = Вы пока не отслеживаете ни одной коалиции и ни одного обсуждения. Воспользуйтесь кнопкой «Отслеживать» на странице коалиции или обсуждения.

# notifications
nav-notifications = Уведомления
nav-notifications-unread = { $count ->
    [one] Уведомления ({ $count } новое)
    [few] Уведомления ({ $count } новых)
    [many] Уведомления ({ $count } новых)
   *[other] Уведомления ({ $count } новых)
}
notifications-title = Уведомления
notifications-mark-read = Отметить все как прочитанные
notifications-none = У вас нет уведомлений. Отслеживайте коалицию или обсуждение, чтобы узнавать о новых сообщениях в них.
notifications-older = Более ранние уведомления
notification-unread = Новое
notification-new-post = { $author } ответил(а) в обсуждении «{ $title }»
notification-new-output = Новый документ: «{ $title }»
notification-new-thread = { $author } начал(а) новое обсуждение: «{ $title }»
notification-posting-removed = { $count ->
    [one] Вы лишены права публикации: за { $days } дней модераторы скрыли { $count } ваше сообщение, на которое поступила жалоба. Вы остаетесь участником своих коалиций и по-прежнему можете читать и отслеживать обсуждения.
    [few] Вы лишены права публикации: за { $days } дней модераторы скрыли { $count } ваших сообщения, на которые поступили жалобы. Вы остаетесь участником своих коалиций и по-прежнему можете читать и отслеживать обсуждения.
    [many] Вы лишены права публикации: за { $days } дней модераторы скрыли { $count } ваших сообщений, на которые поступили жалобы. Вы остаетесь участником своих коалиций и по-прежнему можете читать и отслеживать обсуждения.
   *[other] Вы лишены права публикации: за { $days } дней модераторы скрыли { $count } ваших сообщения, на которые поступили жалобы. Вы остаетесь участником своих коалиций и по-прежнему можете читать и отслеживать обсуждения.
}
field-abuse-threshold = Автоматически лишать права публикации после такого числа подтвержденных жалоб
settings-abuse-threshold-hint = Учитываются сообщения автора, на которые поступили жалобы и которые модераторы скрыли за последние 90 дней; 0 отключает это правило. Членство в коалициях при этом никогда не прекращается.
form-error-threshold = Введите целое число от 0 до 100.
audit-action-auto-block-posting = Автоматическое лишение права публикации за повторные нарушения

# meetings
nav-meetings = Совещания
nav-agenda = Мое расписание
nav-reviews = Рецензирование
meetings-title = Ежегодные совещания
meetings-intro = Форум собирается раз в год, каждый год в другой принимающей стране. У каждого совещания своя тема, свой прием предложений о проведении заседаний и своя программа.
meetings-hosts = Принимающие страны по годам
meeting-label = Совещание
meeting-theme = Тема
meeting-new = Новое ежегодное совещание
meeting-create = Создать совещание
meeting-tracks = Тематические направления
meeting-call = Прием предложений о проведении заседаний
meeting-call-open = Прием предложений открыт с { $opens } по { $closes }.
meeting-call-closed = Прием предложений проводится с { $opens } по { $closes } и сейчас закрыт.
meeting-call-none = Сроки приема предложений о проведении заседаний еще не установлены.
meeting-my-proposals = Ваши предложения
meeting-programme = Программа
meeting-sessions-count = { $count ->
    [one] Принято { $count } заседание
    [few] Принято { $count } заседания
    [many] Принято { $count } заседаний
   *[other] Принято { $count } заседания
}
meeting-secretariat = Для секретариата
meeting-settings = Настройки
back-to-meeting = Вернуться к совещанию
field-host_country = Принимающая страна
field-city = Город
field-starts_on = Первый день
field-ends_on = Последний день
field-time_zone = Часовой пояс места проведения
field-call_opens_on = Начало приема предложений
field-call_closes_on = Окончание приема предложений
field-proposal_limit = Предложений на одного человека
field-word_limit = Допустимое число слов в описании
field-track-name = Название направления
field-room-name = Название зала
field-capacity = Число мест
hint-theme = Общая тема; ее описание приводится ниже.
hint-time-zone = Название часового пояса IANA, например Africa/Nairobi или Europe/Oslo. Время заседаний указывается по местному времени места проведения.
hint-proposal-limit = Сколько предложений один человек может представить в качестве организатора; 0 — без ограничений.
track-add = Добавить направление
room-add = Добавить зал
room-capacity = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
form-save = Сохранить
form-error-number = Введите целое число в допустимом диапазоне.
form-error-date = Введите дату в формате год-месяц-день.
form-error-date-order = Эта дата предшествует дате, после которой она должна следовать.
form-error-time-zone = Такой часовой пояс неизвестен. Используйте название вида Africa/Nairobi.
form-error-year-taken = Совещание на этот год уже существует.
form-error-participation = Укажите число людей, принявших участие очно или онлайн.
proposal-new = Предложить заседание
proposal-new-intro = Пока вы не представите предложение, оно остается закрытым черновиком, который видите только вы и добавленные вами соорганизаторы. На странице черновика указано, какие критерии еще не выполнены.
proposal-save = Сохранить предложение
proposal-edit = Изменить предложение
proposal-submit = Представить предложение
proposal-organisers = Организаторы
proposal-speakers = Докладчики и модератор
proposal-no-speakers = Докладчиков пока нет.
proposal-status-draft = Черновик
proposal-status-submitted = Представлено
proposal-status-in-review = На рецензировании
proposal-status-accepted = Принято
proposal-status-declined = Отклонено
proposal-status-merge-requested = Запрошено объединение
proposal-status-merged = Объединено с другим предложением
field-description = Описание
field-policy_questions = Вопросы политики
field-session_type = Тип заседания
field-format = Формат
field-duration = Продолжительность
field-mode = Очно или онлайн
field-session_lang = Язык заседания
field-track = Тематическое направление
field-coalitions = Связанные коалиции
field-organisation = Организация
field-group = Группа заинтересованных сторон
field-organiser_email = Адрес электронной почты соорганизатора
hint-word-limit = { $count ->
    [one] Не более { $count } слова.
    [few] Не более { $count } слов.
    [many] Не более { $count } слов.
   *[other] Не более { $count } слова.
}
hint-policy-questions = Вопросы, которые будут обсуждаться на заседании, по одному в строке.
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
session-type-workshop = Семинар-практикум
session-type-main = Основное заседание
session-type-open-forum = Открытый форум
session-type-coalition = Заседание динамической коалиции
session-type-best-practice = Заседание форума по передовой практике
session-type-nri = Заседание национальных и региональных инициатив
session-type-networking = Заседание для налаживания контактов
session-type-lightning = Блиц-доклад
session-type-launch = Презентация или награждение
session-type-town-hall = Открытое собрание
session-type-day-zero = Мероприятие нулевого дня
session-format-panel = Групповая дискуссия
session-format-break-out = Работа в малых группах
session-format-debate = Дебаты
session-format-roundtable = Круглый стол
session-format-birds-of-a-feather = Неформальная встреча по интересам
session-format-flash = Экспресс-заседание
session-mode-hybrid = Гибридный формат: очно и онлайн
session-mode-onsite = Очно
session-mode-online = Только онлайн
gender-woman = Женщина
gender-man = Мужчина
gender-non-binary = Небинарная персона
gender-undisclosed = Предпочитает не указывать
speaker-role-moderator = Модератор
speaker-role-speaker = Докладчик
speaker-onsite = Очно
speaker-online = Онлайн
speaker-add = Добавить докладчика
speaker-add-intro = Докладчиками могут быть участники этого форума или приглашенные лица. Гендер запрашивается только для проверки критерия разнообразия; он виден организаторам и никогда не публикуется.
speaker-remove = Удалить
organiser-add = Добавить соорганизатора
criteria-title = Минимальные критерии
criteria-intro = Чтобы предложение можно было представить, должны быть выполнены следующие критерии:
criteria-all-met = Все минимальные критерии выполнены: предложение можно представить.
criterion-call-closed = Сегодня прием предложений не ведется.
criterion-incomplete = Необходимо заполнить все поля: заголовок, описание, вопросы политики, тип заседания, формат, продолжительность, а также указать, проводится ли заседание очно или онлайн.
criterion-too-long = Число слов в описании: { $words }; допускается не более { $limit }.
criterion-speakers = { $count ->
    [one] Необходимо не менее 3 докладчиков; сейчас указан { $count }.
    [few] Необходимо не менее 3 докладчиков; сейчас указано { $count }.
    [many] Необходимо не менее 3 докладчиков; сейчас указано { $count }.
   *[other] Необходимо не менее 3 докладчиков; сейчас указано { $count }.
}
criterion-gender = Хотя бы один докладчик должен быть иного гендера, чем остальные.
criterion-groups = Докладчики должны представлять более чем одну группу заинтересованных сторон.
criterion-onsite = На гибридном или очном заседании модератор и не менее двух докладчиков должны присутствовать очно.
criterion-missing-report = { $name } не представил(а) отчет о прошлом заседании.
criterion-reviewer = { $name } рецензирует предложения и не может представлять собственные.
criterion-limit = Число представленных предложений, организатором которых является { $name }, уже достигло максимума ({ $limit }).
merge-title = Запрошено объединение
merge-intro = Секретариат просит объединить это предложение с похожим. Если вы согласитесь, ваши организаторы и докладчики будут перенесены в него:
merge-agree = Согласиться и объединить
session-when = Время
session-room = Зал
session-online = Онлайн-зал
interest-add = Добавить в мое расписание
interest-remove = Удалить из моего расписания
interest-count = { $count ->
    [one] Заинтересован { $count } человек
    [few] Заинтересованы { $count } человека
    [many] Заинтересованы { $count } человек
   *[other] Заинтересованы { $count } человека
}
review-title = Рецензирование
review-assigned = Назначенные рецензенты
review-none-assigned = Рецензенты еще не назначены.
field-reviewer_email = Адрес электронной почты рецензента
review-assign = Назначить рецензента
review-scores = Оценки
review-reviewer = Рецензент
review-relevance = Актуальность
review-content = Содержание
review-diversity = Разнообразие
review-format = Формат
review-relevance-hint = Насколько заседание отвечает теме совещания и связанным с ней вопросам политики.
review-content-hint = Насколько предложение ясно, содержательно и хорошо подготовлено.
review-diversity-hint = Разнообразие докладчиков и организаторов: гендер, регион, группа заинтересованных сторон, возраст и взгляды на вопросы политики.
review-format-hint = Соответствует ли формат цели и удобен ли он для участников, присутствующих очно и онлайн.
review-total = Итого
review-comments = Комментарии
review-decide = Принять решение
field-outcome = Решение
field-merge_with = Объединить с предложением №
review-yours = Ваша рецензия
review-save = Сохранить рецензию
review-dashboard = Предложения и рецензирование
review-no-track = Без направления
review-proposal-count = { $count ->
    [one] Представлено { $count } предложение
    [few] Представлено { $count } предложения
    [many] Представлено { $count } предложений
   *[other] Представлено { $count } предложения
}
review-status = Статус
review-mean = Средняя оценка
review-spread = Разброс
review-count = Рецензии
review-marks = Отметки
review-mark-first-time = Впервые подает предложение
review-mark-developing = Из развивающейся страны
review-queue = Предложения на рецензирование
review-queue-empty = Вам не назначено ни одного предложения.
review-done = отрецензировано
review-to-do = ожидает рецензии
agenda-title = Расписание
agenda-ics = Расписание в формате календаря (iCalendar)
agenda-ics-one = Добавить в календарь (iCalendar)
agenda-frab-json = Расписание для приложений конференций (JSON)
agenda-frab-xml = Расписание для приложений конференций (XML)
agenda-times-in = указано местное время места проведения ({ $zone })
agenda-filter = Отфильтровать расписание
agenda-any = Все
agenda-day = День
agenda-speaker-group = Группа заинтересованных сторон докладчиков
agenda-apply = Показать
agenda-clear = Сбросить фильтры
agenda-shown = { $count ->
    [one] { $count } заседание
    [few] { $count } заседания
    [many] { $count } заседаний
   *[other] { $count } заседания
}
agenda-unscheduled = Время еще не назначено
agenda-personal = Мое расписание
agenda-personal-intro = Заседания, которые вы добавили в свое расписание, в хронологическом порядке.
agenda-personal-empty = Ваше расписание пусто. Воспользуйтесь кнопкой «Добавить в мое расписание» на странице заседания.
agenda-feed = Подписка на календарь
agenda-feed-intro = Подпишитесь на этот закрытый адрес в своем календарном приложении, чтобы ваше расписание было доступно и там. Любой, кто знает этот адрес, может просматривать ваше расписание.
schedule-title = Планирование
schedule-rooms = Залы
schedule-no-rooms = Залов пока нет: добавьте их в настройках совещания.
schedule-clashes = Люди, занятые в пересекающихся заседаниях
schedule-no-clashes = Никто не занят в двух заседаниях одновременно.
schedule-clash = { $person } одновременно участвует в заседаниях «{ $first }» и «{ $second }».
schedule-room-taken = В это время в зале { $room } уже проходит заседание «{ $other }». Изменения не внесены.
schedule-sessions = Принятые заседания
schedule-place = Зал и время
schedule-save = Назначить
report-title = Отчет о заседании
report-none = Отчет еще не представлен.
report-file = Представить или обновить отчет
report-back = Вернуться к заседанию
report-intro = Представьте краткий отчет с ключевыми тезисами вскоре после заседания, а полный отчет — в течение двух недель после него. Организаторы, которые так и не представили отчет, не могут подавать предложения на следующее совещание.
report-short-only = Представлен только краткий отчет; полный отчет еще ожидается.
report-participation = Участие
report-transcript = Стенограмма
report-transcript-notice = Стенограммы и субтитры в реальном времени публикуются, чтобы людям было легче следить за ходом заседания. Они не являются официальным отчетом о заседании.
report-save-short = Сохранить как краткий отчет
report-save-full = Сохранить как полный отчет
field-key_messages = Ключевые тезисы
field-key_issues = Основные поднятые вопросы
field-presentations = Краткое изложение каждого выступления
field-discussion = Обсуждение
field-takeaways = Выводы и дальнейшие шаги
field-onsite_count = Число очных участников
field-online_count = Число онлайн-участников
hint-key_messages = Не более трех тезисов, которые участники заседания хотят донести до форума.
hint-key_issues = Вопросы политики, поднятые на заседании.
hint-presentations = Краткое изложение того, что сказал каждый докладчик.
hint-discussion = Что участники — очные и онлайн — поднимали в ходе обсуждения.
hint-takeaways = О чем удалось договориться, что остается открытым и каковы дальнейшие шаги.
reports-title = Отчеты
reports-state = Отчет
reports-late-count = { $count ->
    [one] { $count } отчет просрочен.
    [few] { $count } отчета просрочены.
    [many] { $count } отчетов просрочено.
   *[other] { $count } отчета просрочено.
}
reports-remind = Разослать положенные напоминания сейчас
report-state-not-due = Заседание еще не завершилось
report-state-short-due = Ожидается краткий отчет
report-state-short-late = Краткий отчет просрочен
report-state-full-due = Ожидается полный отчет
report-state-full-late = Полный отчет просрочен
report-state-complete = Завершено
notification-proposal-accepted = Ваше предложение о проведении заседания «{ $title }» принято.
notification-proposal-declined = Ваше предложение о проведении заседания «{ $title }» в этом году не принято.
notification-proposal-merge = Секретариат просит объединить ваше предложение «{ $title }» с предложением «{ $other }».
notification-report-reminder-short = Краткий отчет о заседании «{ $title }» необходимо представить не позднее { $due }.
notification-report-reminder-full = Полный отчет о заседании «{ $title }» необходимо представить не позднее { $due }.
mail-proposal-accepted-subject = Ваше предложение о проведении заседания принято
mail-proposal-accepted-body = Здравствуйте, { $name }!

    Ваше предложение о проведении заседания «{ $title }» принято. Секретариат включит заседание в программу; после этого на его странице будут указаны зал и время:
    { $link }
mail-proposal-declined-subject = О вашем предложении о проведении заседания
mail-proposal-declined-body = Здравствуйте, { $name }!

    Ваше предложение о проведении заседания «{ $title }» в этом году не принято. Благодарим вас за предложение; его страница остается вам доступной:
    { $link }
mail-proposal-merge-subject = Ваше предложение о проведении заседания: запрошено объединение
mail-proposal-merge-body = Здравствуйте, { $name }!

    Секретариат просит объединить ваше предложение «{ $title }» с похожим предложением «{ $other }». Дать согласие можно на странице предложения:
    { $link }
mail-report-reminder-short-subject = Ожидается краткий отчет
mail-report-reminder-short-body = Здравствуйте, { $name }!

    Краткий отчет о вашем заседании «{ $title }» с ключевыми тезисами необходимо представить не позднее { $due }. Сделать это можно здесь:
    { $link }
mail-report-reminder-full-subject = Ожидается полный отчет
mail-report-reminder-full-body = Здравствуйте, { $name }!

    Полный отчет о вашем заседании «{ $title }» необходимо представить не позднее { $due }. Сделать это можно здесь:
    { $link }
topic-sessions = Заседания ежегодных совещаний
topic-sessions-none = Ни одно заседание ежегодного совещания еще не касалось этой темы.
speaker-role-rapporteur = Докладчик-секретарь
home-coalitions-all = Все коалиции

## trust: moderation
moderation-held-coalitions = Коалиции, ожидающие проверки
moderation-held-dissents = Особые мнения, ожидающие проверки
coalition-hidden-title = Коалиция скрыта
coalition-hidden-notice = Модераторы скрыли эту коалицию.
coalition-held-notice = Эта коалиция ожидает проверки модераторами, прежде чем появится в списке.
moderation-hide-coalition = Скрыть эту коалицию
moderation-restore-coalition = Восстановить эту коалицию
moderation-hide-dissent = Скрыть это особое мнение
moderation-restore-dissent = Восстановить это особое мнение
dissent-held-notice = Это особое мнение ожидает проверки модераторами, прежде чем его увидят другие.
dissent-hidden-notice = Это особое мнение скрыто модераторами.
audit-action-hide-coalition = Коалиция скрыта
audit-action-restore-coalition = Коалиция восстановлена
audit-action-release-coalition = Коалиция опубликована после проверки
audit-action-hide-dissent = Особое мнение скрыто
audit-action-restore-dissent = Особое мнение восстановлено
audit-action-release-dissent = Особое мнение опубликовано после проверки
audit-action-auto-block-coalition-posting = Право публиковать в одной коалиции автоматически отозвано после повторных нарушений
notification-coalition-posting-removed = { $count ->
    [one] Вы лишены права публиковать в обсуждениях одной коалиции: за { $days } дней её координаторы скрыли там { $count } ваше сообщение, на которое поступила жалоба. Публиковать в других местах вы по-прежнему можете и остаётесь участником.
    [few] Вы лишены права публиковать в обсуждениях одной коалиции: за { $days } дней её координаторы скрыли там { $count } ваших сообщения, на которые поступили жалобы. Публиковать в других местах вы по-прежнему можете и остаётесь участником.
    [many] Вы лишены права публиковать в обсуждениях одной коалиции: за { $days } дней её координаторы скрыли там { $count } ваших сообщений, на которые поступили жалобы. Публиковать в других местах вы по-прежнему можете и остаётесь участником.
   *[other] Вы лишены права публиковать в обсуждениях одной коалиции: за { $days } дней её координаторы скрыли там { $count } ваших сообщения, на которые поступили жалобы. Публиковать в других местах вы по-прежнему можете и остаётесь участником.
}

## trust: accounts
form-error-control-chars = Удалите из этого поля невидимые управляющие символы, например знаки направления текста.
signin-check-mail = Мы отправили письмо на этот адрес. Чтобы завершить регистрацию, перейдите по ссылке из него; если у вас уже есть учётная запись, войдите здесь или задайте новый пароль.
confirm-mail-subject = Подтвердите адрес, чтобы завершить регистрацию
confirm-mail-body = Здравствуйте, { $name }!

    Чтобы завершить создание учётной записи, откройте эту ссылку и подтвердите, что адрес принадлежит вам:

    { $link }

    Ссылка действует два дня. Если вы не регистрировались, не обращайте внимания на это письмо: без подтверждения учётная запись не создаётся.
confirm-title = Подтвердите адрес
confirm-intro = Так вы подтвердите, что адрес принадлежит вам, и войдёте в новую учётную запись.
confirm-submit = Подтвердить и войти
confirm-expired-title = Эта ссылка больше не действует
confirm-expired-body = Ссылкой подтверждения можно воспользоваться один раз в течение двух дней. Зарегистрируйтесь снова с тем же адресом, чтобы получить новую.
register-taken-mail-subject = Кто-то пытался зарегистрироваться с вашим адресом
register-taken-mail-body = Здравствуйте, { $name }!

    Кто-то, возможно вы, пытался создать новую учётную запись с этим адресом электронной почты, но для него она уже есть. Новая учётная запись не создана.

    Если вы забыли пароль, задайте новый здесь:

    { $link }

    Если это были не вы, просто не обращайте внимания на это письмо.
suspended-title = Ваша учётная запись заблокирована
suspended-own-data = Вы больше не можете участвовать, но по-прежнему можете скачать все данные, которые форум хранит о вас, или удалить учётную запись. Для этого введите пароль.

## trust: invitations
notification-invited-speaker = { $who } приглашает вас выступить в предлагаемом заседании «{ $title }».
notification-invited-organiser = { $who } приглашает вас стать соорганизатором предложения о проведении заседания «{ $title }».
invitations-title = Приглашения, ожидающие ответа
invitations-intro = Сведения о вас не появятся в предложении, пока вы не примете приглашение. Для докладчика пустые поля заполняются из вашего публичного профиля; для соорганизатора предложение засчитывается в ваш лимит предложений, и вы можете её редактировать.
invitation-to-speaker = Выступить в «{ $title }»
invitation-to-organiser = Соорганизовать «{ $title }»
invitation-accept = Принять
invitation-decline = Отклонить
invitations-sent = Приглашения
invitations-sent-intro = Люди, указанные по адресу электронной почты, приглашаются, а не добавляются: они появляются в предложении и учитываются в критериях только после того, как примут приглашение.
invitation-kind-speaker = докладчик
invitation-kind-organiser = соорганизатор
invitation-pending = ожидает ответа
invitation-declined = отклонено
invitation-withdraw = Отозвать
hint-speaker-invite = Если указан адрес электронной почты, докладчик получает приглашение: участник с этим адресом появится после того, как примет его, а незаполненные поля будут взяты из его публичного профиля.

# Atom feeds
feed-link = Лента Atom
feed-site-title = Новые обсуждения
feed-dissent-title = Особое мнение: { $author }
feed-post-title = { $author } в «{ $thread }»
account-feed-title = Личная лента ваших уведомлений
account-feed-intro = Читайте уведомления в программе для чтения лент. Адрес секретный: любой, у кого он есть, их прочтёт; создайте новый (старый перестанет работать) или отзовите его, если он стал известен.
account-feed-make = Создать новый адрес
account-feed-revoke = Отозвать адрес
account-feed-made = Вот адрес вашей личной ленты. Он показан только сейчас: скопируйте его в программу для чтения лент и никому не сообщайте.
account-feed-revoked = Адрес личной ленты больше не работает.

# Watching coalitions and topics
watch-label = Следить:
watch-everything = За всем
watch-new-only = Только за новыми обсуждениями и документами
watch-off = Не следить
watch-save = Сохранить
site-description = Открытый многоязычный форум для диалога о политике в области интернета между правительствами, гражданским обществом, техническим и академическим сообществами, бизнесом и СМИ.
following-watched = За чем вы следите
following-discussions = Обсуждения
