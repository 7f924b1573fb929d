#!/usr/bin/env bash
# Regenerates the expected output of conformance programs from HotSpot.
#
# Usage: tests/expect.sh tests/java/<area>/<Name>.java ...   single programs
#        tests/expect.sh tests/java/<area>                   every program of an area
#        tests/expect.sh tests/jar/<name>                    a jar program
#        tests/expect.sh tests/separate/<name>               a separately compiled program
#
# tests/java/<area>: the whole area is compiled with the host javac (as the
# harness does), then `java <flags> -cp <classes> <Name> <args>` runs with the
# program's optional <Name>.flags (VM options, one per line), <Name>.args
# (program arguments, one per line) and <Name>.input (stdin). The result is
# written to <Name>.expected: the exact stdout, then one line `--- exit N`.
#
# tests/jar/<name>: the sources are compiled and packed with manifest.txt
# into app.jar (the sources under lib/, if any, into lib.jar beside it, for
# the manifest's Class-Path); `java -jar` runs it with the optional `args`;
# the result goes to `expected`.
#
# tests/separate/<name>: the sources are compiled, then the sources in v2/
# (if any) are compiled over them (a class changed after its users were
# compiled), then the class files listed in `removed` (if any) are deleted;
# `java -cp <classes> Main` runs; the result goes to `expected`.
#
# The expected output therefore always comes from HotSpot, never from crema.
set -euo pipefail
export LC_ALL=C.UTF-8
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
JAR=${JAR:-jar}

# run <dir-for-result> <result-file> <input> <java args...>
run() {
  local dir=$1 result=$2 input=$3
  shift 3
  set +e
  (cd "$dir" && "$JAVA" -Xshare:auto "$@" < "$input" > "$dir/.stdout" 2> "$dir/.stderr")
  local code=$?
  set -e
  { cat "$dir/.stdout"; printf -- '--- exit %d\n' "$code"; } > "$result"
  echo "$result: exit $code"
}

lines() {
  if [ -f "$1" ]; then cat "$1"; fi
}

declare -A compiled
for arg in "$@"; do
  if [ -f "$arg/manifest.txt" ]; then
    out=$(mktemp -d)
    if [ -d "$arg/lib" ]; then
      "$JAVAC" -d "$out/lib" $(find "$arg/lib" -name '*.java' | sort)
      "$JAR" cf "$out/lib.jar" -C "$out/lib" .
    fi
    "$JAVAC" -cp "$out/lib" -d "$out/classes" "$arg"/*.java
    "$JAR" cfm "$out/app.jar" "$arg/manifest.txt" -C "$out/classes" .
    mapfile -t args < <(lines "$arg/args")
    run "$out" "$arg/expected" /dev/null -jar "$out/app.jar" "${args[@]}"
    continue
  fi
  if [ -d "$arg/v2" ] || [ -f "$arg/removed" ]; then
    out=$(mktemp -d)
    "$JAVAC" -d "$out" "$arg"/*.java
    if [ -d "$arg/v2" ]; then "$JAVAC" -cp "$out" -d "$out" "$arg"/v2/*.java; fi
    while read -r f; do [ -n "$f" ] && rm "$out/$f"; done < <(lines "$arg/removed")
    run "$out" "$arg/expected" /dev/null -cp "$out" Main
    continue
  fi
  if [ -d "$arg" ]; then
    programs=("$arg"/*.java)
  else
    programs=("$arg")
  fi
  for prog in "${programs[@]}"; do
    area=$(dirname "$prog")
    name=$(basename "$prog" .java)
    if [ -z "${compiled[$area]:-}" ]; then
      out=$(mktemp -d)
      "$JAVAC" -d "$out" "$area"/*.java
      compiled[$area]=$out
    fi
    out=${compiled[$area]}
    mapfile -t args < <(lines "$area/$name.args")
    mapfile -t flags < <(lines "$area/$name.flags")
    input=/dev/null
    [ -f "$area/$name.input" ] && input=$(realpath "$area/$name.input")
    run "$out" "$area/$name.expected" "$input" "${flags[@]}" -cp "$out" "$name" "${args[@]}"
  done
done
