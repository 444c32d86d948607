#!/bin/bash
# Issue 15: who sees what on a shared PostgreSQL server, proved by connecting AS EACH ROLE WITH psql (not through
# Passerelle): what the server itself refuses. Run inside a throwaway cluster:
#     pg_virtualenv -t -v 15 bash tests/server/roles_test.sh path/to/passerelle-cli
# (pg_virtualenv sets PGHOST, PGPORT, PGUSER, PGPASSWORD for a superuser.) Each check prints what it checks; the
# script stops at the first failure with a non-zero exit code.
set -euo pipefail

cli=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache

checks=0
pass() { checks=$((checks + 1)); echo "ok $checks - $1"; }
fail() { echo "FAIL - $1"; shift; printf '  %s\n' "$@"; exit 1; }

# --- The database and its owner, as docs/server.md sets them up: an owner that may create roles, not a superuser.
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE ROLE passerelle_owner LOGIN CREATEROLE PASSWORD 'owner-secret-1'"
createdb -O passerelle_owner -E UTF8 -T template0 passerelle
# Passwords from a password file, never on a command line. Each login gets its own.
export PGPASSFILE=$work/pgpass
echo "*:*:*:passerelle_owner:owner-secret-1" >"$PGPASSFILE"
logins="adm_a adm_b cpe_a head_a part_1 aud_a"
for login in $logins; do
    echo "pw-$login-2024" >"$work/$login.password"
    echo "*:*:*:$login:pw-$login-2024" >>"$PGPASSFILE"
done
chmod 600 "$PGPASSFILE"
unset PGPASSWORD
superuser=$PGUSER
export PGUSER=passerelle_owner PGDATABASE=passerelle
db=postgresql:///passerelle

as_owner() { "$cli" --database "$db" "$@"; }
as_owner import "$here/two_schools.json" >/dev/null || fail "import the two-school fixture into PostgreSQL"
pass "the owner imports two schools, their partners, students and measures"
as_owner server init >/dev/null || fail "server init"
as_owner server init >/dev/null || fail "server init a second time"
pass "server init runs, and runs again"

add() { as_owner server add-user "$1" --role "$2" --organisation "$3" --password-file "$work/$1.password"; }
add adm_a administrator college-a >/dev/null
add adm_b administrator college-b >/dev/null
add cpe_a cpe college-a >/dev/null
add head_a head college-a >/dev/null
add part_1 partner asso-1 >/dev/null
add aud_a auditor college-a >/dev/null
pass "server add-user: one login per role"

# --- A read-only role uses Passerelle's reads: the findings cache is written by a user who may write (the
# owner's first read of the day here), and the auditor's check reads it instead of failing to store its own.
as_owner check >/dev/null 2>&1 || true
PGUSER=aud_a "$cli" --database "$db" check --json >"$work/audit.json" 2>/dev/null || [ $? -eq 1 ] ||
    fail "the auditor's check runs"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert isinstance(a, list) and a, a' "$work/audit.json" ||
    fail "the auditor's check lists the stored findings"
pass "an auditor's check reads the findings a writer stored"

# --- What the CLI refuses.
expect_exit() {  # description, expected code, command...
    local what=$1 code=$2
    shift 2
    set +e
    "$@" >"$work/out" 2>&1
    local got=$?
    set -e
    [ "$got" = "$code" ] || fail "$what (exit $got, expected $code)" "$(cat "$work/out")"
    pass "$what: $(tail -1 "$work/out")"
}
expect_exit "an existing login is refused" 2 add cpe_a cpe college-a
expect_exit "an unknown organisation is refused" 2 \
    as_owner server add-user x1 --role cpe --organisation nowhere --password-file "$work/cpe_a.password"
expect_exit "an unknown role is refused" 2 \
    as_owner server add-user x1 --role boss --organisation college-a --password-file "$work/cpe_a.password"
expect_exit "no password without a terminal nor --password-file" 2 \
    as_owner server add-user x1 --role cpe --organisation college-a </dev/null
expect_exit "server commands refuse a SQLite file" 2 "$cli" --database "$work/school.db" server init
[ ! -e "$work/school.db" ] || fail "server init created a SQLite file"

listed=$(as_owner server list-users | cut -f1 | tr '\n' ' ')
[ "$listed" = "adm_a adm_b aud_a cpe_a head_a part_1 " ] || fail "server list-users" "got: $listed"
pass "server list-users lists the six logins"
as_owner server list-users --json | python3 -c '
import json, sys
users = {u["login"]: u for u in json.load(sys.stdin)}
assert users["part_1"] == {"login": "part_1", "role": "partner", "organisations": ["asso-1"]}, users["part_1"]
' || fail "server list-users --json"
pass "server list-users --json gives each login its role and organisations"

