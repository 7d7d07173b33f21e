"""Volunteer accounts: change your own PIN; a coordinator adds and removes colleagues."""

import pytest

from digital_literacy_app.ui.volunteer import registry

from .conftest import click, type_text


@pytest.fixture
def book(trainer):
    return trainer.volunteers


def open_accounts(window, account):
    window.volunteer_mode.sign_in(account)
    tool = next(t for t in registry.tools_for(account.role) if t.key == "accounts")
    return window.volunteer_mode.open_tool(tool)


def test_a_coordinator_adds_a_volunteer_who_can_then_enter(qtbot, window, book):
    """Name, role, PIN twice (a mismatch is explained first); the new account's PIN opens."""
    boss = book.add("Trần Thu Hà", "coordinator", "2468")
    flow = open_accounts(window, boss)
    page = flow.page
    type_text(page.new_name, "Phạm Minh")
    page.new_pin.setText("1357")
    page.new_pin_again.setText("1358")
    click(qtbot, page.add_button)
    assert page.new_error.text() == "Hai mã PIN chưa giống nhau."
    page.new_pin_again.setText("1357")
    click(qtbot, page.add_button)
    assert flow.page.notice.text() == "Từ giờ Phạm Minh có thể mở công cụ tình nguyện viên bằng mã PIN của mình."
    minh = next(a for a in book.all() if a.name == "Phạm Minh")
    assert minh.role == "volunteer" and book.check_pin(minh.id, "1357").ok


def test_changing_my_pin(qtbot, window, book):
    """The old PIN stops working and the new one opens."""
    minh = book.add("Phạm Minh", "volunteer", "1357")
    book.add("Trần Thu Hà", "coordinator", "2468")
    page = open_accounts(window, minh).page
    page.my_pin.setText("97531")
    page.my_pin_again.setText("97531")
    click(qtbot, page.change_button)
    assert not book.check_pin(minh.id, "1357").ok and book.check_pin(minh.id, "97531").ok


def test_a_pin_of_one_repeated_digit_is_refused_with_the_reason(qtbot, window, book):
    minh = book.add("Phạm Minh", "volunteer", "1357")
    book.add("Trần Thu Hà", "coordinator", "2468")
    page = open_accounts(window, minh).page
    page.my_pin.setText("0000")
    page.my_pin_again.setText("0000")
    click(qtbot, page.change_button)
    assert page.my_pin_error.isVisible()
    assert page.my_pin_error.text() == ("Mã PIN 0000 chỉ lặp một chữ số, người khác dễ đoán ra. "
                                        "Hãy chọn các chữ số khác nhau, ví dụ 5917.")
    assert book.check_pin(minh.id, "1357").ok


def test_a_volunteer_cannot_manage_accounts_while_a_coordinator_exists(qtbot, window, book):
    """No "add" or "remove" for a volunteer on a PC with a coordinator."""
    minh = book.add("Phạm Minh", "volunteer", "1357")
    book.add("Trần Thu Hà", "coordinator", "2468")
    page = open_accounts(window, minh).page
    assert not hasattr(page, "add_button") and page.remove_button is None


def test_a_coordinator_removes_a_colleague_but_never_themself(qtbot, window, book):
    """The accounts in a table; "Remove the chosen account" for the others only, named
    for whom it removes; removing takes the account away."""
    boss = book.add("Trần Thu Hà", "coordinator", "2468")
    minh = book.add("Phạm Minh", "volunteer", "1357")
    flow = open_accounts(window, boss)
    page = flow.page
    ids = [row[2].id for row in page.accounts_model.rows]
    page.accounts_table.selectRow(ids.index(boss.id))
    assert not page.remove_button.isEnabled()
    page.accounts_table.selectRow(ids.index(minh.id))
    assert page.remove_button.isEnabled()
    assert page.remove_button.accessibleName() == "Xoá tài khoản của Phạm Minh"
    click(qtbot, page.remove_button)
    assert [a.name for a in book.all()] == ["Trần Thu Hà"]
    assert flow.page.notice.text() == "Đã xoá tài khoản của Phạm Minh."


def test_a_volunteer_chooses_their_own_text_size_and_it_comes_back_at_the_next_sign_in(qtbot, window, book):
    """From the volunteer home, "Cỡ chữ và màu" opens the settings without the reading
    speed; a bigger text applies at once and "Xong" goes back to the tools; leaving
    volunteer mode puts the PC's look back; signing in again brings the choice back,
    and another volunteer keeps the PC's look."""
    from digital_literacy_app.ui import theme

    minh = book.add("Phạm Minh", "volunteer", "1357")
    boss = book.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(minh)
    home = window.screen
    assert home.settings_button.text() == "Cỡ chữ và màu"
    click(qtbot, home.settings_button)
    page = window.screen
    assert window.screen_name == "settings"
    assert page.title.text() == "Cài đặt của Phạm Minh"
    assert set(page.controls) == {"text_scale", "high_contrast", "language"}
    bigger = next(b for b in page.groups["text_scale"].buttons() if b.text().startswith("175"))
    click(qtbot, bigger)
    assert theme.theme_scale() == 175
    qtbot.waitUntil(lambda: window.screen_name == "settings" and hasattr(window.screen, "done_button"))
    click(qtbot, window.screen.done_button)
    assert window.screen_name == "volunteer-home"
    assert theme.theme_scale() == 175
    window.sign_out()
    assert theme.theme_scale() == 100
    window.volunteer_mode.sign_in(minh)
    assert theme.theme_scale() == 175
    window.sign_out()
    window.volunteer_mode.sign_in(boss)
    assert theme.theme_scale() == 100
