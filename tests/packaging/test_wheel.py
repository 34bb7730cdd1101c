"""The wheel carries styles/, sample_data/ and the extractor's word list, and an installed briefing runs from a fresh venv.

How the fresh venv gets its third-party dependencies without the internet
(tests never touch it): ``python -m venv --without-pip`` makes an empty venv
(no system site-packages); the wheel is installed into it with
``pip --python VENV install --no-deps --no-index``; then one ``.pth`` file
appends the test environment's site-packages *after* the venv's own, for
textual, httpx and the rest. A path listed in a ``.pth`` is added as is (its
own ``.pth`` files, such as the editable install of this checkout, are not
run), and the venv's site-packages comes first, so ``briefing_tui`` can only
be imported from the wheel: every test below checks that it is. Commands run
from a temporary folder, never the checkout, so the current directory cannot
supply the package either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from briefing_tui import __version__

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def _run(
    cmd: list[str | Path], cwd: Path, timeout: float = 120, **kwargs
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, **kwargs
    )
    assert proc.returncode == 0, f"{cmd}\nstdout: {proc.stdout[-3000:]}\nstderr: {proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, REPO], cwd=out)
    (built,) = out.glob("briefing-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root)
    python = venv / "bin" / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            wheel,
        ],
        cwd=root,
    )
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root
        ).stdout.strip()
    )
    deps = sysconfig.get_paths()["purelib"]
    (site / "zz_test_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    return venv


def test_wheel_contains_styles_sample_data_and_entry_point(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = sorted(p.name for p in (REPO / "styles").glob("*.tcss"))
    assert styles, "styles/ has no .tcss files"
    for name in styles:
        assert f"briefing_tui/styles/{name}" in names
    samples = [
        p.relative_to(REPO / "sample_data").as_posix()
        for p in (REPO / "sample_data").rglob("*")
        if p.is_file()
    ]
    assert "wang-yi-calls.txt" in samples
    for name in samples:
        assert f"briefing_tui/sample_data/{name}" in names
    # the extractor's English word list is package data, read with importlib.resources
    assert "briefing_tui/extract/lexicon/english_words.txt" in names
    assert "briefing_tui/extract/lexicon/english_words.COPYRIGHT" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "briefing = briefing_tui.cli:main" in text


def test_installed_version(venv, tmp_path):
    proc = _run([venv / "bin" / "briefing", "--version"], cwd=tmp_path)
    assert proc.stdout.strip() == f"briefing {__version__}"


def test_installed_package_finds_its_data_inside_the_venv(venv, tmp_path):
    code = (
        "import json, briefing_tui\n"
        "from briefing_tui.paths import sample_data_dir, styles_dir\n"
        "print(json.dumps({'package': briefing_tui.__file__, 'styles': str(styles_dir()),"
        " 'samples': str(sample_data_dir())}))\n"
    )
    where = json.loads(_run([venv / "bin" / "python", "-c", code], cwd=tmp_path).stdout)
    for key in ("package", "styles", "samples"):
        assert Path(where[key]).resolve().is_relative_to(venv.resolve()), (key, where[key])
    assert list(Path(where["styles"]).glob("*.tcss"))
    assert (Path(where["samples"]) / "wang-yi-calls.txt").is_file()


def test_installed_import_of_the_packaged_sample(venv, tmp_path):
    db = tmp_path / "x.json"
    sample = _run(
        [
            venv / "bin" / "python",
            "-c",
            "from briefing_tui.paths import sample_data_dir; print(sample_data_dir())",
        ],
        cwd=tmp_path,
    ).stdout.strip()
    _run([venv / "bin" / "briefing", "import", Path(sample) / "wang-yi-calls.txt", "--db", db], cwd=tmp_path)
    exported = json.loads(_run([venv / "bin" / "briefing", "export", "--db", db], cwd=tmp_path).stdout)
    assert len(exported["articles"]) == 1 and exported["statements"]


HEADLESS_START = """
import asyncio, sys
from pathlib import Path
import briefing_tui
from briefing_tui.ui.app import create_app

async def main():
    app = create_app(Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not None and app.is_running
        print("css:", *sorted(str(p) for p in app.css_path))
        await pilot.press("q")
    print("started from", briefing_tui.__file__)

asyncio.run(main())
"""


def test_installed_headless_app_start(venv, tmp_path):
    proc = _run(
        [venv / "bin" / "python", "-c", HEADLESS_START, tmp_path / "x.json"], cwd=tmp_path, timeout=120
    )
    assert "started from" in proc.stdout
    css = proc.stdout.split("css:", 1)[1].split("\n", 1)[0].split()
    assert css, "the app loads no TCSS"
    for path in css:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
