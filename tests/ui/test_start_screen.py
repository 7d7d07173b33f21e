""""Ai đang học?" and "Người học mới": finding your name, and joining as a new learner."""

from PySide6.QtCore import Qt

from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.ui.start_screen import MAX_TILES

from .conftest import FIRST, click, type_text


def tile_names(screen):
    return [tile.title_label.text() for tile in screen.tiles]


def test_names_are_tiles_with_whoever_learned_last_first(qtbot, window, trainer):
    """The person who used the PC most recently finds their name in the first tile."""
    first = trainer.learners.add("Trần Văn Nam", 1950)
    trainer.learners.add("Lê Thị Lan")
    trainer.progress.start_lesson(first.id, trainer.lessons.get(FIRST))
    screen = window.show_start()
    assert screen.title.text() == "Ai đang học?"
    assert tile_names(screen)[0] == "Trần Văn Nam"
    assert set(tile_names(screen)) == {"Trần Văn Nam", "Lê Thị Lan"}
    assert screen.tiles[0].detail_label.text() == "Sinh năm 1950"


def test_typing_finds_a_name_without_its_accents(qtbot, window, trainer):
    """"huong" finds "Hường": many learners cannot type Vietnamese accents."""
    trainer.learners.add("Nguyễn Thị Hường")
    trainer.learners.add("Phạm Văn Bình")
    screen = window.show_start()
    qtbot.keyClicks(screen.search, "huong")
    qtbot.waitUntil(lambda: tile_names(screen) == ["Nguyễn Thị Hường"], timeout=2000)
    screen.search.clear()
    qtbot.keyClicks(screen.search, "xyz")
    qtbot.waitUntil(lambda: tile_names(screen) == [], timeout=2000)
    assert screen.note.isVisible()
    assert "“xyz”" in screen.note.text()


def test_enter_in_the_search_box_goes_to_the_first_name_and_enter_again_signs_in(qtbot, window, trainer):
    """Keyboard only: type, Enter, Enter opens that learner's lessons."""
    hoa = trainer.learners.add("Đỗ Thị Hoa")
    trainer.learners.add("Phạm Văn Bình")
    screen = window.show_start()
    window.activateWindow()
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "hoa")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.tiles[0].hasFocus()
    qtbot.keyClick(screen.tiles[0], Qt.Key.Key_Return)
    assert window.screen_name == "catalogue"
    assert window.seat.learner.id == hoa.id


def test_clicking_a_name_opens_that_learners_lessons(qtbot, window, trainer):
    """One click, no double-click, and the catalogue greets the right person."""
    trainer.learners.add("Phạm Văn Bình")
    screen = window.show_start()
    click(qtbot, screen.tiles[0])
    assert window.screen_name == "catalogue"
    assert window.screen.title.text() == "Bài học của Phạm Văn Bình"


def test_a_pc_with_nobody_yet_says_how_to_begin(qtbot, window):
    """An empty start screen explains itself and makes "Người học mới" the main button."""
    screen = window.show_start()
    assert screen.tiles == []
    assert screen.note.text() == "Chưa có ai học. Bấm “Người học mới” để bắt đầu."
    assert screen.new_button.property("role") == "primary"


def test_many_learners_are_capped_and_the_rest_found_by_typing(qtbot, window, trainer):
    """Hundreds of names never become hundreds of buttons: the rest are one search away."""
    for number in range(MAX_TILES + 5):
        trainer.learners.add(f"Người Thử {number}")
    screen = window.show_start()
    assert len(screen.tiles) == MAX_TILES
    assert screen.note.text() == "Còn 5 người nữa. Gõ vài chữ trong tên để tìm."


def test_new_learner_form_explains_mistakes_next_to_the_field_and_adds_nothing(qtbot, window, trainer):
    """An empty name or a wrong year is explained in plain Vietnamese; no learner is added."""
    screen = window.show_start()
    click(qtbot, screen.new_button)
    form = window.screen
    assert window.screen_name == "new-learner"
    from digital_literacy_app.ui.announce import listen

    heard = []
    stop = listen(lambda source, text, assertive: heard.append((text, assertive)))
    click(qtbot, form.save_button)
    stop()
    assert form.name_error.isVisible()
    assert form.name_error.text() == "Hãy gõ họ và tên."
    assert heard == [("Hãy gõ họ và tên.", True)], "a screen-reader user hears the mistake at once"
    type_text(form.name, "Trần Thị Mai")
    qtbot.keyClicks(form.year, "19x8")
    click(qtbot, form.save_button)
    assert not form.name_error.isVisible()
    assert form.year_error.text() == "Năm sinh chỉ gõ bằng chữ số, ví dụ 1958."
    form.year.setText("1850")
    click(qtbot, form.save_button)
    assert form.year_error.text().startswith("Năm sinh phải từ 1900 đến ")
    assert form.name.property("invalid") == "false" and form.year.property("invalid") == "true"
    assert trainer.learners.count() == 0
    assert window.screen_name == "new-learner"


