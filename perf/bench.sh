#!/usr/bin/env bash
# The page benchmark: builds the jar, starts it on the large synthetic dataset (generated once
# into ./data/bench, apart from the demo data of a normal start), warms it up, then loads each
# page with wrk (16 connections, loopback only) and prints, per endpoint, requests/s, p50/p99
# latency, SQL statements per request and the ratio to the in-run ceiling (a fixed-text endpoint
# of the same application); then start-up time, heap and RSS after the run, and the annual
# report's page and PDF times. Stops by itself; needs wrk (apt-get install wrk) and curl.
#
#   perf/bench.sh            # the whole run
#   BENCH_SECONDS=5 perf/bench.sh   # shorter load per endpoint (default 8)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8181}
DB_PORT=${BENCH_DB_PORT:-55433}
SECONDS_EACH=${BENCH_SECONDS:-8}
DATA=data/bench
BASE=http://127.0.0.1:$PORT
LOG=$(mktemp -d)/app.log

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "Building the jar..."
./mvnw -q -B package -DskipTests
JAR=web/target/wop-platform.jar

start_app() { # $1: extra arguments
	SERVER_PORT=$PORT WOP_DATABASE_PORT=$DB_PORT WOP_DATABASE_DATA_DIRECTORY=$DATA \
		WOP_REMINDERS_ENABLED=false java @web/src/main/jvm/jvm.options -jar "$JAR" --wop.perf.enabled=true --server.address=127.0.0.1 $1 \
		>"$LOG" 2>&1 &
	APP=$!
	for _ in $(seq 1 600); do
		curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
		kill -0 "$APP" 2>/dev/null || { echo "The application stopped; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
		sleep 0.5
	done
	echo "The application did not start in 5 minutes; see $LOG" >&2
	exit 1
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap stop_app EXIT

# Signed-in steps with curl and a cookie jar: a page's CSRF token (token_of), a page fetched
# for it (csrf JAR PATH), signing in (sign_in JAR EMAIL PASSWORD), a form sent (post JAR PATH
# FIELDS...).
token_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
csrf() { curl -sf -b "$1" -c "$1" "$BASE$2" | token_of; }
post() {
	local jar=$1 path=$2
	shift 2
	curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf "$jar" "$path")" "$@" "$BASE$path"
}
sign_in() { post "$1" /login -d "email=$2&password=$3"; }

# The annual report's PDF on the demo data alone (a throw-away database).
DEMO_DATA=$(mktemp -d)/pg
SAVED_DATA=$DATA
DATA=$DEMO_DATA
start_app ""
JAR_COOKIES=$(mktemp)
sign_in "$JAR_COOKIES" secretariat@example.org demo-secretariat
post "$JAR_COOKIES" /reports -d "year=2020"
curl -sf -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$(csrf "$JAR_COOKIES" /reports/2020)" \
	-d "version=0" "$BASE/reports/2020/publish"
DEMO_PDF_FIRST=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' "$BASE/reports/2020/report.pdf")
DEMO_PDF_AGAIN=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' "$BASE/reports/2020/report.pdf")
stop_app
rm -rf "$(dirname "$DEMO_DATA")"
DATA=$SAVED_DATA

if [ ! -d "$DATA" ]; then
	echo "Generating the large dataset into $DATA (once; a few minutes)..."
	t0=$(date +%s)
	start_app "--wop.perf.generate=true"
	stop_app
	echo "  generated in $(( $(date +%s) - t0 )) s"
fi

t0=$(date +%s%N)
start_app ""
STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))

