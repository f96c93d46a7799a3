"""Screenshots of the demo digest as a reader sees it, at desktop and phone widths.

    .venv/bin/python scripts/screenshots.py [--out build/screenshots]

Runs `watcher demo` into the output folder (bundled sample feeds on loopback, the shipped
config.yaml's profiles), then has headless Chromium draw the digest's HTML at 1,200 and
400 pixels wide: ``digest-1200.png`` and ``digest-400.png``, each the top of the page,
plus ``digest-<width>-full.png`` tall enough for the whole digest (blank space below it).
The .eml and .html written by the demo stay beside them. Exits 0 with a message when no
Chromium is installed (nothing to check then), 1 when Chromium fails.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "build" / "screenshots"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
WIDTHS = (1200, 400)
TOP = 1400  # pixels of the page shown in the top-of-page shots
# Headless Chromium shoots the window, not the page: the full shots are made tall enough
# for the digest from its story count (generous pixels per story at each width).
PER_STORY = {1200: 260, 400: 480}


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def demo_digest(out: Path) -> Path:
    """Run the demo into ``out``; the path of the HTML digest it wrote."""
    from watcher.demo import run_demo

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("digest-*"):
        old.unlink()
    asyncio.run(run_demo(ROOT / "config.yaml", out, lambda line: None))
    pages = sorted(out.glob("digest-*.html"))
    if not pages:
        raise SystemExit("the demo wrote no HTML digest: did the profiles match nothing?")
    return pages[0]


def shoot(browser: str, page: Path, png: Path, width: int, height: int) -> None:
    # A profile folder of our own: the user's Chromium may be running with theirs.
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
               f"--user-data-dir={profile}", f"--window-size={width},{height}",
               f"--screenshot={png}", page.as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not png.exists():
        raise SystemExit(f"{browser} failed ({done.returncode}): {done.stderr.strip()[-500:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"folder for the digest and the PNGs (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("screenshots skipped: no Chromium found (looked for "
              f"{', '.join(BROWSERS)}); install one, e.g. `apt-get install chromium`")
        return 0
    page = demo_digest(args.out)
    print(f"digest: {page} ({page.stat().st_size:,} bytes)")
    stories = page.read_text(encoding="utf-8").count('<div id="s')
    for width in WIDTHS:
        for suffix, height in (("", TOP), ("-full", 2000 + stories * PER_STORY[width])):
            png = args.out / f"digest-{width}{suffix}.png"
            shoot(browser, page, png, width, height)
            print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
