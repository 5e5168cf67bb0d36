## The command line: `convene --help`, table headers and the messages commands print.
## Help texts are keyed by the command's path (cli-cmd-session-create) and the argument's
## name (cli-arg-session-create-room-minutes); see src/bin/convene/help.rs.

### Help

cli-about = Run police–community precinct summits offline: agenda, sign-ins, concerns, votes and actions.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-help-flag = Print help
cli-version-flag = Print version
cli-arg-db = The database file. Defaults to the same file the desktop app uses
cli-arg-json = Print exactly one JSON object instead of text
cli-arg-locale = Language for messages (en, es, zh-Hant, vi, ru, so, ko, am, ar)

cli-cmd-init = Set up this laptop: its database and device identity
cli-arg-init-device-name = A name for this laptop, shown to the coordinator (e.g. "Table 3 laptop")

cli-cmd-demo = Create a realistic sample summit and print its session id
cli-arg-demo-seed = Seed for the sample's random choices; the same seed gives the same summit
cli-arg-demo-concerns = Also add this many synthetic concerns, to try the board at a city's scale

cli-cmd-programme = Programmes that group sessions across precincts
cli-cmd-programme-create = Create a programme, e.g. "Safe Communities 2027"
cli-cmd-programme-list = List programmes with their precincts

cli-cmd-session = Summits, small-group sessions, report-backs and workshops
cli-cmd-session-create = Create a session
cli-arg-session-create-starts = Start date and time, RFC 3339 (2027-03-14T18:30:00-07:00) or a date
cli-arg-session-create-room-minutes = Minutes the room is booked for
cli-arg-session-create-languages = Languages spoken, comma-separated (en,es)
cli-arg-session-create-interpreted = Languages interpreted, comma-separated
cli-arg-session-create-programme = Programme id (prefix)
cli-cmd-session-list = List sessions
cli-cmd-session-show = Show a session and what it holds
cli-cmd-session-edit = Change a session's details
cli-cmd-session-duplicate = A new session with an earlier one's agenda, groups and questions

cli-cmd-agenda = The agenda and its run of show
cli-cmd-agenda-add = Add an item at the end of a session's agenda
cli-cmd-agenda-list = The agenda in order, planned against actual
cli-cmd-agenda-move = Move an item to a place in the agenda (1 is first)
cli-cmd-agenda-start = Start an item now (finishing whatever was running)
cli-cmd-agenda-finish = Finish an item now
cli-cmd-agenda-next = Run of show: finish the current item and start the next
cli-cmd-agenda-edit = Change an item
cli-cmd-agenda-remove = Take an item off the agenda

cli-cmd-group = Breakout groups
cli-cmd-group-add = Add a breakout group
cli-arg-group-add-language = The language the group works in
cli-cmd-group-list = List a session's groups

cli-cmd-question = Discussion questions
cli-cmd-question-add = Add a discussion question
cli-cmd-question-list = List a session's questions in order

cli-cmd-signin = The sign-in sheet
cli-cmd-signin-add = Sign someone in. Every field is optional: an anonymous sign-in still counts
cli-arg-signin-add-zip = A US ZIP code (98122 or 98122-1234)
cli-arg-signin-add-language = Preferred language (es, zh-Hant, vi, ...)
cli-arg-signin-add-interpreter = They need an interpreter
cli-arg-signin-add-role = resident, business, organisation, city-staff or police
cli-arg-signin-add-consent = They agreed to be contacted (needed for --email or --phone)
cli-arg-signin-add-group = Breakout group, by name or id
cli-arg-signin-add-time-in = When they arrived, if not now (typing up a paper sheet)
cli-cmd-signin-list = The sign-in sheet, without names or contacts
cli-cmd-signin-counts = Live counts by language, role, neighbourhood and group
cli-cmd-signin-assign = Put someone in a breakout group
cli-arg-signin-assign-group = Group by name or id; omit to unassign
cli-cmd-signin-suggest-group = Suggest a group for an attendee, matching their language

