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
form-error-choose = Choose one of the options.
form-error-language = Use language codes such as sw, pt or fa, separated by commas.
form-error-too-many = Choose fewer languages.
form-error-password-short = Use at least 10 characters.
form-error-password-email = Your password must not be your email address.
form-error-password-wrong = That password is not correct.
form-error-coc = You need to accept the Code of Conduct to take part.
form-error-signin = The email address or password is not correct, or the address has not been confirmed yet: after registering, follow the link we mailed you first.
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
audit-action-proposal = Session decision
audit-target-session = Session { $id }

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

# notifications
nav-notifications = Notifications
nav-notifications-unread = { $count ->
    [one] Notifications ({ $count } new)
   *[other] Notifications ({ $count } new)
}
notifications-title = Notifications
notifications-mark-read = Mark all as read
notifications-none = You have no notifications. Follow a coalition or a discussion to hear of new posts in it.
notifications-older = Older notifications
notification-unread = New
notification-new-post = { $author } replied in “{ $title }”
notification-new-output = New output: “{ $title }”
notification-new-thread = { $author } started a new discussion: “{ $title }”
notification-posting-removed = { $count ->
    [one] Your posting rights were removed because moderators hid one of your flagged posts within { $days } days. You remain a member of your coalitions and can still read and follow discussions.
   *[other] Your posting rights were removed because moderators hid { $count } of your flagged posts within { $days } days. You remain a member of your coalitions and can still read and follow discussions.
}
field-abuse-threshold = Remove posting rights automatically after this many upheld flags
settings-abuse-threshold-hint = Counts an author's flagged posts that moderators hid in the last 90 days; 0 turns this off. Membership is never removed.
form-error-threshold = Enter a whole number from 0 to 100.
audit-action-auto-block-posting = Posting rights removed automatically after repeated abuse

