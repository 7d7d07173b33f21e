"""Domain and storage. Never imports Qt: the core could ship on its own."""
