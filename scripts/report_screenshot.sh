#!/usr/bin/env bash
# Checks that the HTML report renders in a real browser: writes the report of the full-year example case,
# opens it in headless Chromium, and fails if the file is 3 MB or more, if the page logs a console error,
# if the page does not load whole, or if the screenshot is blank.
# Installs what is missing: Debian's `chromium` (apt) and Pillow (into .build/venv, to read the PNG).
#
#   bash scripts/report_screenshot.sh [SCREENSHOT.png [WINDOW_HEIGHT]]
#
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
venv=.build/venv
if ! "$venv/bin/python" -c "import PIL" 2>/dev/null; then
    echo "report: installing Pillow into $venv"
    "$venv/bin/pip" install -q -r scripts/requirements-report.txt
fi
swift build -c release --product gridflex

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$work/report.html"
screenshot="${1:-$work/report.png}"
height="${2:-4000}"

echo "== report: gridflex solve Models/examples/guangxi-2020.yaml --report (full year)"
.build/release/gridflex solve Models/examples/guangxi-2020.yaml --report "$report" >"$work/summary.txt"
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
