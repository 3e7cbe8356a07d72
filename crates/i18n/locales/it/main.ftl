# Stringhe dell’interfaccia di Convene: italiano. Questo file deve contenere esattamente
# gli stessi identificativi di messaggio del riferimento inglese (lo verifica un test).

## Elementi del sito
site-name = Convene
site-tagline = Un forum aperto per il dialogo sulle politiche di Internet
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-home = Home
nav-about = Informazioni
nav-signin = Accedi
nav-register = Registrati
nav-account = Il suo account
nav-audit = Registro di controllo
nav-signout = Esci
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

## Persone
former-participant = Ex partecipante
profile-suspended = Questo account è sospeso.
profile-coalitions = Coalizioni
profile-no-coalitions = Non è ancora membro di alcuna coalizione.
profile-posts = Messaggi recenti
moderation-title = Moderazione
moderation-suspend = Sospendi questo account
moderation-reinstate = Riattiva questo account

## Moduli
form-error-summary = Si prega di correggere quanto segue
form-choose = Selezionare…
form-error-required = Questo campo è obbligatorio.
form-error-too-long = Il testo è troppo lungo.
form-error-email = Inserire un indirizzo email, ad esempio name@example.org.
form-error-choose = Selezionare una delle opzioni.
form-error-language = Utilizzare codici di lingua come sw, pt o fa, separati da virgole.
form-error-too-many = Selezionare un numero minore di lingue.
form-error-password-short = Utilizzare almeno 10 caratteri.
form-error-password-email = La password non può coincidere con il suo indirizzo email.
form-error-password-wrong = La password non è corretta.
form-error-coc = Per partecipare è necessario accettare il Codice di condotta.
form-error-signin = L’indirizzo email o la password non sono corretti, oppure l’indirizzo non è ancora stato confermato: dopo la registrazione, segui prima il link che ti abbiamo inviato.
form-error-suspended = Questo account è sospeso e non consente l’accesso.
field-display_name = Nome
field-email = Indirizzo email
field-password = Password
field-stakeholder_group = Gruppo di parti interessate
field-country = Paese
field-affiliation = Organizzazione
field-gender = Genere (facoltativo)
field-languages = Lingue che legge
field-languages_other = Altre lingue (codici come sw, pt)
field-ui_lang = Lingua dell’interfaccia
field-coc = Accetto il Codice di condotta
field-reason = Motivo
hint-password = Almeno 10 caratteri. Una breve frase è facile da ricordare e difficile da indovinare.
hint-affiliation = Viene mostrata insieme a ciò che scrive, a meno che non parli a nome di un governo.
hint-gender = Lo descriva con parole sue oppure lasci il campo vuoto. Questa informazione non viene mai mostrata e serve solo per statistiche anonime sulla diversità.
hint-delete-password = Inserire la password per confermare.

## Registrazione e accesso
register-title = Registrazione
register-intro = Chiunque può partecipare. Tutto ciò che scrive viene mostrato insieme al suo nome, al suo gruppo di parti interessate e al paese o all’organizzazione che rappresenta.
register-read-coc = (consultarlo)
register-submit = Crea il mio account
register-have-account = Ha già un account?
signin-title = Accesso
signin-submit = Accedi
signin-forgot = Ha dimenticato la password?
signin-no-account = Non ha ancora un account?
signin-after-reset = La password è stata modificata. Si prega di accedere con la nuova password.
reset-title = Reimpostazione della password
reset-intro = Inserisca l’indirizzo email del suo account: le invieremo un link per scegliere una nuova password.
reset-submit = Invia il link
reset-sent-title = Controlli la sua posta
reset-sent-body = Se questo indirizzo è associato a un account, le è stato inviato un link per scegliere una nuova password. Il link è valido per un’ora.
reset-new-title = Scelta di una nuova password
reset-new-submit = Salva la nuova password
reset-expired-title = Questo link non è più valido
reset-expired-body = I link di reimpostazione possono essere utilizzati una sola volta, entro un’ora. Si prega di richiederne uno nuovo.
reset-mail-subject = Link per reimpostare la password
reset-mail-body = Gentile { $name },

    qualcuno, probabilmente lei, ha chiesto di reimpostare la password del suo account. Per scegliere una nuova password, apra questo link entro un’ora:

    { $link }

    Se non ha effettuato questa richiesta, può ignorare questo messaggio; la sua password resterà invariata.

## Account
account-title = Il suo account
account-saved = Il profilo è stato salvato.
account-save = Salva
account-your-data = I suoi dati
account-export-intro = Scarichi in un file JSON tutti i dati che il forum conserva su di lei.
account-export = Scarica i miei dati
account-delete = Elimina il mio account
account-email = Indirizzo email registrato
delete-title = Eliminazione dell’account
delete-explain = Il suo nome, il suo indirizzo email e i suoi dati personali saranno cancellati e la sessione verrà chiusa. I suoi messaggi resteranno nell’archivio pubblico e saranno attribuiti a un ex partecipante.
delete-submit = Elimina il mio account

