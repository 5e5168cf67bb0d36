## The desktop app's own screens. Variables: { $count } and { $n } are numbers; others are text.

nav-label = Screens
nav-sessions = Sessions
nav-setup = Set-up
nav-run = Run of show
nav-signin = Sign-in
nav-capture = Capture
nav-board = Issue board
nav-voting = Voting
nav-settings = Settings
skip-to-content = Skip to content
header-session = Session: { $title }
header-no-session = No session open
working = Working…
save = Save
saved = Saved.
none-yet = None yet.
minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
minutes-short = min
language-code-hint = A language code such as en, es, zh-Hant, vi, so, am or ar.
import-problems = { $count ->
    [one] One row has a problem, so nothing was imported:
   *[other] { $count } rows have problems, so nothing was imported:
}
import-problem = Line { $line }, column “{ $column }”: { $message }

## Session kinds, agenda kinds, roles, statuses, tag kinds
session-kind-summit = Precinct summit
session-kind-small-group = Small group
session-kind-report-back = Report-back meeting
session-kind-workshop = Workshop
agenda-kind-welcome = Welcome
agenda-kind-presentation = Presentation
agenda-kind-discussion = Discussion
agenda-kind-breakout = Breakout groups
agenda-kind-report-out = Report-out
agenda-kind-vote = Vote
agenda-kind-break = Break
role-resident = Resident
role-business = Business
role-organisation = Community organisation
role-city-staff = City staff
role-police = Police
status-new = New
status-under-review = Under review
status-action-planned = Action planned
status-in-progress = In progress
status-done = Done
status-not-pursued = Not pursued
tag-kind-pillar = Pillar
tag-kind-topic = Topic
ballot-kind-rank = Ranked ballot
ballot-kind-budget = Budget ballot

## Sessions
sessions-heading = Sessions
sessions-empty = No sessions yet. Create one below, or open the demo summit.
sessions-demo = Open the demo summit
sessions-col-title = Session
sessions-col-kind = Kind
sessions-col-precinct = Precinct
sessions-col-starts = Starts
sessions-col-counts = So far
sessions-col-actions = Actions
sessions-counts = Signed in: { $signins } · Concerns: { $concerns } · Groups: { $groups }
sessions-open = Open
sessions-duplicate = Duplicate…
sessions-duplicate-title = Title of the new session
sessions-duplicate-go = Make the copy
sessions-copy-title = { $title } (second round)
sessions-new = New session
sessions-create = Create session
session-title = Title
session-kind = Kind
session-precinct = Precinct
session-place = Place
session-starts = Starts at
session-room-minutes = Room booked for (minutes)
session-room-minutes-hint = The agenda's total is checked against this.
session-languages = Languages spoken
session-interpreted = Languages interpreted
session-languages-hint = Language codes separated by commas, such as en, es, vi.

## Set-up
setup-heading = Set-up
agenda-heading = Agenda
agenda-help = Drag an item by its handle, or focus the handle and press Alt+↑ or Alt+↓ to move it.
agenda-reorder = Move “{ $title }”, item { $place } of { $count }
agenda-minutes-for = Planned minutes for “{ $title }”
agenda-up = Move “{ $title }” up
agenda-down = Move “{ $title }” down
agenda-remove = Remove “{ $title }”
agenda-total = Planned: { $planned } minutes.
agenda-within-booking = Planned: { $planned } of the { $booked } minutes the room is booked for.
agenda-over-booking = Planned: { $planned } minutes, { $over } more than the { $booked } the room is booked for. Shorten or drop an item.
agenda-add = Add item
agenda-item-title = Item
agenda-item-minutes = Minutes
agenda-item-kind = Kind
agenda-item-presenter = Presenter
agenda-import-template = Add items from an agenda template (CSV)…
agenda-imported = { $count ->
    [one] One agenda item added.
   *[other] { $count } agenda items added.
}
groups-heading = Breakout groups
groups-empty = No groups yet.
groups-add = Add group
group-name = Group name
group-language = Language
group-topic = Topic
group-facilitator = Facilitator
questions-heading = Discussion questions
questions-empty = No questions yet.
questions-add = Add question
question-text = Question
question-language = Language
languages-heading = Languages and room
tags-heading = Tag vocabulary
tags-add = Add tag
tags-retire = Retire #{ $tag }
tag-slug = Tag
tag-label = Label
tag-kind = Kind
tag-pillar = Pillar
tag-pillar-hint = For a topic: the pillar it belongs to.

