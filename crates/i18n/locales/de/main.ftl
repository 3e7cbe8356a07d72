# Convene-Oberflächentexte: Deutsch. Die Referenz ist die englische Datei; jede Sprache
# muss genau deren Nachrichten-IDs enthalten (ein Test prüft das).

## Kopf- und Fußbereich
site-name = Convene
site-tagline = Ein offenes Forum für den Dialog über Internetpolitik
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Startseite
nav-about = Über das Forum
nav-signin = Anmelden
nav-register = Registrieren
nav-account = Ihr Konto
nav-audit = Prüfprotokoll
nav-signout = Abmelden
language-label = Sprache
language-switcher-title = Diese Seite in einer anderen Sprache lesen
content-exists-in = Dieser Inhalt ist in folgenden Sprachen verfügbar: { $languages }
footer-mission = Dieses Forum trifft keine verbindlichen Entscheidungen. Es bringt alle Stakeholdergruppen an einen Tisch und veröffentlicht, was gesagt wird.
footer-powered = Dieses Forum nutzt Convene, eine freie Software.
# Name einer Sprache, wie er im Satz verwendet wird („auf … übersetzt“). Sprachen ohne
# Namen an dieser Stelle werden mit ihrem Code angezeigt.
language-name = { $code ->
    [en] Englisch
    [ar] Arabisch
    [de] Deutsch
    [es] Spanisch
    [fr] Französisch
    [it] Italienisch
    [ru] Russisch
    [zh] Chinesisch
   *[other] { $code }
}

## Startseite
home-title = Willkommen
home-intro = Regierungen, zwischenstaatliche Organisationen, die Zivilgesellschaft, die technische und die akademische Community, die Privatwirtschaft und die Medien kommen hier gleichberechtigt zusammen, um über die Verwaltung des Internets zu beraten. Alle können teilnehmen; bei jeder Wortmeldung wird angegeben, für welche Stakeholdergruppe und für welches Land gesprochen wird.
home-read-about = Mehr über das Mandat des Forums
home-meetings = Jahrestagungen
home-meetings-empty = Es wurde noch keine Jahrestagung angekündigt.
meeting-place = { $city }, { $country }
meeting-dates = { $start } bis { $end }
home-coalitions = Dynamische Koalitionen
home-coalitions-intro = Der Großteil der Arbeit findet zwischen den Tagungen statt, in offenen Koalitionen, denen sich alle anschließen können.
home-coalitions-empty = Es wurde noch keine Koalition gebildet.
coalition-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
home-threads = Aktuelle Diskussionen
home-threads-empty = Es wurde noch nichts veröffentlicht.
thread-posts = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
}
thread-next-page = Nächste Seite mit Beiträgen

## Koalitionsseite
coalition-discussions = Diskussionen
coalition-members-heading = Mitglieder
coalition-coordinator = Koordination

## Hinweise zu Übersetzungen
translation-untranslated = Diese Seite liegt noch nicht auf { $language } vor; Sie lesen daher die Originalfassung auf { $original }.
translation-untranslated-help = Helfen Sie bei der Übersetzung, damit mehr Menschen diese Seite in ihrer eigenen Sprache lesen können.
translation-translate-link = Diese Seite übersetzen
translation-outdated = Diese Übersetzung ist möglicherweise nicht mehr aktuell: Das Original wurde seit der Übersetzung geändert.
translation-very-outdated = Diese Übersetzung liegt { $behind } Versionen hinter dem Original zurück und gibt dessen Inhalt möglicherweise nicht mehr zutreffend wieder.
translation-read-original = Original lesen ({ $original })

## Stakeholdergruppen
stakeholder-government = Regierung
stakeholder-intergovernmental = Zwischenstaatliche Organisation
stakeholder-civil-society = Zivilgesellschaft
stakeholder-technical-community = Technische Community
stakeholder-academia = Wissenschaft
stakeholder-private-sector = Privatwirtschaft
stakeholder-media = Medien

## Regionalgruppen der Vereinten Nationen
region-african = Gruppe der afrikanischen Staaten
region-asia-pacific = Gruppe der asiatisch-pazifischen Staaten
region-eastern-european = Gruppe der osteuropäischen Staaten
region-latin-american-caribbean = Gruppe der lateinamerikanischen und karibischen Staaten
region-western-european-others = Gruppe der westeuropäischen und anderen Staaten
region-intergovernmental = Zwischenstaatliche Organisationen
region-other = Sonstige

## Personen
former-participant = Ehemalige teilnehmende Person
profile-suspended = Dieses Konto ist gesperrt.
profile-coalitions = Koalitionen
profile-no-coalitions = Noch nicht Mitglied einer Koalition.
profile-posts = Aktuelle Beiträge
moderation-title = Moderation
moderation-suspend = Dieses Konto sperren
moderation-reinstate = Dieses Konto wieder freischalten

## Formulare
form-error-summary = Bitte korrigieren Sie die folgenden Angaben
form-choose = Bitte auswählen …
form-error-required = Dies ist ein Pflichtfeld.
form-error-too-long = Diese Angabe ist zu lang.
form-error-email = Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@example.org.
form-error-choose = Bitte wählen Sie eine der Optionen aus.
form-error-language = Bitte verwenden Sie Sprachcodes wie sw, pt oder fa, durch Kommas getrennt.
form-error-too-many = Bitte wählen Sie weniger Sprachen aus.
form-error-password-short = Bitte verwenden Sie mindestens 10 Zeichen.
form-error-password-email = Ihr Passwort darf nicht Ihre E-Mail-Adresse sein.
form-error-password-wrong = Dieses Passwort ist nicht korrekt.
form-error-coc = Um teilnehmen zu können, müssen Sie den Verhaltenskodex akzeptieren.
form-error-signin = E-Mail-Adresse oder Passwort ist nicht korrekt, oder die Adresse ist noch nicht bestätigt: Folgen Sie nach der Registrierung zuerst dem Link, den wir Ihnen geschickt haben.
form-error-suspended = Dieses Konto ist gesperrt; eine Anmeldung ist nicht möglich.
field-display_name = Name
field-email = E-Mail-Adresse
field-password = Passwort
field-stakeholder_group = Stakeholdergruppe
field-country = Land
field-affiliation = Organisation
field-gender = Geschlecht (optional)
field-languages = Sprachen, die Sie lesen
field-languages_other = Weitere Sprachen (Codes wie sw, pt)
field-ui_lang = Sprache der Benutzeroberfläche
field-coc = Ich akzeptiere den Verhaltenskodex
field-reason = Begründung
hint-password = Mindestens 10 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.
hint-affiliation = Wird zusammen mit Ihren Beiträgen angezeigt, es sei denn, Sie sprechen für eine Regierung.
hint-gender = Beschreiben Sie es mit Ihren eigenen Worten, oder lassen Sie das Feld leer. Die Angabe wird nie angezeigt; sie fließt nur in anonyme Statistiken zur Vielfalt ein.
hint-delete-password = Bitte geben Sie zur Bestätigung Ihr Passwort ein.

