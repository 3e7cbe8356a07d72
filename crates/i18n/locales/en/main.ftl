# Convene interface strings: English, the reference locale. Every other locale must
# carry exactly these message ids (a test checks it).

## Site chrome
site-name = Convene
site-tagline = An open forum for Internet policy dialogue
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-about = About
nav-signin = Sign in
nav-register = Register
nav-account = Your account
nav-audit = Audit log
nav-signout = Sign out
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

## People
former-participant = Former participant
profile-suspended = This account is suspended.
profile-coalitions = Coalitions
profile-no-coalitions = Not a member of any coalition yet.
profile-posts = Recent posts
moderation-title = Moderation
moderation-suspend = Suspend this account
moderation-reinstate = Reinstate this account

## Forms
form-error-summary = Please correct the following
form-choose = Choose…
form-error-required = This field is required.
form-error-too-long = This is too long.
form-error-email = Enter an email address such as name@example.org.
form-error-email-taken = An account with this email address already exists.
form-error-choose = Choose one of the options.
form-error-language = Use language codes such as sw, pt or fa, separated by commas.
form-error-too-many = Choose fewer languages.
form-error-password-short = Use at least 10 characters.
form-error-password-email = Your password must not be your email address.
form-error-password-wrong = That password is not correct.
form-error-coc = You need to accept the Code of Conduct to take part.
form-error-signin = The email address or password is not correct.
form-error-suspended = This account is suspended and cannot sign in.
field-display_name = Name
field-email = Email address
field-password = Password
field-stakeholder_group = Stakeholder group
field-country = Country
field-affiliation = Organisation
field-gender = Gender (optional)
field-languages = Languages you read
field-languages_other = Other languages (codes such as sw, pt)
field-ui_lang = Interface language
field-coc = I accept the Code of Conduct
field-reason = Reason
hint-password = At least 10 characters. A short sentence is easy to remember and hard to guess.
hint-affiliation = Shown with what you write, unless you speak for a government.
hint-gender = Describe it in your own words, or leave it empty. It is never shown; it only counts in anonymous diversity figures.
hint-delete-password = Enter your password to confirm.

## Registration and signing in
register-title = Register
register-intro = Anyone may take part. Everything you write is shown with your name, your stakeholder group and the country or organisation you speak for.
register-read-coc = (read it)
register-submit = Create my account
register-have-account = Already registered?
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgotten your password?
signin-no-account = New here?
signin-after-reset = Your password has been changed. Please sign in with it.
reset-title = Reset your password
reset-intro = Enter the email address of your account and we will send you a link to choose a new password.
reset-submit = Send me a link
reset-sent-title = Check your mail
reset-sent-body = If an account uses this address, a link to choose a new password is on its way. It works for one hour.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-expired-title = This link no longer works
reset-expired-body = Reset links work once, for one hour. Please ask for a new one.
reset-mail-subject = Your password reset link
reset-mail-body = Hello { $name },

    Someone, probably you, asked to reset the password of your account. To choose a new password, open this link within one hour:

    { $link }

    If you did not ask for this, you can ignore this message; your password stays the same.

## Account
account-title = Your account
account-saved = Your profile has been saved.
account-save = Save
account-your-data = Your data
account-export-intro = Download everything the forum holds about you, as a JSON file.
account-export = Download my data
account-delete = Delete my account
account-email = Email address on file
delete-title = Delete your account
delete-explain = Your name, email address and personal details will be erased and you will be signed out. What you posted stays in the public record, shown as written by a former participant.
delete-submit = Delete my account

## Audit log
audit-title = Audit log
audit-empty = Nothing has been recorded yet.
audit-when = When
audit-who = Who
audit-action = Action
audit-whom = Account
audit-older = Older entries
audit-action-suspend = Suspended
audit-action-reinstate = Reinstated
audit-action-set-role = Role changed

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
error-forbidden-title = Not allowed
error-forbidden-body = Your account does not have permission to do this.
error-csrf-title = This form has expired
error-csrf-body = For your safety the form could not be sent. Please go back, reload the page and try again.
error-too-many-title = Too many attempts
error-too-many-body = Please wait a few minutes before trying again.
error-too-large-title = Request too large
error-too-large-body = What was sent is larger than this forum accepts (1 MB). Please shorten it and try again.