## Run of show
run-heading = Run of show
run-now = Now
run-not-started = The agenda has not started.
run-done = The agenda is done.
run-start = Start the agenda
run-next = Next item
run-previous = Previous item
run-overrun = Over time by { $time }
run-almost = { $time } left
run-agenda = Agenda
run-planned = planned { $minutes } min
run-started = started { $time }
run-actual = took { $minutes } min
run-start-this = Start this item
projector-heading = Projector
projector-open = Open the projector window
projector-question = Question on screen
projector-no-question = No question
projector-language-1 = Language
projector-language-2 = Second language, side by side
projector-no-second = None
projector-show-results = Show live vote results

## Sign-in
signin-heading = Sign-in sheet
signin-form-heading = Sign someone in
signin-form-help = Every field is optional. Tab moves between fields; Enter saves from any of them.
signin-name = Name
signin-name-hint = Leave empty to sign in anonymously.
signin-neighbourhood = Neighbourhood
signin-zip = ZIP code
signin-language = Preferred language
signin-interpreter = Needs an interpreter
signin-role = Attending as
signin-email = Email
signin-phone = Phone
signin-consent = Agrees to be contacted about follow-up
signin-group = Breakout group
signin-no-group = Not assigned yet
signin-suggested-group = Suggested: { $group }, which works in { $language }.
signin-save = Sign in
signin-saved = Signed in.
signin-duplicate-warning = { $count ->
    [one] Someone with these details signed in at { $time }. Press Enter again to sign in anyway, or change the details.
   *[other] { $count } people with these details have signed in (first at { $time }). Press Enter again to sign in anyway, or change the details.
}
signin-counts = Who is here
signin-total = { $count ->
    [one] One person signed in
   *[other] { $count } people signed in
} ({ $anonymous } anonymous, { $interpreter } need an interpreter)
signin-by-language = By language
signin-by-role = By role
signin-by-neighbourhood = By neighbourhood
signin-recent = Latest sign-ins
signin-language-unknown = language not given
kiosk-heading = Self sign-in kiosk
kiosk-help = Opens a full-screen window for attendees. It shows no one else's entries, and only your PIN closes it.
kiosk-mode = The kiosk is for
kiosk-mode-sign-in = Signing in
kiosk-mode-ballot = Casting a ballot
kiosk-languages = First language offered
kiosk-language-2 = Second language offered
kiosk-language-3 = Third language offered
kiosk-ballot-kind = Ballot
kiosk-budget = Points to spend on a budget ballot
kiosk-pin = Facilitator PIN
kiosk-pin-hint = At least four digits. You will need it to close the kiosk.
kiosk-start = Open the kiosk

## Capture
capture-heading = Breakout capture
capture-form-heading = Capture a concern
capture-group = Group
capture-group-hint = Alt+1 to Alt+9 switch groups.
capture-no-group = Whole session
capture-text = Concern, as said
capture-text-hint = Press Enter to save. Type # for tags; ↑ ↓ and Tab pick one.
capture-language = Language it was said in
capture-interpretation = Interpretation
capture-interpretation-hint = Optional: the interpreter's rendering, kept beside the original.
capture-save = Save concern
capture-undo = Undo
capture-undo-what = Undo: { $what }
capture-undo-add = the last capture
capture-undo-status = the status change
capture-quick-keys = Quick keys for the last capture:
capture-quick-status = Ctrl+{ $n } { $status }
capture-recent = Captured in this group
capture-saving = Saving…
capture-saved = Saved
capture-count = { $count ->
    [one] One concern so far.
   *[other] { $count } concerns so far.
}

## Issue board
board-heading = Issue board
board-search = Search
board-tag = Tag
board-group = Group
board-layout = Arrange by
board-by-status = Status
board-by-tag = Tag
board-by-group = Group
board-all-tags = All tags
board-all-groups = All groups
board-no-group = No group
board-untagged = No tag
board-votes = Votes
board-dots = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
board-status-of = Status
board-merge = Merge…
board-merge-cancel = Cancel merge
board-merge-here = Merge into this
board-merge-pick = Choose the card to merge it into, or cancel.
board-merged = Merged. The duplicate's votes now count for the card it joined.
board-duplicates = Likely duplicates
board-no-duplicates = No likely duplicates.
board-dup-similar = { $percent }% alike
board-merge-these = Merge the first into the second

