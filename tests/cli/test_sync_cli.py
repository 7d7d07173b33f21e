"""`dla sync`, `dla keys` and `dla report` as a coordinator runs them."""

import json

from tests.cli.test_cli import assert_refused, dla


def test_export_import_and_identical_reports(tmp_path):
    """Two coordinators importing the same files in different orders print the same bytes."""
    for pc in ("a", "b"):
        assert dla("demo", "seed", "--learners", "15", "--seed", pc == "a" and "1" or "2",
                   "--data-dir", str(tmp_path / pc)).returncode == 0
        exported = dla("sync", "export", "--out", str(tmp_path / f"{pc}.dlsync"), "--data-dir", str(tmp_path / pc))
        assert exported.returncode == 0 and "can be removed" in exported.stdout
    first = dla("sync", "import", str(tmp_path / "a.dlsync"), str(tmp_path / "b.dlsync"), "--data-dir", str(tmp_path / "c1"))
    assert first.returncode == 0 and "15 new learners" in first.stdout
    dla("sync", "import", str(tmp_path / "b.dlsync"), "--data-dir", str(tmp_path / "c2"))
    dla("sync", "import", str(tmp_path / "a.dlsync"), str(tmp_path / "b.dlsync"), "--data-dir", str(tmp_path / "c2"))
    reports = [dla("report", "--by", "ward,group,area,month", "--data-dir", str(tmp_path / c)).stdout for c in ("c1", "c2")]
    assert reports[0] == reports[1]
    assert json.loads(reports[0])["totals"]["learners"] == 30


def test_sealed_export_and_refused_tampered_import(tmp_path):
    assert dla("keys", "export", "--out", str(tmp_path / "coord.key"), "--data-dir", str(tmp_path / "coord")).returncode == 0
    dla("learner", "add", "--name", "Niêm Phong", "--data-dir", str(tmp_path / "pc"))
    sealed = dla("sync", "export", "--out", str(tmp_path / "s.dlsync"), "--seal-to", str(tmp_path / "coord.key"),
                 "--data-dir", str(tmp_path / "pc"))
    assert sealed.returncode == 0 and "sealed for" in sealed.stdout
    assert dla("sync", "import", str(tmp_path / "s.dlsync"), "--data-dir", str(tmp_path / "coord")).returncode == 0
    assert_refused(dla("sync", "import", str(tmp_path / "s.dlsync"), "--data-dir", str(tmp_path / "other")),
                   "sealed for another computer")
    data = bytearray((tmp_path / "s.dlsync").read_bytes())
    data[-5] ^= 1
    (tmp_path / "bad.dlsync").write_bytes(bytes(data))
    assert_refused(dla("sync", "import", str(tmp_path / "bad.dlsync"), "--data-dir", str(tmp_path / "coord")), "bad.dlsync")
    assert_refused(dla("sync", "export", "--out", str(tmp_path / "x.dlsync"), "--seal-to", str(tmp_path / "nokey"),
                       "--data-dir", str(tmp_path / "pc")), "does not exist")


def test_report_formats(tmp_path):
    dla("demo", "seed", "--learners", "10", "--data-dir", str(tmp_path))
    csv_out = dla("report", "--by", "group", "--format", "csv", "--data-dir", str(tmp_path))
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("\ufeff")
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"r.{fmt}"
        assert dla("report", "--by", "ward", "--format", fmt, "--out", str(target), "--data-dir", str(tmp_path)).returncode == 0
        assert target.stat().st_size > 1000
    assert dla("report", "--format", "pdf", "--data-dir", str(tmp_path)).returncode == 2
    assert_refused(dla("report", "--by", "planet", "--data-dir", str(tmp_path)), "planet")


def test_report_files_carry_the_month_chart_and_ward_subtotals(tmp_path):
    """`--chart-by ward` charts the PDF's months per ward; the Excel file has its dates,
    ward subtotals and the notes sheet; the JSON stays the same bytes."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    dla("demo", "seed", "--learners", "12", "--data-dir", str(tmp_path))
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert dla("report", "--by", "ward,month", "--format", "pdf", "--chart-by", "ward", "--out", str(pdf),
               "--data-dir", str(tmp_path)).returncode == 0
    first = PdfReader(pdf).pages[0].extract_text()
    assert "theo phường/xã (ward)" in first and "Người học mới theo tháng" in first
    assert dla("report", "--by", "ward,month", "--format", "xlsx", "--out", str(xlsx),
               "--data-dir", str(tmp_path)).returncode == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Báo cáo", "Thông tin"]
    assert any(str(row[0]).startswith("Cộng ") for row in book["Báo cáo"].iter_rows(values_only=True))
    assert dla("report", "--chart-by", "planet", "--data-dir", str(tmp_path)).returncode == 2
    json_out = [dla("report", "--by", "ward,month", "--data-dir", str(tmp_path)).stdout for _ in range(2)]
    assert json_out[0] == json_out[1] and "Ngày lập" not in json_out[0]
