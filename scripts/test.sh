#!/usr/bin/env bash
# Installs what is missing and runs every check: formatting, lints, Rust tests, the UI's type check and
# unit tests, and the end-to-end tests that drive the real app under Xvfb.
source "$(dirname "$0")/common.sh"
TEST_STARTED=$SECONDS

install_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
require_rust
require_node
npm_install ui
npm_install tests
require_tauri_driver
export PATH="$HOME/.cargo/bin:$PATH"

say "cargo fmt --check"
cargo fmt --all --check

# The message catalogue (issue 22): keys, variables, the pseudo language and the migrated files' strings; then
# the same check with each kind of fault planted in a copy, so it is seen to fail.
say "the catalogue check"
node scripts/i18n-check.mjs
node --test --test-reporter=dot scripts/i18n-check.test.mjs

# The app embeds ui/dist at compile time, so the UI is built before anything compiles the shell.
build_ui

say "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Rust tests"
cargo test --workspace --locked

# The same tests again in a zone far east of UTC, where the calendar date, the routine day and UTC's date all
# differ for much of the day: none of them may depend on the machine's zone. (Rust tests never read the clock
# for what they assert; they pin every instant. Running cargo itself under libfaketime hangs rustdoc, so the
# date is varied for vitest below and for the end-to-end tests, not here.)
say "Rust tests again at UTC+14 (TZ=Pacific/Kiritimati)"
TZ=Pacific/Kiritimati cargo test --workspace --locked -q

say "svelte-check"
(cd ui && npm run --silent check)

say "vitest"
(cd ui && npm run --silent test)
say "vitest again on a Sunday evening in Los Angeles (libfaketime; UTC is already Monday)"
(cd ui && LD_PRELOAD="$(faketime_library)" FAKETIME="@2027-01-10 21:30:00" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  TZ=America/Los_Angeles npm run --silent test)

build_app

# Every end-to-end file runs on a pinned clock (libfaketime, see tests/run-e2e.mjs), so the result never depends
# on today's date, time or zone: first all of them at an ordinary instant, then the date-sensitive ones again at
# instants that have bitten apps like this (a Sunday evening, a spring-forward change, New Year's Eve, a Monday
# 00:30 at UTC+14). Each pass prints how long it took.
rm -rf target/e2e
mkdir -p target/e2e/screenshots
# Two files at a time, each in a session bus and a virtual display of its own: the reminder tests spend most of
# their time waiting for a minute to come.
e2e() {
  (cd tests && node run-e2e.mjs --jobs 2 "$@")
}
# The end-to-end passes and the package test all run even when one fails, so one CI run shows every problem.
failed=()
say "end-to-end tests at an ordinary instant (Xvfb, tauri-driver, WebKitWebDriver, libfaketime)"
timed e2e || failed+=("end-to-end tests at the ordinary instant")
say "end-to-end tests of the date-sensitive files at hostile instants"
timed e2e --hostile || failed+=("end-to-end tests at hostile instants")
# The fault matrix (tests/faults/): the real binaries under SIGKILL, a full disk, a read-only folder, a locked
# and a damaged database, a frozen notification service and clock jumps; it prints one line per fault.
faults() {
  rm -f target/faults/results.jsonl
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    bash -c 'cd tests && node --test --test-concurrency=1 --test-reporter=spec faults/ && node faults/report.mjs'
}
say "fault matrix"
timed faults || failed+=("the fault matrix")
say "the Linux package: install, launch from its menu entry, remove"
timed bash scripts/install-test.sh --debug || failed+=("the Linux package test")
if [ ${#failed[@]} -gt 0 ]; then
  die "$(printf '%s failed; ' "${failed[@]}")see above (the whole run took $(elapsed "$TEST_STARTED"))"
fi

say "all checks passed in $(elapsed "$TEST_STARTED"); screenshots are in target/e2e/screenshots/ (one folder per hostile instant)"
