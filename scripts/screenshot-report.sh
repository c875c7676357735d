#!/usr/bin/env bash
# Screenshots a report page with headless Chromium at desktop (1280 px) and phone (390 px) widths, full page, so
# a person can look at it. Installs Debian's chromium if missing.
#   scripts/screenshot-report.sh [REPORT.html] [OUT_DIR] [NAME]
# Default page: renders the today fixture (Tests/ReportTests/Fixtures/today-content.json) with
# `churncast report --content` to OUT_DIR/preview.html. Writes OUT_DIR/NAME-1280.png and OUT_DIR/NAME-390.png
# (OUT_DIR: /tmp/churncast-shots, NAME: report).
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir="${2:-/tmp/churncast-shots}"
name="${3:-report}"
mkdir -p "$out_dir"
page="${1:-}"
if [ -z "$page" ]; then
  swift build --product churncast >&2
  "$(swift build --show-bin-path)/churncast" report --content Tests/ReportTests/Fixtures/today-content.json \
    --out "$out_dir/preview" >&2
  page="$out_dir/preview.html"
fi
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
abs="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
for spec in "1280 12000" "390 30000"; do
  set -- $spec
  png="$out_dir/$name-$1.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="$png" --window-size="$1,$2" "file://$abs" 2>/dev/null
  # Crop the blank space under the page (the window is taller than any page) when Python's PIL is there.
  python3 - "$png" <<'PY' 2>/dev/null || true
import sys
from PIL import Image, ImageChops
im = Image.open(sys.argv[1]).convert("RGB")
bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
box = ImageChops.difference(im, bg).getbbox()
if box:
    im.crop((0, 0, im.width, min(im.height, box[3] + 24))).save(sys.argv[1])
PY
  echo "$png"
done