## Voting
voting-heading = Voting
voting-dots-heading = Counted dots
voting-dots-help = Type the number of dots on a card and press Enter; the cursor moves to the next one.
voting-col-concern = Concern
voting-col-dots = Dots
voting-col-add = Add dots
voting-add = Add
voting-add-dots-for = Dots to add for “{ $text }”
voting-dots-saved = Dots added.
voting-tally = Results
voting-dots = Dots
voting-ranked = { $ballots ->
    [one] Ranked ballots (one ballot): Borda points
   *[other] Ranked ballots ({ $ballots } ballots): Borda points
}
voting-irv-winner = Instant-runoff winner: { $text }
voting-budget = { $ballots ->
    [one] Budget (one ballot)
   *[other] Budget ({ $ballots } ballots)
}
voting-show-on-projector = Show the results on the projector

## Settings
settings-heading = Settings
settings-device = This laptop
settings-device-name = Laptop name
settings-device-name-hint = Shown to the coordinator beside this laptop's bundles, e.g. “Table 3 — Mesa 3”.
settings-fingerprint = Device fingerprint: { $fingerprint }
settings-data = Data
settings-database = Database file
settings-database-hint = Everything this laptop records is in this one file.
settings-choose = Choose…
settings-open-database = Open this database
settings-database-opened = Opened.
settings-language = Language
settings-language-label = Language of this app
settings-language-hint = Changes at once. The projector and kiosk choose their own languages.
settings-pseudo-locale = Pseudo-locale (finds untranslated text)
settings-version = Convene { $version }

## Projector window (shown to the room; in the languages the facilitator picks)
projector-window-title = Convene — projector
projector-now = Now
projector-waiting = Starting soon
projector-question-label = Question
projector-results = Vote results
projector-no-votes = No votes yet.
projector-dots = { $count ->
    [one] { $shown } dot
   *[other] { $shown } dots
}

## Kiosk window (shown to attendees in their own language)
kiosk-window-title = Convene — sign in
kiosk-welcome = Welcome
kiosk-choose-language = Choose your language
kiosk-form-heading = Sign in
kiosk-form-help = Everything is optional. Your answers help us see who came; only counts are shared.
kiosk-optional = Optional
kiosk-name = Your name
kiosk-neighbourhood = Your neighbourhood
kiosk-zip = ZIP code
kiosk-role = I am here as
kiosk-interpreter = I would like an interpreter
kiosk-email = Email
kiosk-phone = Phone
kiosk-consent = You may contact me about what happens next
kiosk-submit = Sign in
kiosk-back = Back
kiosk-thanks = Thank you, you are signed in.
kiosk-next-person = The next person can start in a moment.
kiosk-facilitator = Facilitator
kiosk-pin-heading = Close the kiosk
kiosk-pin-label = PIN
kiosk-unlock = Close the kiosk
kiosk-rank-heading = Rank the concerns
kiosk-rank-help = Tap the concerns in order of importance to you: first tap is your top choice. Tap again to remove.
kiosk-budget-heading = Share { $budget } points
kiosk-budget-help = Give your { $budget } points to the concerns that matter most to you.
kiosk-points-for = Points for “{ $text }”
kiosk-ranked = { $count ->
    [0] Nothing ranked yet.
    [one] One concern ranked.
   *[other] { $count } concerns ranked.
}
kiosk-cast = Cast my ballot
kiosk-ballot-thanks = Thank you, your ballot is counted.
kiosk-error-consent-required = To give an email or phone number, tick the box that says we may contact you.
kiosk-error-invalid-zip = That ZIP code does not look right. Use five digits, or leave it empty.
kiosk-error-invalid-email = That email address does not look right. Check it, or leave it empty.
kiosk-error-invalid-phone = That phone number does not look right. Check it, or leave it empty.
kiosk-error-empty-ballot = Choose at least one concern first.
kiosk-error-budget-mismatch = Your points must add up to the total shown. Check your numbers.
kiosk-error-kiosk-pin-wrong = That PIN is not right.
kiosk-error-other = Something went wrong. Please ask the facilitator for help.
agenda-kind-closing = Closing
signin-not-given = Not given
board-show-more = Show { $count } more ({ $rest } not shown)

