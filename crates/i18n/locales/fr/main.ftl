# Textes de l’interface de Convene : français. La référence est le fichier anglais ; chaque
# langue doit comporter exactement les mêmes identifiants de message (un test le vérifie).

## Éléments généraux du site
site-name = Convene
site-tagline = Un forum ouvert de dialogue sur les politiques de l’Internet
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-about = À propos
nav-signin = Se connecter
nav-register = S’inscrire
nav-account = Votre compte
nav-audit = Journal d’audit
nav-signout = Se déconnecter
language-label = Langue
language-switcher-title = Lire cette page dans une autre langue
content-exists-in = Ce contenu est disponible dans les langues suivantes : { $languages }
footer-mission = Ce forum ne prend aucune décision contraignante. Il réunit tous les groupes de parties prenantes autour d’une même table et rend public ce qui s’y dit.
footer-powered = Ce forum fonctionne avec Convene, un logiciel libre.
# Nom d’une langue tel qu’il s’emploie dans une phrase (« traduit en … »). Les langues
# sans nom ici sont affichées sous leur code.
language-name = { $code ->
    [en] anglais
    [ar] arabe
    [de] allemand
    [es] espagnol
    [fr] français
    [it] italien
    [ru] russe
    [zh] chinois
   *[other] { $code }
}

## Page d’accueil
home-title = Bienvenue
home-intro = Les gouvernements, les organismes intergouvernementaux, la société civile, les communautés technique et universitaire, le secteur privé et les médias se réunissent ici sur un pied d’égalité pour débattre de la gouvernance de l’Internet. Chacun peut y prendre part ; chaque intervention est présentée avec le groupe de parties prenantes et le pays au nom desquels elle est faite.
home-read-about = En savoir plus sur le mandat du forum
home-meetings = Réunions annuelles
home-meetings-empty = Aucune réunion annuelle n’a encore été annoncée.
meeting-place = { $city }, { $country }
meeting-dates = Du { $start } au { $end }
home-coalitions = Coalitions dynamiques
home-coalitions-intro = L’essentiel des travaux se déroule entre les réunions, au sein de coalitions ouvertes auxquelles chacun peut se joindre.
home-coalitions-empty = Aucune coalition n’a encore été constituée.
coalition-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
home-threads = Discussions récentes
home-threads-empty = Aucun message n’a encore été publié.
thread-posts = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
thread-next-page = Page suivante des messages

## Page de la coalition
coalition-discussions = Discussions
coalition-members-heading = Membres
coalition-coordinator = Coordonnateur

## Avis relatifs aux traductions
translation-untranslated = Cette page n’a pas encore été traduite en { $language } ; vous en lisez donc la version originale en { $original }.
translation-untranslated-help = Aidez-nous à la traduire afin que davantage de personnes puissent la lire dans leur propre langue.
translation-translate-link = Traduire cette page
translation-outdated = Cette traduction n’est peut-être plus à jour : l’original a été modifié depuis qu’elle a été établie.
translation-very-outdated = Cette traduction a { $behind } révisions de retard sur l’original et pourrait ne plus en refléter le contenu.
translation-read-original = Lire l’original ({ $original })

## Groupes de parties prenantes
stakeholder-government = Gouvernement
stakeholder-intergovernmental = Organisation intergouvernementale
stakeholder-civil-society = Société civile
stakeholder-technical-community = Communauté technique
stakeholder-academia = Milieu universitaire
stakeholder-private-sector = Secteur privé
stakeholder-media = Médias

## Groupes régionaux de l’Organisation des Nations Unies
region-african = Groupe des États d’Afrique
region-asia-pacific = Groupe des États d’Asie et du Pacifique
region-eastern-european = Groupe des États d’Europe orientale
region-latin-american-caribbean = Groupe des États d’Amérique latine et des Caraïbes
region-western-european-others = Groupe des États d’Europe occidentale et autres États
region-intergovernmental = Organisations intergouvernementales
region-other = Autres

## Personnes
former-participant = Ancien participant
profile-suspended = Ce compte est suspendu.
profile-coalitions = Coalitions
profile-no-coalitions = N’est encore membre d’aucune coalition.
profile-posts = Messages récents
moderation-title = Modération
moderation-suspend = Suspendre ce compte
moderation-reinstate = Rétablir ce compte

## Formulaires
form-error-summary = Veuillez corriger les points suivants
form-choose = Choisir…
form-error-required = Ce champ est obligatoire.
form-error-too-long = Ce texte est trop long.
form-error-email = Veuillez saisir une adresse électronique, par exemple name@example.org.
form-error-choose = Veuillez choisir l’une des options.
form-error-language = Veuillez utiliser des codes de langue tels que sw, pt ou fa, séparés par des virgules.
form-error-too-many = Veuillez choisir moins de langues.
form-error-password-short = Veuillez utiliser au moins 10 caractères.
form-error-password-email = Votre mot de passe ne doit pas être votre adresse électronique.
form-error-password-wrong = Ce mot de passe est incorrect.
form-error-coc = Pour participer, vous devez accepter le Code de conduite.
form-error-signin = L’adresse électronique ou le mot de passe est incorrect, ou l’adresse n’a pas encore été confirmée : après l’inscription, suivez d’abord le lien que nous vous avons envoyé.
form-error-suspended = Ce compte est suspendu ; il n’est pas possible de s’y connecter.
field-display_name = Nom
field-email = Adresse électronique
field-password = Mot de passe
field-stakeholder_group = Groupe de parties prenantes
field-country = Pays
field-affiliation = Organisation
field-gender = Genre (facultatif)
field-languages = Langues que vous lisez
field-languages_other = Autres langues (codes tels que sw, pt)
field-ui_lang = Langue de l’interface
field-coc = J’accepte le Code de conduite
field-reason = Motif
hint-password = Au moins 10 caractères. Une courte phrase est facile à retenir et difficile à deviner.
hint-affiliation = Affichée avec ce que vous écrivez, sauf si vous vous exprimez au nom d’un gouvernement.
hint-gender = Décrivez-le avec vos propres mots, ou laissez ce champ vide. Cette information n’est jamais affichée ; elle sert uniquement à établir des statistiques anonymes sur la diversité.
hint-delete-password = Veuillez saisir votre mot de passe pour confirmer.

