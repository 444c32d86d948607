#!/usr/bin/env bash
# Issue 14's whole-process figures, timed against what a user would pick instead (the « anchors »), in one run:
#   scripts/bench-vs-anchors.sh [--students 10000,100000] [--runs 5] [--all-measures-runs N] [--keep DIR]
#                               [--build DIR]
# For each size it makes a demo database (passerelle-cli demo --students N), then times, each --runs times
# (median, min–max, peak resident memory from /usr/bin/time -f '%e %M'; the wall time is also taken in
# nanoseconds around the process, for a resolution finer than %e's 10 ms):
#   GUI start to window visible (on a private Xvfb: the first visible window of the process, found with
#   xdotool)                                        vs DB Browser for SQLite (sqlitebrowser) on the same file
#   passerelle-cli pdf measure ID                   vs LibreOffice: soffice --headless --convert-to pdf of the
#                                                      same 2 pages (the PDF's text)
#   passerelle-cli pdf --all-measures               vs LibreOffice converting 20 such documents in one process
#   passerelle-cli check --json, deadlines          vs sqlite3 .dump
#   passerelle-cli import (the export's JSON, into a new database)
#                                                   vs sqlite3 .import of the same students as CSV
#   passerelle-cli export                           vs sqlite3 .dump
# and prints one Markdown table per size with the ratios (Passerelle's median / the anchor's), the issue's
# targets and whether they are met, then the growth of every figure from the first size to the last. An anchor
# that is not installed is reported as « not installed ». Nothing here is a test: it only prints.
# --all-measures-runs N runs `pdf --all-measures` N times instead of --runs on databases of more than 20,000
# students (at 100,000 one run takes minutes). --keep DIR keeps the databases (and reuses them on the next run);
# the GUI and the CLI run with private XDG folders, so the user's settings, logs and backups are left alone.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sizes=10000,100000
runs=5
all_runs=
keep=
build="$here/build/${PRESET:-default}"
while [ $# -gt 0 ]; do
    case "$1" in
        --students) sizes=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --all-measures-runs) all_runs=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--students N,N...] [--runs N] [--all-measures-runs N] [--keep DIR] [--build DIR]" >&2
           exit 2 ;;
    esac
done
[ -x "$build/src/cli/passerelle-cli" ] || { echo "no $build/src/cli/passerelle-cli: build it first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian package time)" >&2; exit 1; }
today=2026-11-24

work=$(mktemp -d /tmp/passerelle-anchors.XXXXXX)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap "exit 143" TERM INT
databases=${keep:-$work/databases}
mkdir -p "$databases"
export XDG_DATA_HOME="$work/xdg/data" XDG_CONFIG_HOME="$work/xdg/config" XDG_CACHE_HOME="$work/xdg/cache"
export XDG_RUNTIME_DIR="$work/xdg/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Copies of the programs, so that a build during the run cannot change them halfway.
mkdir -p "$work/bin"
cp "$build/src/cli/passerelle-cli" "$work/bin/"
cli="$work/bin/passerelle-cli"
gui=
if [ -x "$build/src/app/passerelle" ]; then
    cp "$build/src/app/passerelle" "$work/bin/"
    gui="$work/bin/passerelle"
fi

