#!/usr/bin/env bash
# Builds the Debian package (scripts/package-deb.sh) and checks what it holds:
# the stripped binary, the desktop entry (desktop-file-validate), the AppStream
# metadata (appstreamcli validate --no-net), the icons, the man pages and the
# bash/zsh/fish completions (each names every subcommand), the dependencies;
# then runs the packaged binary's `datasets` and a headless `screenshot`.
# Run by scripts/test.sh; needs desktop-file-utils, appstream and dpkg-dev
# (scripts/setup-debian.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.sco_explorer.ScoExplorer
subcommands=(datasets check export screenshot handout generate quiz)
icon_sizes=(16 22 24 32 48 64 128 256 512)

for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps readelf; do
  command -v "$tool" >/dev/null || { echo "check-deb: $tool not found: run scripts/setup-debian.sh" >&2; exit 1; }
done

deb=$(scripts/package-deb.sh | tail -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
  echo "check-deb: $*" >&2
  failures=$((failures + 1))
}

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||' >"$work/list"
expected=(
  usr/bin/sco-explorer
  "usr/share/applications/$id.desktop"
  "usr/share/metainfo/$id.metainfo.xml"
  usr/share/icons/hicolor/scalable/apps/sco-explorer.svg
  usr/share/man/man1/sco-explorer.1.gz
  usr/share/bash-completion/completions/sco-explorer
  usr/share/zsh/vendor-completions/_sco-explorer
  usr/share/fish/vendor_completions.d/sco-explorer.fish
)
for size in "${icon_sizes[@]}"; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/sco-explorer.png")
done
for sub in "${subcommands[@]}"; do
  expected+=("usr/share/man/man1/sco-explorer-$sub.1.gz")
done
for path in "${expected[@]}"; do
  grep -qx "$path" "$work/list" || fail "the package lacks $path"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/sco-explorer"

readelf -S "$bin" >"$work/sections"
grep -q '\.symtab' "$work/sections" && fail "usr/bin/sco-explorer is not stripped"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "the desktop entry does not validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "the AppStream metadata does not validate"

# One version everywhere: the package, Debian's changelog and the AppStream releases.
version=$(dpkg-deb -f "$deb" Version)
changelog=$(zcat "$root/usr/share/doc/sco-explorer/changelog.Debian.gz" | head -n 1)
[[ "$changelog" == "sco-explorer ($version) "* ]] || fail "packaging/changelog's first entry is not $version: $changelog"
grep -q "<release version=\"${version%-*}\"" "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "the metainfo's releases lack ${version%-*}"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 libvulkan1 mesa-vulkan-drivers libx11-6 libxkbcommon0 libwayland-client0; do
  [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done

# Every subcommand the binary offers, and at least the ones the README names.
offered=$("$bin" --help | awk '/^Commands:/ {on = 1; next} on && /^ *$/ {on = 0} on {print $1}' | grep -vx help)
for sub in $offered; do
  [[ " ${subcommands[*]} " == *" $sub "* ]] || fail "new subcommand $sub: add it to check-deb.sh's list"
done
# roff writes a hyphen as \-.
man=$(zcat "$root/usr/share/man/man1/sco-explorer.1.gz" | sed 's/\\-/-/g')
for sub in "${subcommands[@]}"; do
  grep -q "sco-explorer-$sub" <<<"$man" || fail "the man page does not name $sub"
  for completion in \
    usr/share/bash-completion/completions/sco-explorer \
    usr/share/zsh/vendor-completions/_sco-explorer \
    usr/share/fish/vendor_completions.d/sco-explorer.fish; do
    grep -qw -- "$sub" "$root/$completion" || fail "$completion does not name $sub"
  done
done
grep -rq dist-files "$root"/usr/share/{man,bash-completion,zsh,fish} && fail "the hidden dist-files command is documented"

datasets=$("$bin" datasets) || fail "the packaged sco-explorer datasets failed"
grep -qi asean <<<"$datasets" || fail "sco-explorer datasets does not list asean: $datasets"
"$bin" screenshot --out "$work/shot.png" >/dev/null || fail "the packaged sco-explorer screenshot failed"
[ -s "$work/shot.png" ] || fail "the packaged sco-explorer screenshot wrote no PNG"

size=$(stat -c %s "$deb")
if [ "$failures" -gt 0 ]; then
  echo "check-deb: $failures problems in $deb" >&2
  exit 1
fi
echo "check-deb: $deb ($((size / 1024)) KiB) holds what it should"
