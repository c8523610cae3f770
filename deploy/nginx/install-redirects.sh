#!/bin/sh
# Installs the redirects a build wrote for moved pages (dist/_nginx/redirects.conf) where
# deploy/nginx/migration.conf includes them, after checking that every line is a comment
# or exactly one permanent redirect between two plain paths: nothing else from the
# uploaded site reaches nginx's configuration.
#   usage: deploy/nginx/install-redirects.sh <built site folder> [<target folder>]
set -eu
site="${1:?usage: $0 <built site folder> [<target folder>]}"
target="${2:-/etc/nginx/migration}"
source="$site/_nginx/redirects.conf"
line_pattern='^(#.*|location = /[A-Za-z0-9._~/%-]* \{ include /etc/nginx/migration/security-headers\.conf; return 301 /[A-Za-z0-9._~/%-]*; \})$'
if grep -Evq "$line_pattern" "$source"; then
  echo "$source has lines that are not redirects; not installed:" >&2
  grep -Ev "$line_pattern" "$source" >&2
  exit 1
fi
mkdir -p "$target"
cp "$source" "$target/redirects.conf.new"
mv "$target/redirects.conf.new" "$target/redirects.conf"
echo "installed $(grep -c '^location' "$source" || true) redirect(s) into $target/redirects.conf"
