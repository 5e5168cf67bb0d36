## Column headings for CSV exports and imports. The keys are the stable column names.

csv-col-id = ID
csv-col-session = Session
csv-col-group = Group
csv-col-status = Status
csv-col-text = Text
csv-col-language = Language
csv-col-interpretation = Interpretation
csv-col-interpretation_language = Interpretation language
csv-col-tags = Tags
csv-col-location = Location
csv-col-duplicate_of = Duplicate of
csv-col-dots = Dots
csv-col-created_at = Captured at
csv-col-time_in = Time in
csv-col-role = Role
csv-col-interpreter = Interpreter needed
csv-col-neighbourhood = Neighbourhood
csv-col-zip = ZIP
csv-col-accessibility = Accessibility needs
csv-col-consent = Consent to contact
csv-col-name = Name
csv-col-email = Email
csv-col-phone = Phone
csv-col-concern = Concern
csv-col-borda = Borda points
csv-col-first_choices = First choices
csv-col-runoff = Instant runoff
csv-col-budget = Budget points
csv-col-title = Title
csv-col-basis = Basis
csv-col-owner = Owner
csv-col-due = Due
csv-col-response = Planned response
csv-col-concerns = Concerns
csv-col-updates = Updates
csv-col-latest_update = Latest update
csv-col-minutes = Minutes
csv-col-presenter = Presenter
csv-col-kind = Kind
csv-runoff-winner = winner
csv-runoff-out = out in round { $round }
csv-problem-unknown-column = “{ $heading }” is not a column this import knows. Use: { $allowed }.
csv-problem-missing-column = The required column “{ $column }” is missing.
csv-problem-not-yes-no = “{ $value }” is neither a yes nor a no. Write { $yes } or { $no }.
csv-problem-not-a-number = “{ $value }” is not a whole number.
csv-problem-unknown-group = There is no breakout group “{ $value }” in this session.
csv-problem-unreadable = This line could not be read as CSV: { $detail }

## PDF reports. Messages shared with the app (session kinds, roles, statuses, bases) come from ui.ftl.

pdf-kind-summary = Session summary
pdf-kind-signin-sheet = Sign-in sheet
pdf-kind-report-back = What you told us, and what happened
pdf-kind-cpp = Community Policing Plan update
pdf-page = Page { $page } of { $pages }
pdf-prepared = Prepared on { $date } with Convene
pdf-precinct = Precinct { $precinct }
pdf-all-precincts = All precincts
pdf-not-given = Not given
pdf-none-yet = None yet.
language-name = { $code ->
    [en] English
    [es] Spanish
    [zh-Hant] Chinese (Traditional)
    [zh] Chinese
    [yue] Cantonese
    [vi] Vietnamese
    [ru] Russian
    [so] Somali
    [ko] Korean
    [am] Amharic
    [ar] Arabic
    [ti] Tigrinya
    [tl] Tagalog
    [uk] Ukrainian
    [unknown] Not given
   *[other] { $code }
  }

## Session summary
pdf-attendance = Attendance
pdf-attendance-total = { $count ->
    [one] One person signed in.
   *[other] { $count } people signed in.
  }
pdf-attendance-interpreter = { $count ->
    [0] Nobody asked for an interpreter.
    [one] One person asked for an interpreter.
   *[other] { $count } people asked for an interpreter.
  }
pdf-attendance-anonymous = { $count ->
    [0] Everyone gave at least a neighbourhood or ZIP.
    [one] One person signed in anonymously.
   *[other] { $count } people signed in anonymously.
  }
pdf-attendance-privacy = This report counts people; it never names them.
pdf-by-language = By language
pdf-by-role = By role
pdf-by-neighbourhood = By neighbourhood or ZIP
pdf-col-people = People
pdf-agenda = Agenda: planned and actual
pdf-col-item = Item
pdf-col-presenter = Presenter
pdf-col-planned = Planned (min)
pdf-col-actual = Actual (min)
pdf-col-difference = Difference
pdf-agenda-total = Total
pdf-agenda-not-run = not run
pdf-top-concerns = Top concerns by votes
pdf-no-votes = No votes were recorded in this session.
pdf-by-tag = Concerns by pillar and topic
pdf-col-pillar = Pillar
pdf-col-topic = Topic
pdf-col-concerns = Concerns
pdf-untagged = Not tagged
pdf-notes = Notes by group
pdf-whole-room = Whole room
pdf-actions = Actions
pdf-col-action = Action
pdf-col-owner = Lead
pdf-col-due = Due
pdf-col-status = Status
pdf-col-basis = Basis
pdf-all-concerns = Every concern raised
pdf-col-concern = Concern
pdf-col-group = Group
pdf-col-dots = Dots
pdf-interpreted = Interpretation ({ $language })

## Sign-in sheet
pdf-signin-intro = Welcome. Please print clearly. Name and contact details are optional; we use them only to send you what comes of this meeting, and only if you tick the last box.
pdf-signin-name = Name (optional)
pdf-signin-neighbourhood = Neighbourhood or ZIP
pdf-signin-language = Preferred language
pdf-signin-interpreter = Interpreter?
pdf-signin-role = Resident, business, organisation, city staff or police
pdf-signin-contact = Email or phone (optional)
pdf-signin-consent = May we contact you?

## Report-back handout
pdf-handout-intro = { $sessions ->
    [one] At one meeting
   *[other] Across { $sessions } meetings
  }, { $people ->
    [one] one person
   *[other] { $people } people
  } told us about { $concerns ->
    [one] one concern
   *[other] { $concerns } concerns
  }. This is what we heard, what we have done, and what comes next.
pdf-handout-raised = What you raised
pdf-handout-done = What was done
pdf-handout-next = What comes next
pdf-raised-count = { $count ->
    [one] Raised once
   *[other] Raised { $count } times
  }, { $dots ->
    [one] one vote
   *[other] { $dots } votes
  }
pdf-handout-nothing-done = Nothing is finished yet; the actions under way are listed next.
pdf-handout-nothing-next = No further actions are planned yet.
pdf-action-lead = Lead: { $owner }
pdf-action-latest = Latest ({ $date }): { $text }

## Community Policing Plan update
pdf-cpp-period = { $sessions ->
    [one] One session
   *[other] { $sessions } sessions
  }, { $from } to { $to }
pdf-cpp-feedback = Community feedback and priorities
pdf-cpp-feedback-intro = From surveys, summits and small groups: { $people ->
    [one] one sign-in
   *[other] { $people } sign-ins
  } and { $concerns ->
    [one] one concern
   *[other] { $concerns } concerns
  }, most voted first.
pdf-cpp-effectiveness = How effective current efforts are
pdf-cpp-effectiveness-counts = { $done } done, { $progress } in progress, { $planned } planned, { $dropped } dropped.
pdf-cpp-responses = New or modified responses
pdf-cpp-shared = What was shared with the community
pdf-cpp-no-sharing = No report-back meeting has been held in this precinct yet.
pdf-col-session = Session
pdf-col-date = Date

# How this locale writes a date, in strftime notation (month names come from the locale).
date-format = %B %-d, %Y
pdf-interpretation = Interpretation
csv-problem-duplicate-column = The column “{ $heading }” appears twice; which one is meant cannot be told. Remove or rename one of them.
pdf-text-cut = (cut here: the whole text is in the CSV export)
csv-yes-words = yes, y, true, 1, x
csv-no-words = no, n, false, 0
