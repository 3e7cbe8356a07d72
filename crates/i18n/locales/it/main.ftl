# Stringhe dell’interfaccia di Convene: italiano. Questo file deve contenere esattamente
# gli stessi identificativi di messaggio del riferimento inglese (lo verifica un test).

## Elementi del sito
site-name = Convene
site-tagline = Un forum aperto per il dialogo sulle politiche di Internet
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-home = Home
nav-about = Informazioni
language-label = Lingua
language-switcher-title = Leggi questa pagina in un’altra lingua
content-exists-in = Questo contenuto è disponibile in: { $languages }
footer-mission = Questo forum non adotta decisioni vincolanti. Riunisce tutti i gruppi di parti interessate attorno allo stesso tavolo e rende pubblico quanto vi viene detto.
footer-powered = Realizzato con Convene, software libero.
# Nome di una lingua come si usa all’interno di una frase («tradotto in …»). Le lingue
# prive di nome qui vengono indicate con il loro codice.
language-name = { $code ->
    [en] inglese
    [ar] arabo
    [de] tedesco
    [es] spagnolo
    [fr] francese
    [it] italiano
    [ru] russo
    [zh] cinese
   *[other] { $code }
}

## Pagina iniziale
home-title = Benvenuti
home-intro = Governi, organismi intergovernativi, società civile, comunità tecnica e accademica, imprese e media si incontrano qui su un piano di parità per discutere della governance di Internet. Chiunque può partecipare; ogni intervento è accompagnato dall’indicazione del gruppo di parti interessate e del paese che rappresenta.
home-read-about = Per saperne di più sul mandato del forum
home-meetings = Riunioni annuali
home-meetings-empty = Non è stata ancora annunciata alcuna riunione annuale.
meeting-place = { $city }, { $country }
meeting-dates = { $start } – { $end }
home-coalitions = Coalizioni dinamiche
home-coalitions-intro = Gran parte del lavoro si svolge tra una riunione e l’altra, all’interno di coalizioni aperte a cui chiunque può aderire.
home-coalitions-empty = Non è stata ancora costituita alcuna coalizione.
coalition-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
home-threads = Discussioni recenti
home-threads-empty = Non è stato ancora pubblicato nulla.
thread-posts = { $count ->
    [one] { $count } messaggio
   *[other] { $count } messaggi
}
thread-next-page = Pagina successiva dei messaggi

## Pagina della coalizione
coalition-discussions = Discussioni
coalition-members-heading = Membri
coalition-coordinator = Coordinatore

## Avvisi sulla traduzione
translation-untranslated = Questa pagina non è ancora stata tradotta in { $language }; viene pertanto mostrato l’originale in { $original }.
translation-untranslated-help = Contribuisci alla traduzione, affinché più persone possano leggerla nella propria lingua.
translation-translate-link = Traduci questa pagina
translation-outdated = Questa traduzione potrebbe non essere aggiornata: l’originale è stato modificato dopo la traduzione.
translation-very-outdated = { $behind ->
    [one] Questa traduzione è indietro di { $behind } revisione rispetto all’originale e il suo contenuto potrebbe non corrispondere più.
   *[other] Questa traduzione è indietro di { $behind } revisioni rispetto all’originale e il suo contenuto potrebbe non corrispondere più.
}
translation-read-original = Leggi l’originale ({ $original })

## Gruppi di parti interessate
stakeholder-government = Governo
stakeholder-intergovernmental = Organizzazione intergovernativa
stakeholder-civil-society = Società civile
stakeholder-technical-community = Comunità tecnica
stakeholder-academia = Mondo accademico
stakeholder-private-sector = Settore privato
stakeholder-media = Media

## Gruppi regionali delle Nazioni Unite
region-african = Gruppo degli Stati africani
region-asia-pacific = Gruppo degli Stati dell’Asia e del Pacifico
region-eastern-european = Gruppo degli Stati dell’Europa orientale
region-latin-american-caribbean = Gruppo degli Stati dell’America Latina e dei Caraibi
region-western-european-others = Gruppo degli Stati dell’Europa occidentale e altri Stati
region-intergovernmental = Organizzazioni intergovernative
region-other = Altro

## Errori
error-not-found-title = Pagina non trovata
error-not-found-body = Non c’è nulla a questo indirizzo. La pagina potrebbe essere stata spostata, oppure il link potrebbe contenere un errore di battitura.
error-bad-request-title = Richiesta non compresa
error-bad-request-body = Non è stato possibile leggere la richiesta. Si prega di tornare indietro e riprovare.
error-internal-title = Si è verificato un errore interno
error-internal-body = Il problema è stato registrato. Si prega di riprovare tra qualche istante.
error-unavailable-title = Temporaneamente non disponibile
error-unavailable-body = Al momento il forum non riesce ad accedere al proprio database. Si prega di riprovare tra qualche istante.
error-go-home = Torna alla pagina iniziale