## Registrierung und Anmeldung
register-title = Registrieren
register-intro = Alle können teilnehmen. Alles, was Sie schreiben, wird mit Ihrem Namen, Ihrer Stakeholdergruppe und dem Land oder der Organisation angezeigt, für die Sie sprechen.
register-read-coc = (hier lesen)
register-submit = Mein Konto erstellen
register-have-account = Bereits registriert?
signin-title = Anmelden
signin-submit = Anmelden
signin-forgot = Passwort vergessen?
signin-no-account = Neu hier?
signin-after-reset = Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.
reset-title = Passwort zurücksetzen
reset-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen dann einen Link, mit dem Sie ein neues Passwort festlegen können.
reset-submit = Link anfordern
reset-sent-title = Bitte prüfen Sie Ihr E-Mail-Postfach
reset-sent-body = Falls ein Konto diese Adresse verwendet, wurde ein Link zum Festlegen eines neuen Passworts versandt. Er ist eine Stunde lang gültig.
reset-new-title = Neues Passwort festlegen
reset-new-submit = Neues Passwort speichern
reset-expired-title = Dieser Link ist nicht mehr gültig
reset-expired-body = Links zum Zurücksetzen können nur einmal und nur eine Stunde lang verwendet werden. Bitte fordern Sie einen neuen Link an.
reset-mail-subject = Ihr Link zum Zurücksetzen des Passworts
reset-mail-body = Guten Tag { $name },

    jemand – wahrscheinlich Sie – hat beantragt, das Passwort Ihres Kontos zurückzusetzen. Um ein neues Passwort festzulegen, öffnen Sie bitte innerhalb einer Stunde diesen Link:

    { $link }

    Falls Sie dies nicht beantragt haben, können Sie diese Nachricht ignorieren; Ihr Passwort bleibt unverändert.

## Konto
account-title = Ihr Konto
account-saved = Ihr Profil wurde gespeichert.
account-save = Speichern
account-your-data = Ihre Daten
account-export-intro = Laden Sie alle Daten, die das Forum über Sie gespeichert hat, als JSON-Datei herunter.
account-export = Meine Daten herunterladen
account-delete = Mein Konto löschen
account-email = Hinterlegte E-Mail-Adresse
delete-title = Konto löschen
delete-explain = Ihr Name, Ihre E-Mail-Adresse und Ihre persönlichen Angaben werden gelöscht, und Sie werden abgemeldet. Ihre Beiträge bleiben Teil der öffentlichen Aufzeichnungen und werden als Beiträge einer ehemaligen teilnehmenden Person angezeigt.
delete-submit = Mein Konto löschen

## Prüfprotokoll
audit-title = Prüfprotokoll
audit-empty = Es wurde noch nichts protokolliert.
audit-when = Zeitpunkt
audit-who = Ausgeführt von
audit-action = Aktion
audit-whom = Konto
audit-older = Ältere Einträge
audit-action-suspend = Gesperrt
audit-action-reinstate = Wieder freigeschaltet
audit-action-set-role = Rolle geändert
audit-action-proposal = Entscheidung über eine Sitzung
audit-target-session = Sitzung { $id }

## Fehler
error-not-found-title = Seite nicht gefunden
error-not-found-body = Unter dieser Adresse ist nichts zu finden. Möglicherweise wurde der Inhalt verschoben oder der Link ist fehlerhaft.
error-bad-request-title = Anfrage nicht verstanden
error-bad-request-body = Die Anfrage konnte nicht gelesen werden. Bitte gehen Sie zurück und versuchen Sie es erneut.
error-internal-title = Bei uns ist ein Fehler aufgetreten
error-internal-body = Das Problem wurde protokolliert. Bitte versuchen Sie es in Kürze erneut.
error-unavailable-title = Vorübergehend nicht verfügbar
error-unavailable-body = Das Forum kann derzeit nicht auf seine Datenbank zugreifen. Bitte versuchen Sie es in Kürze erneut.
error-go-home = Zur Startseite
error-forbidden-title = Keine Berechtigung
error-forbidden-body = Ihr Konto ist für diese Aktion nicht berechtigt.
error-csrf-title = Dieses Formular ist abgelaufen
error-csrf-body = Zu Ihrer Sicherheit konnte das Formular nicht gesendet werden. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-too-many-title = Zu viele Versuche
error-too-many-body = Bitte warten Sie einige Minuten, bevor Sie es erneut versuchen.
error-too-large-title = Anfrage zu groß
error-too-large-body = Die gesendeten Daten sind größer, als dieses Forum annimmt (1 MB). Bitte kürzen Sie sie und versuchen Sie es erneut.

## Roles
field-role = Rolle
role-save = Rolle ändern
role-participant = Teilnehmende
role-reviewer = Begutachtung (Programmausschuss)
role-moderator = Moderation
role-secretariat = Sekretariat

## Inhalte übersetzen
nav-translations = Übersetzungen
translate-title = „{ $title }“ auf { $language } übersetzen
translate-original = Original auf { $language }, Version { $revision }
translate-your-translation = Ihre Übersetzung auf { $language }
field-title = Titel
field-body = Text (Markdown)
translate-submit = Diese Übersetzung vorschlagen
translate-publish = Diese Übersetzung veröffentlichen
translate-proposed = Vielen Dank. Ihre Übersetzung wurde vorgeschlagen und wird veröffentlicht, sobald sie freigegeben ist.
translate-published = Die Übersetzung ist veröffentlicht.
translate-same-language = Dieser Text ist in dieser Sprache verfasst; es gibt daher nichts zu übersetzen.
translate-pending = Vorschläge, die auf Freigabe warten
translate-approve = Freigeben und veröffentlichen
translate-outdated-note = Die veröffentlichte Übersetzung beruht auf einer älteren Version des Originals. Bitte bringen Sie sie auf den aktuellen Stand.
status-title = Stand der Übersetzungen
status-intro = Hier sehen Sie, wie viel von den Inhalten des Forums in den einzelnen Sprachen gelesen werden kann und wo noch Arbeit nötig ist. Alle registrierten Personen können Übersetzungen vorschlagen.
status-language = Sprache
status-current = Aktuell
status-outdated = Veraltet
status-missing = Nicht übersetzt
status-percent = { $percent } % aktuell
status-needs-work = Noch auf { $language } zu übersetzen
status-all-done = Alles ist übersetzt und aktuell.
translator-trust = Als vertrauenswürdig für Übersetzungen einstufen
translator-untrust = Vertrauensstatus für Übersetzungen entziehen
translator-badge = Vertrauenswürdig für Übersetzungen
audit-action-trust-translator = Für Übersetzungen als vertrauenswürdig eingestuft
audit-action-untrust-translator = Vertrauensstatus für Übersetzungen entzogen
edit-original-link = Original bearbeiten
edit-original-title = „{ $title }“ bearbeiten
edit-original-explain = Sie ändern den Originaltext. Alle Übersetzungen werden als veraltet gekennzeichnet, bis sie aktualisiert werden.
edit-original-save = Neue Fassung speichern