cli-cmd-concern = The issue board
cli-cmd-concern-add = Capture a concern. `#tags` in the text become tags
cli-arg-concern-add-group = Breakout group, by name or id
cli-arg-concern-add-language = The language the concern was raised in
cli-arg-concern-add-interpretation = Its interpretation into the working language
cli-arg-concern-add-location = Where: a street, a corner, a park
cli-cmd-concern-list = The issue board
cli-arg-concern-list-search = Words to find in the text, its interpretation or location
cli-arg-concern-list-all = Include concerns merged into others
cli-cmd-concern-show = One concern in full
cli-cmd-concern-edit = Change a concern's text, interpretation, language, location or group
cli-cmd-concern-tag = Add or remove tags
cli-cmd-concern-status = Set the status: new, under-review, action-planned, in-progress, done, not-pursued
cli-cmd-concern-merge = Mark a concern as a duplicate of another; its votes count for the other
cli-cmd-concern-unmerge = Undo a merge
cli-cmd-concern-delete = Delete a concern captured by mistake
cli-cmd-concern-duplicates = Likely duplicates, by shared words in text and interpretation
cli-arg-concern-duplicates-threshold = Share of words in common, 0 to 1

cli-cmd-note = Notes per group and question
cli-cmd-note-add = Add a note for a group and question
cli-cmd-note-list = Notes, optionally for one group

cli-cmd-vote = Dots counted on the flip chart
cli-cmd-vote-dots = Enter dots counted on a concern's card

cli-cmd-ballot = Ballots cast by attendees: dots, ranked or budget
cli-cmd-ballot-cast = Cast one attendee's ballot. Each token casts one ballot of each kind
cli-arg-ballot-cast-token = The attendee's ballot token (from their card or the kiosk)
cli-arg-ballot-cast-choices = A concern: for rank, in order, best first; for dots, once per dot
cli-arg-ballot-cast-allocations = For budget ballots: CONCERN=POINTS, repeated
cli-arg-ballot-cast-budget = Points a budget ballot must add up to
cli-cmd-ballot-list = Ballots cast in a session

cli-cmd-tally = Count every vote in a session
cli-arg-tally-top = How many concerns to show per count

cli-cmd-action = Follow-up actions and their dated updates
cli-cmd-action-add = Plan an action in answer to concerns
cli-arg-action-add-response = The planned response
cli-arg-action-add-due = Due date, YYYY-MM-DD
cli-arg-action-add-concerns = A concern it answers (repeat for several)
cli-arg-action-add-basis = result-based or community-input
cli-cmd-action-update = Record a dated update, optionally changing status or basis
cli-arg-action-update-date = YYYY-MM-DD; today if omitted
cli-cmd-action-edit = Change owner, due date or planned response
cli-cmd-action-list = Actions for a session, a precinct, or all
cli-cmd-action-show = One action with its updates

cli-cmd-tag = The tag vocabulary
cli-cmd-tag-list = The vocabulary: pillars and their topics
cli-cmd-tag-add = Add a topic (or, with --kind pillar, a pillar)
cli-arg-tag-add-pillar = The pillar a topic serves
cli-cmd-tag-rename = Change a tag's label
cli-cmd-tag-remove = Take a tag out of the vocabulary (concerns keep it)

cli-cmd-doctor = Check the database; --rebuild proves the state is a pure fold of the op log
cli-arg-doctor-rebuild = Rebuild every table from the op log and check the result is identical

cli-cmd-key = This device's signing key and fingerprint
cli-cmd-key-show = This device's id, public key and fingerprint (and the coordinator's recipient, if any)

cli-cmd-coordinator = The coordinator's identity for attendees' personal data
cli-cmd-coordinator-init = Make this database a coordinator's: adds an age identity for attendees' personal data
cli-cmd-coordinator-restore = Install a coordinator identity from its file (a backup, or a second coordinator machine)