## Kits and bundles, the coordinator's desk, actions
nav-exchange = Kits and bundles
nav-coordinator = Coordinator
nav-actions = Actions
files-choose = Choose…
files-hint = Type or paste the file's path, choose it, or drop the file on this window.
files-many-hint = One path per line; choose several at once, or drop the files on this window.
progress-of = { $done } of { $total } { $item }
exchange-heading = Kits and bundles
exchange-this-laptop = This laptop
exchange-fingerprint = This laptop's fingerprint: { $fingerprint }
exchange-follows = Follows the coordinator whose fingerprint is { $fingerprint }.
exchange-no-kit = No kit imported yet: import the coordinator's kit before the event.
exchange-is-coordinator = This laptop is the coordinator's: attendees' personal data in bundles is sealed to it.
exchange-become-coordinator = Make this the coordinator's laptop
exchange-sessions = Sessions
exchange-kit-out = Export a kit (coordinator, before the event)
exchange-kit-out-help = The kit carries the sessions' plan (agenda, groups, questions, tags) and your keys, signed. Put it on a USB stick for every laptop.
exchange-kit-file = Kit file
exchange-export-kit = Export the kit
exchange-kit-written = Kit written to { $path } ({ $ops } changes).
exchange-kit-in = Import the kit (each laptop, before the event)
exchange-kit-in-help = Compare the fingerprint it shows with the one on the coordinator's screen.
exchange-import-kit = Import the kit
exchange-kit-imported = { $count ->
    [one] Kit imported: one session, { $ops } new changes.
   *[other] Kit imported: { $count } sessions, { $ops } new changes.
}
exchange-compare-fingerprint = Coordinator's fingerprint: { $fingerprint }. It must match the coordinator's screen.
exchange-kit-new-coordinator = Yes, this kit comes from our new coordinator: import it
exchange-bundle-out = Export this laptop's bundle (end of the session)
exchange-bundle-out-help = One file with everything captured here, signed; names and contacts sealed so only the coordinator can read them.
exchange-bundle-file = Bundle file
exchange-export-bundle = Export the bundle
exchange-writing = Writing and checking the bundle…
exchange-bundle-safe = Written and checked. The USB stick is safe to remove.
exchange-bundle-written = { $path }: { $ops } changes; personal data { $personal }.
exchange-personal-sealed = sealed to the coordinator
exchange-personal-plaintext = included unencrypted
exchange-personal-left-out = left out (no kit imported)
coordinator-heading = Coordinator's desk
coordinator-import = Import bundles
coordinator-import-help = Choose every bundle from the sticks at once. Each is checked before anything is read, and each imports whole or not at all.
coordinator-bundle-files = Bundle files
coordinator-import-go = Import the bundles
coordinator-importing = Importing bundles
coordinator-import-summary = Imported { $imported }, already had { $already }, waiting for approval { $quarantined }, refused { $rejected }; { $conflicts } new conflicts.
coordinator-bundles = Bundles received
coordinator-no-bundles = No bundles yet.
coordinator-col-device = Bundle
coordinator-col-facilitator = Laptop
coordinator-col-sessions = Sessions
coordinator-col-received = Received
coordinator-col-counts = Changes
coordinator-col-signature = Signature and state
coordinator-ops = { $ops } ({ $new } new)
coordinator-status-imported = Signature good, merged
coordinator-status-quarantined = Signature good, waiting for approval
coordinator-status-alarm = Alarm: a different bundle claims the same changes
coordinator-status-rejected = Refused
coordinator-status-already-had = Already had
coordinator-devices = Laptops
coordinator-no-devices = No other laptops yet.
coordinator-waiting = { $count ->
    [one] one bundle waiting
   *[other] { $count } bundles waiting
}
coordinator-approve = Approve
coordinator-reject = Reject
coordinator-approved = { $count ->
    [one] Approved; its waiting bundle is merged.
   *[other] Approved; its { $count } waiting bundles are merged.
}
device-state-self = this laptop
device-state-coordinator = coordinator
device-state-approved = approved
device-state-quarantined = waiting for approval
device-state-revoked = rejected
coordinator-conflicts = Conflicts
coordinator-no-conflicts = No conflicts.
coordinator-conflict-title = “{ $title }”: { $field }
coordinator-conflict-winner = Kept by the merge
coordinator-conflict-loser = Set aside
coordinator-conflict-by = { $device }, { $at }
coordinator-keep-this = Keep this
coordinator-own-value = Or type the right value
coordinator-keep-own = Keep mine
coordinator-resolved = Resolved.
coordinator-board = Merged issue board
coordinator-precinct = Precinct
coordinator-board-count = { $count ->
    [one] One concern.
   *[other] { $count } concerns.
}
coordinator-col-concern = Concern
coordinator-col-session = Session
coordinator-col-group = Group
coordinator-col-laptop = Captured on
coordinator-col-dots = Dots
actions-heading = Actions
actions-new = New action
actions-create = Create the action
actions-created = Action created.
actions-list = Actions
actions-empty = No actions yet.
action-title = Action
action-response = What will be done
action-owner = Owner
action-due = Due
action-precinct = Precinct
action-basis = Why it changed
action-concerns = Concerns it answers
action-concerns-hint = Search the merged board and tick the concerns.
basis-community-input = Based on community input
basis-result-based = Based on results
action-status-planned = Planned
action-status-in-progress = In progress
action-status-done = Done
action-status-dropped = Dropped
action-status-unchanged = Status unchanged
action-meta = Owner: { $owner } · due { $due } · { $precinct }
action-update-text = Update on “{ $title }”
action-update-status = New status for “{ $title }”
action-add-update = Add update
report-heading = Report-back: from each concern to what was done
report-precinct = Precinct
report-precinct-hint = Empty for every precinct.
report-empty = No concerns yet.
report-raised = Raised at { $session } ({ $kind }), { $group }; { $dots } dots.
report-also-raised = { $count ->
    [one] Also raised once more, at: { $groups }.
   *[other] Also raised { $count } more times, at: { $groups }.
}
report-action = Action: { $title } — { $status } (last update { $updated }).
report-no-action = No action yet (status: { $status }).

