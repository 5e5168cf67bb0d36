## Errors raised by the Convene core. Each message says what went wrong and what to do next.

error-not-found =
    Nothing of the kind “{ $kind }” matches “{ $id }”. { $surface ->
        [cli] Run `convene { $command } list` to see the ids you can use.
       *[app] Choose it from the list on screen instead.
    }
error-ambiguous-id = “{ $prefix }” matches more than one record of the kind “{ $kind }” ({ $count }). Type more characters of the id.
error-empty-text = “{ $field }” is empty. Type some text and try again.
error-text-too-long = “{ $field }” is too long: { $length } characters, and the most allowed is { $max }. Shorten it and try again.
error-invalid-zip = “{ $value }” is not a ZIP code. Use five digits, like 98122, or ZIP+4, like 98122-1234; put a neighbourhood name in the neighbourhood field instead.
error-invalid-choice = “{ $value }” is not a valid value for “{ $field }”. Use one of: { $allowed }.
error-invalid-number = “{ $value }” is not a valid value for “{ $field }”: it must be a whole number from { $min } to { $max }.
error-invalid-date = “{ $value }” is not a valid value for “{ $field }”. Use a date like 2027-03-14 or a date and time like 2027-03-14T18:30:00-08:00.
error-invalid-language = “{ $value }” is not a language tag. Use a code such as en, es, zh-Hant, vi, so or am.
error-invalid-email = “{ $value }” does not look like an email address.
error-invalid-phone = “{ $value }” does not look like a phone number. Use digits, spaces, dashes, parentheses and an optional leading +.
error-consent-required =
    An email or phone number can only be recorded when the attendee has agreed to be contacted. Ask them, then { $surface ->
        [cli] add --consent.
       *[app] tick the consent box.
    }
error-wrong-session = “{ $id }” ({ $kind }) belongs to another session. Choose one from this session.
error-duplicate-token = Ballot token “{ $token }” has already been used in this session. Each token casts one ballot; give the attendee a fresh token.
error-empty-ballot = The ballot names no concerns. Choose at least one.
error-repeated-choice = The ranked ballot lists the same concern twice ({ $id }). Rank each concern once.
error-budget-mismatch = The allocations add up to { $spent }, but the budget is { $budget }. Make them add up to the budget exactly.
error-negative-allocation = An allocation must be zero or more; { $value } is not allowed.
error-merge-into-self = A concern cannot be a duplicate of itself. Pick a different concern to merge into.
error-merge-cycle = { $id } is already a duplicate of the concern you are merging. Merge the other way round.
error-agenda-not-started = The agenda item “{ $title }” has not been started yet. Start it first.
error-tag-exists = The tag “{ $slug }” is already in the vocabulary.
error-not-a-database = { $path } is not a Convene database (it is not an SQLite file, or it is damaged). Check the path, or move the file aside and let Convene create a new one.
error-newer-schema = { $path } was written by a newer version of Convene (schema { $found }; this version understands up to { $supported }). Install the newer version to open it; this one will not touch it.
error-read-only =
    Convene cannot write to { $path }: the file or its folder is read-only. { $surface ->
        [cli] Choose a writable location with --db, or fix the permissions.
       *[app] Open a database in a writable folder, or fix the permissions.
    }
error-disk-full = The disk holding { $path } is full. Nothing was saved. Free some space and try again.
error-busy = The database is busy in another window or program. Wait a moment and try again.
error-storage = The database reported an error: { $detail }
error-io = Could not use { $path }: { $detail }
error-rebuild-mismatch = Rebuilding from the op log gave a different state in: { $tables }. Nothing was changed. Keep a copy of the database and report this.
error-file-too-large = { $path } is larger than Convene accepts for this kind of file (at most { $max } bytes), so it was not read. Check that it is the right file: a bundle, kit, backup or sheet Convene wrote is far smaller.
error-malformed = { $path } is not a readable Convene bundle or kit ({ $detail }). It may be damaged or truncated: copy it again from the laptop or stick.
error-unexpected-entry = { $path } contains “{ $entry }”, which no Convene bundle or kit has. It was refused without being opened; do not use this file.
error-entry-too-large = { $path }: “{ $entry }” would expand past { $max } bytes. The file was refused without being unpacked; do not use it.
error-bad-signature = { $path } has been changed since it was signed: its signature does not verify. Nothing was imported. Copy it again from the laptop that made it.
error-hash-mismatch = { $path }: “{ $entry }” does not match the checksum in its signed manifest, so the file was altered or damaged. Nothing was imported. Copy it again from the laptop that made it.
error-key-mismatch = { $path } claims to come from device { $device }, but is signed with a different key (fingerprint { $fingerprint }). Nothing was imported. Check with the facilitator which laptop made it.
error-revoked-device =
    { $path } comes from laptop { $device } (fingerprint { $fingerprint }), which has been revoked. Nothing was imported. If this was a mistake, { $surface ->
        [cli] approve the laptop again with `convene trust approve`.
       *[app] approve the laptop again under “{ coordinator-devices }” on the “{ nav-coordinator }” screen.
    }