## Registro di controllo
audit-title = Registro di controllo
audit-empty = Non è stato ancora registrato nulla.
audit-when = Data
audit-who = Autore
audit-action = Azione
audit-whom = Account
audit-older = Voci meno recenti
audit-action-suspend = Sospensione
audit-action-reinstate = Riattivazione
audit-action-set-role = Modifica del ruolo
audit-action-proposal = Decisione su una sessione
audit-target-session = Sessione { $id }

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
error-forbidden-title = Operazione non consentita
error-forbidden-body = Il suo account non dispone dell’autorizzazione necessaria per questa operazione.
error-csrf-title = Questo modulo è scaduto
error-csrf-body = Per motivi di sicurezza non è stato possibile inviare il modulo. Si prega di tornare indietro, ricaricare la pagina e riprovare.
error-too-many-title = Troppi tentativi
error-too-many-body = Si prega di attendere qualche minuto prima di riprovare.
error-too-large-title = Richiesta troppo grande
error-too-large-body = I dati inviati superano la dimensione accettata da questo forum (1 MB). Si prega di ridurli e riprovare.

## Roles
field-role = Ruolo
role-save = Cambia ruolo
role-participant = Partecipante
role-reviewer = Revisore (comitato di programma)
role-moderator = Moderatore
role-secretariat = Segreteria

## Traduzione dei contenuti
nav-translations = Traduzioni
translate-title = Traduci «{ $title }» in { $language }
translate-original = Originale in { $language }, revisione { $revision }
translate-your-translation = La sua traduzione in { $language }
field-title = Titolo
field-body = Testo (Markdown)
translate-submit = Proponi questa traduzione
translate-publish = Pubblica questa traduzione
translate-proposed = Grazie. La sua traduzione è stata proposta e sarà pubblicata non appena approvata.
translate-published = La traduzione è stata pubblicata.
translate-same-language = Questo testo è scritto in questa lingua, quindi non c’è nulla da tradurre.
translate-pending = Proposte in attesa di approvazione
translate-approve = Approva e pubblica
translate-outdated-note = La traduzione pubblicata è stata realizzata a partire da una revisione precedente dell’originale. Si prega di aggiornarla.
status-title = Stato delle traduzioni
status-intro = Quanta parte dei contenuti del forum si può leggere in ciascuna lingua e che cosa resta da fare. Chiunque sia registrato può proporre una traduzione.
status-language = Lingua
status-current = Aggiornato
status-outdated = Non aggiornato
status-missing = Non tradotto
status-percent = { $percent }% aggiornato
status-needs-work = Da tradurre in { $language }
status-all-done = Tutto è tradotto e aggiornato.
translator-trust = Riconosci come traduttore di fiducia
translator-untrust = Revoca la qualifica di traduttore di fiducia
translator-badge = Traduttore di fiducia
audit-action-trust-translator = Riconoscimento come traduttore di fiducia
audit-action-untrust-translator = Revoca della qualifica di traduttore di fiducia
edit-original-link = Modifica l’originale
edit-original-title = Modifica «{ $title }»
edit-original-explain = Si sta modificando il testo originale. Tutte le traduzioni verranno segnalate come non aggiornate finché non saranno riviste.
edit-original-save = Salva una nuova revisione

## Stato della coalizione e adesione
standing-forming = Stato: in via di costituzione
standing-active = Stato: attivo
standing-inactive = Stato: inattivo
standing-needs-groups = Gruppi di parti interessate rappresentati tra i membri: { $value }; per il riconoscimento ne occorrono almeno tre.
standing-needs-action-plan = Non è ancora disponibile un piano d’azione.
standing-needs-contact = Non è ancora stata designata una persona di contatto.
standing-criteria-met = I criteri per il riconoscimento sono soddisfatti: membri di almeno tre gruppi di parti interessate, un piano d’azione e una persona di contatto.
standing-output = Ultimo rapporto annuale o documento: { $value }.
standing-first-report-due = Nuova coalizione: il primo rapporto annuale o documento è atteso nel { $value }.
standing-no-recent-output = Nessun rapporto annuale né documento dal { $value }. Una coalizione che non ne pubblica per due anni viene indicata come inattiva.
standing-never-reported = Non è stato pubblicato alcun rapporto annuale né documento. Una coalizione che non ne pubblica per due anni viene indicata come inattiva.
standing-recognized = Riconosciuta dalla Segreteria il { $date }.
standing-not-recognized = Non ancora riconosciuta dalla Segreteria.
coalition-action-plan = Piano d’azione
coalition-join = Aderisci a questa coalizione
coalition-leave = Lascia questa coalizione
coalition-signin-to-join = Accedere per aderire a questa coalizione
coalition-you-are-member = Lei è membro di questa coalizione.
coalition-start-thread = Avvia una discussione

## Discussioni
thread-new-title = Avvio di una discussione
thread-create = Avvia la discussione
thread-reply-title = Risposta
thread-reply-submit = Pubblica la risposta
thread-reply-link = Rispondi
thread-quote-link = Cita
thread-in-reply = In risposta a un messaggio precedente
thread-signin-to-reply = Accedere per partecipare a questa discussione
field-post = Il suo messaggio
field-lang = Lingua in cui scrive
hint-markdown = È possibile utilizzare Markdown: *enfasi*, **grassetto**, link, elenchi e > per le citazioni.

## Elenco delle coalizioni e proposte
nav-coalitions = Coalizioni
coalitions-title = Coalizioni dinamiche
coalitions-intro = Tutte le coalizioni, il loro stato e le relative ragioni. Chiunque può proporne una; la Segreteria la riconosce quando conta membri di almeno tre gruppi di parti interessate, un piano d’azione e una persona di contatto.
coalitions-propose = Proponi una coalizione
coalition-propose-title = Proposta di una coalizione
coalition-propose-intro = Spieghi perché la coalizione è necessaria e che cosa intende fare. Lei ne diventerà coordinatore e persona di contatto; gli altri potranno aderire con un clic.
field-name = Nome
field-mission = Perché è necessaria
field-action_plan = Piano d’azione
coalition-propose-submit = Proponi la coalizione
coalition-recognize = Riconosci questa coalizione
coalition-make-coordinator = Nomina co-coordinatore
error-conflict-title = Non ancora possibile
error-conflict-body = Le regole del forum non sono ancora soddisfatte. La pagina da cui proviene indica che cosa manca.

