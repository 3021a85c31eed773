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
#   BENCH_WARM_ROUNDS=1 perf/bench.sh   # fewer warm-up rounds of 4 s per endpoint (default 3)
set -euo pipefail
# (never "| head": with pipefail, the writer's SIGPIPE would end the run)
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8181}
DB_PORT=${BENCH_DB_PORT:-55433}
SECONDS_EACH=${BENCH_SECONDS:-8}
WARM_ROUNDS=${BENCH_WARM_ROUNDS:-3}
[[ "$WARM_ROUNDS" =~ ^[0-9]+$ ]] || { echo "BENCH_WARM_ROUNDS must be a number of rounds" >&2; exit 1; }
DATA=data/bench
BASE=http://127.0.0.1:$PORT
LOG=$(mktemp -d)/app.log

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "Building the jar..."
# The web module's jar is made again only when the web module changed: removed first, it is
# repackaged with the other modules as they are now.
rm -f web/target/wop-platform.jar web/target/wop-platform.jar.original
./mvnw -q -B package -DskipTests
JAR=web/target/wop-platform.jar

# The jar as production runs it (README: Running in production): extracted, with a class-data
# archive written by a training run (JVM_EXTRA holds -XX:SharedArchiveFile once it exists).
EXTRACTED=web/target/extracted
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
JVM_EXTRA=""

start_app() { # $1: extra arguments, $2: minutes to wait for it (5 unless given)
	SERVER_PORT=$PORT WOP_DATABASE_PORT=$DB_PORT WOP_DATABASE_DATA_DIRECTORY=$DATA \
		WOP_REMINDERS_ENABLED=false java @web/src/main/jvm/jvm.options $JVM_EXTRA -jar "$JAR" --wop.perf.enabled=true --server.address=127.0.0.1 $1 \
		>"$LOG" 2>&1 &
	APP=$!
	for _ in $(seq 1 $(( ${2:-5} * 120 ))); do
		curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
		kill -0 "$APP" 2>/dev/null || { echo "The application stopped; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
		sleep 0.5
	done
	echo "The application did not start in ${2:-5} minutes; see $LOG" >&2
	exit 1
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap stop_app EXIT

# Signed-in steps with curl and a cookie jar: a page's CSRF token (token_of), a page fetched
# for it (csrf JAR PATH), signing in (sign_in JAR EMAIL PASSWORD), a form sent (post JAR PATH
# FIELDS...).
token_of() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"//'; }
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
	# (generating holds the start back: up to 30 minutes on a slow machine). Into a folder of
	# its own first, so that a run stopped half-way leaves no half-made dataset behind.
	rm -rf "$DATA.partial"
	DATA=$DATA.partial
	start_app "--wop.perf.generate=true" 30
	stop_app
	DATA=${DATA%.partial}
	mv "$DATA.partial" "$DATA"
	echo "  generated in $(( $(date +%s) - t0 )) s"
else
	# Made before: its migrations applied and the table vacuumed (a migration that rewrote
	# the table left its visibility map empty, and the list indexes are read alone only
	# where it is set), as after generating; nothing is generated again.
	start_app "--wop.perf.generate=true" 30
	stop_app
fi

# Start-up, the jar as built, then as production runs it (extracted, with the class-data
# archive of a training run on this database); the run goes on with the latter.
t0=$(date +%s%N)
start_app ""
STARTUP_JAR_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
stop_app
SERVER_PORT=$PORT WOP_DATABASE_PORT=$DB_PORT WOP_DATABASE_DATA_DIRECTORY=$DATA WOP_REMINDERS_ENABLED=false \
	java @web/src/main/jvm/jvm.options -XX:ArchiveClassesAtExit="$EXTRACTED/wop-platform.jsa" \
	-Dspring.context.exit=onRefresh -jar "$EXTRACTED/wop-platform.jar" --server.address=127.0.0.1 >"$LOG" 2>&1
JAR=$EXTRACTED/wop-platform.jar
JVM_EXTRA=-XX:SharedArchiveFile=$EXTRACTED/wop-platform.jsa
t0=$(date +%s%N)
start_app ""
STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))

# Records to open: a published partnership and a utility of the generated data.
PARTNERSHIP=$(curl -sf "$BASE/api/v1/partnerships?page=400&size=1" | grep -o '"id":[0-9]*' | sed -n 1p | cut -d: -f2)
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
	version=$(echo "$page" | grep -o 'name="version" value="[0-9]*"' | sed -n 1p | grep -o '[0-9]*')
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

