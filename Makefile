# The commands of the README. Each first checks the system libraries Qt needs
# (packaging/system-libraries.sh: installed with apt-get as root, else the one sudo line to
# run), then creates or refreshes .venv when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed
SYSTEM_LIBRARIES := sh packaging/system-libraries.sh

.PHONY: run test bench bundle wheel clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@$(SYSTEM_LIBRARIES) run
	$(VENV)/bin/dla

test: $(STAMP)
	@$(SYSTEM_LIBRARIES) test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

bench: $(STAMP)
	@$(SYSTEM_LIBRARIES) test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m benchmarks

$(BUNDLE_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# The one-folder app dist/dla/ (program dist/dla/dla) from packaging/dla.spec; docs/install.md.
bundle: $(BUNDLE_STAMP)
	@$(SYSTEM_LIBRARIES) bundle
	$(VENV)/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/dla.spec
	@du -sh dist/dla

# The package as a wheel, lessons and assets inside (setup.py), in dist/: how a city
# coordinator's PC gets the app with the PostgreSQL driver (docs/city-scale.md).
wheel: $(STAMP)
	$(VENV)/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .
	@ls dist/*.whl

clean:
	rm -rf $(VENV) build dist *.egg-info