error-seq-alarm = ALARM: { $path } claims operation { $seq } of device { $device }, but this database already holds a different operation with that number. Two different bundles cannot both be genuine. Nothing was imported; keep both files and investigate before approving anything more from this device.
error-not-sealed-for-us =
    { $path } holds attendees' personal data sealed to a coordinator key this database does not have. Import it on the coordinator's database (the one that { $surface ->
        [cli] ran `convene coordinator init` and exported the kit).
       *[app] made the kit).
    }
error-foreign-coordinator =
    This kit is signed by coordinator { $got }, but this laptop already follows coordinator { $expected }. Compare fingerprints with your coordinator; to switch, { $surface ->
        [cli] import again with --new-coordinator.
       *[app] import it again and confirm the switch.
    }
error-no-coordinator-identity =
    This database has no coordinator identity. { $surface ->
        [cli] Run `convene coordinator init` first.
       *[app] Set one up on the “{ nav-coordinator }” screen first.
    }
error-device-key-missing = This laptop's signing key { $path } is missing or does not match its database. Restore the key file from a backup; without it, bundles from this database cannot be signed.
error-crypto = A cryptographic operation failed: { $detail }
error-unknown-device =
    No laptop matches “{ $id }”. { $surface ->
        [cli] Run `convene trust list` to see laptops and their fingerprints.
       *[app] The laptops and their fingerprints are listed under “{ coordinator-devices }” on the “{ nav-coordinator }” screen.
    }
error-conflict-not-found =
    No open conflict matches “{ $id }”. { $surface ->
        [cli] Run `convene conflicts list` to see them.
       *[app] The open conflicts are listed on the “{ nav-coordinator }” screen.
    }
error-wrong-file-kind =
    { $path } is a file of the kind “{ $found }”, not “{ $expected }”. { $surface ->
        [cli] Use `convene kit import` for kits and `convene bundle import` for bundles.
       *[app] Import kits under “{ nav-exchange }”, and bundles on the “{ nav-coordinator }” screen.
    }
error-csv-invalid =
    { $path } has { $problems ->
        [one] one problem
       *[other] { $problems } problems
    } (listed above), so nothing was imported. Fix the rows and import again, or { $surface ->
        [cli] add --skip-invalid to import only the valid rows.
       *[app] choose to import only the valid rows.
    }
error-unknown-locale = { $locale } is not one of Convene's languages. Choose one from the list in Settings.
error-kiosk-closed = The kiosk is not open. Ask the facilitator to start it from the sign-in screen.
error-kiosk-pin = Choose a kiosk PIN of at least four digits, so only a facilitator can close the kiosk.
error-kiosk-pin-wrong = That PIN is not right. Ask the facilitator to close the kiosk.
error-font-missing = This report needs the font { $file } to print its text. Install the { $package } package (on Debian or Ubuntu: sudo apt install { $package }), or put the font file in the folder named by CONVENE_FONT_DIR.
error-window = A window could not be opened or closed: { $detail }. Close the other Convene windows and try again; if it keeps failing, restart the app.
error-not-for-this-window = This window cannot do that. The kiosk only signs people in and takes ballots; use the facilitator's window for everything else.
error-change-refused =
    { $reason ->
        [out-of-scope] This laptop was not given that session, and did not create it, so the change cannot be made here. Ask the coordinator to give this laptop the session (`convene trust approve` with `--sessions`).
        [taken-id] That record was made on another laptop, so it cannot be made again here.
        [too-many-tags] This laptop has added as many tags as a laptop may; ask the coordinator to add more to the vocabulary.
        [bad-value] A value does not fit its field (its kind, its range or its length).
        [not-a-clock] This laptop's clock reads a time that cannot be right; set the date and time, then try again.
       *[other] That change is not for this laptop to make: the record belongs to the coordinator or to another laptop. Ask the coordinator to make it.
    }
