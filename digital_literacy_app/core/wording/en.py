"""English words for every reason code and command-line message (see core/wording/__init__.py).

Plain sentences a volunteer can read out: what happened, and what to do about it.
`{file}` is a file's name, `{path}` a full path, `{detail}` the system's own words.
"""

from digital_literacy_app.core.wording.next_steps import add_next_steps

MESSAGES = {
    # -- long work --------------------------------------------------------------------
    "table.format": "Save it with the ending {formats} (an Excel or CSV spreadsheet).",
    "task.cancelled": "Stopped.",
    # -- the data folder and the database ---------------------------------------------
    "data_dir.is_a_file": "The data folder {path} is a file, not a folder.",
    "data_dir.cannot_create": "The data folder {path} does not exist and cannot be created ({detail}).",
    "data_dir.disk_full": "The disk holding {path} is full; free some space and try again.",
    "data_dir.not_writable": "The data folder {path} is not writable ({detail}).",
    "device.identity_damaged": "The identity of this computer in {path} is damaged ({detail}); "
                               "restore the data folder from a backup.",
    "database.disk_full": "The disk holding {path} is full; free some space and try again.",
    "database.not_a_database": "The file {path} is not a working database of this app ({detail}).",
    "database.read_only": "The database {path} cannot be opened for writing ({detail}).",
    "database.failed": "The database {path} could not be used: {detail}.",
    "database.newer": "The database {path} was written by a newer version of this app (it has changes "
                      "this version does not know: {changes}). Install the newer version; the database "
                      "was not changed.",
    "database.locked": "Another program is holding the database {path} (a copy of the app, a backup tool?). "
                       "Close it and try again; nothing was changed.",
    "database.postgres_missing": "This copy of the app cannot reach a PostgreSQL store: install psycopg "
                                 "(pip install 'psycopg[binary]') on this computer, or leave out --database.",
    "database.postgres_unreachable": "The city store {url} could not be reached ({detail}). Check the address, "
                                     "the password and that the server is running; nothing was changed.",
    "database.postgres_failed": "The city store refused this work ({detail}); nothing of it was kept.",
    "database.batch_failed": "A change in this batch failed, so none of the batch was kept.",
    # -- the city store from the app (core/store/city_address.py) ----------------------
    "city.works": "The city store {address} works: the app can open it.",
    "city.works_empty": "The server answers and the database {address} is empty: the app sets up the city "
                        "store there when it first opens it.",
    "city.not_an_address": "This is not the address of a city store. It starts with postgresql://, for "
                           "example postgresql://dla@db.city.example/dla_city.",
    "city.psycopg_missing": "This copy of the app cannot reach a city store (psycopg is not installed). "
                            "Ask the city's IT staff.",
    "city.password_needed": "The city store {address} asks for a password.",
    "city.wrong_password": "The city store {address} did not accept this user name or password.",
    "city.no_database": "The server answers, but it has no database of this name ({address}). Check the "
                        "name after the last /.",
    "city.cannot_reach": "The city store {address} cannot be reached ({detail}). Check the address, the "
                         "network cable and that the server is running.",
    "city.newer": "The city store {address} was set up by a newer version of this app. Install the newer "
                  "version on this computer; nothing was changed.",
    "city.lost": "The city store stopped answering ({detail}). Check the network cable and that the server is "
                 "running, then try again; nothing of this step was kept.",
    "city.not_a_city_store": "The database {address} holds other tables: it is not a city store of this app. "
                             "Nothing was changed there.",
    "city.no_rights": "The server answers, but this user may not create the app's tables in the database "
                      "{address}. Ask the city's IT staff to make the user its owner (CREATE DATABASE ... OWNER "
                      "...); nothing was changed there.",
    "city.not_utf8": "The database {address} is not in UTF-8 ({detail}): Vietnamese names would be garbled "
                     "in it, so nothing was written there. Ask the city's IT staff for a database made with "
                     "ENCODING 'UTF8'.",
    "city.read_only": "The city store {address} answers, but only reads: it is a standby server, or set to "
                      "read only. The app writes to the main server; ask the city's IT staff for its address.",
    "city.read_only_work": "The city store only reads now (a standby server, or set to read only), so this was "
                           "not done and nothing of it was kept. The app writes to the main server; ask the "
                           "city's IT staff for its address.",
    # -- damage, backups and restoring (core/store/health.py, backups.py) --------------
    "database.missing": "The learners' database {path} is gone, though this computer had one. Nothing was "
                        "created in its place.",
    "database.empty_file": "The learners' database {path} is empty (0 bytes): it was cut off or wiped. "
                           "Nothing was changed.",
    "database.damaged": "The learners' database {path} is damaged ({detail}), so it was not opened. "
                        "Nothing was changed.",
    "database.offer_backup": "The newest good backup is from {when} ({learners} learners): restore it with "
                             "dla restore \"{backup}\" (the damaged file is kept aside). What was recorded "
                             "after {when} is not in it.",
    "database.offer_empty": "There is no good backup: dla restore --empty starts with an empty database and "
                            "keeps the damaged file aside.",
    "backup.failed": "The backup {path} could not be written ({detail}); nothing was changed.",
    "backup.check_failed": "The backup written to {path} did not check good, so it was not kept.",
    "backup.not_good": "{path} is not a whole backup of this app's database; nothing was restored.",
    "backup.restore_failed": "The backup could not be put in place in {path} ({detail}). Close every other "
                             "program using the data folder and try again; nothing was lost.",
    "backup.not_found": "There is no backup {path}.",
    "data.in_use": "Another copy of the app or another dla command is using the data in {path}. Close it "
                   "and try again.",
    "app.crashed": "Something went wrong. The learner's lessons are saved. Details are in {log}.",
    # -- files written for people -------------------------------------------------------
    "file.disk_full": "The disk holding {path} is full; {name} was not written.",
    "file.cannot_write": "Could not write {path} ({detail}); nothing was saved there.",
    "file.no_folder": "The folder {folder} does not exist (was the USB stick pulled out?); nothing was "
                      "saved there.",
    "file.not_allowed": "This computer does not allow writing into {folder} (a protected folder, or a "
                        "write-protected stick); nothing was saved there. Choose another folder.",
    "file.cannot_read": "Cannot read {path} ({detail}).",
    # -- learners ---------------------------------------------------------------------
    "learner.name_empty": "The name is empty; type the learner's name.",
    "learner.name_too_long": "The name is too long: at most {most} letters.",
    "learner.name_control": "The name contains characters that cannot be used; type it again.",
    "learner.birth_year_not_number": "The birth year {year} is not a number; type digits only, for example 1958.",
    "learner.birth_year_range": "The birth year must be between 1900 and {last} (got {year}).",
    "learner.group_unknown": "The group must be one of {groups} (got {group}).",
    "learner.not_found": "There is no learner with id {id} on this computer.",
    "learner.unknown_fields": "A learner has no such details: {fields}.",
    "learner.merge_self": "A learner cannot be joined with themself.",
    "learner.not_joined": "This record is not joined to another one any more: nothing to undo.",
    "import.format": "Choose a spreadsheet ending in .csv or .xlsx (saved from Excel).",
    "import.too_large": "The file is too large: at most {most_mb} MB. Split the list into smaller files.",
    "import.too_many_rows": "The file has more than {most} learners. Split the list into smaller files.",
    "import.cell_too_long": "A cell holds more than {most} characters; this is not a list of learners.",
    "import.unreadable": "The file could not be read ({problem}). Copy it again and try once more.",
    "import.not_a_table": "This file is not a spreadsheet of learners (it may be a picture or another kind of file renamed). Save the list from Excel as .xlsx or .csv.",
    "import.encoding": "The letters in this file cannot be read. In Excel, save it as “CSV UTF-8” or as .xlsx.",
    "import.empty": "The file holds no rows.",
    "import.no_name_column": "No column of names was found. The first row must name the columns, for example: Họ tên, Năm sinh, Nhóm, Phường/xã.",
    "import.group_unknown": "The group “{group}” is not one of: {groups}.",
    "import.name_missing": "No name in this row.",
    "import.name_not_text": "The name is not text ({value}).",
    "card.not_a_code": "That is not a card code. Check the 10 letters and digits and type them again.",
    "card.nobody_here": "Nobody on this computer has that code. Check it, or ask a volunteer.",
    "cards.nobody": "There are no learners to print cards for.",
    # -- lessons and progress ---------------------------------------------------------
    "lesson.no_step": "Lesson {lesson} has no step {step}.",
    "lesson.not_a_quiz": "Step {step} of lesson {lesson} is not a quiz.",
    "lesson.no_choice": "Choice {choice} does not exist in quiz {step}.",
    "lesson.no_screen": "Step {step} of lesson {lesson} has no screen {screen}.",
    "lesson.folder_invalid": "{path} holds no valid lesson; run 'dla lessons validate {path}'.",
    "lesson.has_errors": "Lesson '{lesson}' has {count} error(s) and cannot be printed; run "
                         "'dla lessons validate' to see them.",
    "lesson.not_found_close": "There is no lesson '{lesson}'. Did you mean: {close}?",
    "lesson.not_found": "There is no lesson '{lesson}'; 'dla lessons list' shows the lesson ids.",
    # -- teaching sessions ------------------------------------------------------------
    "session.date_form": "The date {date} is not a date written as YYYY-MM-DD (for example 2025-03-14).",
    "session.minutes_not_number": "The length {minutes} is not a whole number of minutes.",
    "session.minutes_range": "A session lasts 1 to {most} minutes (got {minutes}).",
    "session.area_unknown": "The area must be one of {areas} or empty (got {area}).",
    "session.nobody": "Tick at least one person who came.",
    "session.not_found": "There is no teaching session {key} on this computer (it may have been removed).",
    "session.place_empty": "The place is empty; type where the session was.",
    "session.place_too_long": "The place is at most {most} printable characters.",
    "session.topic_empty": "The topic is empty; type what the session was about.",
    "session.topic_too_long": "The topic is at most {most} printable characters.",
    "session.volunteer_empty": "The volunteer's name is empty; type who taught.",
    "session.volunteer_too_long": "The volunteer's name is at most {most} printable characters.",
    "session.ward_empty": "The ward is empty.",
    "session.ward_too_long": "The ward is at most {most} printable characters.",
    "session.corrected_by_empty": "The name of who corrects the session is empty.",
    "session.corrected_by_too_long": "The name of who corrects the session is at most {most} printable characters.",
    "session.withdrawn_by_empty": "The name of who removes the session is empty.",
    "session.withdrawn_by_too_long": "The name of who removes the session is at most {most} printable characters.",
    # -- volunteers and the first start -----------------------------------------------
    "volunteer.pin_form": "A PIN is {least} to {most} digits (0-9), for example 2468.",
    "volunteer.pin_same": "The PIN {pin} repeats one digit, so it is easy to guess. Choose different digits, for example 5917.",
    "volunteer.pin_repeated": "The PIN {pin} repeats a group of digits, so it is easy to guess. Choose one without repeats, for example 5917.",
    "volunteer.pin_running": "The PIN {pin} is digits in a row, so it is easy to guess. Choose digits out of order, for example 5917.",
    "volunteer.role_unknown": "The role must be one of {roles} (got {role}).",
    "volunteer.name_empty": "The name is empty; type the volunteer's name.",
    "volunteer.name_too_long": "A volunteer's name is at most {most} printable characters.",
    "volunteer.name_taken": "There is already a volunteer called {name} on this computer.",
    "volunteer.not_found": "There is no volunteer account {id}.",
    "volunteer.last_coordinator": "This is the only coordinator on this computer; make someone else a "
                                  "coordinator first.",
    "pin.locked": "Five wrong PINs. Wait {seconds} seconds, then try again.",
    "first_start.ward_empty": "The ward is empty; type the ward or commune.",
    "first_start.ward_too_long": "The ward is at most {most} printable characters.",
    "first_start.device_empty": "The name of this PC is empty; give this computer a name.",
    "first_start.device_too_long": "The name of this PC is at most {most} printable characters.",
    "first_start.already_done": "This computer is already set up; add volunteers from the volunteer tools.",
    # -- settings ---------------------------------------------------------------------
    "setting.choice": "{key} must be one of {choices} (got {value}).",
    "setting.not_bool": "{key} must be true or false (got {value}).",
    "setting.not_number": "{key} must be a whole number (got {value}).",
    "setting.range": "{key} must be between {least} and {most} (got {value}).",
    "setting.unknown": "There is no {scope} setting called {key}.",
    "setting.not_for_volunteers": "A volunteer cannot choose {key}; only {keys}.",
    # -- certificates -----------------------------------------------------------------
    "certificate.no_such_achievement": "There is no area or course called {what}.",
    "certificate.no_lessons": "{name} is not eligible for a certificate: there are no lessons to complete.",
    "certificate.not_eligible": "{name} is not eligible for a certificate yet: every lesson of an area or a "
                                "course must be completed; closest is the {kind} '{title}', still missing "
                                "{count} lesson(s): {lessons}.",
    # -- reports ----------------------------------------------------------------------
    "report.unknown_dimension": "Unknown report dimension {dimension}: use {dimensions}.",
    # -- keys of computers ------------------------------------------------------------
    "device.bad_key": "The key of computer {device} is not an Ed25519 public key in hex.",
    "device.key_mismatch": "Computer {device} is already known with another key; this file may come from "
                           "a copied or forged computer.",
    "key_file.cannot_write": "The key file could not be written to {path} ({detail}).",
    "key_file.missing": "The key file {path} does not exist.",
    "key_file.not_a_key": "{path} is not a coordinator key file (one written by 'dla keys export').",
    "key_file.damaged": "The key in {path} is damaged.",
    # -- writing a sync file ----------------------------------------------------------
    "export.no_folder": "The folder {folder} does not exist (is the USB stick plugged in?).",
    "export.disk_full": "The disk or USB stick holding {folder} is full; the sync file was not written. "
                        "Delete old files from it or use another stick, then try again.",
    "export.cannot_write": "The sync file could not be written to {folder} ({detail}). Nothing half-written "
                           "was left behind; try again.",
    "export.read_back_failed": "The sync file {path} did not read back correctly; do not rely on it: write "
                               "it again, or use another stick.",
    "sync.export_cancelled": "Stopped; no sync file was written.",
    # -- reading sync files -----------------------------------------------------------
    "sync.missing": "The file does not exist (was the USB stick pulled out?).",
    "sync.is_folder": "This is a folder, not a sync file.",
    "sync.unreadable": "The file cannot be read ({detail}); was the USB stick pulled out?",
    "sync.too_large": "The file is larger than a sync file may be.",
    "sync.not_a_sync_file": "This is not a sync file, or it is truncated or damaged.",
    "sync.manifest_unreadable": "The file is damaged (its list of contents cannot be read).",
    "sync.manifest_invalid": "The file is damaged (its list of contents is malformed: {what}).",
    "sync.newer_format": "The file was written in sync format {version}, which needs a newer "
                         "version of this app (this one reads format {reads}). Update the app here.",
    "sync.unsigned": "The file carries no signature; it is refused.",
    "sync.signature_mismatch": "The signature does not match; the file was changed after it was written.",
    "sync.path_outside": "The archive holds a path outside its folder ({member}); it is refused "
                         "unopened.",
    "sync.wrong_members": "The archive does not hold exactly a manifest and events (found: {found}).",
    "sync.zip_dangerous": "{member} is built in a dangerous way (a zip bomb, or an unsupported "
                          "compression); it is refused unopened.",
    "sync.sealed_header": "The sealed file's header is damaged.",
    "sync.sealed_for_other": "The file is sealed for another computer ({recipient}) and cannot be "
                             "read here. Take it to that computer, or write a file sealed for this one there.",
    "sync.sealed_damaged": "The sealed file is damaged or was changed; it cannot be opened.",
    "sync.events_unreadable": "The events cannot be read; the file is damaged ({detail}).",
    "sync.events_changed": "The events do not match the signed manifest (the file was changed or "
                           "damaged).",
    "sync.key_mismatch": "It claims to come from computer {device}, but with a different key than the "
                         "one known here (a copied or forged computer?).",
    "sync.bad_device_key": "The key given for computer {device} is damaged.",
    "sync.count_mismatch": "The file holds {count} events but its manifest says {said}; it is "
                           "incomplete.",
    "sync.event_twice": "The file lists the same event twice.",
    "sync.event_damaged": "The event on line {line} is damaged.",
    "sync.bad_payload": "The event on line {line} ({kind}) has a wrong value in “{field}”; the file is "
                        "refused and nothing from it was kept.",
    "sync.ranges_mismatch": "The events do not match the ranges in the manifest; the file is incomplete.",
    "sync.gaps": "The events of computer {device} have gaps; the file is incomplete.",
    "sync.own_identity": "It holds events made under this computer's own identity that this computer "
                         "does not have (another PC copied from this one, or this data was restored from an "
                         "old backup). Nothing was imported; ask the coordinator.",
    "sync.clash_with_this_pc": "Event {seq} of computer {device} is already stored, from this computer, "
                               "with different content. Two computers are using one identity (a cloned PC?). "
                               "Nothing from {file} was imported.",
    "sync.clash_with_file": "Event {seq} of computer {device} is already stored, from the file {other}, "
                            "with different content. Two computers are using one identity (a cloned PC?). "
                            "Nothing from {file} was imported.",
    "sync.clash_with_earlier": "Event {seq} of computer {device} is already stored, from an earlier "
                               "file, with different content. Two computers are using one identity (a cloned "
                               "PC?). Nothing from {file} was imported.",
    "sync.already_imported": "This file was imported before (as {earlier}); nothing new.",
    "sync.import_stopped_before": "Not imported; the import was stopped before this file.",
    "sync.import_stopped_during": "The import was stopped; nothing from this file was merged.",
    "sync.line_too_long": "The event on line {line} is longer than any real event may be; the file is refused (nothing from it was read further).",
    "sync.event_not_canonical": "The event on line {line} is not written the way this app writes events; the file was changed by another program and is refused.",
    "sync.forged_relay": "It carries events of computer {device} that computer never made (they do not match that computer's own signed proof); the file is refused and nothing from it was kept. Bring a sync file made on {device} itself.",
    "sync.proof_invalid": "The events of computer {device} do not match its own signed proof; the file was changed after it was written and is refused.",
    "sync.file_damaged": "The file is built in a way this app does not accept ({detail}); it is refused and nothing from it was kept. Details for support are in {log}.",
    "sync.events_held": "{count} event(s) of other computers ({devices}) were kept aside but not counted: this computer cannot yet confirm who made them. They count as soon as a sync file made on that computer itself is imported.",
    "city.move_target_not_empty": "The city store {url} already holds records; a store is moved only into an empty one (ask the city's IT staff for a new database). Nothing was copied.",
    "city.move_reports_differ": "The reports of the city store {url} would differ from this computer's (by {by}), so nothing was kept there. Please tell support.",
    "cli.city_moved": "Copied {events} events from {files} sync files into {url}; its reports are the same as this computer's, byte for byte ({reports} compared).",
    "trust.bad_fingerprint": "“{text}” is not a coordinator's fingerprint: it has 16 letters and digits, in four groups (for example ABCD-EFGH-JKLM-NPQR).",
    "trust.own_fingerprint": "This is this computer's own fingerprint; type the coordinator's.",
    "trust.unknown_device": "This computer has never heard of computer {device}; only a computer it imported files from can be retired.",
    "sync.trust_list_damaged": "The trust list inside the file is damaged or not signed by the computer that wrote the file; the file is refused.",
    "sync.events_retired": "{count} record(s) of retired computers ({devices}), made after their retirement, were kept aside and will never be counted.",
    "sync.events_forgotten": "{count} record(s) of computers forgotten on this computer ({devices}), made after they were forgotten, were kept aside and are not counted.",
    "sync.events_await_erasure": "{count} record(s) of computers ({devices}) that no longer carry a person's name were kept aside and not counted: that person was erased on another computer, and this computer cannot confirm the erasure yet. They count as soon as a sync file made on the computer that erased the person is imported.",
    "device.unknown": "This computer has never imported a file from computer {device}.",
    "device.bad_label": "A computer's name here has at most {limit} characters and no line breaks.",
    "device.already_forgotten": "Computer {device} was already forgotten on {on}.",
    "cli.coordinator_fingerprint": "This computer's fingerprint: {fingerprint}\nOn each ward PC, once: dla coordinator trust {fingerprint}",
    "cli.database_not_postgres": "--database takes the address of a PostgreSQL store (postgresql://...), not {url}.",
    "cli.coordinator_trusted": "This computer now trusts the coordinator {fingerprint}: its trust list (the computers it knows, and those it retired) applies from its next sync file.",
    "cli.device_retired": "Computer {device} is retired: its records up to number {seq} stay; later ones will never count. Other computers learn it from this computer's next sync file.",
    "cli.key_rotated": "This computer has a new key; its fingerprint is now {fingerprint}. Computers that trusted the old one follow by themselves with its next sync file; what the old key signed still checks.",
    "sync.identity_unproven": "It claims to come from computer {device}, but that computer's id is not made from the file's key, and this computer has never met it; the file is refused. If it is a real computer of an older version, update the app there, or import the coordinator's file that lists it.",
    "learner.ward_too_long": "The ward's name is too long (at most {most} letters) or holds characters that cannot be used.",
    "session.too_many": "A session can list at most {most} learners; split it into two sessions.",
    "certificate.number_form": "A certificate number is {length} letters and digits, printed large on the paper, for example FE5RDMP2.",
    "certificate.reprint_elsewhere": "Certificate {id} was issued by another computer; only that computer can print it again.",
    "certificate.not_found": "There is no certificate number {id}.",
    "certificate.volunteer_too_long": "The volunteer's name is too long: at most {most} letters.",
    "sync.odd_times": "{count} event(s) carry an implausible date (a computer clock set wrong?); they were kept.",
    # -- the command line's own messages --------------------------------------------------
    "cli.stopped": "Stopped.",
    "cli.os_error": "{detail}{where}.",
    "cli.no_lessons_found": "No lesson.yaml found in {paths}.",
    "cli.lessons_valid": "{valid} valid, {warnings} warning(s).",
    "cli.lessons_invalid": "{errors} error(s), {warnings} warning(s); {valid} valid.",
    "cli.lessons_counted": "{lessons} lesson(s)",
    "cli.lessons_and_courses": "{lessons} lesson(s) and {courses} course(s)",
    "cli.lesson_problems": "{count} lesson problem(s); run 'dla lessons validate'.",
    "cli.handout_written": "Wrote the handout of lesson '{lesson}' ({lang}) to {path}.",
    "cli.learners_range": "--learners must be between 1 and 1,000,000.",
    "cli.demo_seeded": "Added {learners} learners, {events} events, {completed} completed lessons.",
    "cli.text_scale_range": "--text-scale must be between 100 and 200.",
    "cli.export_written": "Wrote {path}: {events} events from {devices} computer(s). It was read back and "
                          "checked; the stick can be removed.",
    "cli.export_written_sealed": "Wrote {path}: {events} events from {devices} computer(s), sealed for "
                                 "{recipient}. It was read back and checked; the stick can be removed.",
    "cli.no_sync_files": "No .dlsync files found there.",
    "cli.imported": "{file}: {events} new events, {learners} new learners, {known} already known — from {source}.",
    "cli.import_note": "{file}: note: {note}",
    "cli.refused": "refused {file}: {reason}",
    "cli.needs_out": "--format {format} needs --out FILE.",
    "cli.report_written": "Wrote {path} ({rows} rows).",
    "cli.key_written": "Wrote this computer's public key to {path}.",
    "cli.cards_written": "Wrote {count} learner card(s) on {sheets} sheet(s) to {path}.",
    "cli.certificate_written": "Wrote certificate {id} for {name} ({what}) to {path}.",
    "cli.certificate_valid": "Valid certificate.\n"
                             "  Learner:     {name}\n"
                             "  Completed:   {what}\n"
                             "  Date:        {date}\n"
                             "  Ward:        {ward}\n"
                             "  Certificate: {id}\n"
                             "  Issued by:   {issuer} (device {device}{mine})",
    "cli.certificate_found": "Number {id} is in this computer's records: the certificate was issued. Compare the name, date and ward with the paper.\n"
                             "  Learner:     {name}\n"
                             "  Completed:   {what}\n"
                             "  Date:        {date}\n"
                             "  Ward:        {ward}\n"
                             "  Issued by:   {issuer} (device {device}{mine})",
    "cli.certificate_number_unknown": "This computer holds no certificate number {number}. Check it by its QR code (--code or --pdf), "
                                       "or import the issuing computer's sync files first.",
    "cli.this_computer": " - this computer",
    "cli.certificate_unconfirmed": "Cannot confirm: import a sync file from the issuing computer first "
                                   "(the code names device {device}).",
    "cli.certificate_invalid": "{verdict}: {detail}.",
    # -- backups on the command line (cli_backups.py) ------------------------------
    "cli.backup_written": "Backup written: {path} ({learners} learners, {events} events), checked good.",
    "cli.backup_line": "{when}  {kind:<9}  {learners} learners, {events} events, {size} MB  {path}",
    "cli.backup_line_bad": "{when}  DAMAGED  {path}",
    "cli.no_good_backup": "There is no backup that checks good; dla restore --empty starts with an empty database.",
    "cli.restored": "Restored the backup of {when} ({learners} learners) from {path}.",
    "cli.restored_empty": "Started with an empty database.",
    "cli.kept_aside": "The previous database file is kept at {path}.",
    "cli.new_identity": "This computer's events may have left in a sync file after that backup, so it now "
                        "records as {new} (it was {old}); its old records still count.",
    "cli.crashed": "Something went wrong inside dla; nothing was half-done. Details for support are in {log}.",
}

add_next_steps(MESSAGES,
               copy_again=" Copy the file again from the computer that made it (write it again there if need be), then import it.",
               stick_again=" Put the stick back in and try again.",
               tell_coordinator=" Tell the coordinator, and import nothing more from that computer until it is clear.",
               choose_file=" Choose the .dlsync file inside it.")
