#!/usr/bin/env bash
# The browser tests (test/hardening/browser.test.ts) drive Debian's Chromium through playwright-core; no
# browser is ever downloaded by Playwright. This installs Chromium, and the CJK fonts the zh-CN/zh-TW pages
# need to render as text rather than boxes, when they are missing. Safe to run again: it does nothing then.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=()
[ -x "$CHROMIUM" ] || PACKAGES+=(chromium)
# fc-list comes with fontconfig, which chromium pulls in; without it, assume the fonts are missing too.
# (grep reads all of fc-list's output: with -q it could stop early and fail the pipe under pipefail.)
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=zh-cn family 2>/dev/null | grep -i 'noto' >/dev/null; then
  PACKAGES+=(fonts-noto-cjk)
fi

if [ "${#PACKAGES[@]}" -eq 0 ]; then
  echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") and CJK fonts present"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "ensure-chromium: need root or sudo to install ${PACKAGES[*]}" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing ${PACKAGES[*]}"
# Another apt-get may hold dpkg's lock (a machine's own updates at boot): wait for it rather than fail.
WAIT_FOR_LOCK=(-o DPkg::Lock::Timeout=300)
"${SUDO[@]}" apt-get "${WAIT_FOR_LOCK[@]}" update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${WAIT_FOR_LOCK[@]}" install -y -qq "${PACKAGES[@]}" >/dev/null
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $CHROMIUM is still missing after installing ${PACKAGES[*]}" >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null)"
