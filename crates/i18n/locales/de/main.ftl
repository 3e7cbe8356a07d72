# Convene-Oberflächentexte: Deutsch. Die Referenz ist die englische Datei; jede Sprache
# muss genau deren Nachrichten-IDs enthalten (ein Test prüft das).

## Kopf- und Fußbereich
site-name = Convene
site-tagline = Ein offenes Forum für den Dialog über Internetpolitik
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Startseite
nav-about = Über das Forum
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