# meetings
nav-meetings = Meetings
nav-agenda = My agenda
nav-reviews = Reviews
meetings-title = Yearly meetings
meetings-intro = The forum meets once a year, each year in a different host country. Each meeting has its theme, its call for session proposals and its programme.
meetings-hosts = Host countries over the years
meeting-label = Meeting
meeting-theme = Theme
meeting-new = New yearly meeting
meeting-create = Create the meeting
meeting-tracks = Tracks
meeting-call = Call for session proposals
meeting-call-open = The call is open from { $opens } to { $closes }.
meeting-call-closed = The call runs from { $opens } to { $closes } and is not open now.
meeting-call-none = No call for session proposals has been set yet.
meeting-my-proposals = Your proposals
meeting-programme = Programme
meeting-sessions-count = { $count ->
    [one] { $count } session accepted
   *[other] { $count } sessions accepted
}
meeting-secretariat = For the secretariat
meeting-settings = Settings
back-to-meeting = Back to the meeting
field-host_country = Host country
field-city = City
field-starts_on = First day
field-ends_on = Last day
field-time_zone = Time zone of the venue
field-call_opens_on = Call opens on
field-call_closes_on = Call closes on
field-proposal_limit = Proposals per person
field-word_limit = Words allowed in a description
field-track-name = Track name
field-room-name = Room name
field-capacity = Seats
hint-theme = The overarching theme; its description goes below.
hint-time-zone = An IANA time zone name such as Africa/Nairobi or Europe/Oslo. Session times are the venue's local times.
hint-proposal-limit = How many proposals one person may submit as organiser; 0 means no limit.
track-add = Add track
room-add = Add room
room-capacity = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
form-save = Save
form-error-number = Enter a whole number in the allowed range.
form-error-date = Enter a date as year-month-day.
form-error-date-order = This date comes before the one it should follow.
form-error-time-zone = This time zone is not known. Use a name such as Africa/Nairobi.
form-error-year-taken = A meeting for this year already exists.
form-error-participation = Give the number of people who took part, onsite or online.
proposal-new = Propose a session
proposal-new-intro = Your proposal stays a private draft, seen only by you and the co-organisers you add, until you submit it. The page of the draft shows which criteria are still unmet.
proposal-save = Save the proposal
proposal-edit = Edit the proposal
proposal-submit = Submit the proposal
proposal-organisers = Organisers
proposal-speakers = Speakers and moderator
proposal-no-speakers = No speakers yet.
proposal-status-draft = Draft
proposal-status-submitted = Submitted
proposal-status-in-review = In review
proposal-status-accepted = Accepted
proposal-status-declined = Declined
proposal-status-merge-requested = Merge requested
proposal-status-merged = Merged into another proposal
field-description = Description
field-policy_questions = Policy questions
field-session_type = Session type
field-format = Format
field-duration = Duration
field-mode = Onsite or online
field-session_lang = Language of the session
field-track = Track
field-coalitions = Related coalitions
field-organisation = Organisation
field-group = Stakeholder group
field-organiser_email = Email of the co-organiser
hint-word-limit = { $count ->
    [one] At most { $count } word.
   *[other] At most { $count } words.
}
hint-policy-questions = The questions the session will discuss, one per line.
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-type-workshop = Workshop
session-type-main = Main session
session-type-open-forum = Open forum
session-type-coalition = Dynamic Coalition session
session-type-best-practice = Best Practice Forum session
session-type-nri = National and regional initiatives session
session-type-networking = Networking session
session-type-lightning = Lightning talk
session-type-launch = Launch or award
session-type-town-hall = Town hall
session-type-day-zero = Day 0 event
session-format-panel = Panel
session-format-break-out = Break-out groups
session-format-debate = Debate
session-format-roundtable = Roundtable
session-format-birds-of-a-feather = Birds of a feather
session-format-flash = Flash session
session-mode-hybrid = Hybrid: onsite and online
session-mode-onsite = Onsite
session-mode-online = Online only
gender-woman = Woman
gender-man = Man
gender-non-binary = Non-binary
gender-undisclosed = Prefers not to say
speaker-role-moderator = Moderator
speaker-role-speaker = Speaker
speaker-onsite = Onsite
speaker-online = Online
speaker-add = Add a speaker
speaker-add-intro = Speakers can be participants of this forum or invited people. Gender is asked only to check the diversity criterion; it is shown to organisers and never published.
speaker-remove = Remove
organiser-add = Add a co-organiser
criteria-title = Minimum criteria
criteria-intro = Before the proposal can be submitted, these criteria must be met:
criteria-all-met = Every minimum criterion is met: the proposal can be submitted.
criterion-call-closed = The call for proposals is not open today.
criterion-incomplete = Every field must be filled in: title, description, policy questions, session type, format, duration and whether it is onsite or online.
criterion-too-long = The description has { $words } words; at most { $limit } are allowed.
criterion-speakers = { $count ->
    [one] At least 3 speakers are needed; there is { $count }.
   *[other] At least 3 speakers are needed; there are { $count }.
}
criterion-gender = At least one speaker must be of a different gender from the others.
criterion-groups = Speakers must come from more than one stakeholder group.
criterion-onsite = A hybrid or onsite session needs its moderator and at least two speakers onsite.
criterion-missing-report = { $name } has not filed the report of an earlier session.
criterion-reviewer = { $name } reviews proposals and may not submit one.
criterion-limit = { $name } already organises { $limit } submitted proposals, the most allowed.
merge-title = Merge requested
merge-intro = The secretariat asks this proposal to join a similar one. Agreeing moves your organisers and speakers into it:
merge-agree = Agree and merge
session-when = When
session-room = Room
session-online = Online room
interest-add = Add to my agenda
interest-remove = Remove from my agenda
interest-count = { $count ->
    [one] { $count } person interested
   *[other] { $count } people interested
}
review-title = Review
review-assigned = Assigned reviewers
review-none-assigned = No reviewer assigned yet.
field-reviewer_email = Email of the reviewer
review-assign = Assign reviewer
review-scores = Scores
review-reviewer = Reviewer
review-relevance = Relevance
review-content = Content
review-diversity = Diversity
review-format = Format
review-relevance-hint = How well the session serves the meeting's theme and its policy questions.
review-content-hint = How clear, substantive and well prepared the proposal is.
review-diversity-hint = Diversity of speakers and organisers: gender, region, stakeholder group, age and policy views.
review-format-hint = Whether the format suits the aim and works for people onsite and online.
review-total = Total
review-comments = Comments
review-decide = Decide
field-outcome = Outcome
field-merge_with = Merge with proposal number
review-yours = Your review
review-save = Save your review
review-dashboard = Proposals and review
review-no-track = No track
review-proposal-count = { $count ->
    [one] { $count } proposal submitted
   *[other] { $count } proposals submitted
}
review-status = Status
review-mean = Average score
review-spread = Spread
review-count = Reviews
review-marks = Marks
review-mark-first-time = First-time proposer
review-mark-developing = From a developing country
review-queue = Proposals to review
review-queue-empty = No proposal is assigned to you.
review-done = reviewed
review-to-do = to review
agenda-title = Agenda
agenda-ics = Agenda as a calendar (iCalendar)
agenda-ics-one = Add to a calendar (iCalendar)
agenda-frab-json = Schedule for conference apps (JSON)
agenda-frab-xml = Schedule for conference apps (XML)
agenda-times-in = times are local to the venue ({ $zone })
agenda-filter = Filter the agenda
agenda-any = Any
agenda-day = Day
agenda-speaker-group = Speakers' stakeholder group
agenda-apply = Show
agenda-clear = Clear the filters
agenda-shown = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
agenda-unscheduled = Not yet scheduled
agenda-as-timetable = See the timetable: rooms side by side, one day at a time
timetable-as-list = See the agenda as a list
timetable-title = Timetable
timetable-time = Time
timetable-no-room = Room to be announced
timetable-hint = Rooms run across, times down. On a small screen, scroll sideways: the times stay in view.
timetable-region = Timetable for { $day }
timetable-empty = No session on this day matches the filters.
timetable-elsewhere = { $count ->
    [one] One session is not in the grid (no time or no room yet): see the list.
   *[other] { $count } sessions are not in the grid (no time or no room yet): see the list.
}
agenda-personal = My agenda
agenda-personal-intro = Sessions you added to your agenda, in time order.
agenda-personal-empty = Your agenda is empty. Use "Add to my agenda" on a session's page.
agenda-feed = Calendar subscription
agenda-feed-intro = Subscribe to this private address in your calendar app to keep your agenda there. Anyone who has the address can read your agenda.
schedule-title = Schedule
schedule-rooms = Rooms
schedule-no-rooms = No rooms yet: add them in the meeting's settings.
schedule-clashes = People booked into overlapping sessions
schedule-no-clashes = Nobody is booked into two sessions at once.
schedule-clash = { $person } is in both “{ $first }” and “{ $second }” at the same time.
schedule-room-taken = { $room } is already taken then by “{ $other }”. Nothing was changed.
schedule-sessions = Accepted sessions
schedule-place = Room and time
schedule-save = Place
report-title = Session report
report-none = No report has been filed yet.
report-file = File or update the report
report-back = Back to the session
report-intro = File the short report with the key messages soon after the session, and the full report within two weeks of it. Organisers who never report cannot propose at the next meeting.
report-short-only = Only the short report has been filed; the full report is still to come.
report-participation = Participation
report-transcript = Transcript
report-transcript-notice = Transcripts and live captions are published to help people follow. They are not an authoritative record of the session.
report-save-short = Save as short report
report-save-full = Save as full report
field-key_messages = Key messages
field-key_issues = Key issues raised
field-presentations = Summary of each presentation
field-discussion = Discussion
field-takeaways = Takeaways and way forward
field-onsite_count = People onsite
field-online_count = People online
hint-key_messages = Up to three messages the session wants the forum to hear.
hint-key_issues = The policy issues the session raised.
hint-presentations = A short summary of what each speaker said.
hint-discussion = What participants, onsite and online, raised in the discussion.
hint-takeaways = What was agreed, what remains open, and next steps.
reports-title = Reports
reports-state = Report
reports-late-count = { $count ->
    [one] { $count } report is late.
   *[other] { $count } reports are late.
}
reports-remind = Send due reminders now
report-state-not-due = Session not over yet
report-state-short-due = Short report due
report-state-short-late = Short report late
report-state-full-due = Full report due
report-state-full-late = Full report late
report-state-complete = Complete
notification-proposal-accepted = Your session proposal “{ $title }” was accepted.
notification-proposal-declined = Your session proposal “{ $title }” was not accepted this year.
notification-proposal-merge = The secretariat asks your proposal “{ $title }” to merge with “{ $other }”.
notification-report-reminder-short = The short report of “{ $title }” is due by { $due }.
notification-report-reminder-full = The full report of “{ $title }” is due by { $due }.
mail-proposal-accepted-subject = Your session proposal was accepted
mail-proposal-accepted-body = Hello { $name },

    Your session proposal “{ $title }” was accepted. The secretariat will place it in the programme; its page shows the room and time once set:
    { $link }