cli-cmd-kit = Kits: session plans from the coordinator to the laptops
cli-cmd-kit-export = Write a signed kit with the sessions' plans and this coordinator's keys
cli-cmd-kit-import = Load a coordinator's kit on this laptop
cli-arg-kit-import-new-coordinator = Accept a kit from a different coordinator than the one this laptop follows

cli-cmd-bundle = Bundles: each laptop's work, signed, back to the coordinator
cli-cmd-bundle-export = Write this laptop's work on sessions as a signed bundle
cli-arg-bundle-export-include-personal-data = With no kit, include names and contacts unencrypted (they are otherwise left out)
cli-cmd-bundle-verify = Check a bundle without importing it
cli-cmd-bundle-import = Import bundles; each is all or nothing
cli-cmd-bundle-list = The ledger: every bundle offered to this database

cli-cmd-trust = Which devices' bundles are merged, waiting or refused
cli-cmd-trust-list = Devices with their fingerprints and state
cli-cmd-trust-approve = Approve a device after comparing its fingerprint; merges its quarantined bundles
cli-cmd-trust-revoke = Revoke a device: its changes stop counting and what they did is undone (all of them, or from a bundle or a sequence number on)
cli-cmd-trust-add = Trust a laptop before its bundles arrive, from the id and key its `key show` prints

cli-cmd-conflicts = Concurrent edits of one field, kept for the coordinator to resolve
cli-cmd-conflicts-list = Open conflicts: concurrent edits of one field
cli-cmd-conflicts-resolve = Resolve a conflict
cli-arg-conflicts-resolve-keep = winner or loser
cli-arg-conflicts-resolve-text = A new value instead

cli-cmd-board = The merged issue board across every session, with where each concern came from
cli-arg-board-precinct = Only this precinct's sessions

cli-cmd-bench = Measure capture, export, import, tally and rebuild at scale, against baselines
cli-arg-bench-quick = Small data at scales 1 and 2: checks the benchmark still works, not how fast
cli-arg-bench-scales = Scales to run (1 = one summit; 20 = a city: 5 precincts × 4 phases)
cli-arg-bench-dir = Where to put the databases and bundles (on the disk you want to measure)

cli-cmd-report = PDF reports: summary, sign-in sheet, report-back handout, CPP update
cli-cmd-report-pdf = A PDF report of a session (the handout and CPP update cover its precinct)
cli-arg-report-pdf-locale = The report's language
cli-arg-report-pdf-second-locale = A second language for headings and labels, beneath the first
cli-arg-report-pdf-paper = letter or a4

cli-cmd-export = Export a session's data (CSV)
cli-cmd-export-csv = A session's table as CSV, safe to open in a spreadsheet
cli-arg-export-csv-bom = Start with a byte-order mark, for Excel
cli-arg-export-csv-with-personal-data = Include attendees' names, emails and phones (sign-ins only)

cli-cmd-import = Import typed-up sheets (CSV)
cli-cmd-import-csv = A typed-up paper sign-in sheet or an agenda template
cli-arg-import-csv-skip-invalid = Import the valid rows even if some are not

### Table headers

