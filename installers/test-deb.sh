#!/usr/bin/env bash
# Installs the LambdaSim .deb, runs the installed `lambdasim` headless, and removes the package again.
#
#   installers/test-deb.sh [lambdasim_*.deb]      (default: installers/target/dist/lambdasim_*.deb)
#
# As root (CI): installs the package's missing dependencies with apt-get, the package itself with dpkg -i, runs
# /usr/bin/lambdasim, then dpkg -r and checks that nothing is left. Not root: unpacks the package into a throwaway
# root with dpkg -x and runs the launcher found there (the maintainer scripts do not run, so /usr/bin is not checked).
#
# Checks, each printed as "ok" or "FAIL":
#   - the package: declares libgtk-3-0, ships a desktop entry (Development;Office) and the .lsim MIME type;
#   - lambdasim --version: the version, the bundled Java runtime (not the system's), the bundled price editions;
#   - lambdasim cost --memory-mb 1536 --requests 3M --avg-duration-ms 120 --json: total $2.73, AWS's own example
#     (the mobile-backend example of the Lambda pricing page: 3 million requests of 120 ms at 1,536 MB in a month,
#     free tier applied: 140,000 GB-s x $0.0000166667 = $2.33, plus 2 million requests x $0.20 per million = $0.40);
#   - lambdasim simulate on the example scenario shipped in the package;
#   - lambdasim report (only once the build has a report command: its --help shows its usage): a PDF that starts with %PDF and ends with %%EOF.
# Exits non-zero on the first failed check, after removing the package.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deb="${1:-}"
if [[ -z "$deb" ]]; then
  shopt -s nullglob
  debs=("$here"/target/dist/lambdasim_*.deb)
  shopt -u nullglob
  if [[ ${#debs[@]} -ne 1 ]]; then
    echo "test-deb: expected one installers/target/dist/lambdasim_*.deb, found ${#debs[@]};" \
      "build it with: ./mvnw -B -Ppackage -DskipTests -pl installers -am package" >&2
    exit 2
  fi
  deb="${debs[0]}"
fi
[[ -f "$deb" ]] || { echo "test-deb: $deb: no such file" >&2; exit 2; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

package="lambdasim"
install_dir="/opt/lambdasim"
work="$(mktemp -d "${TMPDIR:-/tmp}/lambdasim-deb-test.XXXXXX")"
installed_by_us=false

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*" >&2; exit 1; }

cleanup() {
  local status=$?
  if $installed_by_us && [[ -n "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" ]]; then
    echo "test-deb: purging $package after a failure" >&2
    dpkg -P "$package" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

step "package $(basename "$deb") ($(du -h "$deb" | cut -f1))"
depends="$(dpkg-deb -f "$deb" Depends)"
[[ "$(dpkg-deb -f "$deb" Package)" == "$package" ]] || fail "package name is not $package"
grep -Eq '(^|[ ,])libgtk-3-0([ ,(]|$)' <<<"$depends" && ok "Depends names libgtk-3-0" \
  || fail "Depends does not name libgtk-3-0: $depends"
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root$install_dir/lib/lambdasim-LambdaSim.desktop"
[[ -f "$desktop" ]] || fail "no desktop entry at $install_dir/lib/lambdasim-LambdaSim.desktop"
grep -qx 'Categories=Development;Office;' "$desktop" && ok "desktop entry in Development and Office" \
  || fail "desktop entry categories: $(grep Categories "$desktop")"
grep -qx 'MimeType=application/x-lambdasim-project' "$desktop" && grep -q '^Exec=.* %f$' "$desktop" \
  && ok "desktop entry opens application/x-lambdasim-project files" || fail "desktop entry lacks the file association"
grep -q 'glob pattern="\*.lsim"' "$work/root$install_dir/lib/lambdasim-LambdaSim-MimeInfo.xml" \
  && ok "MIME type application/x-lambdasim-project matches *.lsim" || fail "MIME info does not match *.lsim"
[[ -f "$work/root$install_dir/lib/app/examples/http-api.json" ]] && ok "examples shipped under $install_dir/lib/app/examples" \
  || fail "no examples in the package"

step "install"
if [[ "$(id -u)" == 0 ]]; then
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q ' installed$'; then
    fail "$package is already installed here; remove it first (dpkg -r $package): this test removes what it installs"
  fi
  missing=()
  IFS=',' read -ra deps <<<"$depends"
  for dep in "${deps[@]}"; do
    dep="${dep%%|*}"; dep="${dep%%(*}"; dep="$(echo "$dep" | tr -d ' ')"
    [[ -n "$dep" ]] || continue
    dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q ' installed$' || missing+=("$dep")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "apt-get install -y --no-install-recommends ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  start=$(date +%s%N)
  installed_by_us=true
  dpkg -i "$deb"
  echo "dpkg -i took $(( ($(date +%s%N) - start) / 1000000 )) ms"
  dpkg-query -W -f='${Status}' "$package" | grep -q ' installed$' && ok "dpkg says $package is installed" \
    || fail "dpkg does not list $package as installed"
  [[ "$(readlink /usr/bin/lambdasim)" == "$install_dir/bin/LambdaSim" ]] \
    && ok "/usr/bin/lambdasim -> $install_dir/bin/LambdaSim" || fail "/usr/bin/lambdasim is not the launcher"
  [[ "$(command -v lambdasim)" == /usr/bin/lambdasim ]] && ok "lambdasim is on the PATH" \
    || fail "lambdasim is not on the PATH"
  menu_entry=/usr/share/applications/lambdasim-LambdaSim.desktop
  if [[ -f "$menu_entry" ]]; then
    ok "menu entry registered: $menu_entry"
  else
    echo "note  no menu entry registered (this machine has no desktop menu directory; xdg-utils is best effort)"
  fi
  launcher=lambdasim
  app_root="$install_dir"
else
  echo "not root: using the package unpacked into a throwaway root ($work/root), no maintainer scripts"
  launcher="$work/root$install_dir/bin/LambdaSim"
  app_root="$work/root$install_dir"
fi
echo "installed size: $(du -sh "$app_root" | cut -f1) ($app_root)"

step "run headless (no DISPLAY)"
unset DISPLAY WAYLAND_DISPLAY
cd "$work"

start=$(date +%s%N)
"$launcher" --version >version.txt 2>version.err || fail "lambdasim --version exited $?: $(cat version.err)"
echo "lambdasim --version took $(( ($(date +%s%N) - start) / 1000000 )) ms"
sed 's/^/    /' version.txt
head -1 version.txt | grep -Eq '^LambdaSim [0-9]+\.[0-9]+\.[0-9]+' && ok "--version prints the version" \
  || fail "--version first line: $(head -1 version.txt)"
grep -q "^Java .*$install_dir/lib/runtime" version.txt && ok "--version runs on the bundled runtime" \
  || fail "--version does not run on $install_dir/lib/runtime"
grep -q '^Lambda prices: .*us-east-1 .*2025-08-01' version.txt && grep -q '^EC2 prices: ' version.txt \
  && ok "--version lists the bundled price editions" || fail "--version lacks the price editions"

"$launcher" cost --memory-mb 1536 --requests 3M --avg-duration-ms 120 --json >cost.json 2>cost.err \
  || fail "lambdasim cost exited $?: $(cat cost.err)"
grep -Eq '"total_usd" *: *2\.73 *,' cost.json \
  && ok "cost of AWS's mobile-backend example (3M x 120 ms at 1536 MB, free tier) is \$2.73" \
  || fail "cost total is not 2.73: $(grep total_usd cost.json)"

example="$app_root/lib/app/examples/http-api.json"
"$launcher" simulate "$example" >simulate.txt 2>simulate.err || fail "lambdasim simulate exited $?: $(cat simulate.err)"
[[ -s simulate.txt ]] && ok "simulate $(basename "$example"): $(wc -l <simulate.txt) lines of results" \
  || fail "simulate printed nothing"

# "report --help" alone is no test: picocli answers --help even after an unknown word. The report's own usage is.
report_usage="$("$launcher" report --help 2>/dev/null || true)"
if grep -q '^Usage: lambdasim report' <<<"$report_usage"; then
  "$launcher" report "$example" --out report.pdf >report.txt 2>report.err \
    || fail "lambdasim report exited $?: $(cat report.err)"
  [[ "$(head -c 5 report.pdf)" == "%PDF-" ]] || fail "report.pdf does not start with %PDF-"
  tail -c 1024 report.pdf | grep -aq '%%EOF' || fail "report.pdf does not end with %%EOF"
  ok "report: a PDF of $(du -h report.pdf | cut -f1) (starts with %PDF-, ends with %%EOF)"
else
  echo "skip  report: this build has no 'lambdasim report' command yet"
fi

step "remove"
if [[ "$(id -u)" == 0 ]]; then
  dpkg -r "$package"
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q ' installed$'; then
    fail "dpkg still lists $package as installed"
  fi
  [[ ! -e "$install_dir" ]] || fail "$install_dir is still there"
  [[ ! -e /usr/bin/lambdasim && ! -L /usr/bin/lambdasim ]] || fail "/usr/bin/lambdasim is still there"
  [[ ! -e "$menu_entry" ]] || fail "$menu_entry is still there"
  ok "dpkg -r: no $install_dir, no /usr/bin/lambdasim, no menu entry, dpkg lists no installed $package"
  dpkg -P "$package" >/dev/null
  installed_by_us=false
  [[ -z "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" ]] && ok "dpkg -P: dpkg forgets $package" \
    || fail "dpkg still knows $package after purge"
else
  ok "throwaway root dropped"
fi
printf '\ntest-deb: all checks passed\n'