error-checks-changed =
    Changes stored before today's checks no longer pass them ({ $ops }), so a rebuild would not be identical. { $surface ->
        [cli] Run `convene doctor --repair` to judge them again and rebuild:
       *[app] Repair the database from “{ nav-settings }” to judge them again and rebuild:
    } they will count for nothing, and the log keeps them.
error-approval-failed = Approving { $device } did not go through, because { $bundle } could not be merged: { $cause } Nothing was changed, and the bundle is still held here: fix the cause, then approve again (the file is not needed).
error-not-a-file =
    { $path } is { $kind ->
        [folder] a folder
        [device] a device
        [pipe] a pipe
       *[other] not a regular file
    }, not a file Convene can read or write. Give the path of a file (for a new file, a name that does not exist yet).
error-target-read-only = { $path } is read-only, so Convene did not replace it. Choose another name, or make the file writable first if it really should be replaced.
error-foreign-database =
    { $path } is another program's database, not Convene's. Convene did not change it. { $surface ->
        [cli] Check the path given with --db.
       *[app] Check which file was chosen.
    }
error-sheet-too-long = { $path } has more rows than any sign-in sheet or agenda (the most is { $max }). Nothing was imported: split it, or check that it is the right file.
error-control-character = “{ $field }” holds a control character ({ $code }), which would talk to the terminal or spreadsheet instead of being read. Type the text again, or paste it as plain text.
error-ambiguous-device = “{ $key }” names more than one laptop ({ $count }): { $candidates }. This usually means one laptop was set up again with its old key file. Use the laptop's id (the first part of each) to say which one you mean.
error-op-id-reused = { $path } carries change { $op }, but this database already holds a different change with that id. Nothing was imported. The bundle was made by a faulty or altered copy of Convene: keep the file and ask for help before importing more from that laptop.
error-op-does-not-fit = { $path } is intact and correctly signed, but one of its changes does not fit this database ({ $detail }). Nothing was imported. It may come from a newer version of Convene: update this one, or send the file to whoever supports your Convene.
error-weak-passphrase = That passphrase is too short to protect a backup. Use at least { $min } characters: a few ordinary words are easier to remember than symbols.
error-wrong-passphrase = { $path } could not be opened with that passphrase. Check it and try again; nothing was changed.
error-restore-target-exists =
    { $path } already holds a database. A restore never writes over one: { $surface ->
        [cli] choose a new path with --db, or move that file aside first.
       *[app] choose a new name, or move that file aside first.
    }

## What messages name: the kinds of thing ids point at, and the fields people fill in.
kind-programme = programme
kind-session = session
kind-agenda = agenda item
kind-group = breakout group
kind-question = discussion question
kind-signin = sign-in
kind-signin-contact = name and contact
kind-concern = concern
kind-note = note
kind-dot-count = dot count
kind-ballot = ballot
kind-action = action
kind-action-update = action update
kind-tag = tag
kind-conflict = conflict
kind-held-change = held change
kind-bundle = bundle
kind-kit = kit
kind-unknown-file = file of unknown kind
field-ballot-token = ballot token
field-ballot-budget = budget
field-coordinator-identity = coordinator identity
field-value-date = date
field-value-time = time
field-device-name = laptop name
field-device = laptop
field-dot-count = dot count
field-signin-name = name
field-note-text = note
field-sequence-number = sequence number
field-signin-time-in = arrival time
field-action-update-date = date of the update
field-action-update-text = update
field-value = value
field-error-code = error code
field-personal-data = personal data
field-ledger-detail = import detail
field-bundle-status = import status
field-verdict = verdict
field-reason = reason
field-session-scope = session access
field-table = table
field-report-kind = kind of report
field-paper-size = paper size
field-key-kind = kind of key
field-device-state = laptop status
field-ballot-kind = kind of ballot
field-ballot-allocation = points given
label-unknown = “{ $key }” (a name this version of Convene does not know)
