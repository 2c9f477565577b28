#!/usr/bin/env bash
# Renders lambdasim.svg into the icons the installers use:
#   ../linux/lambdasim.png     256 x 256 PNG (jpackage --icon on Linux, the desktop entry's icon)
#   ../windows/lambdasim.ico   16, 32, 48, 64 and 256 px (jpackage --icon on Windows)
#   ../macos/lambdasim.icns    128, 256, 512 and 1024 px PNGs in an icns container (jpackage --icon on macOS)
# Needs ImageMagick's convert (with SVG) and python3. The outputs are committed; run this only after editing the SVG.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/lambdasim.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

render() { # size output
  convert -background none -density "$(( 72 * $1 / 512 + 1 ))" "$src" -resize "$1x$1" -depth 8 "PNG32:$2"
}

for size in 16 32 48 64 128 256 512 1024; do
  render "$size" "$tmp/$size.png"
done

cp "$tmp/256.png" "$here/../linux/lambdasim.png"
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" "$here/../windows/lambdasim.ico"

# icns: "icns", total length, then entries of (type, length including the 8-byte header, PNG bytes), big-endian.
python3 - "$tmp" "$here/../macos/lambdasim.icns" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"{tmp}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
echo "icons written under $(cd "$here/.." && pwd)/{linux,windows,macos}"