# --- Connecting as each login with psql.
run_as() { PGUSER=$1 psql -X -q -A -t -v ON_ERROR_STOP=1 -c "$2" 2>&1; }
expect_rows() {  # description, login, sql, expected rows joined by spaces
    local got
    got=$(run_as "$2" "$3" | tr '\n' ' ' | sed 's/ $//') || fail "$1" "$3" "$got"
    [ "$got" = "$4" ] || fail "$1" "$2: $3" "got: '$got'" "expected: '$4'"
    pass "$1"
}
expect_refused() {  # description, login, sql, pattern of the server's error
    local got
    if got=$(run_as "$2" "$3"); then fail "$1 (it succeeded)" "$2: $3" "$got"; fi
    echo "$got" | grep -q -E "$4" || fail "$1 (not the expected error)" "$got"
    pass "$1: $(echo "$got" | head -1)"
}

# A partner (asso-1) hosts measure m-a1 of student a1 (college A) and runs group g-a of agreement conv-a.
expect_refused "partner: selecting students.birth_date is a permission error" part_1 \
    "SELECT birth_date FROM students" "permission denied"
expect_refused "partner: students.* (consents, school ids) is a permission error" part_1 \
    "SELECT * FROM students" "permission denied"
expect_rows "partner: sees only the student it hosts (not a2 of its school's other host, not b1 of school B)" \
    part_1 "SELECT id, first_name, last_name, class_name FROM students ORDER BY id" "a1|Noémie|Lecœur|3e A"
expect_refused "partner: cannot read legal representatives" part_1 \
    "SELECT count(*) FROM student_representatives" "permission denied"
expect_refused "partner: cannot read a measure's consents" part_1 \
    "SELECT consent_student FROM measures" "permission denied"
expect_rows "partner: sees only the measures it hosts" part_1 "SELECT id FROM measures ORDER BY id" "m-a1"
expect_rows "partner: sees only the agreements it is a party to" part_1 "SELECT id FROM agreements ORDER BY id" \
    "conv-a"
expect_rows "partner: sees only the groups of its agreements" part_1 \
    "SELECT id FROM group_activities ORDER BY id" "g-a"
expect_rows "partner: sees no other school" part_1 "SELECT id FROM organisations ORDER BY id" \
    "asso-1 college-a ville"
expect_refused "partner: no search index (it holds names)" part_1 "SELECT count(*) FROM student_search" \
    "permission denied"
expect_refused "partner: no document archive (a measure's PDF holds the birth date)" part_1 \
    "SELECT count(*) FROM issued_documents" "permission denied"
expect_rows "partner: records attendance for the measure it hosts" part_1 \
    "INSERT INTO measure_attendance (measure_id, seq, attendance_date, status, note) \
     VALUES ('m-a1', 9, '2024-11-13', 'present', '')" ""
expect_refused "partner: cannot record attendance for another host's measure" part_1 \
    "INSERT INTO measure_attendance (measure_id, seq, attendance_date, status, note) \
     VALUES ('m-b1', 9, '2024-11-13', 'present', '')" "row-level security"
expect_rows "partner: writes the host report of its measure" part_1 \
    "INSERT INTO measure_host_reports (measure_id, written_on, behaviour, involvement, report_text) \
     VALUES ('m-a1', '2024-11-21', 'Correct', 'Réel', 'RAS')" ""
expect_refused "partner: cannot change a student" part_1 "UPDATE students SET class_name = 'x'" \
    "permission denied"

expect_rows "auditor: reads its school's students" aud_a "SELECT id FROM students ORDER BY id" "a1 a2"
expect_refused "auditor: INSERT fails" aud_a \
    "INSERT INTO measure_attendance (measure_id, seq, attendance_date, status, note) \
     VALUES ('m-a1', 10, '2024-11-20', 'present', '')" "permission denied"
expect_refused "auditor: UPDATE fails" aud_a "UPDATE students SET class_name = 'x' WHERE id = 'a1'" \
    "permission denied"
expect_refused "auditor: DELETE fails" aud_a "DELETE FROM measure_slots" "permission denied"

expect_rows "cpe: sees its school's students only" cpe_a "SELECT id FROM students ORDER BY id" "a1 a2"
expect_rows "cpe: updates its school's student" cpe_a \
    "UPDATE students SET class_name = '3e B' WHERE id = 'a1' RETURNING id" "a1"
expect_rows "cpe: another school's student is not there to update" cpe_a \
    "UPDATE students SET class_name = 'x' WHERE id = 'b1' RETURNING id" ""
