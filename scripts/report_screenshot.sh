#!/usr/bin/env bash
# Checks that the HTML report renders in a real browser: writes the report of a case over the full year (by
# default the example case, in English),
# opens it in headless Chromium, and fails if the file is 3 MB or more, if the page logs a console error,
# if the page does not load whole, or if the screenshot is blank.
# Installs what is missing: Debian's `chromium` and `fonts-noto-cjk` (apt) and Pillow (into .build/venv, to read the PNG).
#
#   bash scripts/report_screenshot.sh [SCREENSHOT.png [WINDOW_HEIGHT [CASE.yaml [LANG]]]]
#
# LANG is en (default) or zh-CN; a Chinese page is written with --units cn (万千瓦, 亿千瓦时). Use "" for the
# default screenshot path.
# Without arguments the screenshot goes to a temporary directory; the window is 1,280 px wide and 4,000 px
# tall unless WINDOW_HEIGHT is given (the README's image uses 2400).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }

GRIDFLEX_SKIP_PYTHON=0 bash scripts/setup.sh   # the venv is needed here for Pillow
if ! command -v chromium >/dev/null 2>&1; then
    echo "report: installing chromium with apt"
    apt_install chromium 2>/dev/null || { as_root apt-get update -qq && apt_install chromium; }
fi
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    echo "report: installing fonts-noto-cjk with apt (the CJK font the page names first for Chinese)"
    apt_install fonts-noto-cjk 2>/dev/null || { as_root apt-get update -qq && apt_install fonts-noto-cjk; }
fi
venv=.build/venv
if ! "$venv/bin/python" -c "import PIL" 2>/dev/null; then
    echo "report: installing Pillow into $venv"
    "$venv/bin/pip" install -q -r scripts/requirements-report.txt
fi
swift build -c release --product gridflex

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$work/report.html"
screenshot="${1:-}"
screenshot="${screenshot:-$work/report.png}"
height="${2:-4000}"
case_file="${3:-Models/examples/guangxi-2020.yaml}"
lang="${4:-en}"
units=si
[ "$lang" = en ] || units=cn

echo "== report: gridflex solve $case_file --lang $lang --units $units --report (full year)"
.build/release/gridflex solve "$case_file" --lang "$lang" --units "$units" --report "$report" >"$work/summary.txt"
if ! grep -q "<html lang=\"$lang\">" "$report"; then
    echo "report: FAIL: the page does not say lang=\"$lang\"" >&2
    exit 1
fi
size=$(stat -c %s "$report")
echo "report: $report is $size bytes"
if [ "$size" -ge 3000000 ]; then
    echo "report: FAIL: the report is $size bytes, the limit is 3,000,000" >&2
    exit 1
fi

browser=(timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
         --enable-logging=stderr --v=0)
"${browser[@]}" --screenshot="$screenshot" --window-size="1280,$height" "file://$report" 2>"$work/console.log" >/dev/null
"${browser[@]}" --dump-dom "file://$report" 2>>"$work/console.log" >"$work/dom.html"

# The page has no script, so any console message at all (an exception, a resource refused) is an error.
if grep -E "Uncaught|CONSOLE" "$work/console.log"; then
    echo "report: FAIL: the page logged console errors (above)" >&2
    exit 1
fi
for id in overview kpis dispatch-peak dispatch-curtailment storage duration curtailment prices targets resources solver; do
    if ! grep -q "<section id=\"$id\">" "$work/dom.html"; then
        echo "report: FAIL: section '$id' is missing from the page Chromium loaded" >&2
        exit 1
    fi
done

"$venv/bin/python" - "$screenshot" "$height" <<'PY'
import sys
from PIL import Image

path, height = sys.argv[1], int(sys.argv[2])
image = Image.open(path).convert("RGB")
assert image.size == (1280, height), f"screenshot is {image.size}, expected (1280, {height})"
small = image.resize((320, height // 4))
colours = small.getcolors(maxcolors=1 << 20) or []
pixels = small.width * small.height
background = max(colours)[1] if colours else (255, 255, 255)
other = sum(count for count, colour in colours if sum(abs(a - b) for a, b in zip(colour, background)) > 30)
print(f"report: screenshot {path}: {len(colours)} distinct colours, {100 * other / pixels:.1f} % of pixels differ from the background")
if len(colours) < 50 or other < 0.05 * pixels:
    sys.exit("report: FAIL: the screenshot looks blank")
PY
echo "report: ok"
