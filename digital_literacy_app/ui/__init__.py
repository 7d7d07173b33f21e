"""PySide6 screens and widgets. Talks to the core through `Trainer`; never writes SQL."""
