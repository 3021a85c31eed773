#!/usr/bin/env bash
# Times matching for one support request over 10,000 utilities, 2,000 open offers and 20,000
# partnerships on the embedded PostgreSQL (data generated deterministically, rolled back
# afterwards) and prints the figures. Loopback only; stops by itself (about a minute, most of
# it compiling).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl persistence -am test-compile surefire:test -Dtest=MatchingBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false | sed -n '/Matching benchmark/,/max /p'