## Reports and export
nav-reports = Reports and export
reports-heading = Reports and export
reports-pdf-heading = PDF report
reports-pdf-kind = Report
reports-pdf-summary = Session summary
reports-pdf-signin-sheet = Printable sign-in sheet (blank)
reports-pdf-report-back = Report-back handout
reports-pdf-cpp = Community Policing Plan update
reports-pdf-help-summary = Attendance as counts (never names), the agenda planned against actual, the top concerns by votes, concerns by pillar and topic, notes per group and actions.
reports-pdf-help-signin-sheet = A blank sheet with this session's header, for when the laptops cannot be used. Choose a second language to print every column in both.
reports-pdf-help-report-back = What this precinct raised, what was done and what comes next, for the report-back meeting. Best with a second language.
reports-pdf-help-cpp = The semi-annual update across this precinct's sessions: feedback and priorities, how current efforts are doing, new or changed responses and what was shared.
reports-language = Language
reports-second-language = Second language
reports-second-language-hint = Printed beneath the first, for interpreted sessions.
reports-no-second = None
reports-paper = Paper
reports-paper-letter = US Letter
reports-paper-a4 = A4
reports-file = Save as
reports-write-pdf = Write the PDF
reports-written = Written to { $path } ({ $size } bytes).
reports-csv-heading = CSV tables
reports-csv-help = For spreadsheets. Any cell that a spreadsheet could read as a formula is written so it stays text.
reports-table = Table
reports-table-concerns = Concerns
reports-table-signins = Sign-ins
reports-table-votes = Votes and tallies
reports-table-actions = Actions
reports-bom = Start with a byte-order mark (for Excel)
reports-personal = Include names, emails and phone numbers (sign-ins only)
reports-write-csv = Write the CSV
reports-import-heading = Import typed-up sheets
reports-import-help = A paper sign-in sheet or an agenda template, typed into a spreadsheet and saved as CSV. Every row is checked first.
reports-import-table = What the file holds
reports-import-signins = Sign-ins from a paper sheet
reports-import-agenda = Agenda template
reports-import-file = CSV file
reports-skip-invalid = Import the valid rows even if some have problems
reports-import-go = Import
reports-imported = { $count ->
    [one] One row imported.
   *[other] { $count } rows imported.
}
reports-import-skipped = { $count ->
    [one] One row was left out because of a problem:
   *[other] { $count } rows were left out because of problems:
}
device-state-unknown = not seen before
exchange-personal-none = none in this bundle
ledger-detail-seq-alarm = its laptop already used these sequence numbers for other changes
ledger-detail-device-revoked = its laptop was rejected, so it will not be merged
field-programme-name = name
field-programme-description = description
field-session-programme-id = programme
field-session-title = title
field-session-kind = kind of session
field-session-precinct = precinct
field-session-place = place
field-session-starts-at = start time
field-session-room-minutes = room booking (minutes)
field-session-languages = languages spoken
field-session-interpreted = languages interpreted
field-agenda-title = title
field-agenda-kind = kind of item
field-agenda-presenter = presenter
field-agenda-planned-minutes = planned minutes
field-agenda-position = place in the agenda
field-agenda-started-at = started at
field-agenda-finished-at = finished at
field-group-name = group name
field-group-topic = topic
field-group-facilitator = facilitator
field-group-note-taker = note-taker
field-group-language = language
field-question-text = question
field-question-language = language
field-question-position = place in the list
field-signin-neighbourhood = neighbourhood
field-signin-zip = ZIP code
field-signin-language = preferred language
field-signin-interpreter = needs an interpreter
field-signin-accessibility = accessibility needs
field-signin-role = role
field-signin-consent-to-contact = consent to contact
field-signin-group-id = breakout group
field-concern-group-id = breakout group
field-concern-question-id = discussion question
field-concern-text = words
field-concern-language = language it was said in
field-concern-interpretation = interpretation
field-concern-interpretation-language = language of the interpretation
field-concern-location = location
field-concern-tags = tags
field-concern-status = status
field-concern-duplicate-of = duplicate of
field-action-precinct = precinct
field-action-title = action
field-action-response = planned response
field-action-owner = owner
field-action-due = due date
field-action-status = status
field-action-basis = reason for the change
field-action-concern-ids = concerns it answers
field-tag-label = label
field-tag-kind = kind of tag
field-tag-pillar = pillar
duration-years =
    { $count ->
        [one] a year
       *[other] { $count } years
    }