## Equilibrio delle parti interessate
balance-members-title = Chi sono i membri
balance-posts-title = Chi è intervenuto in questa discussione
balance-by-group = Per gruppo di parti interessate
balance-by-region = Per gruppo regionale

## Temi di politica pubblica e mandato
nav-topics = Temi
topics-title = Temi di politica pubblica
topics-intro = Le questioni che il forum segue di anno in anno. Ogni tema raccoglie le relative coalizioni e discussioni, affinché nessuna politica in materia giunga inaspettata.
topics-label = Temi:
field-topics = Temi di politica pubblica
topic-mandate = Parti del mandato a cui contribuisce
mandate-1 = Politiche pubbliche sugli elementi chiave di Internet
mandate-2 = Questioni trasversali che riguardano più organismi internazionali
mandate-3 = Raccordo con le organizzazioni intergovernative
mandate-4 = Scambio di informazioni e buone pratiche
mandate-5 = Disponibilità e accessibilità economica nei paesi in via di sviluppo
mandate-6 = Partecipazione delle parti interessate, soprattutto dei paesi in via di sviluppo
mandate-7 = Individuazione delle questioni emergenti e formulazione di raccomandazioni
mandate-8 = Rafforzamento delle capacità nei paesi in via di sviluppo
mandate-9 = Applicazione dei principi del Vertice mondiale
mandate-10 = Risorse critiche di Internet
mandate-11 = Uso e uso improprio di Internet che riguardano gli utenti comuni
mandate-12 = Pubblicazione degli atti

## Risultati delle coalizioni e opinioni dissenzienti
outputs-title = Risultati
outputs-none = Non è stato ancora pubblicato nulla.
output-kind-yearly-report = Rapporto annuale
output-kind-thematic-paper = Documento tematico
output-kind-statement = Dichiarazione
output-publish-title = Pubblicazione di un documento
field-kind = Tipo di documento
field-year = Anno
output-publish-submit = Pubblica
output-versions = Versioni
output-version = Versione { $value } del { $date }
output-old-version = Sta leggendo la versione { $value }, che non è quella attuale.
output-read-current = Leggi la versione attuale
dissents-title = Opinioni dissenzienti
dissents-intro = I membri che non concordano con questo documento lo dichiarano qui, con il proprio nome. Le opinioni dissenzienti sono sempre mostrate insieme al documento.
dissents-none = Nessun membro ha espresso un’opinione dissenziente.
field-dissent = La sua opinione dissenziente
dissent-submit = Firma e aggiungi la mia opinione dissenziente
dissent-members-only = I membri della coalizione possono aggiungere un’opinione dissenziente.

## Moderazione
nav-moderation = Moderazione
flag-post = Segnala questo messaggio
flag-submit = Invia ai moderatori
flag-thanks = Grazie. I moderatori esamineranno il messaggio che ha segnalato.
post-hidden = Questo messaggio è stato nascosto dai moderatori. Motivo:
post-held = In attesa di revisione: questo messaggio è visibile solo a lei e ai moderatori.
post-held-notice = Grazie. Il suo messaggio sarà visibile non appena un moderatore lo avrà esaminato; ciò vale per i primi messaggi dei nuovi account.
moderation-hide-post = Nascondi questo messaggio
moderation-restore-post = Ripristina questo messaggio
moderation-release = Pubblica questo messaggio
moderation-queue-title = Coda di moderazione
moderation-flags = Messaggi segnalati
moderation-held = Messaggi in attesa di revisione
moderation-nothing = Non c’è nulla in attesa.
moderation-dismiss = Respingi la segnalazione
posting-rights-title = Diritto di pubblicazione
posting-rights-removed = Questo account può continuare a leggere e resta membro, ma non può pubblicare.
posting-rights-remove = Revoca il diritto di pubblicazione
posting-rights-restore = Ripristina il diritto di pubblicazione
settings-title = Impostazioni del sito
settings-hold-first-posts = Trattenere i primi messaggi dei nuovi account finché non sono stati esaminati da un moderatore
audit-action-hide-post = Occultamento di un messaggio
audit-action-restore-post = Ripristino di un messaggio
audit-action-release-post = Pubblicazione di un messaggio dopo la revisione
audit-action-block-posting = Revoca del diritto di pubblicazione
audit-action-unblock-posting = Ripristino del diritto di pubblicazione

## Modifica dei messaggi e discussioni seguite
nav-following = Discussioni seguite
post-edit = Modifica
post-edited = Modificato: vedi le versioni precedenti
post-edit-title = Modifica del suo messaggio
post-edit-explain = Le versioni precedenti restano consultabili da tutti, così che la storia della discussione non venga mai riscritta.
post-history-title = Versioni precedenti di questo messaggio
post-history-current = Torna alla versione attuale
follow = Segui
unfollow = Non seguire più
following-title = Coalizioni e discussioni che segue
following-intro = Le discussioni che segue e tutte le discussioni delle coalizioni che segue, a partire da quelle con l’attività più recente.
following-none = Non segue ancora alcuna coalizione né alcuna discussione. Utilizzi il pulsante «Segui» di una coalizione o di una discussione.

