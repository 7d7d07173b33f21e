"""Practice VietQR payloads: EMVCo TLV structure and CRC-16/CCITT-FALSE.

Lessons show QR codes the simulated bank app "scans". They must parse like real codes but
never pay anyone, so the bank BIN must be 999999, which belongs to no bank.
"""

PRACTICE_BIN = "999999"
NAPAS_GUID = "A000000727"


def crc16_ccitt_false(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def parse_tlv(text: str) -> list[tuple[str, str]]:
    """Split an EMVCo string into (id, value) pairs; ValueError when malformed."""
    fields, pos = [], 0
    while pos < len(text):
        if pos + 4 > len(text):
            raise ValueError(f"truncated field at character {pos + 1}")
        tag, size = text[pos:pos + 2], text[pos + 2:pos + 4]
        if not (tag.isdigit() and size.isdigit()):
            raise ValueError(f"field id and length must be digits at character {pos + 1}")
        end = pos + 4 + int(size)
        if end > len(text):
            raise ValueError(f"field {tag} is longer than the payload")
        fields.append((tag, text[pos + 4:end]))
        pos = end
    return fields


def with_crc(body_without_crc: str) -> str:
    """Append field 63 with the correct CRC (used by tests and by lesson authors)."""
    data = body_without_crc + "6304"
    return data + format(crc16_ccitt_false(data.encode("utf-8")), "04X")


def check_practice_payload(payload: str) -> list[str]:
    """Every way the payload breaks the practice-code rules; empty when it is fine."""
    try:
        fields = parse_tlv(payload)
    except ValueError as exc:
        return [f"malformed VietQR payload: {exc}"]
    problems = []
    tags = [tag for tag, _ in fields]
    values = dict(fields)
    if not tags or tags[0] != "00" or values.get("00") != "01":
        problems.append("VietQR payload must start with field 00 = 01")
    if not tags or tags[-1] != "63" or len(values.get("63", "")) != 4:
        problems.append("VietQR payload must end with field 63 holding a 4-digit CRC")
    else:
        expected = format(crc16_ccitt_false(payload[:-4].encode("utf-8")), "04X")
        if values["63"].upper() != expected:
            problems.append(f"VietQR CRC is {values['63']} but should be {expected}")
    if values.get("53") != "704":
        problems.append("VietQR currency (field 53) must be 704 (VND)")
    if values.get("58") != "VN":
        problems.append("VietQR country (field 58) must be VN")
    problems.extend(_check_account(values.get("38")))
    return problems


def _check_account(account: str | None) -> list[str]:
    if account is None:
        return ["VietQR payload has no account field 38"]
    try:
        inner = dict(parse_tlv(account))
        beneficiary = dict(parse_tlv(inner.get("01", "")))
    except ValueError as exc:
        return [f"malformed VietQR account field 38: {exc}"]
    problems = []
    if inner.get("00") != NAPAS_GUID:
        problems.append(f"VietQR field 38 must name NAPAS ({NAPAS_GUID})")
    if beneficiary.get("00") != PRACTICE_BIN:
        problems.append(
            f"practice VietQR must use bank BIN {PRACTICE_BIN}, which belongs to no bank "
            f"(found {beneficiary.get('00')!r})"
        )
    if not beneficiary.get("01"):
        problems.append("VietQR payload has no account number")
    if inner.get("02") not in ("QRIBFTTA", "QRIBFTTC"):
        problems.append("VietQR service code must be QRIBFTTA or QRIBFTTC")
    return problems


def describe(payload: str) -> dict:
    """What a simulated bank app shows after scanning: bin, account, amount, message."""
    values = dict(parse_tlv(payload))
    inner = dict(parse_tlv(values.get("38", "")))
    beneficiary = dict(parse_tlv(inner.get("01", "")))
    extra = dict(parse_tlv(values.get("62", ""))) if values.get("62") else {}
    return {
        "bin": beneficiary.get("00", ""),
        "account": beneficiary.get("01", ""),
        "amount": values.get("54", ""),
        "message": extra.get("08", ""),
    }