# Sessions of a coordinator (Africa), the secretariat and a utility's staff, for pages as
# signed-in people get them (never served from memory). The session cookie's name is read
# from the jar (JSESSIONID, or SESSION when sessions are kept in PostgreSQL).
session_of() { # JAR EMAIL PASSWORD
	sign_in "$1" "$2" "$3"
	local cookie
	cookie=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" {print $6 "=" $7}' "$1" | tail -1)
	[[ "$(curl -sf -H "Cookie: $cookie" "$BASE/")" == *"Sign out"* ]] || { echo "$2 could not sign in" >&2; exit 1; }
	echo "Cookie: $cookie"
}
# Sixteen sessions each, one per connection as sixteen people would be (one session on
# sixteen connections would queue its requests on the session's row).
PATHS=$(mktemp -d)
sessions_of() { # NAME EMAIL PASSWORD
	for _ in $(seq 1 16); do session_of "$(mktemp)" "$2" "$3"; done >"$PATHS/$1"
}
sessions_of coordinator coordinator.africa@example.org demo-coordinator
sessions_of secretariat secretariat@example.org demo-secretariat
sessions_of utility-staff staff.mwauwasa@example.org demo-utility
COORDINATOR=@coordinator
SECRETARIAT=@secretariat
UTILITY_STAFF=@utility-staff

# Random addresses, as readers ask for many different records and searches (perf/random.lua
# picks one per request): records and utilities drawn from the data, searches with random
# filters, one-letter and one-word texts and pages.
sample() { curl -sf "$BASE/perf/sample/$1"; }
sample published | sed 's|^|/partnerships/|' >"$PATHS/public-record"
sample africa | sed 's|^|/partnerships/|' >"$PATHS/africa-record"
sample utilities | sed 's|^|/utilities/|' >"$PATHS/utility"
sample mwauwasa | sed 's|^|/partnerships/|' >"$PATHS/own-record"
AREAS=(NRW ASSET_MGMT BILLING_COLLECTION CUSTOMER_SERVICE FINANCIAL_MGMT WASTEWATER DRINKING_WATER_QUALITY ENERGY_EFFICIENCY)
STATUSES=(PIPELINE IMPLEMENTATION FINALISATION CLOSED)
PLATFORMS=(WOP_AFRICA WATERLINKS WOP_LAC CARI_WOP PAWD_WOP WOP_ARAB)
WORDS=(a e i o s t water utility nrw vei 2019 city sanitation)
pick() { local -n list=$1; echo "${list[RANDOM % ${#list[@]}]}"; }
for _ in $(seq 1 2000); do
	filters=()
	(( RANDOM % 2 )) && filters+=("area=$(pick AREAS)")
	(( RANDOM % 2 )) && filters+=("status=$(pick STATUSES)")
	(( RANDOM % 3 == 0 )) && filters+=("platform=$(pick PLATFORMS)")
	(( RANDOM % 2 )) && filters+=("q=$(pick WORDS)")
	(( RANDOM % 4 == 0 )) && filters+=("year=$(( 2005 + RANDOM % 21 ))")
	filters+=("page=$(( 1 + RANDOM % 3 ))")
	(IFS='&'; echo "/partnerships?${filters[*]}")
done >"$PATHS/search"
grep -v 'platform=' "$PATHS/search" | sed 's|$|\&platform=WOP_AFRICA|' >"$PATHS/africa-search"
for _ in $(seq 1 2000); do echo "/partnerships?page=$(( 1 + RANDOM % 50 ))"; done >"$PATHS/search-page"
# The API: page numbers as deep as they go (500 pages of 20: 10,000 partnerships down), and pages
# after a random published id (after=, in id order: a whole list read page by page).
for _ in $(seq 1 2000); do echo "/api/v1/partnerships?size=20&page=$(( 1 + RANDOM % 500 ))"; done >"$PATHS/api"
sample published | sed 's|^|/api/v1/partnerships?size=20\&after=|' >"$PATHS/api-after"
# The same addresses produced rather than served from memory: ?lang=en is never kept.
for f in public-record search utility api api-after; do
	sed 's|$|\&lang=en|; s|^\([^?]*\)&lang=en$|\1?lang=en|' "$PATHS/$f" >"$PATHS/$f-produced"
done