duration-days =
    { $count ->
        [one] a day
       *[other] { $count } days
    }
duration-hours =
    { $count ->
        [one] an hour
       *[other] { $count } hours
    }
duration-minutes =
    { $count ->
        [one] a minute
       *[other] { $count } minutes
    }
clock-ahead = The clock on { $device } was about { $duration } ahead; its times are marked as uncertain.
clock-behind = The clock on { $device } was about { $duration } behind; its times are marked as uncertain.
entity-programme = Programmes
entity-session = Sessions
entity-agenda = Agenda items
entity-group = Breakout groups
entity-question = Discussion questions
entity-signin = Sign-ins
entity-signin-contact = Names and contacts
entity-concern = Concerns
entity-note = Notes
entity-dot-count = Dot counts
entity-ballot = Ballots
entity-action = Actions
entity-action-update = Action updates
entity-tag = Tags
coordinator-import-held =
    { $count ->
        [one] One change waits for your review under “Changes to review”.
       *[other] { $count } changes wait for your review under “Changes to review”.
    }
coordinator-import-refused =
    { $count ->
        [one] One change was refused: it was outside what its laptop was given, or did not fit its field. It counts for nothing; the bundle’s row shows it.
       *[other] { $count } changes were refused: outside what their laptop was given, or not fitting their field. They count for nothing; the bundles’ rows show them.
    }
coordinator-held-refused = { $held } held for review, { $refused } refused
coordinator-held = Changes to review
coordinator-held-help = Approved laptops changed records that are not theirs (another laptop’s, or yours), or removed many at once. Nothing here counts until you accept it.
coordinator-no-held = No changes are waiting for review.
coordinator-held-set = { $device } would set { $field } to “{ $value }”
coordinator-held-delete = { $device } would delete it
coordinator-accept = Accept
coordinator-refuse = Refuse
coordinator-change-accepted = Accepted; it counts now.
coordinator-change-refused = Refused; it will never count.
coordinator-approve-only = Only for some sessions
coordinator-approve-only-hint = Tick the sessions this laptop ran. With none ticked, it is approved for every session of your plan.
coordinator-revoke = See what revoking takes back
coordinator-revoke-heading = Revoking { $device }
coordinator-revoke-from = Take back its changes
coordinator-revoke-from-all = All of them
coordinator-revoke-from-bundle = From bundle { $bundle } on (received { $at })
coordinator-revoke-preview =
    { $count ->
        [one] Revoking { $device } from change { $seq } on takes back one of its changes:
       *[other] Revoking { $device } from change { $seq } on takes back { $count } of its changes:
    }