## Inscription et connexion
register-title = Inscription
register-intro = Chacun peut participer. Tout ce que vous écrivez est affiché avec votre nom, votre groupe de parties prenantes et le pays ou l’organisation au nom duquel vous vous exprimez.
register-read-coc = (le consulter)
register-submit = Créer mon compte
register-have-account = Déjà inscrit ?
signin-title = Connexion
signin-submit = Se connecter
signin-forgot = Mot de passe oublié ?
signin-no-account = Première visite ?
signin-after-reset = Votre mot de passe a été modifié. Veuillez vous connecter avec ce nouveau mot de passe.
reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l’adresse électronique associée à votre compte ; nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = M’envoyer un lien
reset-sent-title = Consultez votre messagerie
reset-sent-body = Si un compte utilise cette adresse, un lien permettant de choisir un nouveau mot de passe vous a été envoyé. Il reste valable une heure.
reset-new-title = Choisir un nouveau mot de passe
reset-new-submit = Enregistrer le nouveau mot de passe
reset-expired-title = Ce lien n’est plus valable
reset-expired-body = Les liens de réinitialisation ne peuvent servir qu’une seule fois, pendant une heure. Veuillez en demander un nouveau.
reset-mail-subject = Votre lien de réinitialisation du mot de passe
reset-mail-body = Bonjour { $name },

    Quelqu’un, probablement vous-même, a demandé la réinitialisation du mot de passe de votre compte. Pour choisir un nouveau mot de passe, veuillez ouvrir ce lien dans un délai d’une heure :

    { $link }

    Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message ; votre mot de passe reste inchangé.

## Compte
account-title = Votre compte
account-saved = Votre profil a été enregistré.
account-save = Enregistrer
account-your-data = Vos données
account-export-intro = Téléchargez, sous forme de fichier JSON, l’ensemble des données que le forum détient à votre sujet.
account-export = Télécharger mes données
account-delete = Supprimer mon compte
account-email = Adresse électronique enregistrée
delete-title = Supprimer votre compte
delete-explain = Votre nom, votre adresse électronique et vos données personnelles seront effacés et vous serez déconnecté. Vos messages resteront dans les archives publiques et seront présentés comme ceux d’un ancien participant.
delete-submit = Supprimer mon compte

## Journal d’audit
audit-title = Journal d’audit
audit-empty = Aucune opération n’a encore été enregistrée.
audit-when = Date
audit-who = Auteur
audit-action = Action
audit-whom = Compte
audit-older = Entrées plus anciennes
audit-action-suspend = Suspension
audit-action-reinstate = Rétablissement
audit-action-set-role = Changement de rôle
audit-action-proposal = Décision sur une session
audit-target-session = Session { $id }

## Erreurs
error-not-found-title = Page introuvable
error-not-found-body = Il n’y a rien à cette adresse. Le contenu a peut-être été déplacé, ou le lien comporte une erreur de saisie.
error-bad-request-title = Requête non comprise
error-bad-request-body = La requête n’a pas pu être lue. Veuillez revenir en arrière et réessayer.
error-internal-title = Une erreur s’est produite de notre côté
error-internal-body = Le problème a été consigné. Veuillez réessayer dans quelques instants.
error-unavailable-title = Temporairement indisponible
error-unavailable-body = Le forum ne parvient pas à accéder à sa base de données pour le moment. Veuillez réessayer dans quelques instants.
error-go-home = Retour à la page d’accueil
error-forbidden-title = Action non autorisée
error-forbidden-body = Votre compte n’est pas autorisé à effectuer cette action.
error-csrf-title = Ce formulaire a expiré
error-csrf-body = Par mesure de sécurité, le formulaire n’a pas pu être envoyé. Veuillez revenir en arrière, recharger la page et réessayer.
error-too-many-title = Trop de tentatives
error-too-many-body = Veuillez patienter quelques minutes avant de réessayer.
error-too-large-title = Requête trop volumineuse
error-too-large-body = Les données envoyées dépassent la taille acceptée par ce forum (1 Mo). Veuillez les raccourcir et réessayer.

## Roles
field-role = Rôle
role-save = Modifier le rôle
role-participant = Participant
role-reviewer = Évaluateur (comité de programme)
role-moderator = Modérateur
role-secretariat = Secrétariat

## Traduction des contenus
nav-translations = Traductions
translate-title = Traduire « { $title } » en { $language }
translate-original = Original en { $language }, révision { $revision }
translate-your-translation = Votre traduction en { $language }
field-title = Titre
field-body = Texte (Markdown)
translate-submit = Proposer cette traduction
translate-publish = Publier cette traduction
translate-proposed = Merci. Votre traduction a été proposée ; elle sera publiée dès qu’elle aura été approuvée.
translate-published = La traduction est publiée.
translate-same-language = Ce texte est rédigé dans cette langue ; il n’y a donc rien à traduire.
translate-pending = Propositions en attente d’approbation
translate-approve = Approuver et publier
translate-outdated-note = La traduction publiée a été établie à partir d’une révision antérieure de l’original. Veuillez la mettre à jour.
status-title = État des traductions
status-intro = Part des contenus du forum qui peut être lue dans chaque langue, et travail restant à accomplir. Toute personne inscrite peut proposer une traduction.
status-language = Langue
status-current = À jour
status-outdated = Obsolète
status-missing = Non traduit
status-percent = { $percent } % à jour
status-needs-work = À traduire en { $language }
status-all-done = Tout est traduit et à jour.
translator-trust = Accorder le statut de traducteur de confiance
translator-untrust = Retirer le statut de traducteur de confiance
translator-badge = Traducteur de confiance
audit-action-trust-translator = Attribution du statut de traducteur de confiance
audit-action-untrust-translator = Retrait du statut de traducteur de confiance
edit-original-link = Modifier l’original
edit-original-title = Modifier « { $title } »
edit-original-explain = Vous modifiez le texte original. Toutes ses traductions seront signalées comme obsolètes jusqu’à leur mise à jour.
edit-original-save = Enregistrer une nouvelle révision

