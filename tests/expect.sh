#!/usr/bin/env bash
# Regenerates the expected output of conformance programs from HotSpot.
#
# Usage: tests/expect.sh tests/java/<area>/<Name>.java ...
#        tests/expect.sh tests/java/<area>          (every program in the area)
#
# For each program it compiles the program's whole area with the host javac
# (the harness does the same), runs `java -cp <classes> <Name>` with the
# program's optional <Name>.args (one argument per line) and <Name>.input
# (stdin), and writes <Name>.expected: the exact stdout, followed by one
# line `--- exit N` holding the exit code. The expected output therefore
# always comes from HotSpot, never from crema.
set -euo pipefail
export LC_ALL=C.UTF-8
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}

programs=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    for f in "$arg"/*.java; do programs+=("$f"); done
  else
    programs+=("$arg")
  fi
done
[ ${#programs[@]} -gt 0 ] || { echo "usage: $0 <program.java|area-dir>..." >&2; exit 2; }

declare -A compiled
for prog in "${programs[@]}"; do
  area=$(dirname "$prog")
  name=$(basename "$prog" .java)
  if [ -z "${compiled[$area]:-}" ]; then
    out=$(mktemp -d)
    "$JAVAC" -d "$out" "$area"/*.java
    compiled[$area]=$out
  fi
  out=${compiled[$area]}
  args=()
  if [ -f "$area/$name.args" ]; then mapfile -t args < "$area/$name.args"; fi
  input=/dev/null
  [ -f "$area/$name.input" ] && input=$(realpath "$area/$name.input")
  set +e
  (cd "$out" && "$JAVA" -Xshare:auto -cp "$out" "$name" "${args[@]}" < "$input" > "$out/$name.stdout" 2> "$out/$name.stderr")
  code=$?
  set -e
  { cat "$out/$name.stdout"; printf -- '--- exit %d\n' "$code"; } > "$area/$name.expected"
  echo "$area/$name: exit $code"
done
