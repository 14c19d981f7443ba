package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.liaison.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API clients in PostgreSQL ({@code api_client}, {@code api_client_usage}). */
@Repository
class ApiClientStore {

    private static final String SELECT = """
            select id, name, organisation_code, role, key_id, secret_hash, expires_at, created_at, created_by,
                   revoked_at, revoked_by, last_used_at from api_client""";

    /** A client with the hash of its secret, which only this module sees. */
    record StoredClient(ApiClient client, String secretHash) {
    }

    private final JdbcClient jdbc;

    ApiClientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiClient> all() {
        return jdbc.sql(SELECT + " order by name").query(ApiClientStore::map).list().stream()
                .map(StoredClient::client).toList();
    }

    Optional<ApiClient> findByName(String name) {
        return jdbc.sql(SELECT + " where name = ?").param(name).query(ApiClientStore::map).optional()
                .map(StoredClient::client);
    }

    /** The one look-up of every call with a token: by the unique key id. */
    Optional<StoredClient> findByKeyId(String keyId) {
        return jdbc.sql(SELECT + " where key_id = ?").param(keyId).query(ApiClientStore::map).optional();
    }

    void insert(String name, String organisationCode, Role role, ApiClientSecrets.Issued secret, Instant expiresAt,
                String createdBy) {
        jdbc.sql("""
                        insert into api_client (name, organisation_code, role, key_id, secret_hash, expires_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(name, organisationCode, role.name(), secret.keyId(), secret.secretHash(),
                        expiresAt.atOffset(ZoneOffset.UTC), createdBy)
                .update();
    }

    /** Revokes once: a second revocation changes nothing (the first date and author are kept). */
    boolean revoke(long id, Instant at, String by) {
        return jdbc.sql("update api_client set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(at.atOffset(ZoneOffset.UTC), by, id).update() == 1;
    }

    void addUsage(long clientId, Instant minute, long calls, long refused) {
        jdbc.sql("""
                        insert into api_client_usage (client_id, minute, calls, refused) values (?, ?, ?, ?)
                        on conflict (client_id, minute) do update
                        set calls = api_client_usage.calls + excluded.calls,
                            refused = api_client_usage.refused + excluded.refused""")
                .params(clientId, minute.atOffset(ZoneOffset.UTC), calls, refused).update();
        jdbc.sql("update api_client set last_used_at = greatest(coalesce(last_used_at, ?), ?) where id = ?")
                .params(minute.atOffset(ZoneOffset.UTC), minute.atOffset(ZoneOffset.UTC), clientId).update();
    }

    private static StoredClient map(ResultSet rs, int row) throws SQLException {
        ApiClient client = new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("organisation_code"),
                Role.valueOf(rs.getString("role")), rs.getString("key_id"), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"),
                instant(rs.getTimestamp("last_used_at")));
        return new StoredClient(client, rs.getString("secret_hash"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