## Status und Mitgliedschaft der Koalition
standing-forming = Status: in Gründung
standing-active = Status: aktiv
standing-inactive = Status: inaktiv
standing-needs-groups = Anzahl der unter den Mitgliedern vertretenen Stakeholdergruppen: { $value }; für die Anerkennung sind mindestens drei erforderlich.
standing-needs-action-plan = Es liegt noch kein Aktionsplan vor.
standing-needs-contact = Es wurde noch keine Kontaktperson benannt.
standing-criteria-met = Die Voraussetzungen für die Anerkennung sind erfüllt: Mitglieder aus mindestens drei Stakeholdergruppen, ein Aktionsplan und eine Kontaktperson.
standing-output = Letzter Jahresbericht oder letztes Papier: { $value }.
standing-first-report-due = Neue Koalition: Der erste Jahresbericht oder das erste Papier ist { $value } fällig.
standing-no-recent-output = Seit { $value } wurde kein Jahresbericht und kein Papier veröffentlicht. Eine Koalition, die zwei Jahre lang keines von beiden vorlegt, wird als inaktiv geführt.
standing-never-reported = Es wurde noch kein Jahresbericht und kein Papier veröffentlicht. Eine Koalition, die zwei Jahre lang keines von beiden vorlegt, wird als inaktiv geführt.
standing-recognized = Am { $date } vom Sekretariat anerkannt.
standing-not-recognized = Noch nicht vom Sekretariat anerkannt.
coalition-action-plan = Aktionsplan
coalition-join = Dieser Koalition beitreten
coalition-leave = Diese Koalition verlassen
coalition-signin-to-join = Melden Sie sich an, um dieser Koalition beizutreten
coalition-you-are-member = Sie sind Mitglied dieser Koalition.
coalition-start-thread = Eine Diskussion beginnen

## Diskussionen
thread-new-title = Eine Diskussion beginnen
thread-create = Diskussion beginnen
thread-reply-title = Antworten
thread-reply-submit = Antwort veröffentlichen
thread-reply-link = Antworten
thread-quote-link = Zitieren
thread-in-reply = Antwort auf einen früheren Beitrag
thread-signin-to-reply = Melden Sie sich an, um sich an dieser Diskussion zu beteiligen
field-post = Ihr Beitrag
field-lang = Sprache, in der Sie schreiben
hint-markdown = Sie können Markdown verwenden: *Hervorhebung*, **Fettdruck**, Links, Listen und > für Zitate.

## Koalitionsverzeichnis und Vorschläge
nav-coalitions = Koalitionen
coalitions-title = Dynamische Koalitionen
coalitions-intro = Alle Koalitionen, ihr Status und die Gründe dafür. Alle können eine Koalition vorschlagen; das Sekretariat erkennt sie an, sobald sie Mitglieder aus mindestens drei Stakeholdergruppen, einen Aktionsplan und eine Kontaktperson hat.
coalitions-propose = Eine Koalition vorschlagen
coalition-propose-title = Eine Koalition vorschlagen
coalition-propose-intro = Legen Sie dar, warum die Koalition benötigt wird und was sie vorhat. Sie übernehmen die Koordination und werden Kontaktperson; andere können mit einem Klick beitreten.
field-name = Name
field-mission = Warum die Koalition benötigt wird
field-action_plan = Aktionsplan
coalition-propose-submit = Koalition vorschlagen
coalition-recognize = Diese Koalition anerkennen
coalition-make-coordinator = Mit der Ko-Koordination betrauen
error-conflict-title = Noch nicht möglich
error-conflict-body = Dies entspricht noch nicht den Regeln des Forums. Auf der Seite, von der Sie gekommen sind, ist angegeben, was noch fehlt.

## Ausgewogenheit der Stakeholder
balance-members-title = Wer die Mitglieder sind
balance-posts-title = Wer sich an dieser Diskussion beteiligt hat
balance-by-group = Nach Stakeholdergruppe
balance-by-region = Nach Regionalgruppe

## Politikthemen und Mandat
nav-topics = Themen
topics-title = Politikthemen
topics-intro = Die Fragen, die das Forum von Jahr zu Jahr verfolgt. Jedes Thema bündelt die zugehörigen Koalitionen und Diskussionen, damit keine Politik in diesem Bereich überraschend kommt.
topics-label = Themen:
field-topics = Politikthemen
topic-mandate = Welchen Teilen des Mandats das Thema dient
mandate-1 = Öffentliche Politik zu den Schlüsselelementen des Internets
mandate-2 = Querschnittsfragen, die mehrere internationale Gremien betreffen
mandate-3 = Zusammenwirken mit zwischenstaatlichen Organisationen
mandate-4 = Austausch von Informationen und bewährten Verfahren
mandate-5 = Verfügbarkeit und Erschwinglichkeit in Entwicklungsländern
mandate-6 = Beteiligung der Stakeholder, vor allem aus Entwicklungsländern
mandate-7 = Erkennen neu auftretender Fragen und Abgabe von Empfehlungen
mandate-8 = Kapazitätsaufbau in Entwicklungsländern
mandate-9 = Anwendung der Grundsätze des Weltgipfels
mandate-10 = Kritische Internetressourcen
mandate-11 = Nutzung und Missbrauch des Internets mit Folgen für den Alltag der Nutzenden
mandate-12 = Veröffentlichung der Tagungsberichte

## Ergebnisdokumente der Koalitionen und abweichende Meinungen
outputs-title = Ergebnisdokumente
outputs-none = Es wurde noch nichts veröffentlicht.
output-kind-yearly-report = Jahresbericht
output-kind-thematic-paper = Themenpapier
output-kind-statement = Erklärung
output-publish-title = Ein Dokument veröffentlichen
field-kind = Art des Dokuments
field-year = Jahr
output-publish-submit = Veröffentlichen
output-versions = Fassungen
output-version = Fassung { $value } vom { $date }
output-old-version = Sie lesen Fassung { $value }; dies ist nicht die aktuelle Fassung.
output-read-current = Aktuelle Fassung lesen
dissents-title = Abweichende Meinungen
dissents-intro = Mitglieder, die mit diesem Dokument nicht einverstanden sind, legen das hier unter ihrem eigenen Namen dar. Abweichende Meinungen werden stets zusammen mit dem Dokument angezeigt.
dissents-none = Kein Mitglied hat eine abweichende Meinung abgegeben.
field-dissent = Ihre abweichende Meinung
dissent-submit = Meine abweichende Meinung unterzeichnen und hinzufügen
dissent-members-only = Mitglieder der Koalition können eine abweichende Meinung hinzufügen.

