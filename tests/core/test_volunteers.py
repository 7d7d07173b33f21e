"""Volunteer accounts: PINs kept only as scrypt hashes, and five wrong PINs lock entry."""

import sqlite3

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.core.volunteers import (
    LOCK_SECONDS, MAX_FAILURES, PinLockedError, VolunteerBook, hash_pin, pin_matches,
)
from tests.conftest import FIXTURES


class Clock:
    """A clock the test moves by hand (seconds since the epoch)."""

    def __init__(self, now: float = 1_750_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def book(trainer, clock):
    return VolunteerBook(trainer, clock)


@pytest.mark.real_pin_cost
def test_the_pin_is_stored_only_as_a_salted_scrypt_hash(book, trainer):
    """The database holds scrypt parameters, a salt and a hash, never the digits; two
    accounts with the same PIN get different hashes (a salt each)."""
    first = book.add("Lan", "coordinator", "2468")
    second = book.add("Minh", "volunteer", "2468")
    stored = dict(trainer.db.conn.execute("SELECT id, pin_hash FROM volunteers").fetchall())
    for value in stored.values():
        scheme, n, r, p, salt, digest = value.split("$")
        assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 14, 8, 1)
        assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
        assert "2468" not in value.split("$"), "the digits themselves are no field of it"
        assert hash_pin("2468", bytes.fromhex(salt)) == value, "it is scrypt of the PIN with that salt"
    assert stored[first.id] != stored[second.id]
    assert book.check_pin(first.id, "2468").account == first
    assert not book.check_pin(second.id, "1357").ok


def test_hash_checking_is_exact_and_survives_damage():
    """A hash matches its own PIN only; a damaged stored value never matches nor crashes."""
    stored = hash_pin("123456")
    assert pin_matches("123456", stored)
    assert not pin_matches("123457", stored)
    assert not pin_matches("12345", stored)
    for damaged in ("", "scrypt$1$2", "md5$" + stored[7:], stored.replace("$", "$x", 1)):
        assert not pin_matches("123456", damaged)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "１２３４", " 12 34"])
def test_a_pin_is_four_to_eight_ascii_digits(book, pin):
    """Too short, too long, letters, full-width digits: refused when the account is made."""
    with pytest.raises(InvalidInputError, match="4 to 8 digits"):
        book.add("Lan", "volunteer", pin)
    assert book.count() == 0


@pytest.mark.parametrize("pin, pattern", [
    ("0000", "same"), ("77777777", "same"), ("1212", "repeated"), ("123123", "repeated"), ("45454545", "repeated"),
    ("1234", "running"), ("4321", "running"), ("0123", "running"), ("98765", "running"), ("23456789", "running"),
])
def test_a_pin_a_stranger_tries_first_is_refused_with_its_pattern(book, pin, pattern):
    """At the first start, for a new volunteer and on a change: 1234, 0000, 1212 and their
    kind are refused, saying which pattern it is; entering a PIN is not affected."""
    with pytest.raises(InvalidInputError) as refused:
        book.add("Lan", "volunteer", pin)
    assert refused.value.code == f"volunteer.pin_{pattern}"
    assert pin in refused.value.say("vi") and "5917" in refused.value.say("vi")
    assert pin in refused.value.say("en")
    account = book.add("Lan", "volunteer", "5917")
    with pytest.raises(InvalidInputError):
        book.change_pin(account.id, pin)
    assert book.check_pin(account.id, "5917").ok, "the old PIN still works after the refusal"
    assert not book.check_pin(account.id, pin).ok


@pytest.mark.parametrize("pin", ["5917", "2468", "1357", "97531", "1231", "12341235", "0852", "2025"])
def test_a_pin_without_those_patterns_is_taken(book, pin):
    assert book.check_pin_form(pin) == pin
    assert book.add(f"Người {pin}", "volunteer", pin).name == f"Người {pin}"