## Statut de la coalition et adhésion
standing-forming = Statut : en cours de constitution
standing-active = Statut : actif
standing-inactive = Statut : inactif
standing-needs-groups = Nombre de groupes de parties prenantes représentés parmi les membres : { $value } ; la reconnaissance en exige au moins trois.
standing-needs-action-plan = Aucun plan d’action n’a encore été établi.
standing-needs-contact = Aucune personne à contacter n’a encore été désignée.
standing-criteria-met = Les critères de reconnaissance sont remplis : des membres issus d’au moins trois groupes de parties prenantes, un plan d’action et une personne à contacter.
standing-output = Dernier rapport annuel ou document : { $value }.
standing-first-report-due = Nouvelle coalition : son premier rapport annuel ou document est attendu en { $value }.
standing-no-recent-output = Aucun rapport annuel ni document depuis { $value }. Une coalition qui n’en a publié aucun pendant deux ans est répertoriée comme inactive.
standing-never-reported = Aucun rapport annuel ni document n’a été publié. Une coalition qui n’en a publié aucun pendant deux ans est répertoriée comme inactive.
standing-recognized = Reconnue par le secrétariat le { $date }.
standing-not-recognized = Pas encore reconnue par le secrétariat.
coalition-action-plan = Plan d’action
coalition-join = Rejoindre cette coalition
coalition-leave = Quitter cette coalition
coalition-signin-to-join = Connectez-vous pour rejoindre cette coalition
coalition-you-are-member = Vous êtes membre de cette coalition.
coalition-start-thread = Ouvrir une discussion

## Discussions
thread-new-title = Ouvrir une discussion
thread-create = Ouvrir la discussion
thread-reply-title = Répondre
thread-reply-submit = Publier la réponse
thread-reply-link = Répondre
thread-quote-link = Citer
thread-in-reply = En réponse à un message précédent
thread-signin-to-reply = Connectez-vous pour participer à cette discussion
field-post = Votre message
field-lang = Langue dans laquelle vous écrivez
hint-markdown = Vous pouvez utiliser Markdown : *mise en valeur*, **gras**, liens, listes et > pour les citations.

## Répertoire des coalitions et propositions
nav-coalitions = Coalitions
coalitions-title = Coalitions dynamiques
coalitions-intro = Toutes les coalitions, leur statut et les raisons de ce statut. Chacun peut proposer une coalition ; le secrétariat la reconnaît dès qu’elle compte des membres issus d’au moins trois groupes de parties prenantes, un plan d’action et une personne à contacter.
coalitions-propose = Proposer une coalition
coalition-propose-title = Proposer une coalition
coalition-propose-intro = Expliquez pourquoi la coalition est nécessaire et ce qu’elle entend faire. Vous en deviendrez le coordonnateur et la personne à contacter ; d’autres pourront la rejoindre en un clic.
field-name = Nom
field-mission = Pourquoi cette coalition est nécessaire
field-action_plan = Plan d’action
coalition-propose-submit = Proposer la coalition
coalition-recognize = Reconnaître cette coalition
coalition-make-coordinator = Nommer co-coordonnateur
error-conflict-title = Pas encore possible
error-conflict-body = Les règles du forum ne sont pas encore respectées. La page d’où vous venez indique ce qui manque.

## Équilibre des parties prenantes
balance-members-title = Qui sont les membres
balance-posts-title = Qui a pris la parole dans cette discussion
balance-by-group = Par groupe de parties prenantes
balance-by-region = Par groupe régional

## Thèmes de politique publique et mandat
nav-topics = Thèmes
topics-title = Thèmes de politique publique
topics-intro = Les questions que le forum suit d’une année sur l’autre. Chaque thème rassemble les coalitions et les discussions qui s’y rapportent, afin qu’aucune politique dans ce domaine ne prenne quiconque au dépourvu.
topics-label = Thèmes :
field-topics = Thèmes de politique publique
topic-mandate = Volets du mandat auxquels il contribue
mandate-1 = Politiques publiques relatives aux éléments clés de l’Internet
mandate-2 = Questions transversales touchant plusieurs organismes internationaux
mandate-3 = Interface avec les organisations intergouvernementales
mandate-4 = Échange d’informations et de meilleures pratiques
mandate-5 = Disponibilité et accessibilité financière dans les pays en développement
mandate-6 = Participation des parties prenantes, en particulier des pays en développement
mandate-7 = Identification des questions émergentes et formulation de recommandations
mandate-8 = Renforcement des capacités dans les pays en développement
mandate-9 = Application des principes du Sommet mondial
mandate-10 = Ressources critiques de l’Internet
mandate-11 = Utilisation et utilisation abusive de l’Internet qui touchent les utilisateurs ordinaires
mandate-12 = Publication des actes

## Résultats des coalitions et opinions dissidentes
outputs-title = Résultats
outputs-none = Rien n’a encore été publié.
output-kind-yearly-report = Rapport annuel
output-kind-thematic-paper = Document thématique
output-kind-statement = Déclaration
output-publish-title = Publier un document
field-kind = Type de document
field-year = Année
output-publish-submit = Publier
output-versions = Versions
output-version = Version { $value } du { $date }
output-old-version = Vous lisez la version { $value }, qui n’est pas la version actuelle.
output-read-current = Lire la version actuelle
dissents-title = Opinions dissidentes
dissents-intro = Les membres qui ne souscrivent pas à ce document le font savoir ici, sous leur propre nom. Les opinions dissidentes sont toujours présentées avec le document.
dissents-none = Aucun membre n’a consigné d’opinion dissidente.
field-dissent = Votre opinion dissidente
dissent-submit = Signer et ajouter mon opinion dissidente
dissent-members-only = Les membres de la coalition peuvent ajouter une opinion dissidente.