expect_refused "cpe: cannot move a student to another school" cpe_a \
    "UPDATE students SET school_id = 'college-b' WHERE id = 'a2'" "row-level security"
expect_rows "cpe: the search index shows its school's students only" cpe_a \
    "SELECT count(*) FROM student_search" "2"
expect_refused "cpe: reads agreements but does not write them" cpe_a \
    "UPDATE agreements SET title = 'x'" "permission denied"

expect_refused "head: cannot update a student" head_a "UPDATE students SET class_name = 'x' WHERE id = 'a1'" \
    "permission denied"
expect_rows "head: signs its school's agreement (signature date, status)" head_a \
    "UPDATE agreements SET signed_on = '2024-10-01', status = 'signed' WHERE id = 'conv-a' RETURNING id" "conv-a"
expect_rows "head: writes a signature row" head_a \
    "INSERT INTO agreement_signatures (agreement_id, seq, organisation_id, signed_on) \
     VALUES ('conv-a', 0, 'college-a', '2024-10-01')" ""
expect_refused "head: cannot change an agreement's other fields" head_a \
    "UPDATE agreements SET title = 'x' WHERE id = 'conv-a'" "permission denied"
expect_rows "head: another school's agreement is not there to sign" head_a \
    "UPDATE agreements SET signed_on = '2024-10-01' WHERE id = 'conv-b' RETURNING id" ""

expect_rows "administrator A: sees school A's students only" adm_a "SELECT id FROM students ORDER BY id" "a1 a2"
expect_rows "administrator A: sees school A's measures only" adm_a "SELECT id FROM measures ORDER BY id" \
    "m-a1 m-a2"
expect_rows "administrator A: does not see school B nor school B's partner" adm_a \
    "SELECT id FROM organisations ORDER BY id" "asso-1 college-a ville"
expect_rows "administrator A: no school-B representative" adm_a \
    "SELECT count(*) FROM student_representatives WHERE student_id = 'b1'" "0"
expect_rows "administrator B: sees school B's students only" adm_b "SELECT id FROM students ORDER BY id" "b1"
expect_refused "administrator A: cannot give a login to school B" adm_a \
    "SELECT passerelle_create_user('x2', 'cpe', 'SCRAM-SHA-256\$4096:x', '[\"college-b\"]')" "not yours"
expect_refused "cpe: cannot manage users" cpe_a "SELECT * FROM passerelle_list_users()" "permission denied"
expect_refused "cpe: cannot read the users' table" cpe_a "SELECT * FROM passerelle_users" "permission denied"

# --- An administrator manages the logins of its school and of its partners, through Passerelle too.
echo "pw-part_1b-2024" >"$work/part_1b.password"
echo "*:*:*:part_1b:pw-part_1b-2024" >>"$PGPASSFILE"
PGUSER=adm_a "$cli" --database "$db" server add-user part_1b --role partner --organisation asso-1 \
    --password-file "$work/part_1b.password" >/dev/null || fail "administrator A adds a login for its partner"
pass "administrator A adds a login for asso-1, a partner of its agreement"
expect_rows "the new partner login sees what its organisation hosts" part_1b "SELECT id FROM measures" "m-a1"
expect_exit "administrator A cannot add a login to school B" 2 env PGUSER=adm_a "$cli" --database "$db" \
    server add-user x3 --role cpe --organisation college-b --password-file "$work/part_1b.password"
listed=$(PGUSER=adm_a "$cli" --database "$db" server list-users | cut -f1 | tr '\n' ' ')
[ "$listed" = "adm_a aud_a cpe_a head_a part_1 part_1b " ] || fail "administrator A's list-users" "got: $listed"
pass "administrator A lists its school's and its partners' logins, not school B's"
PGUSER=adm_a "$cli" --database "$db" server remove-user part_1b >/dev/null || fail "administrator A removes part_1b"
pass "administrator A removes it"

# --- A removed login can no longer connect.
as_owner server remove-user part_1 >/dev/null || fail "server remove-user part_1"
expect_refused "a removed login can no longer connect" part_1 "SELECT 1" "authentication failed|does not exist"
expect_exit "removing it again says it is unknown" 2 as_owner server remove-user part_1
listed=$(as_owner server list-users | cut -f1 | tr '\n' ' ')
[ "$listed" = "adm_a adm_b aud_a cpe_a head_a " ] || fail "server list-users after remove-user" "got: $listed"
pass "server list-users no longer lists it"

# The superuser could see it all; PGUSER pointed at the owner all along.
[ -n "$superuser" ]
echo "all $checks checks passed"