cli-col-id = ID
cli-col-status = STATUS
cli-col-due = DUE
cli-col-owner = OWNER
cli-col-basis = BASIS
cli-col-concerns = CONCERNS
cli-col-title = TITLE
cli-col-place = #
cli-col-kind = KIND
cli-col-planned = PLANNED
cli-col-actual = ACTUAL
cli-col-presenter = PRESENTER
cli-col-token = TOKEN
cli-col-cast = CAST
cli-col-dots = DOTS
cli-col-session = SESSION
cli-col-group = GROUP
cli-col-from-device = FROM DEVICE
cli-col-text = TEXT
cli-col-tags = TAGS
cli-col-similarity = SIMILARITY
cli-col-concern = CONCERN
cli-col-likely-duplicate-of = LIKELY DUPLICATE OF
cli-col-line = LINE
cli-col-column = COLUMN
cli-col-problem = PROBLEM
cli-col-device = DEVICE
cli-col-state = STATE
cli-col-ops = OPS
cli-col-new = NEW
cli-col-seq = SEQ
cli-col-received = RECEIVED
cli-col-file = FILE
cli-col-fingerprint = FINGERPRINT
cli-col-name = NAME
cli-col-waiting = WAITING
cli-col-record = RECORD
cli-col-field = FIELD
cli-col-kept = KEPT (WINNER)
cli-col-also-written = ALSO WRITTEN (LOSER)
cli-col-language = LANGUAGE
cli-col-facilitator = FACILITATOR
cli-col-note-taker = NOTE-TAKER
cli-col-topic = TOPIC
cli-col-question = QUESTION
cli-col-note = NOTE
cli-col-sessions = SESSIONS
cli-col-precincts = PRECINCTS
cli-col-starts = STARTS
cli-col-precinct = PRECINCT
cli-col-time-in = TIME IN
cli-col-role = ROLE
cli-col-interpreter = INTERPRETER
cli-col-neighbourhood = NEIGHBOURHOOD/ZIP
cli-col-slug = SLUG
cli-col-pillar = PILLAR
cli-col-label = LABEL
cli-col-scale = SCALE
cli-col-step = STEP
cli-col-median-ms = MEDIAN ms
cli-col-p99-ms = P99 ms
cli-col-per-op = µs/op
cli-col-peak-mb = PEAK MB
cli-col-out-kib = OUT KiB
cli-col-baseline = BASELINE
cli-col-ratio = RATIO
cli-col-target = TARGET

### Labels of a record shown in full (`session show`, `concern show`, `doctor`…)

cli-field-label = { $label }:
cli-field-id = id
cli-field-status = status
cli-field-basis = basis
cli-field-owner = owner
cli-field-due = due
cli-field-response = response
cli-field-concerns = concerns
cli-field-kind = kind
cli-field-precinct = precinct
cli-field-place = place
cli-field-starts = starts
cli-field-languages = languages
cli-field-interpreted = interpreted
cli-field-agenda = agenda
cli-field-groups = groups
cli-field-questions = questions
cli-field-signins = sign-ins
cli-field-notes = notes
cli-field-ballots = ballots
cli-field-actions = actions
cli-field-language = language
cli-field-interpretation = interpretation
cli-field-tags = tags
cli-field-location = location
cli-field-duplicate-of = duplicate of
cli-field-captured = captured
cli-field-database = Database
cli-field-schema-version = Schema version
cli-field-integrity = Integrity
cli-field-foreign-keys = Foreign keys
cli-field-ops = Ops
cli-field-state-hash = State hash
cli-field-fingerprint = Fingerprint
cli-field-signing-key = Signing key
cli-field-device = Device
cli-field-public-key = Public key
cli-field-coordinator-recipient = Coordinator recipient (age)
cli-field-follows = Follows
cli-field-sealed-to = Personal data sealed to
cli-field-next = Next
cli-field-state = State
cli-field-sessions = Sessions

### Messages

cli-yes = yes
cli-updated = Updated
cli-removed = Removed
cli-minutes = { $minutes } min
cli-wrote = Wrote { $path } ({ $bytes } bytes).

cli-action-updates = Updates:

cli-agenda-running = running
cli-agenda-total = Total planned: { $planned } min
cli-agenda-total-booked = Total planned: { $planned } min of { $booked } booked
cli-agenda-total-over = Total planned: { $planned } min of { $booked } booked — over the room booking
cli-agenda-moved = Moved to place { $place }
cli-agenda-started = Started “{ $title }”
cli-agenda-finished = Finished
cli-agenda-now = Now: { $title }
cli-agenda-done = The agenda is done.

