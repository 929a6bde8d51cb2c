#!/usr/bin/env bash
# The system packages the tests need and npm cannot give: LibreOffice (recalculates the formulas `fill` writes,
# converts the .docx `explain` writes), poppler-utils (the converted PDFs' pages as text and PNG), Chromium (the browser tests, driven by playwright-core) and CJK fonts
# (readable screenshots). Installs them with apt-get where it can (CI runs as root on Debian); elsewhere it says
# what to install, and the tests that need them say they were skipped.
set -u
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} for the tests" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || exit 1
else
  echo "warning: the tests need ${need[*]}; install them (apt-get install ${need[*]}) or those tests are skipped" >&2
fi
exit 0