# notifications
nav-notifications = Notifiche
nav-notifications-unread = { $count ->
    [one] Notifiche ({ $count } nuova)
   *[other] Notifiche ({ $count } nuove)
}
notifications-title = Notifiche
notifications-mark-read = Segna tutte come lette
notifications-none = Non ha notifiche. Segua una coalizione o una discussione per essere avvisato dei nuovi messaggi.
notifications-older = Notifiche precedenti
notification-unread = Nuova
notification-new-post = { $author } ha risposto in «{ $title }»
notification-new-output = Nuova pubblicazione: «{ $title }»
notification-new-thread = { $author } ha avviato una nuova discussione: «{ $title }»
notification-posting-removed = { $count ->
    [one] Le è stato revocato il diritto di pubblicazione perché i moderatori hanno nascosto uno dei suoi messaggi segnalati nell’arco di { $days } giorni. Resta membro delle sue coalizioni e può continuare a leggere e seguire le discussioni.
   *[other] Le è stato revocato il diritto di pubblicazione perché i moderatori hanno nascosto { $count } dei suoi messaggi segnalati nell’arco di { $days } giorni. Resta membro delle sue coalizioni e può continuare a leggere e seguire le discussioni.
}
field-abuse-threshold = Revocare automaticamente il diritto di pubblicazione dopo questo numero di segnalazioni confermate
settings-abuse-threshold-hint = Si contano i messaggi segnalati di una persona che i moderatori hanno nascosto negli ultimi 90 giorni; 0 disattiva la regola. L’iscrizione non viene mai revocata.
form-error-threshold = Inserisca un numero intero da 0 a 100.
audit-action-auto-block-posting = Revoca automatica del diritto di pubblicazione per abusi ripetuti