cli-tally-signed-in = Signed in: { $count }
cli-tally-dots = Dot votes ({ $ballots ->
    [one] { $ballots } ballot
   *[other] { $ballots } ballots
  } plus counted dots):
cli-tally-none-yet = none yet
cli-tally-dots-score = { $score ->
    [one] { $score } dot
   *[other] { $score } dots
  }
cli-tally-points-score = { $score } pts
cli-tally-ranked = Ranked ballots: { $ballots }
cli-tally-borda = Borda count:
cli-tally-irv = Instant runoff:
cli-tally-round = round { $round }: { $counts }
cli-tally-exhausted = exhausted { $count }
cli-tally-out = out: { $concern }
cli-tally-out-several = out: { $count } with no first choices
cli-tally-winner = winner: { $concern }
cli-tally-budget = Budget allocation ({ $ballots ->
    [one] { $ballots } ballot
   *[other] { $ballots } ballots
  }):
cli-tally-repeated = { $count ->
    [one] 1 ballot ignored: its token had already voted.
   *[other] { $count } ballots ignored: their token had already voted.
  }

cli-bench-met = met ({ $target })
cli-bench-missed = MISSED ({ $target })
cli-bench-sane = Results are sane.
cli-bench-problems = PROBLEMS:

cli-board-revoked = { $device } (REVOKED)

cli-concern-duplicate = duplicate
cli-concern-captured = { $at } on device { $device }
cli-concern-tags = Tags: { $tags }
cli-concern-status = Status: { $status }
cli-concern-merged = Merged into { $into }
cli-concern-unmerged = Unmerged
cli-concern-deleted = Deleted

cli-import-summary = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
  }: { $imported } imported, { $problems } with problems.

cli-doctor-title = Convene database check
cli-doctor-ok = ok
cli-doctor-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
  }
cli-doctor-ops = { $ops } from { $devices ->
    [one] 1 device
   *[other] { $devices } devices
  }
cli-doctor-rows = Rows:
cli-doctor-rebuilt = Rebuilt from { $ops } ops: state hash { $hash } — identical to the state before.

cli-init-ready = Device { $device } ready.
cli-init-ready-named = Device { $device } ready as “{ $name }”.

cli-key-title = This laptop's signing key
cli-key-follows = coordinator { $coordinator } — fingerprint { $fingerprint }
cli-coordinator-ready = Coordinator identity ready.
cli-coordinator-next = convene kit export SESSION --out kit.convene
cli-kit-written = Kit written to { $path } ({ $ops } ops, { $bytes } bytes).
    Laptops will see the coordinator fingerprint { $fingerprint }.
cli-kit-imported = Kit from coordinator { $coordinator }.
    Compare this fingerprint with the coordinator before the event: { $fingerprint }
    Sessions: { $sessions }
    From now on, this laptop's bundles seal attendees' personal data to that coordinator.

cli-bundle-personal-left-out = the names and contacts of { $count ->
    [one] 1 sign-in were
   *[other] { $count } sign-ins were
  } left out: this laptop has no coordinator key to seal them to. Import the coordinator's kit first, or add --include-personal-data to include them unencrypted.
cli-bundle-written = Bundle written and checked: { $path } ({ $ops } ops, { $bytes } bytes; personal data { $personal }).
    It is safe to remove the drive.
cli-bundle-verified = { $file }: signature and hashes OK.
cli-bundle-import-summary = Imported { $imported }, already had { $already_had }, quarantined { $quarantined }, rejected { $rejected }, new conflicts { $conflicts }.
cli-bundle-alarm = ALARM: { $count ->
    [one] 1 bundle reuses
   *[other] { $count } bundles reuse
  } sequence numbers of a device; see `convene bundle list`.
