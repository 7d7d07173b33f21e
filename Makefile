# The commands of the README. Each creates or refreshes .venv when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: run test bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/dla

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

bench: $(STAMP)
	$(VENV)/bin/python -m benchmarks

$(BUNDLE_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# The one-folder app dist/dla/ (program dist/dla/dla) from packaging/dla.spec; docs/install.md.
bundle: $(BUNDLE_STAMP)
	$(VENV)/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/dla.spec
	@du -sh dist/dla

clean:
	rm -rf $(VENV) build dist *.egg-info