# meetings
nav-meetings = Riunioni
nav-agenda = La mia agenda
nav-reviews = Valutazioni
meetings-title = Riunioni annuali
meetings-intro = Il forum si riunisce una volta l’anno, ogni anno in un paese ospitante diverso. Ogni riunione ha il suo tema, il suo invito a presentare proposte di sessione e il suo programma.
meetings-hosts = Paesi ospitanti nel corso degli anni
meeting-label = Riunione
meeting-theme = Tema
meeting-new = Nuova riunione annuale
meeting-create = Crea la riunione
meeting-tracks = Filoni tematici
meeting-call = Invito a presentare proposte di sessione
meeting-call-open = L’invito è aperto ({ $opens } – { $closes }).
meeting-call-closed = L’invito non è aperto in questo momento (periodo previsto: { $opens } – { $closes }).
meeting-call-none = Non è ancora stato fissato alcun invito a presentare proposte di sessione.
meeting-my-proposals = Le sue proposte
meeting-programme = Programma
meeting-sessions-count = { $count ->
    [one] { $count } sessione accettata
   *[other] { $count } sessioni accettate
}
meeting-secretariat = Per la Segreteria
meeting-settings = Impostazioni
back-to-meeting = Torna alla riunione
field-host_country = Paese ospitante
field-city = Città
field-starts_on = Primo giorno
field-ends_on = Ultimo giorno
field-time_zone = Fuso orario della sede
field-call_opens_on = Data di apertura dell’invito
field-call_closes_on = Data di chiusura dell’invito
field-proposal_limit = Proposte per persona
field-word_limit = Numero massimo di parole per descrizione
field-track-name = Nome del filone tematico
field-room-name = Nome della sala
field-capacity = Posti
hint-theme = Il tema generale; la descrizione va inserita qui sotto.
hint-time-zone = Un nome di fuso orario IANA, ad esempio Africa/Nairobi o Europe/Oslo. Gli orari delle sessioni sono espressi nell’ora locale della sede.
hint-proposal-limit = Quante proposte una stessa persona può presentare come organizzatore; 0 significa nessun limite.
track-add = Aggiungi un filone tematico
room-add = Aggiungi una sala
room-capacity = { $count ->
    [one] { $count } posto
   *[other] { $count } posti
}
form-save = Salva
form-error-number = Inserire un numero intero compreso nell’intervallo consentito.
form-error-date = Inserire una data nel formato anno-mese-giorno.
form-error-date-order = Questa data precede quella che dovrebbe seguire.
form-error-time-zone = Questo fuso orario non è riconosciuto. Utilizzare un nome come Africa/Nairobi.
form-error-year-taken = Esiste già una riunione per quest’anno.
form-error-participation = Indicare il numero di persone che hanno partecipato, in presenza o online.
proposal-new = Proponi una sessione
proposal-new-intro = La sua proposta resta una bozza privata, visibile solo a lei e ai co-organizzatori che aggiunge, finché non la presenta. La pagina della bozza indica quali criteri non sono ancora soddisfatti.
proposal-save = Salva la proposta
proposal-edit = Modifica la proposta
proposal-submit = Presenta la proposta
proposal-organisers = Organizzatori
proposal-speakers = Relatori e moderatore
proposal-no-speakers = Nessun relatore per ora.
proposal-status-draft = Bozza
proposal-status-submitted = Presentata
proposal-status-in-review = In valutazione
proposal-status-accepted = Accettata
proposal-status-declined = Non accettata
proposal-status-merge-requested = Fusione richiesta
proposal-status-merged = Accorpata a un’altra proposta
field-description = Descrizione
field-policy_questions = Domande di politica pubblica
field-session_type = Tipo di sessione
field-format = Formato
field-duration = Durata
field-mode = In presenza o online
field-session_lang = Lingua della sessione
field-track = Filone tematico
field-coalitions = Coalizioni collegate
field-organisation = Organizzazione
field-group = Gruppo di parti interessate
field-organiser_email = Indirizzo email del co-organizzatore
hint-word-limit = { $count ->
    [one] Al massimo { $count } parola.
   *[other] Al massimo { $count } parole.
}
hint-policy-questions = Le domande che la sessione discuterà, una per riga.
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
session-type-workshop = Workshop
session-type-main = Sessione principale
session-type-open-forum = Forum aperto
session-type-coalition = Sessione di coalizione dinamica
session-type-best-practice = Sessione di forum sulle buone pratiche
session-type-nri = Sessione delle iniziative nazionali e regionali
session-type-networking = Sessione di networking
session-type-lightning = Intervento lampo
session-type-launch = Lancio o premiazione
session-type-town-hall = Assemblea pubblica
session-type-day-zero = Evento del giorno 0
session-format-panel = Panel
session-format-break-out = Lavoro in sottogruppi
session-format-debate = Dibattito
session-format-roundtable = Tavola rotonda
session-format-birds-of-a-feather = Incontro informale per affinità
session-format-flash = Sessione lampo
session-mode-hybrid = Ibrida: in presenza e online
session-mode-onsite = In presenza
session-mode-online = Solo online
gender-woman = Donna
gender-man = Uomo
gender-non-binary = Non binario
gender-undisclosed = Preferisce non dirlo
speaker-role-moderator = Moderatore
speaker-role-speaker = Relatore
speaker-onsite = In presenza
speaker-online = Online
speaker-add = Aggiungi un relatore
speaker-add-intro = I relatori possono essere partecipanti di questo forum o persone invitate. Il genere viene chiesto solo per verificare il criterio di diversità; è visibile agli organizzatori e non viene mai pubblicato.
speaker-remove = Rimuovi
organiser-add = Aggiungi un co-organizzatore
criteria-title = Criteri minimi
criteria-intro = Per poter presentare la proposta devono essere soddisfatti questi criteri:
criteria-all-met = Tutti i criteri minimi sono soddisfatti: la proposta può essere presentata.
criterion-call-closed = L’invito a presentare proposte oggi non è aperto.
criterion-incomplete = Tutti i campi devono essere compilati: titolo, descrizione, domande di politica pubblica, tipo di sessione, formato, durata e modalità (in presenza o online).
criterion-too-long = La descrizione conta { $words } parole; ne sono consentite al massimo { $limit }.
criterion-speakers = { $count ->
    [one] Servono almeno 3 relatori; ce n’è { $count }.
   *[other] Servono almeno 3 relatori; ce ne sono { $count }.
}
criterion-gender = Almeno un relatore deve essere di un genere diverso da quello degli altri.
criterion-groups = I relatori devono provenire da più di un gruppo di parti interessate.
criterion-onsite = Una sessione ibrida o in presenza richiede che il moderatore e almeno due relatori siano in presenza.
criterion-missing-report = { $name } non ha presentato il rapporto di una sessione precedente.
criterion-reviewer = { $name } valuta le proposte e non può presentarne.
criterion-limit = { $name } organizza già il numero massimo consentito di proposte presentate ({ $limit }).
merge-title = Fusione richiesta
merge-intro = La Segreteria chiede che questa proposta venga unita a una proposta simile. Se accetta, i suoi organizzatori e relatori vi saranno trasferiti:
merge-agree = Accetta e unisci
session-when = Data e ora
session-room = Sala
session-online = Sala virtuale
interest-add = Aggiungi alla mia agenda
interest-remove = Rimuovi dalla mia agenda
interest-count = { $count ->
    [one] { $count } persona interessata
   *[other] { $count } persone interessate
}
review-title = Valutazione
review-assigned = Revisori assegnati
review-none-assigned = Non è stato ancora assegnato alcun revisore.
field-reviewer_email = Indirizzo email del revisore
review-assign = Assegna un revisore
review-scores = Punteggi
review-reviewer = Revisore
review-relevance = Pertinenza
review-content = Contenuto
review-diversity = Diversità
review-format = Formato
review-relevance-hint = In che misura la sessione risponde al tema della riunione e alle sue domande di politica pubblica.
review-content-hint = Chiarezza, sostanza e qualità della preparazione della proposta.
review-diversity-hint = Diversità di relatori e organizzatori: genere, regione, gruppo di parti interessate, età e posizioni sulle politiche.
review-format-hint = Se il formato è adatto allo scopo e funziona per chi partecipa in presenza e online.
review-total = Totale
review-comments = Commenti
review-decide = Decidi
field-outcome = Esito
field-merge_with = Unisci alla proposta numero
review-yours = La sua valutazione
review-save = Salva la valutazione
review-dashboard = Proposte e valutazione
review-no-track = Nessun filone tematico
review-proposal-count = { $count ->
    [one] { $count } proposta presentata
   *[other] { $count } proposte presentate
}
review-status = Stato
review-mean = Punteggio medio
review-spread = Scarto
review-count = Valutazioni
review-marks = Contrassegni
review-mark-first-time = Prima proposta
review-mark-developing = Da un paese in via di sviluppo
review-queue = Proposte da valutare
review-queue-empty = Non le è stata assegnata alcuna proposta.
review-done = valutata
review-to-do = da valutare
agenda-title = Agenda
agenda-ics = Agenda in formato calendario (iCalendar)
agenda-ics-one = Aggiungi a un calendario (iCalendar)
agenda-frab-json = Programma per app congressuali (JSON)
agenda-frab-xml = Programma per app congressuali (XML)
agenda-times-in = orari nell’ora locale della sede ({ $zone })
agenda-filter = Filtra l’agenda
agenda-any = Qualsiasi
agenda-day = Giorno
agenda-speaker-group = Gruppo di parti interessate dei relatori
agenda-apply = Mostra
agenda-clear = Azzera i filtri
agenda-shown = { $count ->
    [one] { $count } sessione
   *[other] { $count } sessioni
}
agenda-unscheduled = Sessioni non ancora in calendario
agenda-as-timetable = Vedi la griglia oraria: le sale affiancate, un giorno alla volta
timetable-as-list = Vedi il programma come elenco
timetable-title = Griglia oraria
timetable-time = Ora
timetable-no-room = Sala da definire
timetable-hint = Le sale in colonna, gli orari in riga. Su uno schermo piccolo scorri di lato: gli orari restano visibili.
timetable-region = Griglia oraria di { $day }
timetable-empty = Nessuna sessione di questo giorno corrisponde ai filtri.
timetable-elsewhere = { $count ->
    [one] Una sessione non è nella griglia (ancora senza orario o sala): vedi l’elenco.
   *[other] { $count } sessioni non sono nella griglia (ancora senza orario o sala): vedi l’elenco.
}
agenda-personal = La mia agenda
agenda-personal-intro = Le sessioni che ha aggiunto alla sua agenda, in ordine cronologico.
agenda-personal-empty = La sua agenda è vuota. Utilizzi il pulsante «Aggiungi alla mia agenda» nella pagina di una sessione.
agenda-feed = Abbonamento al calendario
agenda-feed-intro = Si abboni a questo indirizzo privato nella sua app di calendario per ritrovarvi la sua agenda. Chiunque conosca l’indirizzo può leggere la sua agenda.
schedule-title = Pianificazione
schedule-rooms = Sale
schedule-no-rooms = Nessuna sala per ora: le aggiunga nelle impostazioni della riunione.
schedule-clashes = Persone impegnate in sessioni che si sovrappongono
schedule-no-clashes = Nessuno è impegnato in due sessioni contemporaneamente.
schedule-clash = { $person } partecipa sia a «{ $first }» sia a «{ $second }» alla stessa ora.
schedule-room-taken = La sala { $room } è già occupata in quell’orario da «{ $other }». Non è stato modificato nulla.
schedule-sessions = Sessioni accettate
schedule-place = Sala e orario
schedule-save = Assegna
report-title = Rapporto della sessione
report-none = Non è stato ancora presentato alcun rapporto.
report-file = Presenta o aggiorna il rapporto
report-back = Torna alla sessione
report-intro = Presenti il rapporto breve con i messaggi chiave subito dopo la sessione e il rapporto completo entro due settimane. Gli organizzatori che non presentano mai il rapporto non possono proporre sessioni per la riunione successiva.
report-short-only = È stato presentato solo il rapporto breve; quello completo è ancora atteso.
report-participation = Partecipazione
report-transcript = Trascrizione
report-transcript-notice = Le trascrizioni e i sottotitoli in tempo reale vengono pubblicati per aiutare a seguire i lavori. Non costituiscono un resoconto ufficiale della sessione.
report-save-short = Salva come rapporto breve
report-save-full = Salva come rapporto completo
field-key_messages = Messaggi chiave
field-key_issues = Principali questioni sollevate
field-presentations = Sintesi di ciascuna presentazione
field-discussion = Discussione
field-takeaways = Conclusioni e prossimi passi
field-onsite_count = Partecipanti in presenza
field-online_count = Partecipanti online
hint-key_messages = Fino a tre messaggi che la sessione vuole trasmettere al forum.
hint-key_issues = Le questioni di politica pubblica sollevate nella sessione.
hint-presentations = Una breve sintesi di quanto detto da ciascun relatore.
hint-discussion = Quanto sollevato nella discussione dai partecipanti, in presenza e online.
hint-takeaways = Ciò che è stato concordato, ciò che resta aperto e i prossimi passi.
reports-title = Rapporti
reports-state = Rapporto
reports-late-count = { $count ->
    [one] { $count } rapporto è in ritardo.
   *[other] { $count } rapporti sono in ritardo.
}
reports-remind = Invia ora i promemoria dovuti
report-state-not-due = Sessione non ancora conclusa
report-state-short-due = Rapporto breve atteso
report-state-short-late = Rapporto breve in ritardo
report-state-full-due = Rapporto completo atteso
report-state-full-late = Rapporto completo in ritardo
report-state-complete = Completato
notification-proposal-accepted = La sua proposta di sessione «{ $title }» è stata accettata.
notification-proposal-declined = La sua proposta di sessione «{ $title }» non è stata accettata quest’anno.
notification-proposal-merge = La Segreteria chiede che la sua proposta «{ $title }» venga unita a «{ $other }».
notification-report-reminder-short = Scadenza del rapporto breve di «{ $title }»: { $due }.
notification-report-reminder-full = Scadenza del rapporto completo di «{ $title }»: { $due }.
mail-proposal-accepted-subject = La sua proposta di sessione è stata accettata
mail-proposal-accepted-body = Gentile { $name },

    la sua proposta di sessione «{ $title }» è stata accettata. La Segreteria la inserirà nel programma; la pagina della proposta indicherà la sala e l’orario non appena saranno stabiliti:
    { $link }