def test_a_too_long_name_is_explained_not_crashed_on(qtbot, window, trainer):
    """The core's length rule reaches the learner as a sentence, never as an error box."""
    form = window.show_new_learner()
    form.name.setText("A" * 85)
    click(qtbot, form.save_button)
    assert form.name_error.text() == "Tên dài quá. Hãy gõ tối đa 80 chữ cái."
    assert trainer.learners.count() == 0


def test_new_learner_with_group_and_optional_year_is_added_and_signed_in(qtbot, window, trainer):
    """Name, no birth year, group "Nông dân": saved, and straight into their lessons."""
    form = window.show_new_learner()
    assert [b.text() for b in form.group_buttons.values()] == list(GROUP_NAMES_VI.values())
    type_text(form.name, "  Lò   Văn  Páo ")
    click(qtbot, form.group_buttons["farmer"])
    click(qtbot, form.save_button)
    assert window.screen_name == "catalogue"
    [saved] = trainer.learners.all()
    assert (saved.name, saved.birth_year, saved.group) == ("Lò Văn Páo", None, "farmer")
    assert window.seat.learner.id == saved.id


def test_no_group_is_guessed_for_the_learner(qtbot, window, trainer):
    """Nothing is pre-ticked (a guess would skew the reports); left empty it is "other"."""
    form = window.show_new_learner()
    assert not any(button.isChecked() for button in form.group_buttons.values())
    type_text(form.name, "Vũ Văn Khánh")
    click(qtbot, form.save_button)
    assert trainer.learners.all()[0].group == "other"


def test_back_from_the_form_returns_to_the_names(qtbot, window):
    """Changing one's mind costs nothing: "Quay lại" goes back to "Ai đang học?"."""
    form = window.show_new_learner()
    click(qtbot, form.back_button)
    assert window.screen_name == "start"


def test_learners_who_share_a_name_get_tiles_they_can_tell_apart(qtbot, window, trainer):
    """Two "Hoàng Văn Thành, 1960" (one typed with decomposed accents): each tile says what
    differs (the group) and where that learner was; a learner with a name of their own
    keeps the plain tile."""
    import unicodedata

    farmer = trainer.learners.add("Hoàng Văn Thành", 1960, "farmer")
    elderly = trainer.learners.add(unicodedata.normalize("NFD", "Hoàng Văn Thành"), 1960, "elderly")
    trainer.learners.add("Lê Thị Lan", 1955)
    trainer.progress.start_lesson(farmer.id, trainer.lessons.get(FIRST))
    window.seat.lessons_ready = True
    screen = window.show_start()
    details = {tile.title_label.text(): [] for tile in screen.tiles}
    for tile in screen.tiles:
        details[tile.title_label.text()].append(tile.detail_label.text())
    thanh = sorted(details["Hoàng Văn Thành"])
    assert len(thanh) == 2 and thanh[0] != thanh[1]
    lesson_title = trainer.lessons.get(FIRST).title.vi
    assert f"Nông dân\nĐang học: {lesson_title}" in thanh
    assert any(text.startswith("Người cao tuổi\nHọc lần cuối ngày ") for text in thanh), thanh
    assert details["Lê Thị Lan"] == ["Sinh năm 1955"]
    assert elderly.id != farmer.id


def test_someone_already_learning_is_asked_whether_it_is_them_before_a_second_record(qtbot, window, trainer):
    """"Hoàng Văn Thành, 1960" is here: typing it again (without accents, in capitals) asks
    "is that you?"; yes goes on as that learner with no new record, no adds a second one."""
    here = trainer.learners.add("Hoàng Văn Thành", 1960, "elderly", "Phường Kim Mã")
    form = window.show_new_learner()
    type_text(form.name, "HOANG VAN THANH")
    type_text(form.year, "1960")
    click(qtbot, form.save_button)
    assert window.screen_name == "new-learner" and form.same.isVisible()
    assert form.same.words.text() == ("Hoàng Văn Thành, sinh năm 1960, Phường Kim Mã đang học trên máy này. "
                                     "Có phải là bác không?")
    assert form.same.same.hasFocus()
    assert trainer.learners.count() == 1
    click(qtbot, form.same.same)
    assert window.screen_name == "catalogue" and window.seat.learner.id == here.id
    assert trainer.learners.count() == 1

    window.sign_out()
    form = window.show_new_learner()
    type_text(form.name, "Hoàng Văn Thành")
    type_text(form.year, "1960")
    click(qtbot, form.save_button)
    click(qtbot, form.same.new)
    assert window.screen_name == "catalogue" and window.seat.learner.id != here.id
    assert trainer.learners.count() == 2


def test_a_different_birth_year_is_someone_else(qtbot, window, trainer):
    trainer.learners.add("Hoàng Văn Thành", 1960)
    form = window.show_new_learner()
    type_text(form.name, "Hoàng Văn Thành")
    type_text(form.year, "1972")
    click(qtbot, form.save_button)
    assert window.screen_name == "catalogue" and trainer.learners.count() == 2
