#!/usr/bin/env bash
# Builds the Linux installer (a .deb) offline with the Tauri CLI from ui/node_modules, and prints its path
# and size. The release profile (root Cargo.toml) makes a small, stripped binary; `--debug` packages the dev
# build instead, which is much quicker when only the packaging is under test (scripts/install-test.sh).
#
#   bash scripts/package.sh            # release .deb in $CARGO_TARGET_DIR/release/bundle/deb/
#   bash scripts/package.sh --debug    # debug .deb in $CARGO_TARGET_DIR/debug/bundle/deb/
#
# The icons it packages are committed; scripts/icons.sh regenerates them from assets/icon.svg.
# AppImage is not built: its bundler downloads linuxdeploy at build time, and this build must work offline.
# The last line of output is the .deb's path, so other scripts can use `deb=$(bash scripts/package.sh | tail -1)`.
source "$(dirname "$0")/common.sh"

profile=release
for arg in "$@"; do
  case "$arg" in
    --debug) profile=debug ;;
    *) die "unknown option $arg (use --debug)" ;;
  esac
done

install_packages "${RUN_PACKAGES[@]}"
require_rust
require_node
npm_install ui

target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
bundle_dir="$target_dir/$profile/bundle/deb"
rm -rf "$bundle_dir"

# The CLI finds the project through TAURI_APP_PATH (run from ui/ it would not look in ../src-tauri by
# itself); tauri.conf.json's beforeBuildCommand builds ui/dist, which the binary embeds.
build_args=(build --ci --bundles deb)
[ "$profile" = debug ] && build_args+=(--debug)
say "building the .deb ($profile)"
(cd ui && TAURI_APP_PATH="$ROOT/src-tauri" npx --no-install tauri "${build_args[@]}") >&2

shopt -s nullglob
debs=("$bundle_dir"/*.deb)
[ ${#debs[@]} -eq 1 ] || die "expected one .deb in $bundle_dir, found ${#debs[@]}"
deb="${debs[0]}"

# Tauri's bundler compresses the package with gzip, whose 32 KiB window finds little to share in two large
# programs; xz, as Debian's own packages use, makes the same files about 35% smaller (10.4 MB to 6.6 MB on
# 2026-12-07). The package is unpacked with dpkg-deb and built again from the same files and control data
# (owners root, as before). The debug package stays as it is: xz over a debug binary takes minutes.
if [ "$profile" = release ]; then
  say "compressing the .deb with xz"
  staging="$(mktemp -d)"
  trap 'rm -rf "$staging"' EXIT
  dpkg-deb --raw-extract "$deb" "$staging/root"
  chmod 0755 "$staging/root"
  dpkg-deb --root-owner-group -Zxz -z9 --build "$staging/root" "$staging/limber.deb" >&2
  mv "$staging/limber.deb" "$deb"
fi
binary="$target_dir/$profile/limber"
say "binary: $binary ($(du -k "$binary" | cut -f1) KiB)"
say "installer: $deb ($(du -k "$deb" | cut -f1) KiB)"
echo "$deb"