cli-bundle-compare-quarantined = Compare the quarantined devices' fingerprints with their facilitators, then run `convene trust approve DEVICE`.
cli-progress-imported = { $file }: imported { $ops } new ops from { $device }
cli-progress-already-had = { $file }: already imported, nothing to do
cli-progress-quarantined = { $file }: QUARANTINED — unknown device { $device }; compare the fingerprint, then `convene trust approve`
cli-progress-rejected = { $file }: REJECTED — { $problem }

cli-trust-approved = Approved { $device } [{ $fingerprint }].
cli-trust-added = Trusted { $device } [{ $fingerprint }].
cli-trust-revoked = Revoked { $device } [{ $fingerprint }] from change { $seq } on: its bundles will be refused, and what it did from there no longer counts (its changes stay in the log, marked).
cli-conflicts-none = No open conflicts.
cli-conflict-resolved = Resolved conflict { $id } on { $field } “{ $title }”.

cli-session-agenda = { $items ->
    [one] 1 item
   *[other] { $items } items
  }, { $planned } min planned
cli-session-agenda-booked = { $items ->
    [one] 1 item
   *[other] { $items } items
  }, { $planned } min planned of { $booked } booked
cli-session-updated = Updated session { $id }

cli-signin-maybe-duplicate = note: this may be someone already signed in ({ $count }); it was recorded anyway.
cli-signin-counts = Signed in: { $total } ({ $anonymous } anonymous, { $interpreter } need an interpreter)
cli-signin-by-language = By language:
cli-signin-by-role = By role:
cli-signin-by-neighbourhood = By neighbourhood:
cli-signin-by-group = By group:
cli-signin-unassigned = no group
cli-signin-assigned = Assigned
cli-signin-no-groups = This session has no breakout groups yet.