## Modération
nav-moderation = Modération
flag-post = Signaler ce message
flag-submit = Transmettre aux modérateurs
flag-thanks = Merci. Les modérateurs examineront le message que vous avez signalé.
post-hidden = Ce message a été masqué par les modérateurs. Motif :
post-held = En attente d’examen : ce message n’est visible que par vous et par les modérateurs.
post-held-notice = Merci. Votre message apparaîtra dès qu’un modérateur l’aura examiné ; cette règle s’applique aux premiers messages des nouveaux comptes.
moderation-hide-post = Masquer ce message
moderation-restore-post = Rétablir ce message
moderation-release = Publier ce message
moderation-queue-title = File d’attente de modération
moderation-flags = Messages signalés
moderation-held = Messages en attente d’examen
moderation-nothing = Rien n’est en attente.
moderation-dismiss = Classer le signalement
posting-rights-title = Droit de publication
posting-rights-removed = Ce compte peut toujours lire et reste membre, mais ne peut pas publier de messages.
posting-rights-remove = Retirer le droit de publication
posting-rights-restore = Rétablir le droit de publication
settings-title = Paramètres du site
settings-hold-first-posts = Retenir les premiers messages des nouveaux comptes jusqu’à leur examen par un modérateur
audit-action-hide-post = Masquage d’un message
audit-action-restore-post = Rétablissement d’un message
audit-action-release-post = Publication d’un message après examen
audit-action-block-posting = Retrait du droit de publication
audit-action-unblock-posting = Rétablissement du droit de publication

## Modification des messages et suivi
nav-following = Discussions suivies
post-edit = Modifier
post-edited = Modifié : voir les versions antérieures
post-edit-title = Modifier votre message
post-edit-explain = Les versions antérieures restent consultables par tous ; l’historique de la discussion n’est ainsi jamais réécrit.
post-history-title = Versions antérieures de ce message
post-history-current = Revenir à la version actuelle
follow = Suivre
unfollow = Ne plus suivre
following-title = Ce que vous suivez
following-intro = Les discussions que vous suivez et toutes les discussions des coalitions que vous suivez, en commençant par les plus récemment actives.
following-none = Vous ne suivez encore aucune coalition ni aucune discussion. Utilisez le bouton « Suivre » d’une coalition ou d’une discussion.

# notifications
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $count } nouvelle)
   *[other] Notifications ({ $count } nouvelles)
}
notifications-title = Notifications
notifications-mark-read = Tout marquer comme lu
notifications-none = Vous n’avez aucune notification. Suivez une coalition ou une discussion pour être averti des nouveaux messages.
notifications-older = Notifications plus anciennes
notification-unread = Nouvelle
notification-new-post = { $author } a répondu dans « { $title } »
notification-new-output = Nouvelle publication : « { $title } »
notification-new-thread = { $author } a ouvert une nouvelle discussion : « { $title } »
notification-posting-removed = { $count ->
    [one] Votre droit de publication a été retiré, car les modérateurs ont masqué un de vos messages signalés en l’espace de { $days } jours. Vous restez membre de vos coalitions et pouvez toujours lire et suivre les discussions.
   *[other] Votre droit de publication a été retiré, car les modérateurs ont masqué { $count } de vos messages signalés en l’espace de { $days } jours. Vous restez membre de vos coalitions et pouvez toujours lire et suivre les discussions.
}
field-abuse-threshold = Retirer automatiquement le droit de publication après ce nombre de signalements confirmés
settings-abuse-threshold-hint = Sont comptés les messages signalés d’une personne que les modérateurs ont masqués au cours des 90 derniers jours ; 0 désactive cette règle. L’adhésion n’est jamais retirée.
form-error-threshold = Saisissez un nombre entier de 0 à 100.
audit-action-auto-block-posting = Retrait automatique du droit de publication après des abus répétés

