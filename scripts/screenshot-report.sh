#!/usr/bin/env bash
# Screenshots a report page with headless Chromium at desktop (1280 px) and phone (390 px) widths, so a person
# can look at it. Installs Debian's chromium if missing.
#   scripts/screenshot-report.sh [REPORT.html] [OUT_DIR]
# Default: renders the sample content (Tests/ReportTests/Fixtures/sample-content.json) to OUT_DIR/preview.html
# with `churncast report`, then writes OUT_DIR/report-1280.png and OUT_DIR/report-390.png (OUT_DIR: /tmp/churncast-shots).
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir="${2:-/tmp/churncast-shots}"
mkdir -p "$out_dir"
page="${1:-}"
if [ -z "$page" ]; then
  swift build --product churncast >&2
  "$(swift build --show-bin-path)/churncast" report --content Tests/ReportTests/Fixtures/sample-content.json \
    --out "$out_dir/preview" >&2
  page="$out_dir/preview.html"
fi
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
abs="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
# Tall windows so the whole page is in one picture (the phone page is longer: one column).
for spec in "1280 9000" "390 16000"; do
  set -- $spec
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="$out_dir/report-$1.png" --window-size="$1,$2" "file://$abs" 2>/dev/null
  echo "$out_dir/report-$1.png"
done