## Roles
field-role = Role
role-save = Change role
role-participant = Participant
role-reviewer = Reviewer (programme committee)
role-moderator = Moderator
role-secretariat = Secretariat

## Translating content
nav-translations = Translations
translate-title = Translate “{ $title }” into { $language }
translate-original = Original in { $language }, revision { $revision }
translate-your-translation = Your translation into { $language }
field-title = Title
field-body = Text (Markdown)
translate-submit = Propose this translation
translate-publish = Publish this translation
translate-proposed = Thank you. Your translation has been proposed and will be published once it is approved.
translate-published = The translation is published.
translate-same-language = This text is written in this language, so there is nothing to translate.
translate-pending = Proposals waiting for approval
translate-approve = Approve and publish
translate-outdated-note = The published translation was made from an older revision of the original. Please bring it up to date.
status-title = Translation status
status-intro = How much of the forum’s content can be read in each language, and what still needs work. Anyone who has registered can propose a translation.
status-language = Language
status-current = Up to date
status-outdated = Outdated
status-missing = Not translated
status-percent = { $percent } % up to date
status-needs-work = To translate into { $language }
status-all-done = Everything is translated and up to date.
translator-trust = Trust as a translator
translator-untrust = Stop trusting as a translator
translator-badge = Trusted translator
audit-action-trust-translator = Trusted as a translator
audit-action-untrust-translator = No longer trusted as a translator
edit-original-link = Edit the original
edit-original-title = Edit “{ $title }”
edit-original-explain = You are changing the original text. Every translation of it will be marked as out of date until a translator brings it up to date.
edit-original-save = Save a new revision

## Coalition standing and membership
standing-forming = Standing: forming
standing-active = Standing: active
standing-inactive = Standing: inactive
standing-needs-groups = Members come from { $value } stakeholder groups; recognition needs at least three.
standing-needs-action-plan = There is no action plan yet.
standing-needs-contact = No contact person has been named yet.
standing-criteria-met = The criteria for recognition are met: members from at least three stakeholder groups, an action plan and a contact person.
standing-output = Latest yearly report or paper: { $value }.
standing-first-report-due = A new coalition: its first yearly report or paper is due in { $value }.
standing-no-recent-output = No yearly report or paper since { $value }. A coalition without one for two years is listed as inactive.
standing-never-reported = No yearly report or paper has been published. A coalition without one for two years is listed as inactive.
standing-recognized = Recognised by the secretariat on { $date }.
standing-not-recognized = Not yet recognised by the secretariat.
coalition-action-plan = Action plan
coalition-join = Join this coalition
coalition-leave = Leave this coalition
coalition-signin-to-join = Sign in to join this coalition
coalition-you-are-member = You are a member of this coalition.
coalition-start-thread = Start a discussion

## Discussions
thread-new-title = Start a discussion
thread-create = Start the discussion
thread-reply-title = Reply
thread-reply-submit = Post the reply
thread-reply-link = Reply
thread-quote-link = Quote
thread-in-reply = In reply to an earlier post
thread-signin-to-reply = Sign in to take part in this discussion
field-post = Your message
field-lang = Language you are writing in
hint-markdown = You can use Markdown: *emphasis*, **bold**, links, lists, and > for quotes.

## Coalition directory and proposals
nav-coalitions = Coalitions
coalitions-title = Dynamic Coalitions
coalitions-intro = Every coalition, where it stands and why. Anyone may propose one; the secretariat recognises it once it has members from at least three stakeholder groups, an action plan and a contact person.
coalitions-propose = Propose a coalition
coalition-propose-title = Propose a coalition
coalition-propose-intro = Say why the coalition is needed and what it plans to do. You become its coordinator and contact person; others join with one click.
field-name = Name
field-mission = Why it is needed
field-action_plan = Action plan
coalition-propose-submit = Propose the coalition
coalition-recognize = Recognise this coalition
coalition-make-coordinator = Make co-coordinator
error-conflict-title = Not possible yet
error-conflict-body = This does not meet the forum’s rules yet. The page you came from says what is missing.