# What every browser sends: the "gzip:" lines ask as browsers do (wrk, like the other lines,
# asks for answers as they are, uncompressed).
GZIP="Accept-Encoding: gzip, deflate, br"
# name|address ("@file": random from perf/random.lua's file)|header ("-" for none: the
# public, as wrk sends no cookie; "@file": a random one of the signed-in sessions in that file). The fixed addresses of earlier runs are kept for
# comparison.
ENDPOINTS=(
	"ceiling (fixed text)|/perf/ping|-"
	"home page|/|-"
	"fixed: search, unfiltered|/partnerships|-"
	"fixed: search, filtered|/partnerships?area=NRW&status=IMPLEMENTATION&platform=WOP_AFRICA|-"
	"fixed: partnership page|/partnerships/$PARTNERSHIP|-"
	"fixed: utility page|/utilities/$UTILITY|-"
	"SDG target page|/sdg/6.1|-"
	"annual report page|/reports/$YEAR|-"
	"public: record (kept)|@public-record-kept|-"
	"public: record|@public-record-produced|-"
	"public: search (kept)|@search-kept|-"
	"public: search|@search-produced|-"
	"public: search pages 1-50|@search-page|-"
	"public: utility page|@utility-produced|-"
	"public: JSON API page 1-500|@api-produced|-"
	"public: JSON API, after an id|@api-after-produced|-"
	"coordinator: start page|/work|$COORDINATOR"
	"coordinator: record|@africa-record|$COORDINATOR"
	"coordinator: search|@africa-search|$COORDINATOR"
	"coordinator: utility|@utility|$COORDINATOR"
	"secretariat: start page|/work|$SECRETARIAT"
	"secretariat: search|@search|$SECRETARIAT"
	"secretariat: annual report|/reports/$YEAR|$SECRETARIAT"
	"utility staff: start page|/work|$UTILITY_STAFF"
	"utility staff: record|@own-record|$UTILITY_STAFF"
	"gzip: home page|/|$GZIP"
	"gzip: annual report page|/reports/$YEAR|$GZIP"
	"gzip: record (kept)|@public-record-kept|$GZIP"
	"gzip: record|@public-record-produced|$GZIP"
	"gzip: search (kept)|@search-kept|$GZIP"
	"gzip: search|@search-produced|$GZIP"
)

statements() { curl -sf "$BASE/perf/statements"; }
# Counting statements costs the page (a proxy around each connection): they are counted on ten
# requests of each line, and the timed runs go without it, as production runs.
counting() { curl -sf -o /dev/null "$BASE/perf/statements?counting=$1"; }

# wrk on one endpoint: NAME's address (fixed, or random from its file), header, then wrk's
# own options.
load() { # PATH HEADER WRK-OPTIONS...
	local path=$1 header=$2
	shift 2
	if [[ "$header" == @* ]]; then
		[[ "$path" == @* ]] || { echo "$path" >"$PATHS/fixed"; path=@fixed; }
		wrk -t2 -c16 "$@" -s perf/random.lua "$BASE" -- "$PATHS/${path#@}" "$PATHS/${header#@}"
	elif [[ "$path" == @* ]]; then
		wrk -t2 -c16 -H "$header" "$@" -s perf/random.lua "$BASE" -- "$PATHS/${path#@}"
	else
		wrk -t2 -c16 -H "$header" "$@" "$BASE$path"
	fi
}
# The header curl sends for an endpoint: the first of its sessions, or the header itself.
one_header() { # HEADER
	if [[ "$1" == @* ]]; then sed -n 1p "$PATHS/${1#@}"; else echo "$1"; fi
}
# Ten addresses of an endpoint, for its statements per request.
ten() { # PATH
	if [[ "$1" == @* ]]; then shuf -n 10 -r "$PATHS/${1#@}"; else for _ in $(seq 1 10); do echo "$1"; done; fi
}

# Pages the public asked for since the last change, served from memory: 400 records and 400
# searches of the lists above, each asked for once now (the page cache holds 64 MB, not the
# 4,000 pages of both lists).
head_of() { sed -n "1,$2p" "$PATHS/$1" >"$PATHS/$1-kept"; }
head_of public-record 400
head_of search 400
for f in public-record-kept search-kept; do
	while read -r one; do curl -s -o /dev/null "$BASE$one"; done <"$PATHS/$f"
done

