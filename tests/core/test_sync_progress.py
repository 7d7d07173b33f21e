"""Importing reports each file's start and end, so a screen can move per-file progress
bars even for files too small to report while their events are read."""

from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer


def test_each_file_reports_its_start_and_its_end_in_order(tmp_path):
    """Two small files: (0, 0.0), (0, 1.0), (1, 0.0), (1, 1.0), each naming its file."""
    stick = tmp_path / "stick"
    stick.mkdir()
    names = []
    for number in (1, 2):
        with Trainer.open(tmp_path / f"pc{number}") as pc:
            pc.learners.add(f"Người học {number}", 1950, "elderly")
            names.append(export(pc, stick / f"pc{number}.dlsync").path.name)
    calls = []
    with Trainer.open(tmp_path / "coordinator") as coordinator:
        results = import_files(coordinator, [stick],
                               on_progress=lambda i, n, fraction, name: calls.append((i, n, fraction, name)))
    assert [r.status for r in results] == ["imported", "imported"]
    assert [(i, n, f) for i, n, f, _ in calls] == [(0, 2, 0.0), (0, 2, 1.0), (1, 2, 0.0), (1, 2, 1.0)]
    assert [name for *_, name in calls] == [names[0], names[0], names[1], names[1]]
