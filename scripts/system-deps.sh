#!/bin/sh
# Checks the system libraries Qt and the PDF checks need, and installs what is missing with apt-get
# when it can (root, or sudo without a password). Otherwise it stops with the exact command to run.
# Libraries are checked by their shared-object name, so renamed Debian packages (t64) still count.
set -u

missing=""
need_lib() {  # $1 = soname, $2 = Debian package
    if ! ldconfig -p 2>/dev/null | grep -q "$1"; then missing="$missing $2"; fi
}
# Offscreen Qt (tests, screenshots, headless brief)
need_lib libGL.so.1 libgl1
need_lib libEGL.so.1 libegl1
need_lib libxkbcommon.so.0 libxkbcommon0
need_lib libfontconfig.so.1 libfontconfig1
need_lib libdbus-1.so.3 libdbus-1-3
need_lib libglib-2.0.so.0 libglib2.0-0
# A real X display
need_lib libxkbcommon-x11.so.0 libxkbcommon-x11-0
need_lib libxcb-cursor.so.0 libxcb-cursor0
need_lib libxcb-icccm.so.4 libxcb-icccm4
need_lib libxcb-image.so.0 libxcb-image0
need_lib libxcb-keysyms.so.1 libxcb-keysyms1
need_lib libxcb-randr.so.0 libxcb-randr0
need_lib libxcb-render-util.so.0 libxcb-render-util0
need_lib libxcb-shape.so.0 libxcb-shape0
need_lib libxcb-xkb.so.1 libxcb-xkb1
need_lib libX11-xcb.so.1 libx11-xcb1
# Fonts: without one, Qt draws every letter as an empty box, and the brief needs DejaVu.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing fonts-dejavu-core"
# pdftoppm renders brief pages to pictures in the tests.
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Palabre needs these system packages (Debian names):$missing"
    echo "This system has no apt-get: install the equivalents with your package manager, then retry."
    exit 1
fi
if [ "$(id -u)" = "0" ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
else
    echo "Palabre needs system packages that are missing. Run this, then retry:"
    echo "    sudo apt-get update && sudo apt-get install -y$missing"
    exit 1
fi
echo "Installing system packages:$missing"
$SUDO apt-get update -qq >/dev/null && \
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq$missing >/dev/null || {
    echo "apt-get could not install:$missing"
    exit 1
}
