# Convene interface strings: English, the reference locale. Every other locale must
# carry exactly these message ids (a test checks it).

## Site chrome
site-name = Convene
site-tagline = An open forum for Internet policy dialogue
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-about = About
language-label = Language
language-switcher-title = Read this page in another language
content-exists-in = This content exists in: { $languages }
footer-mission = This forum makes no binding decisions. It brings every stakeholder group to one table and publishes what is said.
footer-powered = Runs on Convene, free software.
# A language's name, used inside sentences ("translated into …"). Languages without
# a name here show their code.
language-name = { $code ->
    [en] English
    [ar] Arabic
    [de] German
    [es] Spanish
    [fr] French
    [it] Italian
    [ru] Russian
    [zh] Chinese
   *[other] { $code }
}

## Home page
home-title = Welcome
home-intro = Governments, intergovernmental bodies, civil society, the technical and academic communities, business and the media meet here as equals to discuss how the Internet is governed. Anyone may take part; every voice is shown with the stakeholder group and country it speaks for.
home-read-about = Read about the forum’s mandate
home-meetings = Yearly meetings
home-meetings-empty = No yearly meeting has been announced yet.
meeting-place = { $city }, { $country }
meeting-dates = { $start } to { $end }
home-coalitions = Dynamic Coalitions
home-coalitions-intro = Most of the work happens between meetings, in open coalitions that anyone can join.
home-coalitions-empty = No coalition has been formed yet.
coalition-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
home-threads = Recent discussions
home-threads-empty = Nothing has been posted yet.
thread-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
thread-next-page = Next page of posts

## Coalition page
coalition-discussions = Discussions
coalition-members-heading = Members
coalition-coordinator = Coordinator

## Translation notices
translation-untranslated = This page has not been translated into { $language } yet, so you are reading the original in { $original }.
translation-untranslated-help = Help translate it so more people can read it in their own language.
translation-translate-link = Translate this page
translation-outdated = This translation may be out of date: the original has changed since it was translated.
translation-very-outdated = This translation is { $behind } revisions behind the original and may no longer say the same thing.
translation-read-original = Read the original ({ $original })

## Stakeholder groups
stakeholder-government = Government
stakeholder-intergovernmental = Intergovernmental organization
stakeholder-civil-society = Civil society
stakeholder-technical-community = Technical community
stakeholder-academia = Academia
stakeholder-private-sector = Private sector
stakeholder-media = Media

## UN regional groups
region-african = African Group
region-asia-pacific = Asia-Pacific Group
region-eastern-european = Eastern European Group
region-latin-american-caribbean = Latin American and Caribbean Group
region-western-european-others = Western European and Others Group
region-intergovernmental = Intergovernmental organizations
region-other = Other

## Errors
error-not-found-title = Page not found
error-not-found-body = There is nothing at this address. It may have moved, or the link may be mistyped.
error-bad-request-title = Request not understood
error-bad-request-body = The request could not be read. Please go back and try again.
error-internal-title = Something went wrong on our side
error-internal-body = The problem has been logged. Please try again in a moment.
error-unavailable-title = Temporarily unavailable
error-unavailable-body = The forum cannot reach its database right now. Please try again in a moment.
error-go-home = Go to the home page
