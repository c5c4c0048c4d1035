#!/usr/bin/env bash
# Try a frozen Linux build as a user would: packaging/smoke_test.sh DIST_DIR [PYTHON]
#  - `check` on the bundled sample exits 1 with the same summary as the source tree's CLI,
#  - `fix` writes a file that `check` passes,
#  - `upload` is bundled with its SSH client (a refused connection is exit 3),
#  - the app starts under Xvfb and shows its window with the sample open.
# PYTHON (default .venv/bin/python) runs the source tree's CLI for the expected summary.
set -euo pipefail
dist="$1"
python="${2:-.venv/bin/python}"
exe="$dist/offline-gui"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export OFFLINE_GUI_SETTINGS="$work/settings.json" OFFLINE_GUI_DATA_DIR="$work/data"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

sample="$(find "$dist" -name store-export-tr.csv -print -quit)"
[ -n "$sample" ] || fail "the bundled sample is missing"
extra="$(find "$dist" -path '*resources/samples/*' -type f ! -name store-export-tr.csv -print -quit)"
[ -z "$extra" ] || fail "the build ships a file that is not the sample: $extra"

expected="$("$python" -m offline_gui check "$sample" | tail -n 1 || true)"
set +e; "$exe" check "$sample" > "$work/check.txt"; rc=$?; set -e
[ "$rc" = 1 ] || fail "check on the sample exited $rc, not 1"
got="$(tail -n 1 "$work/check.txt")"
[ "$got" = "$expected" ] || fail "check summary '$got' is not '$expected'"
case "$got" in *": NOT compliant") ;; *) fail "unexpected summary: $got" ;; esac
echo "frozen check: exit 1, $got"

"$exe" fix "$sample" -o "$work/upload.csv" --drop-invalid > "$work/fix.txt" || fail "fix exited $?"
"$exe" check "$work/upload.csv" > "$work/recheck.txt" || fail "the fixed file does not pass check"
echo "frozen fix: $(head -n 1 "$work/fix.txt") / check: $(tail -n 1 "$work/recheck.txt")"

port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
set +e; "$exe" upload "$work/upload.csv" --to "sftp://nobody@127.0.0.1:$port/in/" 2> "$work/upload.txt"; rc=$?; set -e
[ "$rc" = 3 ] || fail "upload to a closed port exited $rc, not 3: $(cat "$work/upload.txt")"
echo "frozen upload to a closed port: exit 3, $(tail -n 1 "$work/upload.txt")"

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$1" "$2" & app=$!
  for _ in $(seq 150); do
    if xwininfo -root -tree | grep -q "store-export-tr.csv.*Offline Data Checker"; then
      kill "$app"; wait "$app" 2>/dev/null; exit 0
    fi
    kill -0 "$app" 2>/dev/null || exit 1
    sleep 0.2
  done
  kill "$app"; exit 1' _ "$exe" "$sample" || fail "the app did not show its window within 30 s"
echo "frozen app: window 'store-export-tr.csv — Offline Data Checker' shown under Xvfb"