have() { command -v "$1" >/dev/null 2>&1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Results: stats[KEY]="median min max peakMiB" in seconds and MiB.
declare -A stats
# median, min and max of the numbers on stdin, one a line
summarise() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan nan nan"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'; }

# measure KEY SETUP -- COMMAND...: runs COMMAND $runs times (after SETUP, untimed, unless it is "-"); its
# stdout and stderr go to $work/out and $work/err. Exit codes 0 and 1 count (check exits 1 on findings).
measure() {
    local key=$1 setup=$2
    shift 3
    local times=() mems=() r start end code
    for ((r = 0; r < runs; r++)); do
        [ "$setup" = - ] || "$setup"
        start=$(date +%s%N)
        code=0
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || code=$?
        end=$(date +%s%N)
        if [ "$code" -gt 1 ]; then
            echo "  $key: exit $code: $(tail -n 2 "$work/err" | tr '\n' ' ')" >&2
        fi
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
        mems+=("$(tail -n 1 "$work/time" | awk '{ print $2 }')")
    done
    local t m
    t=$(printf '%s\n' "${times[@]}" | summarise)
    m=$(printf '%s\n' "${mems[@]}" | summarise | awk '{ printf "%.0f", $1 / 1024 }')
    stats[$key]="$t $m"
    echo "  $key: $(describe "$key")   (load $(load))"
}

# measure_window KEY -- COMMAND...: start to the process's first visible window on the private display, then
# the process is ended. The peak memory is the process's VmHWM at that moment.
measure_window() {
    local key=$1
    shift 2
    local times=() mems=() r start end pid found
    for ((r = 0; r < runs; r++)); do
        start=$(date +%s%N)
        "$@" >"$work/out" 2>"$work/err" &
        pid=$!
        found=
        while [ $(($(date +%s%N) - start)) -lt 30000000000 ]; do  # 30 s at most
            if DISPLAY="$display" xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
                found=1
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.005
        done
        end=$(date +%s%N)
        if [ -n "$found" ]; then
            times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
            mems+=("$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)")
        else
            echo "  $key: no window: $(tail -n 2 "$work/err" | tr '\n' ' ')" >&2
        fi
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ ${#times[@]} -eq 0 ]; then
        stats[$key]="nan nan nan nan"
    else
        local t m
        t=$(printf '%s\n' "${times[@]}" | summarise)
        m=$(printf '%s\n' "${mems[@]}" | summarise | awk '{ printf "%.0f", $1 / 1024 }')
        stats[$key]="$t $m"
    fi
    echo "  $key: $(describe "$key")   (load $(load))"
}

# "0.140 s (0.120–0.160), 35 MiB" or « not installed »
describe() {
    local s=${stats[$1]:-}
    [ -n "$s" ] || { echo "not installed"; return; }
    echo "$s" | awk '{ if ($1 == "nan") { print "failed"; exit }
        printf "%.3f s (%.3f–%.3f), %d MiB\n", $1, $2, $3, $4 }'
}
median() { echo "${stats[$1]:-}" | awk '{ print $1 }'; }
peak() { echo "${stats[$1]:-}" | awk '{ print $4 }'; }
# ratio A B: A's median / B's, or « — »
ratio() {
    local a b
    a=$(median "$1")
    b=$(median "$2")
    if [ -z "$a" ] || [ -z "$b" ] || [ "$a" = nan ] || [ "$b" = nan ]; then
        echo "—"
    else
        awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f×\n", a / b }'
    fi
}
# at_most VALUE LIMIT: "met" or "not met"
at_most() { awk -v v="$1" -v l="$2" 'BEGIN { print (v != "nan" && v != "" && v + 0 <= l + 0) ? "met" : "not met" }'; }
at_least() { awk -v v="$1" -v l="$2" 'BEGIN { print (v != "nan" && v != "" && v + 0 >= l + 0) ? "met" : "not met" }'; }
both() { [ "$1" = met ] && [ "$2" = met ] && echo met || echo "not met"; }

# The display the GUIs open their windows on.
display=
if have Xvfb && have xdotool; then
    for n in 97 98 99 101 103; do
        if [ ! -e "/tmp/.X11-unix/X$n" ]; then
            Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
            xvfb_pid=$!
            display=":$n"
            # Ready when it answers (a loaded machine can take seconds).
            for ((i = 0; i < 100; i++)); do
                DISPLAY=$display xdotool getmouselocation >/dev/null 2>&1 && break
                sleep 0.1
            done
            break
        fi
    done
fi

soffice_profile="file://$work/soffice-profile"
IFS=, read -r -a size_list <<<"$sizes"
echo "bench-vs-anchors: $(nproc) cores, load $(load), $runs runs each, sizes ${size_list[*]}"
echo "  Passerelle $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$here" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "  sqlite3: $(have sqlite3 && sqlite3 --version | cut -d' ' -f1 || echo 'not installed'); LibreOffice: $(have soffice && soffice --version 2>/dev/null | head -n 1 || echo 'not installed'); DB Browser for SQLite: $(have sqlitebrowser && dpkg-query -W -f='${Version}' sqlitebrowser 2>/dev/null || echo 'not installed')"

for n in "${size_list[@]}"; do
    db="$databases/demo-$n.sqlite"
    echo
    echo "== $n students (load $(load))"
    if [ ! -f "$db" ]; then
        start=$(date +%s%N)
        rm -f "$db.part"*
        "$cli" --database "$db.part" demo --students "$n" --today "$today" >/dev/null
        "$cli" --database "$db.part" backup -o "$db" >/dev/null  # one file, without its -wal
        rm -f "$db.part"*
        echo "  demo database made in $(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f s", (b - a) / 1e9 }')"
    fi
    measure_id=$("$cli" --database "$db" list measures --limit 1 | cut -f1)
    measure_count=$("$cli" --database "$db" list measures | wc -l)
    echo "  $(du -m "$db" | cut -f1) MB, $measure_count measures, measure $measure_id"

    # -- Passerelle
    if [ -n "$display" ] && [ -n "$gui" ]; then
        measure_window "gui/$n" -- env DISPLAY="$display" QT_QPA_PLATFORM=xcb "$gui" --database "$db"
    fi
    measure "pdf/$n" - -- "$cli" --database "$db" pdf measure "$measure_id" --today "$today" -o "$work/measure.pdf"
    all_measures() { rm -rf "$work/all"; }
    runs_before=$runs
    [ "$n" -gt 20000 ] && runs=${all_runs:-$runs}
    measure "all/$n" all_measures -- "$cli" --database "$db" pdf --all-measures --today "$today" -o "$work/all"
    runs=$runs_before
    measure "check/$n" - -- "$cli" --database "$db" check --json --today "$today"
    measure "deadlines/$n" - -- "$cli" --database "$db" deadlines --today "$today"
    measure "export/$n" - -- "$cli" --database "$db" export -o "$work/export.json"
    fresh_database() {
        rm -f "$work/import.sqlite" "$work/import.sqlite-wal" "$work/import.sqlite-shm"
        "$cli" --database "$work/import.sqlite" init >/dev/null
    }
    measure "import/$n" fresh_database -- "$cli" --database "$work/import.sqlite" import "$work/export.json"

    # -- anchors
    if have sqlite3; then
        measure "dump/$n" - -- sqlite3 "$db" .dump
        "$cli" --database "$db" list students --format csv -o "$work/students.csv"
        fresh_csv() { rm -f "$work/csv.sqlite"; }
        measure "csv/$n" fresh_csv -- sqlite3 "$work/csv.sqlite" ".import --csv $work/students.csv students"
    fi
    if have soffice && have pdftotext; then
        # The same text as Passerelle's PDF, one paragraph a line, 10 pt: LibreOffice lays it out on as many pages.
        pdftotext "$work/measure.pdf" "$work/measure.txt"
        {
            echo '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { font-family: "Liberation Serif";'
            echo 'font-size: 10pt } p { margin: 0 0 2pt 0 }</style></head><body>'
            sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s|^|<p>|; s|$|</p>|' "$work/measure.txt"
            echo '</body></html>'
        } >"$work/measure.html"
        rm -rf "$work/lo" "$work/lo-in"
        mkdir -p "$work/lo-in"
        for i in $(seq 1 20); do cp "$work/measure.html" "$work/lo-in/measure-$i.html"; done
        lo=(soffice "-env:UserInstallation=$soffice_profile" --headless --convert-to pdf:writer_pdf_Export
            --outdir "$work/lo")
        # Once untimed: LibreOffice makes its profile on the first start.
        "${lo[@]}" "$work/measure.html" >/dev/null 2>&1 || true
        measure "lo/$n" - -- "${lo[@]}" "$work/measure.html"
        measure "lo20/$n" - -- "${lo[@]}" "$work"/lo-in/measure-{1..20}.html
        echo "  pages: Passerelle $(pdfinfo "$work/measure.pdf" | awk '/^Pages:/ { print $2 }'), LibreOffice $(pdfinfo "$work/lo/measure.pdf" | awk '/^Pages:/ { print $2 }')"
    fi
    if have sqlitebrowser && [ -n "$display" ]; then
        measure_window "dbb/$n" -- env DISPLAY="$display" sqlitebrowser "$db"
    fi

    # -- the table
    docs_per_s() { awk -v c="$1" -v t="$(median "$2")" 'BEGIN { if (t == "" || t == "nan") print "nan"; else printf "%.1f\n", c / t }'; }
    passerelle_rate=$(docs_per_s "$measure_count" "all/$n")
    lo_rate=
    [ -n "${stats[lo20/$n]:-}" ] && lo_rate=$(docs_per_s 20 "lo20/$n")
    echo
    echo "| operation ($n students) | Passerelle: median (min–max), peak | anchor | anchor: median (min–max), peak | ratio | target | at this size |"
    echo "|---|---|---|---|---|---|---|"
    gui_speed=$(at_most "$(median "gui/$n")" 0.5)
    if [ -n "${stats[dbb/$n]:-}" ]; then
        gui_speed=$(both "$gui_speed" "$(awk -v a="$(median "gui/$n")" -v b="$(median "dbb/$n")" 'BEGIN { print (a + 0 < b + 0) ? "met" : "not met" }')")
    fi
    echo "| GUI: start to window visible | $( [ -n "${stats[gui/$n]:-}" ] && describe "gui/$n" || echo "not measured (no Xvfb or no GUI build)") | DB Browser for SQLite | $(describe "dbb/$n") | $(ratio "gui/$n" "dbb/$n") | ≤ 0.5 s, faster than DB Browser, ≤ 150 MiB | $gui_speed; memory $(at_most "$(peak "gui/$n")" 150) |"
    echo "| one measure PDF (\`pdf measure ID\`) | $(describe "pdf/$n") | LibreOffice, same $(pdfinfo "$work/measure.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages | $(describe "lo/$n") | $(ratio "pdf/$n" "lo/$n") | ≤ 0.15 s | $(at_most "$(median "pdf/$n")" 0.15) |"
    echo "| all measure PDFs (\`pdf --all-measures\`) | $passerelle_rate documents/s ($measure_count in $(describe "all/$n")) | LibreOffice, 20 in one process | ${lo_rate:-not installed}${lo_rate:+ documents/s} | $( [ -n "$lo_rate" ] && awk -v a="$passerelle_rate" -v b="$lo_rate" 'BEGIN { printf "%.2f× the rate\n", a / b }' || echo —) | ≥ 100 documents/s | $(at_least "$passerelle_rate" 100) |"
    echo "| \`check --json\` whole database | $(describe "check/$n") | \`sqlite3 .dump\` | $(describe "dump/$n") | $(ratio "check/$n" "dump/$n") | ≤ 0.5 s | $(at_most "$(median "check/$n")" 0.5) |"
    echo "| \`deadlines\` | $(describe "deadlines/$n") | \`sqlite3 .dump\` | $(describe "dump/$n") | $(ratio "deadlines/$n" "dump/$n") | ≤ 0.1 s | $(at_most "$(median "deadlines/$n")" 0.1) |"
    echo "| \`import\` of $n students (the export's JSON, new database) | $(describe "import/$n") | \`sqlite3 .import\` of the same students as CSV | $(describe "csv/$n") | $(ratio "import/$n" "csv/$n") | ≤ 2.5 s, ≤ 250 MiB | $(at_most "$(median "import/$n")" 2.5); memory $(at_most "$(peak "import/$n")" 250) |"
    echo "| \`export\` | $(describe "export/$n") | \`sqlite3 .dump\` | $(describe "dump/$n") | $(ratio "export/$n" "dump/$n") | ≤ 1.5 s, memory independent of size | $(at_most "$(median "export/$n")" 1.5) |"
done

if [ ${#size_list[@]} -gt 1 ]; then
    first=${size_list[0]}
    last=${size_list[-1]}
    echo
    echo "Growth from $first to $last students (median at $last / median at $first; memory likewise):"
    echo
    echo "| figure | time | peak memory |"
    echo "|---|---|---|"
    for key in gui pdf all check deadlines export import dump csv lo dbb; do
        [ -n "${stats[$key/$first]:-}" ] && [ -n "${stats[$key/$last]:-}" ] || continue
        awk -v k="$key" -v a="${stats[$key/$first]}" -v b="${stats[$key/$last]}" 'BEGIN {
            split(a, x, " "); split(b, y, " ")
            if (x[1] == "nan" || y[1] == "nan" || x[1] + 0 == 0) { printf "| %s | — | — |\n", k; exit }
            printf "| %s | %.2f× | %.2f× |\n", k, y[1] / x[1], (x[4] > 0 ? y[4] / x[4] : 0) }'
    done
fi
echo
echo "load at the end: $(load)"