def test_names_roles_and_duplicates(book):
    """Names are NFC and unique ignoring accents; the role is volunteer or coordinator."""
    book.add("Nguyễn Văn Minh", "volunteer", "5917")
    with pytest.raises(InvalidInputError, match="already"):
        book.add("nguyen van minh", "coordinator", "7350")
    with pytest.raises(InvalidInputError, match="role"):
        book.add("Lan", "admin", "7350")
    with pytest.raises(InvalidInputError, match="empty"):
        book.add("  ", "volunteer", "7350")
    assert [a.name for a in book.all()] == ["Nguyễn Văn Minh"]


def test_five_wrong_pins_lock_entry_for_one_minute_then_it_opens(book, clock):
    """Tries left count down 4, 3, 2, 1; the fifth wrong PIN locks; even the right PIN is
    refused during the minute; after it, the right PIN works and the count starts over."""
    account = book.add("Lan", "coordinator", "2468")
    left = [book.check_pin(account.id, "0000").tries_left for _ in range(MAX_FAILURES - 1)]
    assert left == [4, 3, 2, 1]
    fifth = book.check_pin(account.id, "0000")
    assert not fifth.ok and fifth.locked_seconds == LOCK_SECONDS
    with pytest.raises(PinLockedError) as locked:
        book.check_pin(account.id, "2468")
    assert locked.value.seconds == LOCK_SECONDS
    clock.now += LOCK_SECONDS - 1
    assert book.locked_seconds() == 1
    with pytest.raises(PinLockedError):
        book.check_pin(account.id, "2468")
    clock.now += 1
    assert book.locked_seconds() == 0
    assert book.check_pin(account.id, "0000").tries_left == 4, "a fresh count after the lock"
    assert book.check_pin(account.id, "2468").ok
    assert book.check_pin(account.id, "0000").tries_left == 4, "a right PIN resets the count"


def test_the_lock_survives_closing_and_reopening_the_app(tmp_path, clock):
    """Restarting the app does not give a guesser five new tries."""
    data = tmp_path / "data"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        book = VolunteerBook(trainer, clock)
        account = book.add("Lan", "coordinator", "2468")
        for _ in range(3):
            book.check_pin(account.id, "9999")
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        book = VolunteerBook(trainer, clock)
        assert book.check_pin(account.id, "9999").tries_left == 1
        book.check_pin(account.id, "9999")
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        book = VolunteerBook(trainer, clock)
        assert book.locked_seconds() == LOCK_SECONDS
        with pytest.raises(PinLockedError):
            book.check_pin(account.id, "2468")


def test_a_clock_set_back_never_makes_the_lock_longer_than_a_minute(book, clock):
    """A ward PC whose clock is corrected backwards an hour still opens after a minute."""
    account = book.add("Lan", "coordinator", "2468")
    for _ in range(MAX_FAILURES):
        book.check_pin(account.id, "0000")
    clock.now -= 3600
    assert book.locked_seconds() == LOCK_SECONDS
    clock.now += LOCK_SECONDS
    assert book.check_pin(account.id, "2468").ok


def test_changing_a_pin_and_keeping_one_coordinator(book):
    """A new PIN replaces the old; the last coordinator can be neither removed nor demoted."""
    boss = book.add("Lan", "coordinator", "2468")
    helper = book.add("Minh", "volunteer", "1357")
    book.change_pin(helper.id, "97531")
    assert book.check_pin(helper.id, "97531").ok and not book.check_pin(helper.id, "1357").ok
    with pytest.raises(InvalidInputError, match="only coordinator"):
        book.remove(boss.id)
    with pytest.raises(InvalidInputError, match="only coordinator"):
        book.set_role(boss.id, "volunteer")
    book.set_role(helper.id, "coordinator")
    book.remove(boss.id)
    assert [a.name for a in book.all()] == ["Minh"]


def test_accounts_are_local_and_never_events(book, trainer):
    """Making accounts and checking PINs records no event: nothing of it goes in a sync file."""
    account = book.add("Lan", "coordinator", "2468")
    book.check_pin(account.id, "0000")
    assert trainer.log.count() == 0
    with pytest.raises(sqlite3.IntegrityError):
        trainer.db.conn.execute("INSERT INTO volunteers VALUES ('x', 'X', 'x', 'admin', 'h', 't')")
