#!/usr/bin/env bash
# Prints how long LambdaSim takes from start to a viewable window, on a virtual X display.
#
#   installers/window-time.sh [LAUNCHER]     (default: lambdasim on the PATH, e.g. the installed package; ./lambdasim
#                                             measures the build)
#
# Starts the launcher with no arguments under xvfb-run (1366x768), polls xwininfo every 50 ms until a window whose
# title starts with "LambdaSim" is viewable, prints the milliseconds, and ends the app. Needs xvfb, x11-utils and
# libgtk-3-0 (apt-get install -y xvfb x11-utils libgtk-3-0). Used for docs/PERFORMANCE.md.
set -euo pipefail

launcher="${1:-lambdasim}"
command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null \
  || { echo "window-time: needs xvfb-run and xwininfo (apt-get install -y xvfb x11-utils)" >&2; exit 2; }

export WINDOW_TIME_LAUNCHER="$launcher"
exec xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  set -u
  log="$(mktemp)"
  start=$(date +%s%N)
  "$WINDOW_TIME_LAUNCHER" >"$log" 2>&1 & pid=$!
  while kill -0 $pid 2>/dev/null; do
    id=$(xwininfo -root -tree 2>/dev/null | grep "\"LambdaSim" | head -1 | awk "{print \$1}")
    if [[ -n "$id" ]] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      echo "window after $(( ($(date +%s%N) - start) / 1000000 )) ms: $(xwininfo -id "$id" | sed -n "s/.*Window id: [^ ]* //p")"
      kill $pid; wait $pid 2>/dev/null; rm -f "$log"; exit 0
    fi
    sleep 0.05
  done
  echo "window-time: $WINDOW_TIME_LAUNCHER exited before a window appeared:" >&2; cat "$log" >&2; rm -f "$log"; exit 1'