## Stakeholder balance
balance-members-title = Who the members are
balance-posts-title = Who has spoken in this discussion
balance-by-group = By stakeholder group
balance-by-region = By regional group

## Policy topics and the mandate
nav-topics = Topics
topics-title = Policy topics
topics-intro = The questions the forum follows from year to year. Each topic gathers its coalitions and discussions, so that no policy on it comes as a surprise.
topics-label = Topics:
field-topics = Policy topics
topic-mandate = Which parts of the mandate it serves
mandate-1 = Public policy on the Internet’s key elements
mandate-2 = Questions that cut across international bodies
mandate-3 = Working with intergovernmental organisations
mandate-4 = Sharing information and good practice
mandate-5 = Availability and affordability in developing countries
mandate-6 = Engaging stakeholders, above all from developing countries
mandate-7 = Spotting emerging issues and making recommendations
mandate-8 = Capacity building in developing countries
mandate-9 = How the World Summit’s principles are applied
mandate-10 = Critical Internet resources
mandate-11 = Use and misuse of the Internet that affect everyday users
mandate-12 = Publishing the proceedings

## Coalition outputs and dissent
outputs-title = Outputs
outputs-none = Nothing has been published yet.
output-kind-yearly-report = Yearly report
output-kind-thematic-paper = Thematic paper
output-kind-statement = Statement
output-publish-title = Publish an output
field-kind = Kind of document
field-year = Year
output-publish-submit = Publish
output-versions = Versions
output-version = Version { $value }, { $date }
output-old-version = You are reading version { $value }, which is not the current one.
output-read-current = Read the current version
dissents-title = Dissenting views
dissents-intro = Members who disagree with this document say so here, under their own name. Dissenting views are always shown with the document.
dissents-none = No member has recorded a dissenting view.
field-dissent = Your dissenting view
dissent-submit = Sign and add my dissenting view
dissent-members-only = Members of the coalition can add a dissenting view.

## Moderation
nav-moderation = Moderation
flag-post = Flag this post
flag-submit = Send to the moderators
flag-thanks = Thank you. The moderators will look at the post you flagged.
post-hidden = This post was hidden by the moderators. Reason:
post-held = Waiting for review: only you and the moderators can see this post.
post-held-notice = Thank you. Your post will appear once a moderator has reviewed it; this applies to the first posts of new accounts.
moderation-hide-post = Hide this post
moderation-restore-post = Restore this post
moderation-release = Publish this post
moderation-queue-title = Moderation queue
moderation-flags = Flagged posts
moderation-held = Posts waiting for review
moderation-nothing = Nothing is waiting.
moderation-dismiss = Dismiss the flag
posting-rights-title = Posting rights
posting-rights-removed = This account may read and stay a member, but may not post.
posting-rights-remove = Remove posting rights
posting-rights-restore = Give back posting rights
settings-title = Site settings
settings-hold-first-posts = Hold the first posts of new accounts until a moderator has reviewed them
audit-action-hide-post = Post hidden
audit-action-restore-post = Post restored
audit-action-release-post = Post published after review
audit-action-block-posting = Posting rights removed
audit-action-unblock-posting = Posting rights given back

## Editing posts and following
nav-following = Following
post-edit = Edit
post-edited = Edited: see earlier versions
post-edit-title = Edit your post
post-edit-explain = Earlier versions stay readable by everyone, so the record of the discussion is never rewritten.
post-history-title = Earlier versions of this post
post-history-current = Back to the current version
follow = Follow
unfollow = Stop following
following-title = What you follow
following-intro = Discussions you follow, and every discussion of the coalitions you follow, most recently active first.
following-none = You do not follow anything yet. Use the Follow button on a coalition or a discussion.
