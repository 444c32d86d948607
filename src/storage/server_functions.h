#pragma once

// Issue 15: the group roles, the users' tables and the SQL functions `server init` creates on PostgreSQL,
// and the whole list of statements it runs (server_accounts.cpp, the only includer). The table rules are in
// server_policies.h.

#include "server_policies.h"

namespace passerelle::storage {

namespace server_policies {

// CREATE OR REPLACE FUNCTION, run with its owner's rights and with search_path pinned to Passerelle's
// schema (then pg_temp, last, so that no temporary table can stand in for one of ours).
inline QString definer(const QString& schema, const QString& signature, const QString& returns,
                       const QString& language, const QString& body) {
    return u"CREATE OR REPLACE FUNCTION %1 RETURNS %2 LANGUAGE %3 %4 SECURITY DEFINER "
           u"SET search_path = %5, pg_temp AS $fn$\n%6\n$fn$"_s.arg(
               signature, returns, language, language == u"sql"_s ? u"STABLE"_s : u"VOLATILE"_s, schema,
               body);
}

// "My" records, for the login connected (session_user). Staff: their schools' records; a partner: what it
// hosts or is a party to. A login without a row in passerelle_users gets nothing from any of them.
inline QStringList scopeFunctionsSql(const QString& schema) {
    const auto setOf = [&](const QString& name, const QString& body) {
        return definer(schema, name + u"()"_s, u"SETOF text"_s, u"sql"_s, body);
    };
    return {
        definer(schema, u"passerelle_my_role()"_s, u"text"_s, u"sql"_s,
                u"SELECT role FROM passerelle_users WHERE login = session_user"_s),
        definer(
            schema, u"passerelle_is_staff()"_s, u"boolean"_s, u"sql"_s,
            u"SELECT COALESCE(passerelle_my_role() IN ('administrator', 'cpe', 'head', 'auditor'), false)"_s),
        definer(schema, u"passerelle_is_partner()"_s, u"boolean"_s, u"sql"_s,
                u"SELECT COALESCE(passerelle_my_role() = 'partner', false)"_s),
        setOf(u"passerelle_my_organisations"_s,
              u"SELECT organisation_id FROM passerelle_user_organisations WHERE login = session_user"_s),
        // An agreement with no party yet is one being typed: any school's staff may see it, to add parties.
        setOf(u"passerelle_my_agreements"_s,
              u"SELECT p.agreement_id FROM agreement_parties p "
              u"WHERE p.organisation_id IN (SELECT passerelle_my_organisations()) "
              u"UNION SELECT a.id FROM agreements a WHERE passerelle_is_staff() "
              u"AND NOT EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id)"_s),
        setOf(u"passerelle_my_students"_s,
              u"SELECT s.id FROM students s WHERE passerelle_is_staff() "
              u"AND s.school_id IN (SELECT passerelle_my_organisations()) "
              u"UNION SELECT m.student_id FROM measures m WHERE passerelle_is_partner() "
              u"AND m.student_id IS NOT NULL AND m.host_id IN (SELECT passerelle_my_organisations()) "
              u"UNION SELECT gp.student_id FROM group_participants gp "
              u"JOIN group_activities g ON g.id = gp.group_id WHERE passerelle_is_partner() "
              u"AND g.agreement_id IN (SELECT passerelle_my_agreements())"_s),
        setOf(u"passerelle_my_measures"_s,
              u"SELECT m.id FROM measures m WHERE passerelle_is_staff() "
              u"AND (m.student_id IN (SELECT passerelle_my_students()) OR (m.student_id IS NULL "
              u"AND (m.agreement_id IS NULL OR m.agreement_id IN (SELECT passerelle_my_agreements())))) "
              u"UNION SELECT m.id FROM measures m WHERE passerelle_is_partner() "
              u"AND m.host_id IN (SELECT passerelle_my_organisations())"_s),
        setOf(u"passerelle_my_groups"_s,
              u"SELECT g.id FROM group_activities g WHERE g.agreement_id IN (SELECT "
              u"passerelle_my_agreements()) "
              u"UNION SELECT gp.group_id FROM group_participants gp WHERE passerelle_is_staff() "
              u"AND gp.student_id IN (SELECT passerelle_my_students()) "
              u"UNION SELECT g.id FROM group_activities g WHERE passerelle_is_staff() AND g.agreement_id IS "
              u"NULL "
              u"AND NOT EXISTS (SELECT 1 FROM group_participants gp WHERE gp.group_id = g.id)"_s),
        // One's own, the parties to one's agreements and the hosts of one's measures; for the staff also the
        // partners not yet bound to anyone (just typed, to be put in an agreement).
        setOf(u"passerelle_my_visible_organisations"_s,
              u"SELECT passerelle_my_organisations() "
              u"UNION SELECT p.organisation_id FROM agreement_parties p WHERE p.organisation_id IS NOT NULL "
              u"AND p.agreement_id IN (SELECT passerelle_my_agreements()) "
              u"UNION SELECT m.host_id FROM measures m WHERE m.host_id IS NOT NULL "
              u"AND m.id IN (SELECT passerelle_my_measures()) "
              u"UNION SELECT o.id FROM organisations o WHERE passerelle_is_staff() AND o.kind <> 'school' "
              u"AND NOT EXISTS (SELECT 1 FROM agreement_parties p WHERE p.organisation_id = o.id) "
              u"AND NOT EXISTS (SELECT 1 FROM measures m WHERE m.host_id = o.id)"_s),
        setOf(u"passerelle_my_people"_s,
              u"SELECT pe.id FROM people pe WHERE pe.organisation_id IN "
              u"(SELECT passerelle_my_visible_organisations()) "
              u"OR (pe.organisation_id IS NULL AND passerelle_is_staff()) "
              u"UNION SELECT p.representative_id FROM agreement_parties p "
              u"WHERE p.agreement_id IN (SELECT passerelle_my_agreements()) "
              u"UNION SELECT unnest(ARRAY[m.host_tutor_id, m.school_follower_id]) FROM measures m "
              u"WHERE m.id IN (SELECT passerelle_my_measures())"_s),
    };
}

// Managing users: the database's owner (a member of the functions' owner) for any organisation, an
// administrator for its own organisations and, for a partner's login, the partners of its agreements.
// Values are bound by the caller and reach SQL through format()'s %I and %L only.
inline QStringList userFunctionsSql(const QString& schema) {
    const QString mayManage =
        u"IF NOT pg_has_role(session_user, current_user, 'MEMBER') "
        u"AND passerelle_my_role() IS DISTINCT FROM 'administrator' THEN "
        u"RAISE EXCEPTION 'only the database owner or an administrator may manage users' "
        u"USING ERRCODE = '42501'; END IF;\n"_s;
    // Whether the caller may give (or take) organisation v_org to a login of role v_role.
    const QString inReach =
        u"(pg_has_role(session_user, current_user, 'MEMBER') "
        u"OR v_org IN (SELECT passerelle_my_organisations()) OR (v_role = 'partner' "
        u"AND v_org IN (SELECT passerelle_my_visible_organisations())))"_s;
    return {
        definer(
            schema,
            u"passerelle_create_user(p_login text, p_role text, p_verifier text, p_organisations text)"_s,
            u"void"_s, u"plpgsql"_s,
            u"DECLARE v_org text; v_orgs text[]; v_role text := p_role;\nBEGIN\n"_s + mayManage +
                u"IF v_role IS NULL OR v_role NOT IN ('administrator', 'cpe', 'head', 'partner', 'auditor') "
                u"THEN RAISE EXCEPTION 'unknown role \"%\": expected administrator, cpe, head, partner or "
                u"auditor', v_role USING ERRCODE = '22023'; END IF;\n"
                u"IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{0,62}$' "
                u"OR left(p_login, 11) = 'passerelle_' OR left(p_login, 3) = 'pg_' THEN RAISE EXCEPTION "
                u"'invalid login \"%\": lower-case letters, digits, \".\", \"-\" and \"_\", starting with a "
                u"letter, at most 63 characters, not passerelle_... nor pg_...', p_login "
                u"USING ERRCODE = '22023'; END IF;\n"
                u"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN RAISE EXCEPTION "
                u"'the login \"%\" already exists on this server', p_login USING ERRCODE = '42710'; "
                u"END IF;\n"
                // The client hashes the password: the server never sees it, so it never logs it.
                u"IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\\$' THEN RAISE EXCEPTION "
                u"'the password must come as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023'; END IF;\n"
                u"SELECT array_agg(DISTINCT value) INTO v_orgs "
                u"FROM json_array_elements_text(p_organisations::json);\n"
                u"IF v_orgs IS NULL THEN RAISE EXCEPTION 'a user needs at least one organisation' "
                u"USING ERRCODE = '22023'; END IF;\n"
                u"FOREACH v_org IN ARRAY v_orgs LOOP\n"
                u"IF NOT EXISTS (SELECT 1 FROM organisations WHERE id = v_org) THEN RAISE EXCEPTION "
                u"'unknown organisation \"%\"', v_org USING ERRCODE = '22023'; END IF;\n"
                u"IF NOT "_s +
                inReach +
                u" THEN RAISE EXCEPTION 'the organisation \"%\" is not yours (nor, for a partner''s login, "
                u"a party to your agreements)', v_org USING ERRCODE = '42501'; END IF;\n"
                u"END LOOP;\n"
                u"EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, "
                u"'passerelle_' || v_role);\n"
                u"INSERT INTO passerelle_users (login, role) VALUES (p_login, v_role);\n"
                u"INSERT INTO passerelle_user_organisations (login, organisation_id) "
                u"SELECT p_login, unnest(v_orgs);\nEND"_s),
        definer(schema, u"passerelle_remove_user(p_login text)"_s, u"void"_s, u"plpgsql"_s,
                u"DECLARE v_org text; v_role text;\nBEGIN\n"_s + mayManage +
                    u"SELECT role INTO v_role FROM passerelle_users WHERE login = p_login;\n"
                    u"IF v_role IS NULL THEN RAISE EXCEPTION 'no Passerelle user \"%\" in this database', "
                    u"p_login USING ERRCODE = 'P0002'; END IF;\n"
                    u"FOR v_org IN SELECT organisation_id FROM passerelle_user_organisations "
                    u"WHERE login = p_login LOOP\n"
                    u"IF NOT "_s +
                    inReach +
                    u" THEN RAISE EXCEPTION 'the user \"%\" also belongs to \"%\", which is not yours', "
                    u"p_login, v_org USING ERRCODE = '42501'; END IF;\n"
                    u"END LOOP;\n"
                    u"DELETE FROM passerelle_users WHERE login = p_login;\n"
                    u"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN "
                    u"EXECUTE format('DROP ROLE %I', p_login); END IF;\nEND"_s),
        definer(schema, u"passerelle_list_users()"_s,
                u"TABLE (login text, role text, organisation_id text)"_s, u"sql"_s,
                u"SELECT u.login, u.role, o.organisation_id FROM passerelle_users u "
                u"LEFT JOIN passerelle_user_organisations o ON o.login = u.login "
                u"WHERE pg_has_role(session_user, current_user, 'MEMBER') "
                u"OR (passerelle_my_role() = 'administrator' AND u.login IN (SELECT x.login "
                u"FROM passerelle_user_organisations x WHERE x.organisation_id IN "
                u"(SELECT passerelle_my_organisations()) OR (u.role = 'partner' AND x.organisation_id IN "
                u"(SELECT passerelle_my_visible_organisations())))) ORDER BY 1, 3"_s),
    };
}

}  // namespace server_policies

// Every table server init knows what to do with; it refuses a database holding any other.
inline QStringList securedTables() {
    QStringList tables;
    for (const auto& rule : server_policies::tableRules())
        tables << rule.table;
    return tables;
}

// Everything server init runs, in order; each statement is idempotent, so that it can run again after an
// upgrade. `schema` is quoted already (quote_ident).
inline QStringList serverSecurityStatements(const QString& schema) {
    using namespace server_policies;
    QStringList sql;
    for (const QChar letter : everyone) {
        sql << u"DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
               u"CREATE ROLE %1 NOLOGIN; END IF; END $do$"_s.arg(roleName(letter));
    }
    sql << u"CREATE TABLE IF NOT EXISTS passerelle_users (login TEXT COLLATE \"C\" NOT NULL PRIMARY KEY, "
           u"role TEXT COLLATE \"C\" NOT NULL "
           u"CHECK (role IN ('administrator', 'cpe', 'head', 'partner', 'auditor')))"_s
        << u"CREATE TABLE IF NOT EXISTS passerelle_user_organisations (login TEXT COLLATE \"C\" NOT NULL "
           u"REFERENCES passerelle_users (login) ON DELETE CASCADE, organisation_id TEXT COLLATE \"C\" NOT "
           u"NULL "
           u"REFERENCES organisations (id) ON DELETE CASCADE, PRIMARY KEY (login, organisation_id))"_s;
    sql << scopeFunctionsSql(schema) << userFunctionsSql(schema);
    // Functions are executable by PUBLIC by default: only the roles get them.
    const QStringList scopeFunctions{u"passerelle_my_role()"_s,
                                     u"passerelle_is_staff()"_s,
                                     u"passerelle_is_partner()"_s,
                                     u"passerelle_my_organisations()"_s,
                                     u"passerelle_my_agreements()"_s,
                                     u"passerelle_my_students()"_s,
                                     u"passerelle_my_measures()"_s,
                                     u"passerelle_my_groups()"_s,
                                     u"passerelle_my_visible_organisations()"_s,
                                     u"passerelle_my_people()"_s};
    for (const QString& function : scopeFunctions) {
        sql << u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function)
            << u"GRANT EXECUTE ON FUNCTION %1 TO %2"_s.arg(function, roleNames(everyone));
    }
    for (const QString& function : {u"passerelle_create_user(text, text, text, text)"_s,
                                    u"passerelle_remove_user(text)"_s, u"passerelle_list_users()"_s}) {
        sql << u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function)
            << u"GRANT EXECUTE ON FUNCTION %1 TO passerelle_administrator"_s.arg(function);
    }
    sql << u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, roleNames(everyone));
    for (const TableRule& rule : tableRules())
        sql << tableRuleSql(rule);
    // The archive's numbers come from identity sequences.
    sql << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, roleNames(u"ACH"_s));
    return sql;
}

}  // namespace passerelle::storage
