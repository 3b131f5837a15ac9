#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, the HTML checker runs on Java, the spell-check
# test (test/content/spelling.test.ts) runs Apertium's Kyrgyz analyser with lttoolbox's lt-proc
# and Russian words through hunspell's ru_RU dictionary, and the server test runs
# deploy/nginx/site.conf under Debian's nginx. None comes from npm, so on a fresh machine this
# installs them from Debian's packages (it needs root).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v lt-proc >/dev/null 2>&1 || missing+=(lttoolbox)
command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
[ -f /usr/share/hunspell/ru_RU.dic ] || missing+=(hunspell-ru)
# /usr/sbin is not on every user's PATH; test/support/nginx.ts looks there too.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} from Debian's packages for the browser, HTML, spell-check and server tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}."