# meetings
nav-meetings = Réunions
nav-agenda = Mon agenda
nav-reviews = Évaluations
meetings-title = Réunions annuelles
meetings-intro = Le forum se réunit une fois par an, chaque année dans un pays hôte différent. Chaque réunion a son thème, son appel à propositions de sessions et son programme.
meetings-hosts = Pays hôtes au fil des années
meeting-label = Réunion
meeting-theme = Thème
meeting-new = Nouvelle réunion annuelle
meeting-create = Créer la réunion
meeting-tracks = Axes thématiques
meeting-call = Appel à propositions de sessions
meeting-call-open = L’appel est ouvert du { $opens } au { $closes }.
meeting-call-closed = L’appel est prévu du { $opens } au { $closes } ; il n’est pas ouvert actuellement.
meeting-call-none = Aucun appel à propositions de sessions n’a encore été fixé.
meeting-my-proposals = Vos propositions
meeting-programme = Programme
meeting-sessions-count = { $count ->
    [one] { $count } session acceptée
   *[other] { $count } sessions acceptées
}
meeting-secretariat = Pour le secrétariat
meeting-settings = Paramètres
back-to-meeting = Retour à la réunion
field-host_country = Pays hôte
field-city = Ville
field-starts_on = Premier jour
field-ends_on = Dernier jour
field-time_zone = Fuseau horaire du lieu de la réunion
field-call_opens_on = Date d’ouverture de l’appel
field-call_closes_on = Date de clôture de l’appel
field-proposal_limit = Propositions par personne
field-word_limit = Nombre maximal de mots par description
field-track-name = Nom de l’axe thématique
field-room-name = Nom de la salle
field-capacity = Places
hint-theme = Le thème général ; décrivez-le ci-dessous.
hint-time-zone = Un nom de fuseau horaire IANA, par exemple Africa/Nairobi ou Europe/Oslo. Les horaires des sessions sont exprimés en heure locale du lieu de la réunion.
hint-proposal-limit = Nombre de propositions qu’une même personne peut soumettre en tant qu’organisateur ; 0 signifie qu’il n’y a pas de limite.
track-add = Ajouter un axe thématique
room-add = Ajouter une salle
room-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
form-save = Enregistrer
form-error-number = Saisissez un nombre entier compris dans la plage autorisée.
form-error-date = Saisissez une date au format année-mois-jour.
form-error-date-order = Cette date est antérieure à celle qu’elle devrait suivre.
form-error-time-zone = Ce fuseau horaire est inconnu. Utilisez un nom tel que Africa/Nairobi.
form-error-year-taken = Une réunion existe déjà pour cette année.
form-error-participation = Indiquez le nombre de personnes qui ont participé, sur place ou en ligne.
proposal-new = Proposer une session
proposal-new-intro = Votre proposition reste un brouillon privé, visible uniquement par vous et par les co-organisateurs que vous ajoutez, jusqu’à ce que vous la soumettiez. La page du brouillon indique les critères qui ne sont pas encore remplis.
proposal-save = Enregistrer la proposition
proposal-edit = Modifier la proposition
proposal-submit = Soumettre la proposition
proposal-organisers = Organisateurs
proposal-speakers = Intervenants et modérateur
proposal-no-speakers = Aucun intervenant pour l’instant.
proposal-status-draft = Brouillon
proposal-status-submitted = Soumise
proposal-status-in-review = En cours d’évaluation
proposal-status-accepted = Acceptée
proposal-status-declined = Non retenue
proposal-status-merge-requested = Fusion demandée
proposal-status-merged = Fusionnée avec une autre proposition
field-description = Description
field-policy_questions = Questions de politique publique
field-session_type = Type de session
field-format = Format
field-duration = Durée
field-mode = Sur place ou en ligne
field-session_lang = Langue de la session
field-track = Axe thématique
field-coalitions = Coalitions concernées
field-organisation = Organisation
field-group = Groupe de parties prenantes
field-organiser_email = Adresse électronique du co-organisateur
hint-word-limit = { $count ->
    [one] { $count } mot au maximum.
   *[other] { $count } mots au maximum.
}
hint-policy-questions = Les questions dont la session débattra, une par ligne.
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-type-workshop = Atelier
session-type-main = Session principale
session-type-open-forum = Forum ouvert
session-type-coalition = Session de coalition dynamique
session-type-best-practice = Session de forum sur les meilleures pratiques
session-type-nri = Session des initiatives nationales et régionales
session-type-networking = Session de réseautage
session-type-lightning = Présentation éclair
session-type-launch = Lancement ou remise de prix
session-type-town-hall = Assemblée publique
session-type-day-zero = Événement du jour 0
session-format-panel = Panel
session-format-break-out = Travail en sous-groupes
session-format-debate = Débat
session-format-roundtable = Table ronde
session-format-birds-of-a-feather = Rencontre informelle par affinités
session-format-flash = Session éclair
session-mode-hybrid = Hybride : sur place et en ligne
session-mode-onsite = Sur place
session-mode-online = En ligne uniquement
gender-woman = Femme
gender-man = Homme
gender-non-binary = Non binaire
gender-undisclosed = Préfère ne pas répondre
speaker-role-moderator = Modérateur
speaker-role-speaker = Intervenant
speaker-onsite = Sur place
speaker-online = En ligne
speaker-add = Ajouter un intervenant
speaker-add-intro = Les intervenants peuvent être des participants de ce forum ou des personnes invitées. Le genre n’est demandé que pour vérifier le critère de diversité ; il est visible par les organisateurs et n’est jamais publié.
speaker-remove = Retirer
organiser-add = Ajouter un co-organisateur
criteria-title = Critères minimaux
criteria-intro = Pour que la proposition puisse être soumise, les critères suivants doivent être remplis :
criteria-all-met = Tous les critères minimaux sont remplis : la proposition peut être soumise.
criterion-call-closed = L’appel à propositions n’est pas ouvert aujourd’hui.
criterion-incomplete = Tous les champs doivent être remplis : titre, description, questions de politique publique, type de session, format, durée et modalité (sur place ou en ligne).
criterion-too-long = La description compte { $words } mots ; { $limit } au maximum sont autorisés.
criterion-speakers = { $count ->
    [one] Au moins 3 intervenants sont nécessaires ; il y en a { $count }.
   *[other] Au moins 3 intervenants sont nécessaires ; il y en a { $count }.
}
criterion-gender = Au moins un intervenant doit être d’un genre différent de celui des autres.
criterion-groups = Les intervenants doivent appartenir à plus d’un groupe de parties prenantes.
criterion-onsite = Une session hybride ou sur place exige que le modérateur et au moins deux intervenants soient sur place.
criterion-missing-report = { $name } n’a pas déposé le rapport d’une session précédente.
criterion-reviewer = { $name } évalue les propositions et ne peut pas en soumettre.
criterion-limit = { $name } organise déjà le nombre maximal autorisé de propositions soumises ({ $limit }).
merge-title = Fusion demandée
merge-intro = Le secrétariat demande que cette proposition soit fusionnée avec une proposition similaire. Si vous acceptez, vos organisateurs et intervenants y seront transférés :
merge-agree = Accepter et fusionner
session-when = Date et heure
session-room = Salle
session-online = Salle virtuelle
interest-add = Ajouter à mon agenda
interest-remove = Retirer de mon agenda
interest-count = { $count ->
    [one] { $count } personne intéressée
   *[other] { $count } personnes intéressées
}
review-title = Évaluation
review-assigned = Évaluateurs désignés
review-none-assigned = Aucun évaluateur n’a encore été désigné.
field-reviewer_email = Adresse électronique de l’évaluateur
review-assign = Désigner un évaluateur
review-scores = Notes
review-reviewer = Évaluateur
review-relevance = Pertinence
review-content = Contenu
review-diversity = Diversité
review-format = Format
review-relevance-hint = Dans quelle mesure la session sert le thème de la réunion et ses questions de politique publique.
review-content-hint = Clarté, substance et qualité de préparation de la proposition.
review-diversity-hint = Diversité des intervenants et des organisateurs : genre, région, groupe de parties prenantes, âge et positions sur les politiques publiques.
review-format-hint = Adéquation du format à l’objectif et à une participation sur place comme en ligne.
review-total = Total
review-comments = Commentaires
review-decide = Décider
field-outcome = Décision
field-merge_with = Fusionner avec la proposition numéro
review-yours = Votre évaluation
review-save = Enregistrer votre évaluation
review-dashboard = Propositions et évaluation
review-no-track = Sans axe thématique
review-proposal-count = { $count ->
    [one] { $count } proposition soumise
   *[other] { $count } propositions soumises
}
review-status = Statut
review-mean = Note moyenne
review-spread = Écart
review-count = Évaluations
review-marks = Mentions
review-mark-first-time = Première proposition
review-mark-developing = D’un pays en développement
review-queue = Propositions à évaluer
review-queue-empty = Aucune proposition ne vous est attribuée.
review-done = évaluée
review-to-do = à évaluer
agenda-title = Agenda
agenda-ics = Agenda au format calendrier (iCalendar)
agenda-ics-one = Ajouter à un calendrier (iCalendar)
agenda-frab-json = Programme pour applications de conférence (JSON)
agenda-frab-xml = Programme pour applications de conférence (XML)
agenda-times-in = horaires en heure locale du lieu de la réunion ({ $zone })
agenda-filter = Filtrer l’agenda
agenda-any = Indifférent
agenda-day = Jour
agenda-speaker-group = Groupe de parties prenantes des intervenants
agenda-apply = Afficher
agenda-clear = Effacer les filtres
agenda-shown = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
agenda-unscheduled = Sessions non encore programmées
agenda-as-timetable = Voir la grille horaire : les salles côte à côte, un jour à la fois
timetable-as-list = Voir le programme sous forme de liste
timetable-title = Grille horaire
timetable-time = Heure
timetable-no-room = Salle à confirmer
timetable-hint = Les salles en colonnes, les heures en lignes. Sur un petit écran, faites défiler horizontalement : les heures restent visibles.
timetable-region = Grille horaire du { $day }
timetable-empty = Aucune session de ce jour ne correspond aux filtres.
timetable-elsewhere = { $count ->
    [one] Une session ne figure pas dans la grille (pas encore d’horaire ou de salle) : voir la liste.
   *[other] { $count } sessions ne figurent pas dans la grille (pas encore d’horaire ou de salle) : voir la liste.
}
agenda-personal = Mon agenda
agenda-personal-intro = Les sessions que vous avez ajoutées à votre agenda, par ordre chronologique.
agenda-personal-empty = Votre agenda est vide. Utilisez le bouton « Ajouter à mon agenda » sur la page d’une session.
agenda-feed = Abonnement au calendrier
agenda-feed-intro = Abonnez-vous à cette adresse privée dans votre application de calendrier pour y retrouver votre agenda. Toute personne qui possède cette adresse peut lire votre agenda.
schedule-title = Planification
schedule-rooms = Salles
schedule-no-rooms = Aucune salle pour l’instant : ajoutez-en dans les paramètres de la réunion.
schedule-clashes = Personnes prévues dans des sessions qui se chevauchent
schedule-no-clashes = Personne n’est prévu dans deux sessions à la fois.
schedule-clash = { $person } participe à « { $first } » et à « { $second } » au même moment.
schedule-room-taken = La salle { $room } est déjà occupée à ce moment-là par « { $other } ». Aucune modification n’a été apportée.
schedule-sessions = Sessions acceptées
schedule-place = Salle et horaire
schedule-save = Programmer
report-title = Rapport de session
report-none = Aucun rapport n’a encore été déposé.
report-file = Déposer ou mettre à jour le rapport
report-back = Retour à la session
report-intro = Déposez le rapport succinct, avec les messages clés, peu après la session, et le rapport complet dans les deux semaines qui suivent. Les organisateurs qui ne remettent jamais de rapport ne peuvent pas soumettre de proposition pour la réunion suivante.
report-short-only = Seul le rapport succinct a été déposé ; le rapport complet reste à venir.
report-participation = Participation
report-transcript = Transcription
report-transcript-notice = Les transcriptions et le sous-titrage en direct sont publiés pour aider chacun à suivre les débats. Ils ne constituent pas un compte rendu officiel de la session.
report-save-short = Enregistrer comme rapport succinct
report-save-full = Enregistrer comme rapport complet
field-key_messages = Messages clés
field-key_issues = Principales questions soulevées
field-presentations = Résumé de chaque présentation
field-discussion = Débat
field-takeaways = Conclusions et suite à donner
field-onsite_count = Participants sur place
field-online_count = Participants en ligne
hint-key_messages = Jusqu’à trois messages que la session souhaite faire entendre au forum.
hint-key_issues = Les questions de politique publique soulevées pendant la session.
hint-presentations = Un bref résumé des propos de chaque intervenant.
hint-discussion = Les points soulevés lors du débat par les participants, sur place et en ligne.
hint-takeaways = Ce qui a été convenu, ce qui reste en suspens et les prochaines étapes.
reports-title = Rapports
reports-state = Rapport
reports-late-count = { $count ->
    [one] { $count } rapport est en retard.
   *[other] { $count } rapports sont en retard.
}
reports-remind = Envoyer maintenant les rappels prévus
report-state-not-due = Session pas encore terminée
report-state-short-due = Rapport succinct attendu
report-state-short-late = Rapport succinct en retard
report-state-full-due = Rapport complet attendu
report-state-full-late = Rapport complet en retard
report-state-complete = Terminé
notification-proposal-accepted = Votre proposition de session « { $title } » a été acceptée.
notification-proposal-declined = Votre proposition de session « { $title } » n’a pas été retenue cette année.
notification-proposal-merge = Le secrétariat demande que votre proposition « { $title } » soit fusionnée avec « { $other } ».
notification-report-reminder-short = Le rapport succinct de « { $title } » est attendu au plus tard le { $due }.
notification-report-reminder-full = Le rapport complet de « { $title } » est attendu au plus tard le { $due }.
mail-proposal-accepted-subject = Votre proposition de session a été acceptée
mail-proposal-accepted-body = Bonjour { $name },

    Votre proposition de session « { $title } » a été acceptée. Le secrétariat va l’inscrire au programme ; sa page indiquera la salle et l’horaire dès qu’ils auront été fixés :
    { $link }
