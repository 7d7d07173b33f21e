"""Vietnamese text handling: one normal form for storage, one folded key for search.

Names are typed with Telex or VNI keyboards, composed or decomposed; NFC makes them the
same string. Search folds case and diacritics so "huong" finds "Hường".
"""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """NFC-normalise and collapse runs of whitespace."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def search_key(text: str) -> str:
    """Lower-case, strip every diacritic (đ becomes d), collapse whitespace."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.replace("đ", "d")).strip()