## Moderation
nav-moderation = Moderation
flag-post = Diesen Beitrag melden
flag-submit = An die Moderation senden
flag-thanks = Vielen Dank. Die Moderation wird sich den von Ihnen gemeldeten Beitrag ansehen.
post-hidden = Dieser Beitrag wurde von der Moderation ausgeblendet. Begründung:
post-held = Wartet auf Prüfung: Nur Sie und die Moderation können diesen Beitrag sehen.
post-held-notice = Vielen Dank. Ihr Beitrag wird angezeigt, sobald die Moderation ihn geprüft hat; dies gilt für die ersten Beiträge neuer Konten.
moderation-hide-post = Diesen Beitrag ausblenden
moderation-restore-post = Diesen Beitrag wieder einblenden
moderation-release = Diesen Beitrag veröffentlichen
moderation-queue-title = Moderationswarteschlange
moderation-flags = Gemeldete Beiträge
moderation-held = Beiträge, die auf Prüfung warten
moderation-nothing = Derzeit wartet nichts auf Bearbeitung.
moderation-dismiss = Meldung verwerfen
posting-rights-title = Schreibrechte
posting-rights-removed = Dieses Konto kann weiterhin lesen und bleibt Mitglied, darf aber keine Beiträge veröffentlichen.
posting-rights-remove = Schreibrechte entziehen
posting-rights-restore = Schreibrechte wieder erteilen
settings-title = Website-Einstellungen
settings-hold-first-posts = Die ersten Beiträge neuer Konten zurückhalten, bis die Moderation sie geprüft hat
audit-action-hide-post = Beitrag ausgeblendet
audit-action-restore-post = Beitrag wieder eingeblendet
audit-action-release-post = Beitrag nach Prüfung veröffentlicht
audit-action-block-posting = Schreibrechte entzogen
audit-action-unblock-posting = Schreibrechte wieder erteilt

## Beiträge bearbeiten und folgen
nav-following = Verfolgte Diskussionen
post-edit = Bearbeiten
post-edited = Bearbeitet: frühere Fassungen ansehen
post-edit-title = Ihren Beitrag bearbeiten
post-edit-explain = Frühere Fassungen bleiben für alle lesbar; so wird der Verlauf der Diskussion nie nachträglich umgeschrieben.
post-history-title = Frühere Fassungen dieses Beitrags
post-history-current = Zurück zur aktuellen Fassung
follow = Folgen
unfollow = Nicht mehr folgen
following-title = Inhalte, denen Sie folgen
following-intro = Diskussionen, denen Sie folgen, sowie alle Diskussionen der Koalitionen, denen Sie folgen – die zuletzt aktiven zuerst.
following-none = Sie folgen noch keiner Koalition und keiner Diskussion. Nutzen Sie dazu die Schaltfläche „Folgen“ bei einer Koalition oder einer Diskussion.

# notifications
nav-notifications = Benachrichtigungen
nav-notifications-unread = { $count ->
    [one] Benachrichtigungen ({ $count } neu)
   *[other] Benachrichtigungen ({ $count } neu)
}
notifications-title = Benachrichtigungen
notifications-mark-read = Alle als gelesen markieren
notifications-none = Sie haben keine Benachrichtigungen. Folgen Sie einer Koalition oder einer Diskussion, um von neuen Beiträgen darin zu erfahren.
notifications-older = Ältere Benachrichtigungen
notification-unread = Neu
notification-new-post = { $author } hat in „{ $title }“ geantwortet
notification-new-output = Neue Veröffentlichung: „{ $title }“
notification-new-thread = { $author } hat eine neue Diskussion begonnen: „{ $title }“
notification-posting-removed = { $count ->
    [one] Ihnen wurden die Schreibrechte entzogen, weil die Moderation innerhalb von { $days } Tagen einen Ihrer gemeldeten Beiträge ausgeblendet hat. Sie bleiben Mitglied Ihrer Koalitionen und können Diskussionen weiterhin lesen und ihnen folgen.
   *[other] Ihnen wurden die Schreibrechte entzogen, weil die Moderation innerhalb von { $days } Tagen { $count } Ihrer gemeldeten Beiträge ausgeblendet hat. Sie bleiben Mitglied Ihrer Koalitionen und können Diskussionen weiterhin lesen und ihnen folgen.
}
field-abuse-threshold = Schreibrechte automatisch entziehen nach so vielen bestätigten Meldungen
settings-abuse-threshold-hint = Gezählt werden die gemeldeten Beiträge einer Person, die die Moderation in den letzten 90 Tagen ausgeblendet hat; 0 schaltet die Regel ab. Die Mitgliedschaft wird nie entzogen.
form-error-threshold = Geben Sie eine ganze Zahl von 0 bis 100 ein.
audit-action-auto-block-posting = Schreibrechte nach wiederholtem Missbrauch automatisch entzogen