coordinator-revoke-kind = { $kind }: { $restored } back, { $removed } gone, { $changed } changed back
coordinator-revoke-go = Revoke and take these back
coordinator-cancel = Cancel
coordinator-revoked = Revoked. Its bundles will be refused; its changes stay in the log, marked, and no longer count.
coordinator-revoked-from = revoked from change { $seq } on
coordinator-asks = Its bundles name: { $sessions }
coordinator-not-given = Wrote in sessions it was not given: { $sessions }. What it did there counts for nothing until you give it them.
coordinator-give = Give it these sessions
coordinator-given = Given: { $sessions }
session-scope-given = given
session-scope-own = its own
session-scope-not-given = not given
time-approximate = Its laptop’s clock was off: the time is corrected, and approximate.
time-about = about { $time }
exchange-kit-own-elsewhere =
    { $count ->
        [one] The coordinator holds one change from this laptop that it no longer has (it was restored from an older backup). It is safe there, and new changes are numbered after it.
       *[other] The coordinator holds { $count } changes from this laptop that it no longer has (it was restored from an older backup). They are safe there, and new changes are numbered after them.
    }
coordinator-revoke-summary = Revoke this laptop…
ledger-detail-resolved = an alarm its laptop resolved by taking a new identity and sending its work again
ledger-detail-merge-failed = still held: it could not be merged when its laptop was approved; fix the cause and approve again
settings-backup = Back up this laptop
settings-backup-intro = One file with everything this laptop recorded and its keys, locked with a passphrase. Take it after each session and keep it away from the laptop.
settings-backup-file = Backup file
settings-backup-passphrase = Passphrase
settings-backup-passphrase-hint = At least 10 characters. A few ordinary words are easy to remember; without them the backup cannot be opened.
settings-backup-passphrase-again = The passphrase again
settings-backup-mismatch = The two passphrases differ. Type the same one twice.
settings-backup-now = Back up now
settings-backup-done = Backed up to { $path }. Keep the passphrase apart from the file.
settings-backup-done-coordinator = Backed up to { $path }, with the coordinator identity: with the file and the passphrase someone could approve bundles as you. Keep them apart, somewhere safe.
settings-restore = Restore from a backup
settings-restore-intro = For a laptop that was lost or broken: its backup comes back into a new database file, and this app opens it. The laptop goes on under a new identity linked to the old, so the coordinator keeps trusting it.
settings-restore-file = Backup file to restore
settings-restore-database = New database file
settings-restore-now = Restore and open
settings-restored = Restored into { $path } and opened. This laptop now signs as { $new }, linked to { $old }.
settings-missing-device-key = This database has no device key beside it ({ $path }), so it cannot sign bundles. Restore it from a backup below, or copy the key file back.
settings-missing-coordinator-identity = This coordinator database has no identity file beside it ({ $path }), so sealed names in bundles cannot be opened. Restore it from a backup below, or copy the identity file back.
capture-redact = Remove: names someone
capture-redact-explain = Removes the words from this laptop, and from the coordinator and other laptops once they get it. Bundles already written keep them.
capture-redact-confirm = Remove it
capture-redact-cancel = Keep it
signin-redact = Remove: their details
capture-redacted = Removed. Its words are gone from this laptop's log too.
capture-redacted-bundles-before =
    { $count ->
        [one] Removed. Its words are gone from this laptop's log too, but one bundle written before still holds them: delete that file.
       *[other] Removed. Its words are gone from this laptop's log too, but { $count } bundles written before still hold them: delete those files.
    }
coordinator-held-redact = { $device } would remove it as personal information: accepting blanks its words here and on every laptop, for good
language-review-proposed = not yet reviewed by a fluent speaker
language-review-reviewed = reviewed by a fluent speaker
language-review-source = the language Convene is written in
settings-language-review = Translations marked “{ language-review-proposed }” were made carefully, but no fluent speaker has checked them yet; README says how a community organisation can review one.