mail-proposal-declined-subject = In merito alla sua proposta di sessione
mail-proposal-declined-body = Gentile { $name },

    la sua proposta di sessione «{ $title }» non è stata accettata quest’anno. La ringraziamo per averla presentata; la pagina della proposta resta a sua disposizione:
    { $link }
mail-proposal-merge-subject = La sua proposta di sessione: richiesta di fusione
mail-proposal-merge-body = Gentile { $name },

    la Segreteria chiede che la sua proposta «{ $title }» venga unita alla proposta simile «{ $other }». Può dare il suo consenso nella pagina della proposta:
    { $link }
mail-report-reminder-short-subject = Rapporto breve in scadenza
mail-report-reminder-short-body = Gentile { $name },

    il rapporto breve della sua sessione «{ $title }», con i messaggi chiave, va presentato entro questa data: { $due }. Può presentarlo qui:
    { $link }
mail-report-reminder-full-subject = Rapporto completo in scadenza
mail-report-reminder-full-body = Gentile { $name },

    il rapporto completo della sua sessione «{ $title }» va presentato entro questa data: { $due }. Può presentarlo qui:
    { $link }
topic-sessions = Sessioni delle riunioni annuali
topic-sessions-none = Nessuna sessione di una riunione annuale ha ancora trattato questo tema.
speaker-role-rapporteur = Relatore
home-coalitions-all = Tutte le coalizioni