# Records to open: a published partnership and a utility of the generated data.
PARTNERSHIP=$(curl -sf "$BASE/api/v1/partnerships?page=400&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
UTILITY=10000042

# The secretariat opens and publishes a report (timing the draft, counted live): the latest
# year from 2025 back that has none yet, since a published report stays as it was.
YEAR=2025
while [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/reports/$YEAR")" != 404 ] && [ "$YEAR" -gt 2005 ]; do
	YEAR=$((YEAR - 1))
done
JAR_COOKIES=$(mktemp)
sign_in "$JAR_COOKIES" secretariat@example.org demo-secretariat
post "$JAR_COOKIES" /reports -d "year=$YEAR" || true
DRAFT_COLD=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' -b "$JAR_COOKIES" "$BASE/reports/$YEAR")
DRAFT_WARM=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$BASE/reports/$YEAR"; done \
	| sort -n | sed -n 3p | awk '{ print $1 " s (median of 5)" }')
# A change (the secretariat saves the introduction), then the draft again: counted afresh.
save_introduction() {
	local page token version fields=()
	page=$(curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/reports/$YEAR/edit")
	token=$(echo "$page" | token_of)
	version=$(echo "$page" | grep -o 'name="version" value="[0-9]*"' | head -1 | grep -o '[0-9]*')
	while read -r field; do fields+=(--data-urlencode "$field"); done < <(echo "$page" \
		| grep -o 'name="position\[[A-Z_]*\]" value="[0-9]*"' | sed 's/name="\([^"]*\)" value="\([^"]*\)"/\1=\2/')
	curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$token" \
		-d "version=$version" --data-urlencode "introduction=Benchmark run, change $1" ${fields[@]+"${fields[@]}"} "$BASE/reports/$YEAR"
}
DRAFT_CHANGED=$(for i in 1 2 3; do
	[ "$(save_introduction "$i")" = 302 ] || echo "saving the introduction failed" >&2
	curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$BASE/reports/$YEAR"
done | sort -n | sed -n 2p | awk '{ print $1 " s (median of 3)" }')
VERSION=$(curl -sf -b "$JAR_COOKIES" "$BASE/reports/$YEAR/edit" 2>/dev/null | grep -o 'name="version" value="[0-9]*"' | tail -1 | grep -o '[0-9]*' || echo 0)
PUBLISH=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
	--data-urlencode "_csrf=$(csrf "$JAR_COOKIES" "/reports/$YEAR")" -d "version=${VERSION:-0}" "$BASE/reports/$YEAR/publish")
REPORT_COLD=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' "$BASE/reports/$YEAR")
PDF=$(curl -s -o /dev/null -w '%{time_total} s (HTTP %{http_code})' "$BASE/reports/$YEAR/report.pdf")

# A coordinator's session, for pages as signed-in people get them (never served from memory).
COORDINATOR_COOKIES=$(mktemp)
sign_in "$COORDINATOR_COOKIES" coordinator.africa@example.org demo-coordinator
SESSION="Cookie: JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$COORDINATOR_COOKIES")"
SIGNED_IN_HOME=$(curl -sf -H "$SESSION" "$BASE/" || true)
[[ "$SIGNED_IN_HOME" == *"Sign out"* ]] || { echo "The coordinator could not sign in" >&2; exit 1; }

# name|address|header ("-" for none: the public, as wrk sends no cookie)
ENDPOINTS=(
	"ceiling (fixed text)|/perf/ping|-"
	"home page|/|-"
	"search, unfiltered|/partnerships|-"
	"search, filtered|/partnerships?area=NRW&status=IMPLEMENTATION&platform=WOP_AFRICA|-"
	"search, page 1|/partnerships?page=1|-"
	"search, page 200|/partnerships?page=200|-"
	"partnership page|/partnerships/$PARTNERSHIP|-"
	"utility page|/utilities/$UTILITY|-"
	"SDG target page|/sdg/6.1|-"
	"annual report page|/reports/$YEAR|-"
	"JSON API page|/api/v1/partnerships?page=10|-"
	"signed in: home|/|$SESSION"
	"signed in: search|/partnerships?area=NRW&status=IMPLEMENTATION|$SESSION"
	"signed in: partnership|/partnerships/$PARTNERSHIP|$SESSION"
)

statements() { curl -sf "$BASE/perf/statements"; }

