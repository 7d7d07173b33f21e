"""What to do next after a refused sync file: one sentence a kind of refusal, added to the
refusal's own words in each language (issue 17: "every refusal says what to do next").

The refusals of one kind share the same advice, so it is written once here, not after each.
"""

# The refusals a fresh copy of the file cures: damaged, incomplete, or changed after writing.
COPY_AGAIN = (
    "sync.not_a_sync_file", "sync.manifest_unreadable", "sync.manifest_invalid", "sync.unsigned",
    "sync.signature_mismatch", "sync.wrong_members", "sync.sealed_header", "sync.sealed_damaged",
    "sync.events_unreadable", "sync.events_changed", "sync.count_mismatch", "sync.event_twice",
    "sync.event_damaged", "sync.ranges_mismatch", "sync.gaps", "sync.too_large", "sync.path_outside",
    "sync.zip_dangerous", "sync.bad_device_key", "sync.bad_payload", "sync.line_too_long",
    "sync.event_not_canonical", "sync.proof_invalid", "sync.file_damaged", "sync.trust_list_damaged",
)
STICK_AGAIN = ("sync.missing", "sync.unreadable")  # the stick was pulled out
TELL_COORDINATOR = ("sync.key_mismatch", "sync.clash_with_this_pc", "sync.clash_with_file",
                    "sync.clash_with_earlier")  # a cloned or forged computer
CHOOSE_FILE = ("sync.is_folder",)


def add_next_steps(messages: dict, copy_again: str, stick_again: str, tell_coordinator: str,
                   choose_file: str) -> None:
    """Append each kind's sentence (with its leading space) to its refusals in `messages`."""
    for codes, sentence in ((COPY_AGAIN, copy_again), (STICK_AGAIN, stick_again),
                            (TELL_COORDINATOR, tell_coordinator), (CHOOSE_FILE, choose_file)):
        for code in codes:
            messages[code] += sentence
