#!/usr/bin/env bash
# Installs what is missing and runs every check: formatting, lints, Rust tests, the UI's type check and
# unit tests, and the end-to-end tests that drive the real app under Xvfb.
source "$(dirname "$0")/common.sh"

install_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
require_rust
require_node
npm_install ui
npm_install tests
require_tauri_driver
export PATH="$HOME/.cargo/bin:$PATH"

say "cargo fmt --check"
cargo fmt --all --check

# The app embeds ui/dist at compile time, so the UI is built before anything compiles the shell.
build_ui

say "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Rust tests"
cargo test --workspace --locked

say "svelte-check"
(cd ui && npm run --silent check)

say "vitest"
(cd ui && npm run --silent test)

build_app

say "end-to-end tests (Xvfb, tauri-driver, WebKitWebDriver)"
rm -rf target/e2e
mkdir -p target/e2e/screenshots
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  bash -c 'cd tests && node --test --test-concurrency=1 --test-reporter=spec e2e/'
say "the Linux package: install, launch from its menu entry, remove"
bash scripts/install-test.sh --debug

say "all checks passed; screenshots are in target/e2e/screenshots/"