# meetings
nav-meetings = Tagungen
nav-agenda = Meine Agenda
nav-reviews = Begutachtungen
meetings-title = Jahrestagungen
meetings-intro = Das Forum tagt einmal im Jahr, jedes Jahr in einem anderen Gastgeberland. Jede Tagung hat ihr eigenes Thema, ihren eigenen Aufruf zur Einreichung von Sessionvorschlägen und ihr eigenes Programm.
meetings-hosts = Gastgeberländer im Lauf der Jahre
meeting-label = Tagung
meeting-theme = Thema
meeting-new = Neue Jahrestagung
meeting-create = Tagung anlegen
meeting-tracks = Themenbereiche
meeting-call = Aufruf zur Einreichung von Sessionvorschlägen
meeting-call-open = Vorschläge können von { $opens } bis { $closes } eingereicht werden.
meeting-call-closed = Der Aufruf läuft von { $opens } bis { $closes } und ist derzeit nicht geöffnet.
meeting-call-none = Es wurde noch kein Aufruf zur Einreichung von Sessionvorschlägen festgelegt.
meeting-my-proposals = Ihre Vorschläge
meeting-programme = Programm
meeting-sessions-count = { $count ->
    [one] { $count } Session angenommen
   *[other] { $count } Sessions angenommen
}
meeting-secretariat = Für das Sekretariat
meeting-settings = Einstellungen
back-to-meeting = Zurück zur Tagung
field-host_country = Gastgeberland
field-city = Stadt
field-starts_on = Erster Tag
field-ends_on = Letzter Tag
field-time_zone = Zeitzone des Veranstaltungsorts
field-call_opens_on = Beginn der Einreichungsfrist
field-call_closes_on = Ende der Einreichungsfrist
field-proposal_limit = Vorschläge pro Person
field-word_limit = Zulässige Wortzahl einer Beschreibung
field-track-name = Name des Themenbereichs
field-room-name = Name des Raums
field-capacity = Plätze
hint-theme = Das übergreifende Thema; die Beschreibung folgt weiter unten.
hint-time-zone = Name einer IANA-Zeitzone, z. B. Africa/Nairobi oder Europe/Oslo. Sessionzeiten sind Ortszeiten des Veranstaltungsorts.
hint-proposal-limit = Wie viele Vorschläge eine Person als Veranstaltende einreichen darf; 0 bedeutet keine Begrenzung.
track-add = Themenbereich hinzufügen
room-add = Raum hinzufügen
room-capacity = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
form-save = Speichern
form-error-number = Bitte geben Sie eine ganze Zahl im zulässigen Bereich ein.
form-error-date = Bitte geben Sie ein Datum im Format Jahr-Monat-Tag ein.
form-error-date-order = Dieses Datum liegt vor dem Datum, auf das es folgen sollte.
form-error-time-zone = Diese Zeitzone ist unbekannt. Bitte verwenden Sie einen Namen wie Africa/Nairobi.
form-error-year-taken = Für dieses Jahr gibt es bereits eine Tagung.
form-error-participation = Bitte geben Sie an, wie viele Personen vor Ort oder online teilgenommen haben.
proposal-new = Eine Session vorschlagen
proposal-new-intro = Bis Sie Ihren Vorschlag einreichen, bleibt er ein privater Entwurf, den nur Sie und die von Ihnen hinzugefügten Mitveranstaltenden sehen. Auf der Seite des Entwurfs sehen Sie, welche Kriterien noch nicht erfüllt sind.
proposal-save = Vorschlag speichern
proposal-edit = Vorschlag bearbeiten
proposal-submit = Vorschlag einreichen
proposal-organisers = Veranstaltende
proposal-speakers = Vortragende und Moderation
proposal-no-speakers = Noch keine Vortragenden.
proposal-status-draft = Entwurf
proposal-status-submitted = Eingereicht
proposal-status-in-review = In Begutachtung
proposal-status-accepted = Angenommen
proposal-status-declined = Abgelehnt
proposal-status-merge-requested = Zusammenlegung angefragt
proposal-status-merged = Mit einem anderen Vorschlag zusammengelegt
field-description = Beschreibung
field-policy_questions = Politikfragen
field-session_type = Art der Session
field-format = Format
field-duration = Dauer
field-mode = Vor Ort oder online
field-session_lang = Sprache der Session
field-track = Themenbereich
field-coalitions = Zugehörige Koalitionen
field-organisation = Organisation
field-group = Stakeholdergruppe
field-organiser_email = E-Mail-Adresse der mitveranstaltenden Person
hint-word-limit = { $count ->
    [one] Höchstens { $count } Wort.
   *[other] Höchstens { $count } Wörter.
}
hint-policy-questions = Die Fragen, die in der Session erörtert werden, eine pro Zeile.
duration-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
session-type-workshop = Workshop
session-type-main = Hauptsession
session-type-open-forum = Offenes Forum
session-type-coalition = Session einer Dynamischen Koalition
session-type-best-practice = Session eines Best Practice Forums
session-type-nri = Session der nationalen und regionalen Initiativen
session-type-networking = Networking-Session
session-type-lightning = Kurzvortrag (Lightning Talk)
session-type-launch = Vorstellung oder Preisverleihung
session-type-town-hall = Town Hall
session-type-day-zero = Veranstaltung am Tag 0
session-format-panel = Podiumsdiskussion
session-format-break-out = Arbeit in Kleingruppen
session-format-debate = Debatte
session-format-roundtable = Runder Tisch
session-format-birds-of-a-feather = Informelles Treffen (Birds of a Feather)
session-format-flash = Flash-Session
session-mode-hybrid = Hybrid: vor Ort und online
session-mode-onsite = Vor Ort
session-mode-online = Nur online
gender-woman = Frau
gender-man = Mann
gender-non-binary = Nichtbinär
gender-undisclosed = Keine Angabe gewünscht
speaker-role-moderator = Moderation
speaker-role-speaker = Vortrag
speaker-onsite = Vor Ort
speaker-online = Online
speaker-add = Vortragende Person hinzufügen
speaker-add-intro = Vortragende können Teilnehmende dieses Forums oder eingeladene Personen sein. Das Geschlecht wird nur abgefragt, um das Kriterium der Vielfalt zu prüfen; es ist für die Veranstaltenden sichtbar und wird nie veröffentlicht.
speaker-remove = Entfernen
organiser-add = Mitveranstaltende Person hinzufügen
criteria-title = Mindestkriterien
criteria-intro = Bevor der Vorschlag eingereicht werden kann, müssen diese Kriterien erfüllt sein:
criteria-all-met = Alle Mindestkriterien sind erfüllt: Der Vorschlag kann eingereicht werden.
criterion-call-closed = Der Aufruf zur Einreichung von Vorschlägen ist heute nicht geöffnet.
criterion-incomplete = Alle Felder müssen ausgefüllt sein: Titel, Beschreibung, Politikfragen, Art der Session, Format, Dauer und ob sie vor Ort oder online stattfindet.
criterion-too-long = Die Beschreibung hat { $words } Wörter; zulässig sind höchstens { $limit }.
criterion-speakers = { $count ->
    [one] Mindestens 3 Vortragende sind erforderlich; eingetragen ist { $count }.
   *[other] Mindestens 3 Vortragende sind erforderlich; eingetragen sind { $count }.
}
criterion-gender = Mindestens eine vortragende Person muss ein anderes Geschlecht haben als die übrigen.
criterion-groups = Die Vortragenden müssen aus mehr als einer Stakeholdergruppe kommen.
criterion-onsite = Eine hybride Session oder eine Session vor Ort braucht die Moderation und mindestens zwei Vortragende vor Ort.
criterion-missing-report = { $name } hat den Bericht über eine frühere Session nicht eingereicht.
criterion-reviewer = { $name } begutachtet Vorschläge und darf selbst keinen einreichen.
criterion-limit = { $name } veranstaltet bereits { $limit } eingereichte Vorschläge; mehr sind nicht zulässig.
merge-title = Zusammenlegung angefragt
merge-intro = Das Sekretariat bittet darum, diesen Vorschlag mit einem ähnlichen zusammenzulegen. Wenn Sie zustimmen, werden Ihre Veranstaltenden und Vortragenden dorthin übernommen:
merge-agree = Zustimmen und zusammenlegen
session-when = Zeit
session-room = Raum
session-online = Online-Raum
interest-add = Zu meiner Agenda hinzufügen
interest-remove = Aus meiner Agenda entfernen
interest-count = { $count ->
    [one] { $count } Person interessiert
   *[other] { $count } Personen interessiert
}
review-title = Begutachtung
review-assigned = Zugewiesene Begutachtende
review-none-assigned = Noch wurde niemand mit der Begutachtung betraut.
field-reviewer_email = E-Mail-Adresse der begutachtenden Person
review-assign = Begutachtung zuweisen
review-scores = Bewertungen
review-reviewer = Begutachtet von
review-relevance = Relevanz
review-content = Inhalt
review-diversity = Vielfalt
review-format = Format
review-relevance-hint = Wie gut die Session dem Thema der Tagung und dessen Politikfragen dient.
review-content-hint = Wie klar, gehaltvoll und gut vorbereitet der Vorschlag ist.
review-diversity-hint = Vielfalt der Vortragenden und Veranstaltenden: Geschlecht, Region, Stakeholdergruppe, Alter und politische Standpunkte.
review-format-hint = Ob das Format zum Ziel passt und für Teilnehmende vor Ort und online funktioniert.
review-total = Gesamt
review-comments = Anmerkungen
review-decide = Entscheiden
field-outcome = Entscheidung
field-merge_with = Zusammenlegen mit Vorschlag Nr.
review-yours = Ihre Begutachtung
review-save = Ihre Begutachtung speichern
review-dashboard = Vorschläge und Begutachtung
review-no-track = Kein Themenbereich
review-proposal-count = { $count ->
    [one] { $count } Vorschlag eingereicht
   *[other] { $count } Vorschläge eingereicht
}
review-status = Status
review-mean = Durchschnittliche Bewertung
review-spread = Streuung
review-count = Begutachtungen
review-marks = Merkmale
review-mark-first-time = Erstmalige Einreichung
review-mark-developing = Aus einem Entwicklungsland
review-queue = Zu begutachtende Vorschläge
review-queue-empty = Ihnen ist kein Vorschlag zugewiesen.
review-done = begutachtet
review-to-do = zu begutachten
agenda-title = Agenda
agenda-ics = Agenda als Kalender (iCalendar)
agenda-ics-one = Zu einem Kalender hinzufügen (iCalendar)
agenda-frab-json = Programm für Konferenz-Apps (JSON)
agenda-frab-xml = Programm für Konferenz-Apps (XML)
agenda-times-in = Zeiten in Ortszeit des Veranstaltungsorts ({ $zone })
agenda-filter = Agenda filtern
agenda-any = Alle
agenda-day = Tag
agenda-speaker-group = Stakeholdergruppe der Vortragenden
agenda-apply = Anzeigen
agenda-clear = Filter zurücksetzen
agenda-shown = { $count ->
    [one] { $count } Session
   *[other] { $count } Sessions
}
agenda-unscheduled = Noch nicht eingeplant
agenda-as-timetable = Zeitplan ansehen: Räume nebeneinander, ein Tag nach dem anderen
timetable-as-list = Programm als Liste ansehen
timetable-title = Zeitplan
timetable-time = Uhrzeit
timetable-no-room = Raum wird noch bekannt gegeben
timetable-hint = Räume nebeneinander, Uhrzeiten untereinander. Auf kleinen Bildschirmen seitlich scrollen: Die Uhrzeiten bleiben sichtbar.
timetable-region = Zeitplan für { $day }
timetable-empty = Keine Sitzung an diesem Tag passt zu den Filtern.
timetable-elsewhere = { $count ->
    [one] Eine Sitzung fehlt im Raster (noch ohne Zeit oder Raum): siehe die Liste.
   *[other] { $count } Sitzungen fehlen im Raster (noch ohne Zeit oder Raum): siehe die Liste.
}
agenda-personal = Meine Agenda
agenda-personal-intro = Sessions, die Sie Ihrer Agenda hinzugefügt haben, in zeitlicher Reihenfolge.
agenda-personal-empty = Ihre Agenda ist leer. Nutzen Sie auf der Seite einer Session die Schaltfläche „Zu meiner Agenda hinzufügen“.
agenda-feed = Kalenderabonnement
agenda-feed-intro = Abonnieren Sie diese private Adresse in Ihrer Kalender-App, um Ihre Agenda auch dort zu sehen. Wer die Adresse kennt, kann Ihre Agenda lesen.
schedule-title = Zeitplan
schedule-rooms = Räume
schedule-no-rooms = Noch keine Räume: Fügen Sie sie in den Einstellungen der Tagung hinzu.
schedule-clashes = Personen in sich überschneidenden Sessions
schedule-no-clashes = Niemand ist gleichzeitig in zwei Sessions eingeplant.
schedule-clash = { $person } ist zur selben Zeit in „{ $first }“ und in „{ $second }“ eingeplant.
schedule-room-taken = { $room } ist zu dieser Zeit bereits durch „{ $other }“ belegt. Es wurde nichts geändert.
schedule-sessions = Angenommene Sessions
schedule-place = Raum und Zeit
schedule-save = Einplanen
report-title = Sessionbericht
report-none = Es wurde noch kein Bericht eingereicht.
report-file = Bericht einreichen oder aktualisieren
report-back = Zurück zur Session
report-intro = Reichen Sie den Kurzbericht mit den Kernbotschaften bald nach der Session ein und den vollständigen Bericht innerhalb von zwei Wochen danach. Veranstaltende, die nie einen Bericht einreichen, können bei der nächsten Tagung keine Vorschläge machen.
report-short-only = Bisher wurde nur der Kurzbericht eingereicht; der vollständige Bericht steht noch aus.
report-participation = Teilnahme
report-transcript = Transkript
report-transcript-notice = Transkripte und Live-Untertitel werden veröffentlicht, um das Mitverfolgen zu erleichtern. Sie sind keine verbindliche Aufzeichnung der Session.
report-save-short = Als Kurzbericht speichern
report-save-full = Als vollständigen Bericht speichern
field-key_messages = Kernbotschaften
field-key_issues = Wichtigste angesprochene Fragen
field-presentations = Zusammenfassung der einzelnen Vorträge
field-discussion = Diskussion
field-takeaways = Erkenntnisse und weiteres Vorgehen
field-onsite_count = Personen vor Ort
field-online_count = Personen online
hint-key_messages = Bis zu drei Botschaften, die die Session an das Forum richten möchte.
hint-key_issues = Die Politikfragen, die in der Session angesprochen wurden.
hint-presentations = Eine kurze Zusammenfassung dessen, was die einzelnen Vortragenden gesagt haben.
hint-discussion = Was Teilnehmende vor Ort und online in der Diskussion eingebracht haben.
hint-takeaways = Was vereinbart wurde, was offen bleibt und welche Schritte als Nächstes folgen.
reports-title = Berichte
reports-state = Bericht
reports-late-count = { $count ->
    [one] { $count } Bericht ist überfällig.
   *[other] { $count } Berichte sind überfällig.
}
reports-remind = Fällige Erinnerungen jetzt senden
report-state-not-due = Session noch nicht beendet
report-state-short-due = Kurzbericht fällig
report-state-short-late = Kurzbericht überfällig
report-state-full-due = Vollständiger Bericht fällig
report-state-full-late = Vollständiger Bericht überfällig
report-state-complete = Abgeschlossen
notification-proposal-accepted = Ihr Sessionvorschlag „{ $title }“ wurde angenommen.
notification-proposal-declined = Ihr Sessionvorschlag „{ $title }“ wurde in diesem Jahr nicht angenommen.
notification-proposal-merge = Das Sekretariat bittet darum, Ihren Vorschlag „{ $title }“ mit „{ $other }“ zusammenzulegen.
notification-report-reminder-short = Der Kurzbericht zu „{ $title }“ ist bis { $due } fällig.
notification-report-reminder-full = Der vollständige Bericht zu „{ $title }“ ist bis { $due } fällig.
mail-proposal-accepted-subject = Ihr Sessionvorschlag wurde angenommen
mail-proposal-accepted-body = Guten Tag { $name },

    Ihr Sessionvorschlag „{ $title }“ wurde angenommen. Das Sekretariat wird ihn in das Programm aufnehmen; sobald Raum und Zeit feststehen, sind sie auf seiner Seite angegeben:
    { $link }
