"""No interface text is left untranslated, in Vietnamese (the default) or in English."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.paths import assets_dir
from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.labels import group_name

from .screens import visible_texts, walk_screens

TRANSLATIONS = assets_dir() / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Shown the same in both languages on purpose: each language's own name.
SAME_IN_BOTH = {"Tiếng Việt", "English", "Tiếng Việt, English"}


def messages(lang):
    tree = ET.parse(TRANSLATIONS / f"dla_{lang}.ts")
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.find("source").text, message.find("translation")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_message_is_translated_with_the_same_placeholders(lang):
    """No unfinished, empty or obsolete translation, and {name}-style slots survive."""
    found = list(messages(lang))
    assert len(found) > 80
    for context, source, translation in found:
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        assert (translation.text or "").strip(), where
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), where


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compiled_translations_match_their_sources(app, lang):
    """The .qm the app loads holds exactly the .ts translations (lrelease was run)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"dla_{lang}.qm"))
    for context, source, translation in messages(lang):
        assert translator.translate(context, source) == translation.text, f"{context}: {source!r}"
    assert i18n.set_language(lang) == lang


def test_vietnamese_is_the_default_and_group_names_are_the_citys(app):
    """The five learner groups read exactly as in the city's plan."""
    assert i18n.DEFAULT_LANGUAGE == "vi"
    i18n.set_language("vi")
    assert {key: group_name(key) for key in GROUP_NAMES_VI} == GROUP_NAMES_VI


def collect(window, trainer, learner, lang):
    trainer.settings.set_for_learner(learner.id, "language", lang)
    i18n.set_language(lang)
    return {name: visible_texts(root) for name, root in walk_screens(window, trainer, learner)}


def twin(trainer, learner):
    """A second learner with the same name, so each language walks a fresh start."""
    return trainer.learners.add(learner.name, learner.birth_year, learner.group)


def test_every_screen_differs_between_languages_except_names_and_data(qtbot, window, trainer, learner):
    """Walk every screen in Vietnamese, then in English: any text that stays the same is a
    string that skipped the translation system (or a translation that was never made).

    Learner names and language names are the same by nature; everything else must change.
    """
    other = twin(trainer, learner)
    vi = collect(window, trainer, learner, "vi")
    en = collect(window, trainer, other, "en")
    assert vi.keys() == en.keys()
    allowed = SAME_IN_BOTH | {learner.name, ""} | {r.name for r in trainer.learners.all()}
    same = []
    for screen in vi:
        assert len(vi[screen]) == len(en[screen]), f"{screen}: different widgets in each language"
        for vi_text, en_text in zip(vi[screen], en[screen]):
            bare = vi_text.replace(learner.name, "").strip()
            if vi_text == en_text and re.search(r"[^\W\d_]", bare) and vi_text not in allowed:
                same.append((screen, vi_text))
    assert same == []


def test_no_english_interface_string_shows_in_vietnamese(qtbot, window, trainer, learner):
    """In Vietnamese, no visible text is one of the English source strings left as is."""
    english = {source for _, source, translation in messages("vi") if translation.text != source}
    vi = collect(window, trainer, learner, "vi")
    leaks = [(screen, text) for screen, texts in vi.items() for text in texts if text in english]
    assert leaks == []
