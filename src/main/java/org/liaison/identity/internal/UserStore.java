package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.identity.Role;
import org.liaison.identity.UserAccount;
import org.liaison.identity.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their roles in PostgreSQL ({@code app_user}, {@code app_user_role}). */
@Repository
class UserStore implements Users {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.organisation_code, u.enabled, u.locked_until,
                   u.last_login_at, u.password_hash, u.failed_attempts,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join app_user_role r on r.user_id = u.id
            """;

    /** A user as stored, with what only this module may see. */
    record StoredUser(long id, UserAccount account, String passwordHash, int failedAttempts) {
    }

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return load(username).map(StoredUser::account);
    }

    @Override
    public List<UserAccount> all() {
        return jdbc.sql(SELECT + " group by u.id order by u.username").query(UserStore::map).list()
                .stream().map(StoredUser::account).toList();
    }

    @Override
    public List<UserAccount> withRole(Role role) {
        return all().stream().filter(u -> u.enabled() && u.hasRole(role)).toList();
    }

    Optional<StoredUser> load(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = :username group by u.id")
                .param("username", normalise(username)).query(UserStore::map).optional();
    }

    long insert(UserAccount user, String passwordHash) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, email, organisation_code, enabled, password_hash)
                        values (:username, :displayName, :email, :organisation, :enabled, :hash) returning id""")
                .param("username", normalise(user.username()))
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("organisation", user.organisationCode())
                .param("enabled", user.enabled())
                .param("hash", passwordHash)
                .query(Long.class).single();
        saveRoles(id, user.roles());
        return id;
    }

    void update(long id, String displayName, String email, String organisationCode, Set<Role> roles) {
        jdbc.sql("""
                        update app_user set display_name = :displayName, email = :email,
                               organisation_code = :organisation, updated_at = now() where id = :id""")
                .param("displayName", displayName).param("email", email)
                .param("organisation", organisationCode).param("id", id).update();
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        saveRoles(id, roles);
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, updated_at = now() where id = ?").params(enabled, id).update();
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = now() where id = ?")
                .params(passwordHash, id).update();
    }

    /** Reads the lock-out counters and holds the row until the transaction ends. */
    Optional<LockoutState> lockoutForUpdate(String username) {
        return jdbc.sql("select failed_attempts, locked_until from app_user where lower(username) = ? for update")
                .param(normalise(username))
                .query((rs, n) -> new LockoutState(rs.getInt(1), instant(rs.getTimestamp(2)))).optional();
    }

    /**
     * Forgets earlier failures, and the lock its own attempt may have set when counted; a no-op (no write) when there
     * are none, which is the common case.
     */
    void clearFailures(String username) {
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null
                        where lower(username) = ? and (failed_attempts > 0 or locked_until is not null)""")
                .param(normalise(username)).update();
    }

    void setLockout(String username, LockoutState state) {
        jdbc.sql("update app_user set failed_attempts = ?, locked_until = ? where lower(username) = ?")
                .params(state.failedAttempts(), offset(state.lockedUntil()), normalise(username)).update();
    }

    void recordLogin(String username, Instant at) {
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null, last_login_at = ?
                        where lower(username) = ?""")
                .params(offset(at), normalise(username)).update();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private void saveRoles(long id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    private static StoredUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toSet()));
        UserAccount account = new UserAccount(rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("organisation_code"), roles, rs.getBoolean("enabled"),
                instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")));
        return new StoredUser(rs.getLong("id"), account, rs.getString("password_hash"), rs.getInt("failed_attempts"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Object offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