mail-proposal-declined-subject = Zu Ihrem Sessionvorschlag
mail-proposal-declined-body = Guten Tag { $name },

    Ihr Sessionvorschlag „{ $title }“ wurde in diesem Jahr nicht angenommen. Vielen Dank für Ihren Vorschlag; seine Seite bleibt für Sie weiterhin zugänglich:
    { $link }
mail-proposal-merge-subject = Ihr Sessionvorschlag: Zusammenlegung angefragt
mail-proposal-merge-body = Guten Tag { $name },

    das Sekretariat bittet darum, Ihren Vorschlag „{ $title }“ mit dem ähnlichen Vorschlag „{ $other }“ zusammenzulegen. Sie können auf der Seite Ihres Vorschlags zustimmen:
    { $link }
mail-report-reminder-short-subject = Kurzbericht fällig
mail-report-reminder-short-body = Guten Tag { $name },

    der Kurzbericht Ihrer Session „{ $title }“ mit den Kernbotschaften ist bis { $due } fällig. Sie können ihn hier einreichen:
    { $link }
mail-report-reminder-full-subject = Vollständiger Bericht fällig
mail-report-reminder-full-body = Guten Tag { $name },

    der vollständige Bericht Ihrer Session „{ $title }“ ist bis { $due } fällig. Sie können ihn hier einreichen:
    { $link }
