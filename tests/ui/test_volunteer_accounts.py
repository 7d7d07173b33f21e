"""Volunteer accounts: change your own PIN; a coordinator adds and removes colleagues."""

import pytest

from digital_literacy_app.core.volunteers import VolunteerBook
from digital_literacy_app.ui.volunteer import registry

from .conftest import click, type_text


@pytest.fixture
def book(trainer):
    return VolunteerBook(trainer.db)


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


def test_a_volunteer_cannot_manage_accounts_while_a_coordinator_exists(qtbot, window, book):
    """No "add" or "remove" for a volunteer on a PC with a coordinator."""
    minh = book.add("Phạm Minh", "volunteer", "1357")
    book.add("Trần Thu Hà", "coordinator", "2468")
    page = open_accounts(window, minh).page
    assert not hasattr(page, "add_button") and page.remove_buttons == {}


def test_a_coordinator_removes_a_colleague_but_never_themself(qtbot, window, book):
    """Remove buttons for the others only; removing takes the account away."""
    boss = book.add("Trần Thu Hà", "coordinator", "2468")
    minh = book.add("Phạm Minh", "volunteer", "1357")
    flow = open_accounts(window, boss)
    assert list(flow.page.remove_buttons) == [minh.id]
    click(qtbot, flow.page.remove_buttons[minh.id])
    assert [a.name for a in book.all()] == ["Trần Thu Hà"]
    assert flow.page.notice.text() == "Đã xoá tài khoản của Phạm Minh."
