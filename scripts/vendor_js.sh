#!/usr/bin/env bash
# Copy the chart libraries pinned in package-lock.json into the theme, with their licences.
# Run after changing their versions in package.json: npm install && scripts/vendor_js.sh
set -euo pipefail
cd "$(dirname "$0")/.."
target=theme/static/js/vendor
mkdir -p "$target"
for package in vega vega-lite vega-embed; do
  version=$(node -p "require('./node_modules/$package/package.json').version")
  cp "node_modules/$package/build/$package.min.js" "$target/$package.min.js"
  cp "node_modules/$package/LICENSE" "$target/$package.LICENSE.txt"
  echo "$package $version" >> "$target/VERSIONS.tmp"
done
sort "$target/VERSIONS.tmp" > "$target/VERSIONS.txt" && rm "$target/VERSIONS.tmp"
# Source-map comments point at files that are not shipped.
sed -i '/^\/\/# sourceMappingURL=/d' "$target"/*.min.js
cat "$target/VERSIONS.txt"