topic-sessions = Sessions der Jahrestagungen
topic-sessions-none = Noch keine Session einer Jahrestagung hat dieses Thema behandelt.
speaker-role-rapporteur = Berichterstattung
home-coalitions-all = Alle Koalitionen

## trust: moderation
moderation-held-coalitions = Koalitionen, die auf Prüfung warten
moderation-held-dissents = Abweichende Meinungen, die auf Prüfung warten
coalition-hidden-title = Koalition ausgeblendet
coalition-hidden-notice = Die Moderation hat diese Koalition ausgeblendet.
coalition-held-notice = Diese Koalition wartet auf die Prüfung durch die Moderation, bevor sie aufgeführt wird.
moderation-hide-coalition = Diese Koalition ausblenden
moderation-restore-coalition = Diese Koalition wiederherstellen
moderation-hide-dissent = Diese abweichende Meinung ausblenden
moderation-restore-dissent = Diese abweichende Meinung wiederherstellen
dissent-held-notice = Diese abweichende Meinung wartet auf die Prüfung durch die Moderation, bevor andere sie sehen.
dissent-hidden-notice = Diese abweichende Meinung wurde von der Moderation ausgeblendet.
audit-action-hide-coalition = Koalition ausgeblendet
audit-action-restore-coalition = Koalition wiederhergestellt
audit-action-release-coalition = Koalition nach Prüfung veröffentlicht
audit-action-hide-dissent = Abweichende Meinung ausgeblendet
audit-action-restore-dissent = Abweichende Meinung wiederhergestellt
audit-action-release-dissent = Abweichende Meinung nach Prüfung veröffentlicht
audit-action-auto-block-coalition-posting = Schreibrechte in einer Koalition nach wiederholtem Missbrauch automatisch entzogen
notification-coalition-posting-removed = { $count ->
    [one] Dir wurden die Schreibrechte in den Diskussionen einer Koalition entzogen, weil ihre Koordination dort innerhalb von { $days } Tagen einen deiner gemeldeten Beiträge ausgeblendet hat. Anderswo kannst du weiter schreiben, und du bleibst Mitglied.
   *[other] Dir wurden die Schreibrechte in den Diskussionen einer Koalition entzogen, weil ihre Koordination dort innerhalb von { $days } Tagen { $count } deiner gemeldeten Beiträge ausgeblendet hat. Anderswo kannst du weiter schreiben, und du bleibst Mitglied.
}

## trust: accounts
form-error-control-chars = Entfernen Sie unsichtbare Steuerzeichen, etwa Textrichtungszeichen, aus diesem Feld.
signin-check-mail = Wir haben eine Nachricht an diese Adresse geschickt. Um die Registrierung abzuschließen, folgen Sie dem Link darin; wenn Sie schon ein Konto haben, melden Sie sich hier an oder legen Sie ein neues Passwort fest.
confirm-mail-subject = Bestätigen Sie Ihre Adresse, um die Registrierung abzuschließen
confirm-mail-body = Hallo { $name },

    um Ihr Konto fertig einzurichten, öffnen Sie diesen Link und bestätigen Sie, dass diese Adresse Ihnen gehört:

    { $link }

    Der Link gilt zwei Tage. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht: Ohne sie entsteht kein Konto.
confirm-title = Adresse bestätigen
confirm-intro = Damit bestätigen Sie, dass die Adresse Ihnen gehört, und melden sich bei Ihrem neuen Konto an.
confirm-submit = Bestätigen und anmelden
confirm-expired-title = Dieser Link ist nicht mehr gültig
confirm-expired-body = Bestätigungslinks gelten einmal und zwei Tage lang. Registrieren Sie sich erneut mit derselben Adresse, um einen neuen zu erhalten.
register-taken-mail-subject = Jemand wollte sich mit Ihrer Adresse registrieren
register-taken-mail-body = Guten Tag { $name },

    jemand – vielleicht Sie – wollte mit dieser E-Mail-Adresse ein neues Konto anlegen, obwohl es dafür schon eines gibt. Es wurde kein neues Konto angelegt.

    Falls Sie Ihr Passwort vergessen haben, können Sie hier ein neues festlegen:

    { $link }

    Falls Sie es nicht waren, können Sie diese Nachricht ignorieren.
suspended-title = Ihr Konto ist gesperrt
suspended-own-data = Sie können nicht mehr mitwirken, aber weiterhin alles herunterladen, was das Forum über Sie speichert, oder Ihr Konto löschen. Geben Sie dazu Ihr Passwort ein.