mail-proposal-declined-subject = Au sujet de votre proposition de session
mail-proposal-declined-body = Bonjour { $name },

    Votre proposition de session « { $title } » n’a pas été retenue cette année. Merci de l’avoir soumise ; sa page reste à votre disposition :
    { $link }
mail-proposal-merge-subject = Votre proposition de session : demande de fusion
mail-proposal-merge-body = Bonjour { $name },

    Le secrétariat demande que votre proposition « { $title } » soit fusionnée avec la proposition similaire « { $other } ». Vous pouvez donner votre accord sur sa page :
    { $link }
mail-report-reminder-short-subject = Rapport succinct attendu
mail-report-reminder-short-body = Bonjour { $name },

    Le rapport succinct de votre session « { $title } », avec ses messages clés, est attendu au plus tard le { $due }. Vous pouvez le déposer ici :
    { $link }
mail-report-reminder-full-subject = Rapport complet attendu
mail-report-reminder-full-body = Bonjour { $name },

    Le rapport complet de votre session « { $title } » est attendu au plus tard le { $due }. Vous pouvez le déposer ici :
    { $link }
topic-sessions = Sessions des réunions annuelles
topic-sessions-none = Aucune session d’une réunion annuelle n’a encore abordé ce thème.
speaker-role-rapporteur = Rapporteur
home-coalitions-all = Toutes les coalitions

