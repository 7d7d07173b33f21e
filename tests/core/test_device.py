"""Device identity: made once, kept, private key for its owner only."""

import os
import stat
import sys

import pytest
from nacl.signing import VerifyKey

from digital_literacy_app.core.device import KEY_FILE, load_or_create_identity


def test_identity_is_created_once_and_kept(tmp_path):
    """The same data directory gives the same device id and key every start."""
    first = load_or_create_identity(tmp_path)
    second = load_or_create_identity(tmp_path)
    assert first.device_id == second.device_id
    assert first.public_key_hex == second.public_key_hex
    signature = second.sign(b"hello")
    VerifyKey(bytes.fromhex(first.public_key_hex)).verify(b"hello", signature)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_private_key_is_readable_by_its_owner_only(tmp_path):
    load_or_create_identity(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / KEY_FILE).st_mode)
    assert mode == 0o600
