"""Practice-screen elements: each type's keys, read into `Element`s with line-numbered problems.

Split from validate.py so each part stays readable; the messages are the same. Plain strings
a learner sees (a caller's number, a QR code's text) go through the shown-text rules too.
"""

from digital_literacy_app.core.lessons import rules, vietqr
from digital_literacy_app.core.lessons.model import Element
from digital_literacy_app.core.lessons.reader import Reader, known_keys
from digital_literacy_app.core.lessons.yamlsource import LineDict, LineList, brief
from digital_literacy_app.core.text import nfc

ELEMENT_TYPES = ("header", "text", "image", "input", "checkbox", "button", "list", "grid",
                 "nav", "qr", "sms", "call", "dialog")
TEXT_STYLES = ("", "normal", "title", "small", "warning", "amount")
BUTTON_STYLES = ("", "primary", "secondary", "danger")


_ELEMENT_KEYS = {
    "header": {"text", "back"},
    "text": {"text", "style"},
    "image": {"image", "alt"},
    "input": {"id", "label", "expect", "placeholder", "keyboard", "secret"},
    "checkbox": {"id", "label", "expect"},
    "button": {"id", "label", "goto", "warning", "style"},
    "list": {"items"},
    "grid": {"items"},
    "nav": {"items"},
    "qr": {"payload", "caption"},
    "sms": {"sender", "time", "text", "link"},
    "call": {"caller", "number", "note", "buttons"},
    "dialog": {"title", "text", "buttons"},
}


def read_element(r: Reader, data: LineDict, what: str) -> Element | None:
    kind = r.require(data, "type", what)
    if kind is None:
        return None
    if kind not in ELEMENT_TYPES:
        r.error(data.line_of("type"), f"unknown element type {brief(kind)}: use one of {', '.join(ELEMENT_TYPES)}")
        return None
    known_keys(r, data, _ELEMENT_KEYS[kind] | {"type"}, f"{what} ({kind})")
    element = Element(type=kind)
    builder = _BUILDERS.get(kind)
    if builder:
        builder(r, data, element, f"{what} ({kind})")
    return element


def _tappable(r: Reader, data: LineDict, kind: str, what: str, element: Element | None = None) -> Element:
    element = element or Element(type=kind)
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.detail = r.text(data, "detail", what, required=False)
    element.warning = r.text(data, "warning", what, required=False)
    goto = data.get("goto")
    if goto is not None:
        if not isinstance(goto, str):
            r.error(data.line_of("goto"), f"'goto' of {what} must name a screen or 'done'")
        else:
            element.goto = goto
            r.goto_lines[id(element)] = data.line_of("goto")
    return element


def _build_header(r, data, element, what):
    element.text = r.text(data, "text", what)
    element.back = r.boolean(data, "back", what)


def _build_text(r, data, element, what):
    element.text = r.text(data, "text", what)
    element.style = r.choice(data, "style", TEXT_STYLES, what)


def _build_image(r, data, element, what):
    element.image = r.image(data, "image", what)
    if "image" not in data:
        r.error(data.line, f"{what} is missing 'image'")
    element.alt = r.alt(data, what)


def _build_input(r, data, element, what):
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.placeholder = r.text(data, "placeholder", what, required=False)
    element.keyboard = r.choice(data, "keyboard", ("text", "number"), what, "text")
    element.secret = r.boolean(data, "secret", what)
    label = element.label
    if label is not None and not element.secret and (rules.looks_secret(label.vi) or rules.looks_secret(label.en)):
        r.error(data.line_of("label"), f"{what} asks for a password, PIN or OTP ({label.vi!r}): add "
                                       "'secret: true', so the phone hides what is typed, as a real app does")
    expect = data.get("expect")
    if expect is not None and not isinstance(expect, (str, int)):
        r.error(data.line_of("expect"), f"'expect' of {what} must be the text to type")
        expect = None
    element.expect = None if expect is None else nfc(str(expect))
    if element.expect is not None:
        r.shown(element.expect, data.line_of("expect"), f"'expect' of {what}")


def _build_checkbox(r, data, element, what):
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.expect = r.boolean(data, "expect", what, default=True)


def _build_button(r, data, element, what):
    _tappable(r, data, "button", what, element)
    element.style = r.choice(data, "style", BUTTON_STYLES, what)


def _build_items(r, data, element, what):
    raw = r.require(data, "items", what)
    if raw is None:
        return
    if not isinstance(raw, LineList) or not raw:
        r.error(data.line_of("items"), f"'items' of {what} must be a list")
        return
    for index, item in enumerate(raw):
        item_data = r.mapping(item, raw.line_of(index), f"item {index + 1} of {what}")
        if item_data is not None:
            known_keys(r, item_data, {"id", "label", "detail", "goto", "warning"}, f"item {index + 1} of {what}")
            element.items.append(_tappable(r, item_data, "item", f"item {index + 1} of {what}"))


def _build_buttons(r, data, element, what):
    raw = data.get("buttons")
    if raw is None:
        return
    if not isinstance(raw, LineList):
        r.error(data.line_of("buttons"), f"'buttons' of {what} must be a list of buttons")
        return
    for index, item in enumerate(raw):
        button_data = r.mapping(item, raw.line_of(index), f"button {index + 1} of {what}")
        if button_data is not None:
            known_keys(r, button_data, {"id", "label", "goto", "warning", "style", "type"}, f"button {index + 1} of {what}")
            button = _tappable(r, button_data, "button", f"button {index + 1} of {what}")
            button.style = r.choice(button_data, "style", BUTTON_STYLES, what)
            element.buttons.append(button)


def _build_qr(r, data, element, what):
    payload = r.require(data, "payload", what)
    element.caption = r.text(data, "caption", what, required=False)
    if payload is None:
        return
    if not isinstance(payload, str):
        r.error(data.line_of("payload"), f"'payload' of {what} must be quoted text")
        return
    element.payload = payload
    if payload.startswith("000201"):
        for problem in vietqr.check_practice_payload(payload):
            r.error(data.line_of("payload"), problem)
    else:  # a QR holding a web address or a number: what a phone would show after scanning
        r.shown(payload, data.line_of("payload"), f"'payload' of {what}")


def _build_sms(r, data, element, what):
    element.sender = r.text(data, "sender", what)
    element.text = r.text(data, "text", what)
    element.time = r.plain(data, "time", what)
    if data.get("link") is not None:
        link_data = r.mapping(data["link"], data.line_of("link"), f"the link of {what}")
        if link_data is not None:
            element.link = _tappable(r, link_data, "link", f"the link of {what}")


def _build_call(r, data, element, what):
    element.caller = r.text(data, "caller", what)
    element.number = r.plain(data, "number", what)
    r.shown(element.number, data.line_of("number"), f"'number' of {what}")
    element.note = r.text(data, "note", what, required=False)
    _build_buttons(r, data, element, what)


def _build_dialog(r, data, element, what):
    element.title = r.text(data, "title", what)
    element.text = r.text(data, "text", what, required=False)
    _build_buttons(r, data, element, what)


_BUILDERS = {
    "header": _build_header, "text": _build_text, "image": _build_image, "input": _build_input,
    "checkbox": _build_checkbox, "button": _build_button, "list": _build_items,
    "grid": _build_items, "nav": _build_items, "qr": _build_qr, "sms": _build_sms,
    "call": _build_call, "dialog": _build_dialog,
}
