"""Learners: NFC names, diacritic-insensitive search, rules for birth year and group."""

import unicodedata
from datetime import date

import pytest

from digital_literacy_app.core.errors import InvalidInputError, NotFoundError


def test_names_typed_composed_or_decomposed_are_one_name(trainer):
    """A decomposed name is stored NFC, so both spellings find the same learner."""
    learner = trainer.learners.add(unicodedata.normalize("NFD", "Nguyễn Thị Hường"), 1952, "elderly")
    assert learner.name == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", learner.name)
    assert [r.id for r in trainer.learners.search("Nguyễn Thị Hường")] == [learner.id]


@pytest.mark.parametrize("query", ["huong", "HUONG", "Hường", "nguyen thi", "nguyễn", "thi h"])
def test_search_ignores_case_and_diacritics(trainer, query):
    """'huong' finds 'Hường' and 'nguyen' finds 'Nguyễn'."""
    wanted = trainer.learners.add("Nguyễn Thị Hường", 1952, "elderly")
    trainer.learners.add("Lê Văn Nam", 1960, "farmer")
    assert [r.id for r in trainer.learners.search(query)] == [wanted.id]


def test_search_treats_percent_and_underscore_literally(trainer):
    """Search text is not a pattern: '_' does not match any character."""
    trainer.learners.add("An")
    assert trainer.learners.search("_") == []
    assert trainer.learners.search("%") == []


@pytest.mark.parametrize("year", [1899, date.today().year + 1, "abc"])
def test_birth_year_must_be_plausible(trainer, year):
    """Birth year is optional, but when given it lies between 1900 and this year."""
    with pytest.raises(InvalidInputError, match="birth year"):
        trainer.learners.add("Bà Tư", year)
    assert trainer.learners.count() == 0


def test_group_must_be_one_of_the_five(trainer):
    """Groups follow the city's report: elderly, farmer, freelance, suburban, other."""
    with pytest.raises(InvalidInputError, match="group"):
        trainer.learners.add("Ông Năm", 1950, "student")
    assert trainer.learners.add("Ông Năm", None, "suburban").group == "suburban"
    assert trainer.learners.add("Cô Sáu").group == "other"


def test_update_list_and_erase(trainer):
    """Add, update and erase go through events and show in the list."""
    learner = trainer.learners.add("Bùi Văn Sửa", 1955, "farmer", "Xã Ba Vì")
    trainer.learners.update(learner.id, name="Bùi Văn Sửa Đổi", group="elderly")
    record = trainer.learners.get(learner.id)
    assert (record.name, record.group, record.ward) == ("Bùi Văn Sửa Đổi", "elderly", "Xã Ba Vì")
    trainer.learners.erase(learner.id)
    with pytest.raises(NotFoundError):
        trainer.learners.get(learner.id)
    assert trainer.learners.all() == []


def test_most_recent_learner_comes_first(trainer, sample_lesson):
    """The start screen shows whoever learned last first."""
    first = trainer.learners.add("Thứ Nhất")
    second = trainer.learners.add("Thứ Hai")
    assert [r.id for r in trainer.learners.all()] == [second.id, first.id]
    trainer.progress.start_lesson(first.id, sample_lesson)
    assert [r.id for r in trainer.learners.all()] == [first.id, second.id]