# Warm the whole application up before measuring anything, the ceiling included (without
# counting statements, as the timed runs go): every line, WARM_ROUNDS times. With one round of
# 2 s, produced pages were measured on code the JIT had not finished with: a random record
# gave 776 requests/s here, and about 960 after nearly four minutes of load, as on a server up
# for a while (same build, same settings).
counting false
for _ in $(seq 1 "$WARM_ROUNDS"); do
	for entry in "${ENDPOINTS[@]}"; do
		rest=${entry#*|}
		path=${rest%%|*}
		header=${rest#*|}
		[ "$header" = "-" ] && header="X-Bench: public"
		load "$path" "$header" -d4s >/dev/null 2>&1
	done
done
# The JIT compiles what the warm-up made hot, on one of the two cores, for a minute or more
# after it (a queue of thousands of methods): lines measured then measure the compiler too.
# Wait, up to three minutes, until its queue is nearly empty, as on a server up for a while.
JIT_WAIT=0
while [ "$JIT_WAIT" -lt 180 ] && [ "$( (jcmd "$APP" Compiler.queue 2>/dev/null || true) | grep -cE '^[0-9]+ +[0-9] ' || true)" -gt 5 ]; do
	sleep 2
	JIT_WAIT=$((JIT_WAIT + 2))
done

printf '\n%-30s %10s %9s %9s %11s %9s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "SQL/request" "÷ ceiling"
CEILING=""
for entry in "${ENDPOINTS[@]}"; do
	name=${entry%%|*}
	rest=${entry#*|}
	path=${rest%%|*}
	header=${rest#*|}
	[ "$header" = "-" ] && header="X-Bench: public"
	first=$(ten "$path" | sed -n 1p)
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(one_header "$header")" "$BASE$first")
	if [ "$status" != 200 ]; then
		printf '%-30s HTTP %s for %s\n' "$name" "$status" "$first"
		continue
	fi
	load "$path" "$header" -d2s >/dev/null 2>&1 # warm-up
	counting true
	before=$(statements)
	while read -r one; do curl -s -o /dev/null -H "$(one_header "$header")" "$BASE$one"; done < <(ten "$path")
	per=$(awk -v d="$(( $(statements) - before ))" 'BEGIN { printf "%.1f", d / 10 }')
	counting false
	out=$(load "$path" "$header" -d"${SECONDS_EACH}s" --latency)
	rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
	p50=$(echo "$out" | awk '$1=="50%" {print $2}')
	p99=$(echo "$out" | awk '$1=="99%" {print $2}')
	ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v/1000; else if (v ~ /ms$/) printf "%.1f", v+0; else if (v ~ /s$/) printf "%.1f", v*1000; else print v }'; }
	[ -z "$CEILING" ] && CEILING=$rps
	ratio=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN { printf "%.3f", a/b }')
	printf '%-30s %10s %9s %9s %11s %9s\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$per" "$ratio"
done
# The ceiling once more, after every page: how far this machine's speed moved during the run
# (the ratios above are to the first; on a shared machine it moved by a factor of four).
END_CEILING=$(load /perf/ping "X-Bench: public" -d"${SECONDS_EACH}s" | awk '/Requests\/sec/ {print $2}')
printf '%-30s %10s %49s\n' "ceiling again, after the pages" "$END_CEILING" \
	"$(awk -v a="$END_CEILING" -v b="$CEILING" 'BEGIN { printf "%.3f", a/b }')"
echo "(measured after the JIT's queue emptied: ${JIT_WAIT} s after the warm-up)"
echo "(÷ ceiling: requests/s over the fixed-text endpoint's in the same run. The public's pages are"
echo " kept in memory until the data changes (\"kept\": no SQL statement while the node hears the"
echo " database's notifications of changes); \"?lang=en\""
echo " addresses and signed-in people's pages are produced each time; @ lines ask for random records,"
echo " filters and pages drawn from the data; gzip: lines ask as browsers do, Accept-Encoding: gzip)"

# What a public page costs when it is produced rather than served from memory (the first
# reader after a change): ?lang=en asks for it anew (a language switch is never served from
# memory). A list's total may still be remembered (it is counted again after any change).
echo
echo "a public page produced, not served from memory (sequential, median of 7):"
for entry in "${ENDPOINTS[@]:1:15}"; do
	name=${entry%%|*}
	rest=${entry#*|}
	path=$(ten "${rest%%|*}" | sed -n 1p)
	path=${path%%[?&]lang=en}
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
echo "start-up (embedded PostgreSQL, migrations applied): ${STARTUP_MS} ms as production runs it (extracted,"
echo "  with its class-data archive); ${STARTUP_JAR_MS} ms for the jar as built"
echo "heap after the run: ${HEAP:-unknown}"
echo "RSS after the run: $(( RSS_KB / 1024 )) MB"
echo "annual report $YEAR, draft counted live: first view after start ${DRAFT_COLD}; nothing changed ${DRAFT_WARM};"
echo "  after a change ${DRAFT_CHANGED}; publishing ${PUBLISH}"
echo "annual report $YEAR, published, first view: ${REPORT_COLD}"
echo "annual report $YEAR PDF: ${PDF}"
echo "annual report 2020 PDF on the demo data alone: first ${DEMO_PDF_FIRST}, again ${DEMO_PDF_AGAIN}"
