#!/usr/bin/env bash
# Builds the site into a new release folder and, only when the build succeeds, points the
# `current` link nginx serves (deploy/nginx/site.conf's root) at it in one atomic rename. A failed
# build changes nothing online: the previous build stays served, and the reason is in the log.
#
#   SITE_URL=https://pay.example.kg deploy/rebuild.sh [--pull]
#
#   --pull         first `git pull --ff-only` (takes the terminal list pull requests merged since)
#   SITE_URL       the public address (required, as for every build)
#   SITE_ROOT      where releases/, current and build.log live (default /srv/optima24)
#   TERMINALS_STRICT  1 by default: the bank's list must be read and pass its guards, or the build fails
#   KEEP_RELEASES  how many builds to keep for rolling back by hand (default 3)
#
# Exit status: 0 the new build is online, 1 the build failed (the previous one stays online),
# 2 usage mistake. docs/deploy.md has the systemd timer and the cron line that run it daily.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
site_root=${SITE_ROOT:-/srv/optima24}
keep=${KEEP_RELEASES:-3}

case "${1:-}" in
	'') ;;
	--pull) git -C "$repo" pull --ff-only ;;
	*)
		echo "usage: SITE_URL=https://… deploy/rebuild.sh [--pull]" >&2
		exit 2
		;;
esac
if [ -z "${SITE_URL:-}" ]; then
	echo "deploy/rebuild.sh: SITE_URL is not set: the address customers open, e.g. SITE_URL=https://pay.example.kg deploy/rebuild.sh" >&2
	exit 2
fi

releases="$site_root/releases"
log="$site_root/build.log"
mkdir -p "$releases"
# Named by time, so they sort by age; the suffix keeps two runs in one second apart.
new=$(mktemp -d "$releases/$(date -u +%Y%m%dT%H%M%SZ)-XXXX")
chmod 755 "$new" # mktemp makes it private; nginx's workers must read it.

echo "building $SITE_URL into $new (log: $log)"
if ! (cd "$repo" && TERMINALS_STRICT="${TERMINALS_STRICT:-1}" npm run build -- --outDir "$new") >"$log" 2>&1; then
	rm -rf "$new"
	echo "deploy/rebuild.sh: the build failed; $site_root/current still serves the previous build. The reason, from $log:" >&2
	grep -E 'terminals:|error|Error' "$log" | tail -n 5 >&2 || tail -n 5 "$log" >&2
	exit 1
fi

# A new link, renamed over the old one: nginx sees the old build or the new, never a mix.
ln -sfn "$new" "$site_root/current.next"
mv -T "$site_root/current.next" "$site_root/current"
echo "online: $site_root/current → $new"

# Older builds beyond the last $keep go; the one online is always among the newest.
find "$releases" -mindepth 1 -maxdepth 1 -type d | sort | head -n "-$keep" | xargs -r rm -rf