# Warm the whole application up before measuring anything, the ceiling included.
for entry in "${ENDPOINTS[@]}"; do
	rest=${entry#*|}
	path=${rest%%|*}
	header=${rest#*|}
	[ "$header" = "-" ] && header="X-Bench: public"
	wrk -t2 -c16 -d2s -H "$header" "$BASE$path" >/dev/null 2>&1
done

printf '\n%-24s %10s %9s %9s %11s %9s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "SQL/request" "÷ ceiling"
CEILING=""
for entry in "${ENDPOINTS[@]}"; do
	name=${entry%%|*}
	rest=${entry#*|}
	path=${rest%%|*}
	header=${rest#*|}
	[ "$header" = "-" ] && header="X-Bench: public"
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$BASE$path")
	if [ "$status" != 200 ]; then
		printf '%-24s HTTP %s for %s\n' "$name" "$status" "$path"
		continue
	fi
	wrk -t2 -c16 -d2s -H "$header" "$BASE$path" >/dev/null 2>&1 # warm-up
	before=$(statements)
	for _ in $(seq 1 10); do curl -s -o /dev/null -H "$header" "$BASE$path"; done
	per=$(( ($(statements) - before) / 10 ))
	out=$(wrk -t2 -c16 -d"${SECONDS_EACH}s" --latency -H "$header" "$BASE$path")
	rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
	p50=$(echo "$out" | awk '$1=="50%" {print $2}')
	p99=$(echo "$out" | awk '$1=="99%" {print $2}')
	ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v/1000; else if (v ~ /ms$/) printf "%.1f", v+0; else if (v ~ /s$/) printf "%.1f", v*1000; else print v }'; }
	[ -z "$CEILING" ] && CEILING=$rps
	ratio=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { printf "%.0f %%", 100*a/b }')
	printf '%-24s %10s %9s %9s %11s %9s\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$per" "$ratio"
done
echo "(the public's pages are kept in memory until the data changes: 1 SQL statement per request, the"
echo " data version; signed-in people's pages are produced each time)"

# What a public page costs when it is produced rather than served from memory (the first
# reader after a change): ?lang=en asks for it anew (a language switch is never served from
# memory). A list's total may still be remembered (it is counted again after any change).
echo
echo "a public page produced, not served from memory (sequential, median of 7):"
for entry in "${ENDPOINTS[@]:1:10}"; do
	name=${entry%%|*}
	rest=${entry#*|}
	path=${rest%%|*}
	sep='?'; case "$path" in *\?*) sep='&';; esac
	median=$(for _ in $(seq 1 7); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path${sep}lang=en"; done \
		| sort -n | sed -n 4p | awk '{ printf "%.1f", $1 * 1000 }')
	printf '  %-22s %8s ms\n' "$name" "$median"
done
# Heap in use and reserved (young + old generations), from jstat (columns by name).
HEAP=$(jstat -gc "$APP" 2>/dev/null | awk 'NR==1 { for (i = 1; i <= NF; i++) c[$i] = i }
	NR==2 { used = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; cap = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"];
		printf "%d MB used of %d MB committed", used / 1024, cap / 1024 }')
RSS_KB=$(ps -o rss= -p "$APP" | tr -d ' ')
echo
echo "start-up (embedded PostgreSQL, migrations applied): ${STARTUP_MS} ms"
echo "heap after the run: ${HEAP:-unknown}"
echo "RSS after the run: $(( RSS_KB / 1024 )) MB"
echo "annual report $YEAR, draft counted live: first view after start ${DRAFT_COLD}; nothing changed ${DRAFT_WARM};"
echo "  after a change ${DRAFT_CHANGED}; publishing ${PUBLISH}"
echo "annual report $YEAR, published, first view: ${REPORT_COLD}"
echo "annual report $YEAR PDF: ${PDF}"
echo "annual report 2020 PDF on the demo data alone: first ${DEMO_PDF_FIRST}, again ${DEMO_PDF_AGAIN}"
