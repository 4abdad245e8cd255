"""The ``pressparse`` command: output formats, batches, bad files, parallel jobs, progress."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pressparse import cli
from pressparse._batch import Progress, ordered_map

RELEASE = (
    "Fenwick Orchards Opens Cider House {n}\n\n"
    "MAPLE GROVE, Vt., June 2, 2026 /PRNewswire/ -- Fenwick Orchards opened a cider house "
    "on its hillside farm.\n\n"
    "“We are proud to share our harvest,” said Ada Brill, owner of Fenwick Orchards.\n"
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _write(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"release-{n:04d}.txt"
        path.write_text(RELEASE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_has_one_object_per_file_with_its_source(tmp_path, capsys) -> None:
    paths = _write(tmp_path, 3)
    status = cli.main(["parse", "--jsonl", *map(str, paths)])
    records = _jsonl(capsys.readouterr().out)
    assert status == 0
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert records[1]["headline"] == "Fenwick Orchards Opens Cider House 1"


def test_json_is_one_indented_array(tmp_path, capsys) -> None:
    paths = _write(tmp_path, 2)
    cli.main(["parse", "--json", *map(str, paths)])
    out = capsys.readouterr().out
    records = json.loads(out)
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert out == json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def test_json_with_every_file_failing_is_an_empty_array(tmp_path, capsys) -> None:
    assert cli.main(["parse", "--json", str(tmp_path / "missing.txt")]) == 1
    assert capsys.readouterr().out == "[]\n"


def test_summary_is_the_default(tmp_path, capsys) -> None:
    (path,) = _write(tmp_path, 1)
    assert cli.main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {path} (text)\n")
    assert "headline:  Fenwick Orchards Opens Cider House 0" in out


def test_standard_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(RELEASE.format(n=9).encode())))
    assert cli.main(["parse", "--jsonl", "-"]) == 0
    (record,) = _jsonl(capsys.readouterr().out)
    assert record["source"] == "-"
    assert record["headline"] == "Fenwick Orchards Opens Cider House 9"


def test_bad_files_get_one_line_each_and_the_rest_are_parsed(tmp_path, capsys) -> None:
    good = _write(tmp_path, 2)
    missing, folder, dangling = tmp_path / "gone.txt", tmp_path / "folder", tmp_path / "link.txt"
    folder.mkdir()
    dangling.symlink_to(tmp_path / "nowhere.txt")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"Bad \xff\xfe\x81 bytes\x00 \x9d here\n\n" + RELEASE.encode("utf-16"))
    paths = [good[0], missing, folder, dangling, broken, good[1]]
    status = cli.main(["parse", "--jsonl", *map(str, paths)])
    captured = capsys.readouterr()
    assert status == 1
    assert [r["source"] for r in _jsonl(captured.out)] == [str(good[0]), str(broken), str(good[1])]
    errors = captured.err.splitlines()
    assert errors == [
        f"pressparse: {missing}: No such file or directory",
        f"pressparse: {folder}: Is a directory",
        f"pressparse: {dangling}: No such file or directory",
    ]


def test_a_batch_of_2000_files_with_broken_ones_in_parallel(tmp_path, capsys) -> None:
    good = _write(tmp_path, 1996)
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    undecodable = tmp_path / "undecodable.txt"
    undecodable.write_bytes(bytes(range(256)) * 8)
    bad = [tmp_path / "missing-1.txt", folder, tmp_path / "missing-2.md"]
    paths = [*good[:700], bad[0], *good[700:1400], bad[1], undecodable, *good[1400:], bad[2]]
    status = cli.main(["parse", "--jsonl", "--jobs", "2", *map(str, paths)])
    captured = capsys.readouterr()
    records = _jsonl(captured.out)
    assert status == 1
    expected = [str(p) for p in paths if p not in bad]
    assert [r["source"] for r in records] == expected  # every good file, in input order
    assert sum(1 for r in records if r["is_press_release"]) == len(good)
    errors = captured.err.splitlines()
    assert len(errors) == len(bad)
    assert all(any(str(p) in line for line in errors) for p in bad)
    assert "\r" not in captured.err  # no progress bar when standard error is not a terminal


def test_jobs_run_in_worker_processes_give_the_same_output(tmp_path, capsys) -> None:
    paths = [str(p) for p in _write(tmp_path, 12)]
    cli.main(["parse", "--jsonl", *paths])
    alone = capsys.readouterr().out
    cli.main(["parse", "--jsonl", "--jobs", "2", *paths])
    assert capsys.readouterr().out == alone


def test_jobs_must_not_be_negative(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["parse", "--jobs", "-1", "x.txt"])
    assert exc.value.code == 2
    assert "must be 0 or more" in capsys.readouterr().err


def test_progress_bar_on_a_terminal_with_errors_above_it(tmp_path) -> None:
    paths = [*map(str, _write(tmp_path, 3)), str(tmp_path / "gone.txt")]
    args = cli._build_argparser().parse_args(["parse", "--jsonl", *paths])
    out, err = io.StringIO(), _Terminal()
    assert cli._run(args, out, err) == 1
    shown = err.getvalue()
    assert "4/4 files" in shown
    assert "1 failed" in shown
    assert f"\r\033[Kpressparse: {tmp_path / 'gone.txt'}: No such file or directory\n" in shown
    assert len(out.getvalue().splitlines()) == 3


def test_no_progress_turns_the_bar_off_on_a_terminal(tmp_path) -> None:
    paths = [str(p) for p in _write(tmp_path, 2)]
    args = cli._build_argparser().parse_args(["parse", "--no-progress", *paths])
    err = _Terminal()
    assert cli._run(args, io.StringIO(), err) == 0
    assert err.getvalue() == ""


def test_progress_is_silent_when_disabled() -> None:
    stream = io.StringIO()
    progress = Progress(3, stream, enabled=False)
    progress.advance()
    progress.note("a line")
    progress.close()
    assert stream.getvalue() == "a line\n"


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_map_keeps_input_order(jobs) -> None:
    assert list(ordered_map(abs, range(-50, 0), jobs=jobs)) == list(range(50, 0, -1))