## trust: moderation
moderation-held-coalitions = Coalitions en attente de vérification
moderation-held-dissents = Opinions divergentes en attente de vérification
coalition-hidden-title = Coalition masquée
coalition-hidden-notice = Les modérateurs ont masqué cette coalition.
coalition-held-notice = Cette coalition attend la vérification des modérateurs avant d’être listée.
moderation-hide-coalition = Masquer cette coalition
moderation-restore-coalition = Rétablir cette coalition
moderation-hide-dissent = Masquer cette opinion divergente
moderation-restore-dissent = Rétablir cette opinion divergente
dissent-held-notice = Cette opinion divergente attend la vérification des modérateurs avant que d’autres la voient.
dissent-hidden-notice = Cette opinion divergente a été masquée par les modérateurs.
audit-action-hide-coalition = Coalition masquée
audit-action-restore-coalition = Coalition rétablie
audit-action-release-coalition = Coalition publiée après vérification
audit-action-hide-dissent = Opinion divergente masquée
audit-action-restore-dissent = Opinion divergente rétablie
audit-action-release-dissent = Opinion divergente publiée après vérification
audit-action-auto-block-coalition-posting = Droit de publier dans une coalition retiré automatiquement après des abus répétés
notification-coalition-posting-removed = { $count ->
    [one] Votre droit de publier dans les discussions d’une coalition a été retiré, car ses coordinateurs y ont masqué l’une de vos contributions signalées en { $days } jours. Vous pouvez toujours publier ailleurs et restez membre.
   *[other] Votre droit de publier dans les discussions d’une coalition a été retiré, car ses coordinateurs y ont masqué { $count } de vos contributions signalées en { $days } jours. Vous pouvez toujours publier ailleurs et restez membre.
}

## trust: accounts
form-error-control-chars = Retirez de ce champ les caractères de contrôle invisibles, comme les marques de direction du texte.
signin-check-mail = Nous avons envoyé un message à cette adresse. Pour terminer l’inscription, suivez le lien qu’il contient ; si vous avez déjà un compte, connectez-vous ici ou choisissez un nouveau mot de passe.
confirm-mail-subject = Confirmez votre adresse pour terminer l’inscription
confirm-mail-body = Bonjour { $name },

    Pour terminer la création de votre compte, ouvrez ce lien et confirmez que cette adresse est la vôtre :

    { $link }

    Le lien reste valable deux jours. Si vous ne vous êtes pas inscrit, ignorez ce message : aucun compte n’est créé sans lui.
confirm-title = Confirmez votre adresse
confirm-intro = Vous confirmez ainsi que l’adresse est la vôtre et vous vous connectez à votre nouveau compte.
confirm-submit = Confirmer et se connecter
confirm-expired-title = Ce lien n’est plus valable
confirm-expired-body = Les liens de confirmation ne servent qu’une fois, pendant deux jours. Inscrivez-vous de nouveau avec la même adresse pour en recevoir un autre.
register-taken-mail-subject = Quelqu’un a tenté de s’inscrire avec votre adresse
register-taken-mail-body = Bonjour { $name },

    Quelqu’un, peut-être vous, a tenté de créer un nouveau compte avec cette adresse e-mail, qui en a déjà un. Aucun nouveau compte n’a été créé.

    Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau ici :

    { $link }

    Si ce n’était pas vous, vous pouvez ignorer ce message.
suspended-title = Votre compte est suspendu
suspended-own-data = Vous ne pouvez plus participer, mais vous pouvez toujours télécharger tout ce que le forum conserve sur vous, ou supprimer votre compte. Saisissez votre mot de passe pour l’un ou l’autre.

