# Textes de l’interface de Convene : français. La référence est le fichier anglais ; chaque
# langue doit comporter exactement les mêmes identifiants de message (un test le vérifie).

## Éléments généraux du site
site-name = Convene
site-tagline = Un forum ouvert de dialogue sur les politiques de l’Internet
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-about = À propos
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
