package org.liaison.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The roles of the embedded cluster, set up by its superuser at every start (each step is idempotent):
 * <ul>
 * <li>{@value DatabaseCredentials#APPLICATION_ROLE}: the application's pool and Flyway; not a superuser; owns every
 * table, sequence, view and function of the schema {@code public}, but not the schema itself, whose owner could
 * drop any table in it;</li>
 * <li>{@value #APPEND_ONLY_OWNER}: cannot log in; owns the append-only tables (the audit trail) and their trigger
 * functions, so that the application role may read and insert their rows but neither update, delete, truncate,
 * drop, disable a trigger, replace its function nor grant itself more. Only the superuser can tamper with them.</li>
 * </ul>
 * The same roles on an external database are set up by its administrator (docs/operations.md).
 */
final class DatabaseRoles {

    static final String APPEND_ONLY_OWNER = "liaison_append_only";

    private static final String APP = DatabaseCredentials.APPLICATION_ROLE;

    private DatabaseRoles() {
    }

    /** Before the migrations: the roles exist, the application role owns what it will migrate. */
    static void prepare(Connection superuser, String applicationPassword) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s login; end if;
                        if not exists (select from pg_roles where rolname = '%2$s') then create role %2$s nologin; end if;
                    end $$""".formatted(APP, APPEND_ONLY_OWNER));
            sql.execute("alter role " + APP + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " password '" + applicationPassword.replace("'", "''") + "'");
            sql.execute("alter role " + APPEND_ONLY_OWNER + " nologin nosuperuser");
            sql.execute("grant connect, temporary on database " + EmbeddedPostgresServer.DATABASE + " to " + APP);
            sql.execute("grant usage, create on schema public to " + APP);
            for (String statement : handOver(superuser)) {
                sql.execute(statement);
            }
        }
    }

    /**
     * The statements that give the application role every object of {@code public} it does not own yet, except
     * the append-only owner's. Directories of earlier versions had everything owned by the superuser; sequences
     * owned by a column move with their table.
     */
    private static List<String> handOver(Connection superuser) throws SQLException {
        List<String> statements = new ArrayList<>();
        String relations = """
                select c.relkind, format('%I.%I', n.nspname, c.relname) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                  and pg_get_userbyid(c.relowner) not in (?, ?)
                  and not (c.relkind = 'S' and exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                           and d.objid = c.oid and d.deptype in ('a', 'i')))""";
        try (PreparedStatement query = superuser.prepareStatement(relations)) {
            query.setString(1, APP);
            query.setString(2, APPEND_ONLY_OWNER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String kind = switch (rows.getString(1)) {
                        case "v" -> "view";
                        case "m" -> "materialized view";
                        case "S" -> "sequence";
                        case "f" -> "foreign table";
                        default -> "table";
                    };
                    statements.add("alter " + kind + " " + rows.getString(2) + " owner to " + APP);
                }
            }
        }
        String routines = """
                select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
                       p.oid::regprocedure::text
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and pg_get_userbyid(p.proowner) not in (?, ?)""";
        try (PreparedStatement query = superuser.prepareStatement(routines)) {
            query.setString(1, APP);
            query.setString(2, APPEND_ONLY_OWNER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add("alter " + rows.getString(1) + " " + rows.getString(2) + " owner to " + APP);
                }
            }
        }
        return statements;
    }

    /**
     * After the migrations: each append-only table (those that exist) and its trigger functions belong to
     * {@value #APPEND_ONLY_OWNER}; the application role keeps SELECT and INSERT on it and on its sequences.
     */
    static void protectAppendOnly(Connection superuser, Collection<String> tables) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            for (String table : tables) {
                String relation = regclass(superuser, table);
                if (relation == null) {
                    continue;
                }
                sql.execute("alter table " + relation + " owner to " + APPEND_ONLY_OWNER);
                sql.execute("revoke all on table " + relation + " from public, " + APP);
                sql.execute("grant select, insert on table " + relation + " to " + APP);
                for (String function : list(superuser, """
                        select distinct t.tgfoid::regprocedure::text from pg_trigger t
                        where t.tgrelid = ?::regclass and not t.tgisinternal""", relation)) {
                    sql.execute("alter function " + function + " owner to " + APPEND_ONLY_OWNER);
                }
                for (String sequence : list(superuser, """
                        select d.objid::regclass::text from pg_depend d
                        where d.classid = 'pg_class'::regclass and d.refobjid = ?::regclass
                          and d.deptype in ('a', 'i') and d.objid in (select oid from pg_class where relkind = 'S')""",
                        relation)) {
                    sql.execute("grant usage, select on sequence " + sequence + " to " + APP);
                }
            }
        }
    }

    private static String regclass(Connection superuser, String table) throws SQLException {
        List<String> found = list(superuser, "select to_regclass(?)::text", "public." + table);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> list(Connection connection, String query, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        values.add(rows.getString(1));
                    }
                }
            }
        }
        return values;
    }
}
