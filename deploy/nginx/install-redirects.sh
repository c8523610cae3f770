#!/bin/sh
# Installs the redirects a build wrote for moved pages (dist/_nginx/redirects.conf) where
# deploy/nginx/migration.conf includes them. The file comes from the uploaded site, so every
# line is checked on its own, whatever the build checked before: a comment, or exactly one
# permanent redirect from a plain path of this site to a page of this site. Paths are
# Latin letters, digits and . _ ~ - between single slashes: no //, no . or .. part, no
# percent-encoding, no backslash, space or control character. Nothing else from the
# uploaded site reaches nginx's configuration.
#   usage: deploy/nginx/install-redirects.sh <built site folder> [<target folder>]
set -eu
site="${1:?usage: $0 <built site folder> [<target folder>]}"
target="${2:-/etc/nginx/migration}"
source="$site/_nginx/redirects.conf"
# Byte by byte: a character outside ASCII never matches a class below.
export LC_ALL=C

refuse() {
  echo "install-redirects: $source: $1; nothing installed." >&2
  exit 1
}

[ -f "$source" ] || refuse "no such file (is $site a built site?)"
if [ "$(tr -d '\000' < "$source" | wc -c)" -ne "$(wc -c < "$source")" ]; then
  refuse 'it contains a NUL byte'
fi

path='/([A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]*'
line_pattern="^(#.*|location = $path \\{ include /etc/nginx/migration/security-headers\\.conf; return 301 $path; \\})\$"
bad=$(grep -Evn "$line_pattern" "$source" || true)
[ -z "$bad" ] || refuse "these lines are not plain redirects between paths of this site:
$bad"
bad=$(grep -En '^location = [^ ]*/\.\.?(/| )|return 301 [^;]*/\.\.?(/|;)' "$source" || true)
[ -z "$bad" ] || refuse "these lines have a . or .. part in a path:
$bad"

# Old address and new, one pair a line.
pairs=$(sed -n 's/^location = \([^ ]*\) .* return 301 \([^;]*\); }$/\1 \2/p' "$source")
bad=$(printf '%s\n' "$pairs" | awk 'NF && $1 == $2')
[ -z "$bad" ] || refuse "these redirects lead to themselves:
$bad"
bad=$(printf '%s\n' "$pairs" | awk 'NF { print $1 }' | sort | uniq -d)
[ -z "$bad" ] || refuse "these old addresses are redirected twice:
$bad"
# The site is served at the root of its host (migration.conf): a target is a page of the uploaded site.
bad=$(printf '%s\n' "$pairs" | while read -r from to; do
  [ -z "$to" ] || [ -f "$site${to%/}/index.html" ] || [ -f "$site$to" ] || echo "$from -> $to"
done)
[ -z "$bad" ] || refuse "these redirects lead to no page of the site:
$bad"

mkdir -p "$target"
cp "$source" "$target/redirects.conf.new"
mv "$target/redirects.conf.new" "$target/redirects.conf"
echo "installed $(grep -c '^location' "$source" || true) redirect(s) into $target/redirects.conf"