## trust: moderation
moderation-held-coalitions = Coalizioni in attesa di revisione
moderation-held-dissents = Opinioni dissenzienti in attesa di revisione
coalition-hidden-title = Coalizione nascosta
coalition-hidden-notice = I moderatori hanno nascosto questa coalizione.
coalition-held-notice = Questa coalizione attende la revisione dei moderatori prima di comparire nell’elenco.
moderation-hide-coalition = Nascondi questa coalizione
moderation-restore-coalition = Ripristina questa coalizione
moderation-hide-dissent = Nascondi questa opinione dissenziente
moderation-restore-dissent = Ripristina questa opinione dissenziente
dissent-held-notice = Questa opinione dissenziente attende la revisione dei moderatori prima che altri la vedano.
dissent-hidden-notice = Questa opinione dissenziente è stata nascosta dai moderatori.
audit-action-hide-coalition = Coalizione nascosta
audit-action-restore-coalition = Coalizione ripristinata
audit-action-release-coalition = Coalizione pubblicata dopo la revisione
audit-action-hide-dissent = Opinione dissenziente nascosta
audit-action-restore-dissent = Opinione dissenziente ripristinata
audit-action-release-dissent = Opinione dissenziente pubblicata dopo la revisione
audit-action-auto-block-coalition-posting = Diritto di pubblicare in una coalizione revocato automaticamente dopo abusi ripetuti
notification-coalition-posting-removed = { $count ->
    [one] Il tuo diritto di pubblicare nelle discussioni di una coalizione è stato revocato perché i suoi coordinatori vi hanno nascosto uno dei tuoi messaggi segnalati entro { $days } giorni. Puoi ancora pubblicare altrove e resti membro.
   *[other] Il tuo diritto di pubblicare nelle discussioni di una coalizione è stato revocato perché i suoi coordinatori vi hanno nascosto { $count } dei tuoi messaggi segnalati entro { $days } giorni. Puoi ancora pubblicare altrove e resti membro.
}

## trust: accounts
form-error-control-chars = Rimuovi da questo campo i caratteri di controllo invisibili, come i segni di direzione del testo.
signin-check-mail = Abbiamo inviato un messaggio a quell’indirizzo. Per completare la registrazione, segui il link che contiene; se hai già un account, accedi qui o scegli una nuova password.
confirm-mail-subject = Conferma il tuo indirizzo per completare la registrazione
confirm-mail-body = Ciao { $name },

    per completare la creazione del tuo account, apri questo link e conferma che questo indirizzo è tuo:

    { $link }

    Il link vale due giorni. Se non ti sei registrato, ignora questo messaggio: senza di esso non viene creato alcun account.
confirm-title = Conferma il tuo indirizzo
confirm-intro = Così confermi che l’indirizzo è tuo e accedi al tuo nuovo account.
confirm-submit = Conferma e accedi
confirm-expired-title = Questo link non è più valido
confirm-expired-body = I link di conferma valgono una sola volta, per due giorni. Registrati di nuovo con lo stesso indirizzo per riceverne uno nuovo.
register-taken-mail-subject = Qualcuno ha tentato di registrarsi con il tuo indirizzo
register-taken-mail-body = Ciao { $name },

    qualcuno, forse tu, ha tentato di creare un nuovo account con questo indirizzo email, che ne ha già uno. Non è stato creato alcun nuovo account.

    Se hai dimenticato la password, puoi sceglierne una nuova qui:

    { $link }

    Se non sei stato tu, puoi ignorare questo messaggio.
suspended-title = Il tuo account è sospeso
suspended-own-data = Non puoi più partecipare, ma puoi ancora scaricare tutto ciò che il forum conserva su di te o eliminare il tuo account. Inserisci la password per l’una o l’altra cosa.

