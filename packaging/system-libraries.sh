#!/bin/sh
# The system libraries Qt (PySide6 from PyPI) needs on Debian and Ubuntu, checked before
# `make test`, `make run` and `make bundle` (also by .ci/run). Missing ones are installed
# with apt-get when run as root; otherwise the one `sudo apt-get install ...` line is
# printed and the script stops (exit 1), so nothing fails later with a cryptic
# "libglib-2.0.so.0: cannot open shared object file".
#
#   packaging/system-libraries.sh test     offscreen Qt, the webcam and voice modules
#   packaging/system-libraries.sh run      + the X11 (xcb) window libraries and the voice
#   packaging/system-libraries.sh bundle   + what PyInstaller reads libraries with
#
# A name like "libglib2.0-0t64|libglib2.0-0" lists the same library under its Ubuntu
# 24.04 and its Debian 12 name: whichever the system knows is used.
set -eu

purpose=${1:-test}

# QtCore/QtGui/QtWidgets, the offscreen platform, fonts, and QtMultimedia/QtTextToSpeech
# (PulseAudio's client library is linked by both; Qt's FFmpeg media plugin, which reads the
# webcam, links libXrandr even offscreen).
OFFSCREEN="libglib2.0-0t64|libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6
  libxkbcommon0 libdbus-1-3 libpulse0 libxrandr2"
# A real window on X11 (Qt's xcb platform plugin), and read-aloud through speech-dispatcher.
WINDOW="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0 libxrender1 libxext6 libspeechd2"
# PyInstaller reads shared libraries with objdump; the bundle carries the voice libraries.
BUNDLE="binutils libspeechd2"

case "$purpose" in
  test) wanted=$OFFSCREEN ;;
  run) wanted="$OFFSCREEN $WINDOW" ;;
  bundle) wanted="$OFFSCREEN $WINDOW $BUNDLE" ;;
  *) echo "usage: $0 test|run|bundle" >&2; exit 2 ;;
esac

if [ "$(uname -s)" != Linux ]; then
  exit 0  # Windows and macOS wheels of PySide6 carry what they need
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "note: this is not Debian or Ubuntu; if Qt fails to start, install its libraries" \
       "(GLib, EGL, OpenGL, fontconfig, xkbcommon, D-Bus, PulseAudio client, xcb)." >&2
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"
}

known() {
  apt-cache show "$1" >/dev/null 2>&1
}

# Print the packages missing for $wanted, one name each (the first name apt knows).
missing() {
  for choice in $wanted; do
    names=$(echo "$choice" | tr '|' ' ')
    found=no
    for name in $names; do
      if installed "$name"; then found=yes; break; fi
    done
    [ "$found" = yes ] && continue
    pick=""
    for name in $names; do
      if known "$name"; then pick=$name; break; fi
    done
    echo "${pick:-${names%% *}}"
  done | sort -u | tr '\n' ' '
}

absent=$(missing)
[ -z "$absent" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs: $absent"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  absent=$(missing)  # with fresh package lists, the name this release uses
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq --no-install-recommends $absent >/dev/null
  exit 0
fi

echo "Qt needs system libraries that are not installed here: $absent" >&2
echo "Install them once, then run make again:" >&2
echo "  sudo apt-get install $absent" >&2
exit 1