mail-proposal-declined-subject = About your session proposal
mail-proposal-declined-body = Hello { $name },

    Your session proposal “{ $title }” was not accepted this year. Thank you for proposing it; its page stays available to you:
    { $link }
mail-proposal-merge-subject = Your session proposal: merge requested
mail-proposal-merge-body = Hello { $name },

    The secretariat asks your proposal “{ $title }” to join the similar proposal “{ $other }”. You can agree on its page:
    { $link }
mail-report-reminder-short-subject = Short report due
mail-report-reminder-short-body = Hello { $name },

    The short report of your session “{ $title }”, with its key messages, is due by { $due }. You can file it here:
    { $link }
mail-report-reminder-full-subject = Full report due
mail-report-reminder-full-body = Hello { $name },

    The full report of your session “{ $title }” is due by { $due }. You can file it here:
    { $link }
topic-sessions = Sessions at the yearly meetings
topic-sessions-none = No session at a yearly meeting has taken up this topic yet.
speaker-role-rapporteur = Rapporteur
home-coalitions-all = Every coalition

## trust: moderation
moderation-held-coalitions = Coalitions waiting for review
moderation-held-dissents = Dissents waiting for review
coalition-hidden-title = Coalition hidden
coalition-hidden-notice = Moderators hid this coalition.
coalition-held-notice = This coalition waits for review by the moderators before it is listed.
moderation-hide-coalition = Hide this coalition
moderation-restore-coalition = Restore this coalition
moderation-hide-dissent = Hide this dissent
moderation-restore-dissent = Restore this dissent
dissent-held-notice = This dissent waits for review by the moderators before others see it.
dissent-hidden-notice = This dissent was hidden by moderators.
audit-action-hide-coalition = Coalition hidden
audit-action-restore-coalition = Coalition restored
audit-action-release-coalition = Coalition published after review
audit-action-hide-dissent = Dissent hidden
audit-action-restore-dissent = Dissent restored
audit-action-release-dissent = Dissent published after review
audit-action-auto-block-coalition-posting = Posting rights in one coalition removed automatically after repeated abuse
notification-coalition-posting-removed = { $count ->
    [one] Your posting rights in one coalition's discussions were removed because its coordinators hid one of your flagged posts there within { $days } days. You can still post elsewhere and remain a member.
   *[other] Your posting rights in one coalition's discussions were removed because its coordinators hid { $count } of your flagged posts there within { $days } days. You can still post elsewhere and remain a member.
}