## trust: invitations
notification-invited-speaker = { $who } vous invite à intervenir dans la proposition de session « { $title } ».
notification-invited-organiser = { $who } vous invite à co-organiser la proposition de session « { $title } ».
invitations-title = Invitations en attente de réponse
invitations-intro = Rien de vous n’apparaît sur une proposition avant que vous acceptiez. Comme intervenant, votre profil public complète ce que les organisateurs ont laissé vide ; comme co-organisateur, la proposition compte dans votre limite de propositions et vous pouvez la modifier.
invitation-to-speaker = Intervenir dans « { $title } »
invitation-to-organiser = Co-organiser « { $title } »
invitation-accept = Accepter
invitation-decline = Refuser
invitations-sent = Invitations
invitations-sent-intro = Les personnes désignées par leur adresse e-mail sont invitées, non ajoutées : elles n’apparaissent sur la proposition et ne comptent pour les critères qu’une fois l’invitation acceptée.
invitation-kind-speaker = intervenant
invitation-kind-organiser = co-organisateur
invitation-pending = en attente de réponse
invitation-declined = refusée
invitation-withdraw = Retirer
hint-speaker-invite = Avec une adresse e-mail, l’intervenant est invité : un participant ayant cette adresse apparaît une fois qu’il accepte, et les champs laissés vides sont alors repris de son profil public.

# Atom feeds
feed-link = Flux Atom
feed-site-title = Nouvelles discussions
feed-dissent-title = Opinion dissidente de { $author }
feed-post-title = { $author } dans « { $thread } »
account-feed-title = Flux privé de vos notifications
account-feed-intro = Lisez vos notifications dans un lecteur de flux. L’adresse est secrète : quiconque la possède les lit ; créez-en une nouvelle (l’ancienne cesse de fonctionner) ou révoquez-la si elle circule.
account-feed-make = Créer une nouvelle adresse
account-feed-revoke = Révoquer l’adresse
account-feed-made = Voici l’adresse de votre flux privé. Elle n’est affichée qu’une fois : copiez-la dans votre lecteur de flux et gardez-la pour vous.
account-feed-revoked = L’adresse du flux privé ne fonctionne plus.

# Watching coalitions and topics
watch-label = Suivre :
watch-everything = Tout
watch-new-only = Nouvelles discussions et publications seulement
watch-off = Ne pas suivre
watch-save = Enregistrer
site-description = Un forum ouvert et multilingue de dialogue sur les politiques de l’Internet entre gouvernements, société civile, communautés technique et universitaire, entreprises et médias.
following-watched = Ce que vous suivez de près
following-discussions = Discussions

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = Par courriel :
watch-mail-none = Aucun courriel
watch-mail-now = Chaque message
watch-mail-daily = Résumé quotidien
watch-mail-weekly = Résumé hebdomadaire
mail-author = { $name } ({ $group }, { $country })
mail-from-name = { $author } via { $forum }
mail-post-intro = { $author } a écrit dans « { $title } » :
mail-thread-intro = { $author } a ouvert une nouvelle discussion, « { $title } » :
mail-read-online = Lire sur le forum
mail-reply-hint = Répondez à ce courriel pour répondre dans la discussion : votre réponse est publiée sous votre nom, selon les règles du forum.
mail-why = Vous recevez ce courriel parce que vous suivez cette discussion, sa coalition ou l’un de ses thèmes.
mail-unsubscribe = Ne plus recevoir ces courriels
mail-digest-subject-daily = Votre résumé quotidien : { $count ->
    [one] un nouveau message
   *[other] { $count } nouveaux messages
}
mail-digest-subject-weekly = Votre résumé hebdomadaire : { $count ->
    [one] un nouveau message
   *[other] { $count } nouveaux messages
}
mail-digest-intro = Nouveautés dans ce que vous suivez depuis votre dernier résumé :
mail-digest-unsubscribe = Ne plus recevoir ces résumés
mail-bounce-subject = Votre message n’a pas pu être publié
mail-bounce-intro = Votre message « { $subject } » n’a pas pu être publié sur le forum.
mail-bounce-footer = Rien n’a été publié. Vous pouvez répondre sur le forum : { $url }
mail-bounce-off = Ce forum n’accepte pas les réponses par courriel.
mail-bounce-no-address = Il n’a pas été envoyé à l’adresse de réponse d’une discussion. Répondez au courriel que le forum vous a envoyé, avec la fonction Répondre de votre messagerie.
mail-bounce-forged = L’adresse de réponse n’a pas été créée par ce forum, ou a été modifiée.
mail-bounce-wrong-sender = Il ne vient pas de l’adresse pour laquelle l’adresse de réponse a été créée. Répondez depuis l’adresse à laquelle le forum vous écrit.
mail-bounce-account = Le compte pour lequel elle a été créée a été fermé ou suspendu.
mail-bounce-empty = Une fois le message cité et la signature retirés, il ne restait rien à publier.
mail-bounce-too-long = Il est plus long qu’un message ne peut l’être.
mail-bounce-forbidden = Vous ne pouvez pas publier dans cette discussion : votre droit de publier y a été retiré.
mail-bounce-not-found = La discussion n’existe plus, ou ne peut pas être lue.
unsubscribe-title = Ne plus recevoir de courriels
unsubscribe-confirm = Ne plus recevoir les courriels de ce suivi ? Vous continuez à le suivre sur le forum.
unsubscribe-confirm-daily = Ne plus recevoir vos résumés quotidiens ? Vous continuez à tout suivre sur le forum.
unsubscribe-confirm-weekly = Ne plus recevoir vos résumés hebdomadaires ? Vous continuez à tout suivre sur le forum.
unsubscribe-button = Ne plus recevoir ces courriels
unsubscribe-done = C’est fait : vous ne recevrez plus ces courriels. Vous pouvez choisir à nouveau sur la page de ce que vous suivez.
unsubscribe-invalid = Ce lien de désabonnement n’est pas valide. Copiez l’adresse complète depuis le courriel, ou modifiez vos réglages sur la page de ce que vous suivez.