## trust: invitations
notification-invited-speaker = { $who } la invita a intervenire nella proposta di sessione «{ $title }».
notification-invited-organiser = { $who } la invita a co-organizzare la proposta di sessione «{ $title }».
invitations-title = Inviti in attesa di risposta
invitations-intro = Nulla di lei compare in una proposta finché non accetta. Come relatore, il suo profilo pubblico completa ciò che gli organizzatori hanno lasciato vuoto; come co-organizzatore, la proposta conta per il suo limite di proposte e può modificarla.
invitation-to-speaker = Intervenire in «{ $title }»
invitation-to-organiser = Co-organizzare «{ $title }»
invitation-accept = Accetta
invitation-decline = Rifiuta
invitations-sent = Inviti
invitations-sent-intro = Le persone indicate per indirizzo email vengono invitate, non aggiunte: compaiono nella proposta e contano per i criteri solo dopo aver accettato.
invitation-kind-speaker = relatore
invitation-kind-organiser = co-organizzatore
invitation-pending = in attesa di risposta
invitation-declined = rifiutato
invitation-withdraw = Ritira
hint-speaker-invite = Con un indirizzo email il relatore viene invitato: un partecipante con quell'indirizzo compare quando accetta, e i campi lasciati vuoti vengono allora presi dal suo profilo pubblico.

# Atom feeds
feed-link = Feed Atom
feed-site-title = Nuove discussioni
feed-dissent-title = Opinione dissenziente di { $author }
feed-post-title = { $author } in «{ $thread }»
account-feed-title = Feed privato delle tue notifiche
account-feed-intro = Leggi le tue notifiche in un lettore di feed. L’indirizzo è segreto: chi lo possiede le legge; creane uno nuovo (il vecchio smette di funzionare) o revocalo se circola.
account-feed-make = Crea un nuovo indirizzo
account-feed-revoke = Revoca l’indirizzo
account-feed-made = Ecco l’indirizzo del tuo feed privato. È mostrato solo ora: copialo nel tuo lettore di feed e tienilo per te.
account-feed-revoked = L’indirizzo del feed privato non funziona più.

# Watching coalitions and topics
watch-label = Segui:
watch-everything = Tutto
watch-new-only = Solo nuove discussioni e pubblicazioni
watch-off = Non seguire
watch-save = Salva
site-description = Un forum aperto e multilingue di dialogo sulle politiche di Internet tra governi, società civile, comunità tecnica e accademica, imprese e media.
following-watched = Cosa segui
following-discussions = Discussioni

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = Per email:
watch-mail-none = Nessuna email
watch-mail-now = Ogni messaggio
watch-mail-daily = Riepilogo giornaliero
watch-mail-weekly = Riepilogo settimanale
mail-author = { $name } ({ $group }, { $country })
mail-from-name = { $author } tramite { $forum }
mail-post-intro = { $author } ha scritto in «{ $title }»:
mail-thread-intro = { $author } ha aperto una nuova discussione, «{ $title }»:
mail-read-online = Leggi sul forum
mail-reply-hint = Rispondi a questa email per rispondere nella discussione: la risposta è pubblicata con il tuo nome, secondo le regole del forum.
mail-why = Ricevi questa email perché segui questa discussione, la sua coalizione o uno dei suoi temi.
mail-unsubscribe = Non ricevere più queste email
mail-digest-subject-daily = Il tuo riepilogo giornaliero: { $count ->
    [one] un nuovo messaggio
   *[other] { $count } nuovi messaggi
}
mail-digest-subject-weekly = Il tuo riepilogo settimanale: { $count ->
    [one] un nuovo messaggio
   *[other] { $count } nuovi messaggi
}
mail-digest-intro = Novità in ciò che segui dall’ultimo riepilogo:
mail-digest-unsubscribe = Non ricevere più questi riepiloghi
mail-bounce-subject = Il tuo messaggio non è stato pubblicato
mail-bounce-intro = Il tuo messaggio «{ $subject }» non è stato pubblicato sul forum.
mail-bounce-footer = Non è stato pubblicato nulla. Puoi rispondere sul forum: { $url }
mail-bounce-off = Questo forum non accetta risposte per email.
mail-bounce-no-address = Non è stato inviato all’indirizzo di risposta di una discussione. Rispondi all’email che il forum ti ha inviato, con la funzione Rispondi del tuo programma di posta.
mail-bounce-forged = L’indirizzo di risposta non è stato creato da questo forum, o è stato modificato.
mail-bounce-wrong-sender = Non proviene dall’indirizzo per cui è stato creato l’indirizzo di risposta. Rispondi dall’indirizzo a cui scrive il forum.
mail-bounce-account = L’account per cui era stato creato è stato chiuso o sospeso.
mail-bounce-empty = Tolti il messaggio citato e la firma, non restava nulla da pubblicare.
mail-bounce-too-long = È più lungo di quanto possa essere un messaggio.
mail-bounce-forbidden = Non puoi scrivere in questa discussione: il tuo diritto di pubblicare lì è stato revocato.
mail-bounce-not-found = La discussione non esiste più, o non può essere letta.
unsubscribe-title = Non ricevere più email
unsubscribe-confirm = Non ricevere più le email di questo elemento seguito? Continui a seguirlo sul forum.
unsubscribe-confirm-daily = Non ricevere più i riepiloghi giornalieri? Continui a seguire tutto sul forum.
unsubscribe-confirm-weekly = Non ricevere più i riepiloghi settimanali? Continui a seguire tutto sul forum.
unsubscribe-button = Non ricevere più queste email
unsubscribe-done = Fatto: non riceverai più queste email. Puoi scegliere di nuovo nella pagina di ciò che segui.
unsubscribe-invalid = Questo link di disiscrizione non è valido. Copia l’indirizzo completo dall’email, o cambia le impostazioni nella pagina di ciò che segui.