## trust: accounts
form-error-control-chars = Remove invisible control characters, such as text direction marks, from this field.
signin-check-mail = We have sent a message to that address. To finish registering, follow the link in it; if you already have an account, sign in here or choose a new password.
confirm-mail-subject = Confirm your address to finish registering
confirm-mail-body = Hello { $name },

    To finish creating your account, open this link and confirm that this address is yours:

    { $link }

    The link works for two days. If you did not register, ignore this message: no account is made without it.
confirm-title = Confirm your address
confirm-intro = This confirms that the address is yours and signs you in to your new account.
confirm-submit = Confirm and sign in
confirm-expired-title = This link no longer works
confirm-expired-body = Confirmation links work once, for two days. Register again with the same address to get a new one.
register-taken-mail-subject = Someone tried to register with your address
register-taken-mail-body = Hello { $name },

    Someone, perhaps you, tried to create a new account with this email address, which already has one. No new account was made.

    If you have forgotten your password, you can choose a new one here:

    { $link }

    If it was not you, you can ignore this message.
suspended-title = Your account is suspended
suspended-own-data = You can no longer take part, but you can still download everything the forum holds about you, or delete your account. Enter your password to do either.

## trust: invitations
notification-invited-speaker = { $who } invites you to speak at the session proposal “{ $title }”.
notification-invited-organiser = { $who } invites you to co-organise the session proposal “{ $title }”.
invitations-title = Invitations to answer
invitations-intro = Nothing about you appears on a proposal until you accept. As a speaker, your public profile fills what the organisers left blank; as a co-organiser, the proposal counts towards your proposal limit and you can edit it.
invitation-to-speaker = Speak at “{ $title }”
invitation-to-organiser = Co-organise “{ $title }”
invitation-accept = Accept
invitation-decline = Decline
invitations-sent = Invitations
invitations-sent-intro = People named by email are invited, not added: they appear on the proposal and count for the criteria only once they accept.
invitation-kind-speaker = speaker
invitation-kind-organiser = co-organiser
invitation-pending = awaiting an answer
invitation-declined = declined
invitation-withdraw = Withdraw
hint-speaker-invite = With an email address the speaker is invited: a participant with that address appears once they accept, and fields left blank are then taken from their public profile.