cli-tag-renamed = Renamed
cli-cmd-key-renew = Take a new device identity (after restoring a backup, or on a cloned laptop), linked to the old one by its key
cli-arg-key-renew-reissue-from-seq = Issue this laptop's own changes from this sequence number on again under the new identity (the number an alarm names)
cli-cmd-review = Changes other laptops made to records that are not theirs, waiting for the coordinator
cli-cmd-review-list = Changes waiting for review
cli-cmd-review-accept = Accept a held change: it counts from now on
cli-cmd-review-refuse = Refuse a held change: it never counts
cli-arg-review-accept-change = The change's id, as `review list` shows it (or its start)
cli-arg-review-refuse-change = The change's id, as `review list` shows it (or its start)
cli-arg-trust-approve-sessions = Only these sessions (ids, comma-separated); without it, every session of the coordinator's plan
cli-arg-trust-add-sessions = Only these sessions (ids, comma-separated); without it, every session of the coordinator's plan
cli-arg-trust-revoke-from-bundle = Undo only from this bundle on (its hash, as `bundle list` shows it)
cli-arg-trust-revoke-from-seq = Undo only from this sequence number on
cli-arg-trust-revoke-dry-run = Show what would be undone, and change nothing
cli-arg-doctor-repair = Judge every change again with today's checks and rebuild every table, keeping the result
cli-key-renewed = This laptop is now { $device } [{ $fingerprint }], taking over from { $old }. Changes issued again under the new identity: { $reissued }. Export a bundle: the coordinator will see the two identities linked.
cli-revoke-preview = Revoking { $device } from change { $seq } on takes back { $ops } of its changes:
cli-revoke-kind = { $kind }: { $restored } back, { $removed } gone, { $changed } changed
cli-review-set = set { $field } to “{ $value }”
cli-review-delete = delete it
cli-review-none = No changes are waiting for review.
cli-review-accepted = Accepted: { $change } on “{ $title }”.
cli-review-refused = Refused: { $change } on “{ $title }”; it will never count.
cli-col-change = CHANGE
cli-bundle-held = Changes waiting for review (to records of other laptops or the coordinator's): { $count }. See `convene review list`.
cli-bundle-refused = Changes refused (outside what the laptop was given, not allowed it, or not fitting their field), counting for nothing: { $count }. `convene bundle list` shows which bundles.
cli-bundle-list-held-refused = { $held } held, { $refused } refused
cli-doctor-verdicts = { $held } held for review, { $refused } refused, { $revoked } revoked
cli-field-not-counting = Not counting
cli-doctor-repaired = Judged { $ops } ops again with today's checks; verdicts that changed: { $changed } (changes stored before these checks that no longer pass them count for nothing now). State hash { $hash }.
cli-trust-given = Given: { $sessions } (and the sessions it makes itself).
cli-trust-given-plan = Given: every session of your plan, and the sessions it makes itself.
cli-bundle-not-given = { $device } wrote in sessions it was not given: { $sessions }. What it did there counts for nothing until you give it them: `convene trust approve { $fingerprint }`
cli-cmd-backup = Back up this laptop: the database and its keys in one passphrase-encrypted file
cli-arg-backup-out = Where to write the backup file
cli-arg-backup-passphrase-file = Read the passphrase from the first line of this file (otherwise CONVENE_BACKUP_PASSPHRASE, or it is asked for)
cli-cmd-restore = Bring a laptop back from a backup file, into a database that does not exist yet
cli-arg-restore-file = The backup file to restore from
cli-arg-restore-passphrase-file = Read the passphrase from the first line of this file (otherwise CONVENE_BACKUP_PASSPHRASE, or it is asked for)
cli-backup-passphrase-prompt = Passphrase for the backup:
cli-backup-written = Backed up to { $path } ({ $bytes } bytes). Keep the passphrase apart from the file: without it the backup cannot be opened.
cli-backup-written-coordinator = Backed up to { $path } ({ $bytes } bytes), with the coordinator identity: anyone with the file and the passphrase can approve bundles as this coordinator. Keep them apart, and somewhere safe.
cli-restored = Restored into { $path }. This laptop now signs as { $new }, linked to { $old }: the coordinator accepts its bundles once it has a kit or a bundle from the new identity.
cli-missing-device-key = This database has no device key beside it ({ $path }), so it cannot sign bundles. Restore it from a backup with `convene restore`, or copy the key file back.
cli-missing-coordinator-identity = This coordinator database has no identity file beside it ({ $path }), so sealed names and contacts in bundles cannot be opened. Restore it from a backup with `convene restore`, or copy the identity file back.
cli-doctor-plaintext-accessibility =
    { $count ->
        [one] One sign-in change from before accessibility needs were sealed holds such a need in plain text in the log; it travels in bundles of its session. Sign-ins written from now on seal it.
       *[other] { $count } sign-in changes from before accessibility needs were sealed hold such a need in plain text in the log; they travel in bundles of their sessions. Sign-ins written from now on seal it.
    }
cli-cmd-concern-redact = Remove a concern because it names someone or holds their details: its words are blanked in the log too, and on every laptop the redaction reaches
cli-arg-concern-redact-concern = The concern's id (or the start of it)
cli-cmd-note-redact = Remove a note because it names someone or holds their details: its words are blanked in the log too
cli-arg-note-redact-note = The note's id (or the start of it)
cli-cmd-signin-redact = Remove a sign-in with its name, contacts and accessibility needs: the words are blanked in the log too
cli-arg-signin-redact-signin = The sign-in's id (or the start of it)
cli-redacted = Removed as personal information: its words are blanked in { $ops } change(s) in this laptop's log, and the redaction travels in the next bundle or kit.
cli-redacted-bundles-before =
    { $count ->
        [one] One bundle this laptop wrote before now still holds the words and cannot be changed: delete that file, and ask the coordinator to delete theirs.
       *[other] { $count } bundles this laptop wrote before now still hold the words and cannot be changed: delete those files, and ask the coordinator to delete theirs.
    }
cli-review-redact = remove it as personal information (accepting blanks its words everywhere, for good)