## trust: invitations
notification-invited-speaker = { $who } lädt Sie ein, im Sessionvorschlag „{ $title }“ zu sprechen.
notification-invited-organiser = { $who } lädt Sie ein, den Sessionvorschlag „{ $title }“ mitzuorganisieren.
invitations-title = Offene Einladungen
invitations-intro = Nichts über Sie erscheint in einem Vorschlag, bevor Sie annehmen. Als Sprecher*in ergänzt Ihr öffentliches Profil, was die Organisierenden leer gelassen haben; als Mitorganisator*in zählt der Vorschlag zu Ihrem Vorschlagslimit und Sie können ihn bearbeiten.
invitation-to-speaker = Sprechen in „{ $title }“
invitation-to-organiser = „{ $title }“ mitorganisieren
invitation-accept = Annehmen
invitation-decline = Ablehnen
invitations-sent = Einladungen
invitations-sent-intro = Per E-Mail-Adresse genannte Personen werden eingeladen, nicht hinzugefügt: Sie erscheinen im Vorschlag und zählen für die Kriterien erst, wenn sie annehmen.
invitation-kind-speaker = Sprecher*in
invitation-kind-organiser = Mitorganisator*in
invitation-pending = Antwort ausstehend
invitation-declined = abgelehnt
invitation-withdraw = Zurückziehen
hint-speaker-invite = Mit einer E-Mail-Adresse wird die Person eingeladen: Teilnehmende mit dieser Adresse erscheinen, sobald sie annehmen, und leer gelassene Felder werden dann aus ihrem öffentlichen Profil übernommen.

# Atom feeds
feed-link = Atom-Feed
feed-site-title = Neue Diskussionen
feed-dissent-title = Abweichende Meinung von { $author }
feed-post-title = { $author } in „{ $thread }“
account-feed-title = Privater Feed Ihrer Benachrichtigungen
account-feed-intro = Lesen Sie Ihre Benachrichtigungen in einem Feedreader. Die Adresse ist geheim: Wer sie hat, liest mit. Erstellen Sie eine neue (die alte funktioniert dann nicht mehr) oder widerrufen Sie sie, wenn sie bekannt wird.
account-feed-make = Neue Adresse erstellen
account-feed-revoke = Adresse widerrufen
account-feed-made = Hier ist die Adresse Ihres privaten Feeds. Sie wird nur jetzt angezeigt: Kopieren Sie sie in Ihren Feedreader und behalten Sie sie für sich.
account-feed-revoked = Die Adresse des privaten Feeds funktioniert nicht mehr.

# Watching coalitions and topics
watch-label = Beobachten:
watch-everything = Alles
watch-new-only = Nur neue Diskussionen und Veröffentlichungen
watch-off = Nicht beobachten
watch-save = Speichern
site-description = Ein offenes, mehrsprachiges Forum für den Dialog über Internetpolitik zwischen Regierungen, Zivilgesellschaft, technischer und akademischer Gemeinschaft, Wirtschaft und Medien.
following-watched = Was Sie beobachten
following-discussions = Diskussionen

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = Per E-Mail:
watch-mail-none = Keine E-Mail
watch-mail-now = Jeder Beitrag
watch-mail-daily = Tägliche Zusammenfassung
watch-mail-weekly = Wöchentliche Zusammenfassung
mail-author = { $name } ({ $group }, { $country })
mail-from-name = { $author } über { $forum }
mail-post-intro = { $author } schrieb in „{ $title }“:
mail-thread-intro = { $author } hat eine neue Diskussion begonnen, „{ $title }“:
mail-read-online = Im Forum lesen
mail-reply-hint = Antworten Sie auf diese E-Mail, um in der Diskussion zu antworten: Ihre Antwort erscheint unter Ihrem Namen, nach den Regeln des Forums.
mail-why = Sie erhalten diese E-Mail, weil Sie diese Diskussion, ihre Koalition oder eines ihrer Themen beobachten.
mail-unsubscribe = Diese E-Mails abbestellen
mail-digest-subject-daily = Ihre tägliche Zusammenfassung: { $count ->
    [one] ein neuer Beitrag
   *[other] { $count } neue Beiträge
}
mail-digest-subject-weekly = Ihre wöchentliche Zusammenfassung: { $count ->
    [one] ein neuer Beitrag
   *[other] { $count } neue Beiträge
}
mail-digest-intro = Neu in dem, was Sie beobachten, seit Ihrer letzten Zusammenfassung:
mail-digest-unsubscribe = Diese Zusammenfassungen abbestellen
mail-bounce-subject = Ihre Nachricht konnte nicht veröffentlicht werden
mail-bounce-intro = Ihre Nachricht „{ $subject }“ konnte im Forum nicht veröffentlicht werden.
mail-bounce-footer = Es wurde nichts veröffentlicht. Sie können stattdessen im Forum antworten: { $url }
mail-bounce-off = Dieses Forum nimmt keine Antworten per E-Mail an.
mail-bounce-no-address = Sie wurde nicht an die Antwortadresse einer Diskussion gesendet. Antworten Sie auf die E-Mail des Forums mit der Antworten-Funktion Ihres E-Mail-Programms.
mail-bounce-forged = Die Antwortadresse stammt nicht von diesem Forum oder wurde verändert.
mail-bounce-wrong-sender = Sie kam nicht von der Adresse, für die die Antwortadresse erstellt wurde. Antworten Sie von der Adresse, an die das Forum schreibt.
mail-bounce-account = Das Konto, für das sie erstellt wurde, wurde geschlossen oder gesperrt.
mail-bounce-empty = Nach dem Entfernen der zitierten Nachricht und der Signatur blieb nichts zu veröffentlichen.
mail-bounce-too-long = Sie ist länger, als ein Beitrag sein darf.
mail-bounce-forbidden = Sie dürfen in dieser Diskussion nicht schreiben: Ihr Schreibrecht dort wurde entzogen.
mail-bounce-not-found = Die Diskussion gibt es nicht mehr, oder sie kann nicht gelesen werden.
unsubscribe-title = E-Mails abbestellen
unsubscribe-confirm = Die E-Mails zu dieser Beobachtung abbestellen? Im Forum beobachten Sie sie weiter.
unsubscribe-confirm-daily = Ihre täglichen Zusammenfassungen abbestellen? Im Forum beobachten Sie alles weiter.
unsubscribe-confirm-weekly = Ihre wöchentlichen Zusammenfassungen abbestellen? Im Forum beobachten Sie alles weiter.
unsubscribe-button = Diese E-Mails abbestellen
unsubscribe-done = Erledigt: Sie erhalten diese E-Mails nicht mehr. Auf der Seite dessen, was Sie verfolgen, können Sie neu wählen.
unsubscribe-invalid = Dieser Abbestell-Link ist ungültig. Kopieren Sie die ganze Adresse aus der E-Mail, oder ändern Sie Ihre Einstellungen auf der Seite dessen, was Sie verfolgen.