# Atom feeds
feed-link = Atom feed
feed-site-title = New discussions
feed-dissent-title = Dissent by { $author }
feed-post-title = { $author } in “{ $thread }”
account-feed-title = Private feed of your notifications
account-feed-intro = Read your notifications in a feed reader. The address is secret: anyone who has it reads them, so make a new one (the old stops working) or revoke it if it gets out.
account-feed-make = Make a new address
account-feed-revoke = Revoke the address
account-feed-made = Your private feed address is below. It is shown only now: copy it into your feed reader and keep it to yourself.
account-feed-revoked = The private feed address no longer works.

# Watching coalitions and topics
watch-label = Watch:
watch-everything = Everything
watch-new-only = New discussions and outputs only
watch-off = Not watching
watch-save = Save
site-description = An open, multilingual forum for Internet policy dialogue among governments, civil society, the technical and academic communities, business and media.
following-watched = What you watch
following-discussions = Discussions

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = By mail:
watch-mail-none = No mail
watch-mail-now = Each post
watch-mail-daily = Daily digest
watch-mail-weekly = Weekly digest
mail-author = { $name } ({ $group }, { $country })
mail-from-name = { $author } via { $forum }
mail-post-intro = { $author } wrote in “{ $title }”:
mail-thread-intro = { $author } started a new discussion, “{ $title }”:
mail-read-online = Read it on the forum
mail-reply-hint = Reply to this mail to answer in the discussion: your reply is posted under your name, under the forum’s rules.
mail-why = You get this mail because you watch this discussion, its coalition or one of its topics.
mail-unsubscribe = Stop these mails
mail-digest-subject-daily = Your daily digest: { $count ->
    [one] one new post
   *[other] { $count } new posts
}
mail-digest-subject-weekly = Your weekly digest: { $count ->
    [one] one new post
   *[other] { $count } new posts
}
mail-digest-intro = New in what you watch since your last digest:
mail-digest-unsubscribe = Stop these digests
mail-bounce-subject = Your message could not be posted
mail-bounce-intro = Your message “{ $subject }” could not be posted on the forum.
mail-bounce-footer = Nothing was posted. You can answer on the forum instead: { $url }
mail-bounce-off = This forum does not take replies by mail.
mail-bounce-no-address = It was not sent to a reply address of a discussion. Answer the mail the forum sent you, using your mail program’s Reply.
mail-bounce-forged = The reply address was not made by this forum, or was changed.
mail-bounce-wrong-sender = It did not come from the address the reply address was made for. Reply from the address the forum writes to.
mail-bounce-account = The account it was made for has been closed or suspended.
mail-bounce-empty = Once the quoted message and the signature were removed, nothing was left to post.
mail-bounce-too-long = It is longer than a post may be.
mail-bounce-forbidden = You may not post in this discussion: your posting rights there have been removed.
mail-bounce-not-found = The discussion no longer exists, or cannot be read.
unsubscribe-title = Stop mail
unsubscribe-confirm = Stop the mails of this watch? You keep watching it on the forum.
unsubscribe-confirm-daily = Stop your daily digests? You keep watching everything on the forum.
unsubscribe-confirm-weekly = Stop your weekly digests? You keep watching everything on the forum.
unsubscribe-button = Stop these mails
unsubscribe-done = Done: no more of these mails. You can choose again on the page of what you follow.
unsubscribe-invalid = This unsubscribe link is not valid. Copy the whole address from the mail, or change your mail settings on the page of what you follow.
