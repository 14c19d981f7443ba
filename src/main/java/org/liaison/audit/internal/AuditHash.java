package org.liaison.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of an audit entry: lower-case hex SHA-256 of the UTF-8 bytes of its canonical serialisation
 *
 * <pre>
 * "liaison-audit-v1" "|" F(id) "|" F(occurred_at) "|" F(actor) "|" F(action) "|" F(object_type) "|"
 *     F(object_id) "|" F(origin) "|" F(details) "|" F(previous_hash)
 * </pre>
 *
 * where {@code F(null) = "-"} and {@code F(s) = <number of UTF-8 bytes of s> ":" s}, so no value can be
 * mistaken for a separator; {@code id} is written in decimal; {@code occurred_at} in UTC as
 * {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (always six fraction digits, PostgreSQL's precision); {@code details} is
 * {@code <count> ";"} followed by {@code F(key) F(value)} for each entry, keys in ascending (ASCII) order.
 * The first entry's {@code previous_hash} is 64 zeros. Because the id and the previous hash are inside the
 * hashed text, an edited, deleted, inserted or re-ordered row breaks the chain.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    public static String of(AuditEntry entry) {
        return sha256(canonical(entry));
    }

    static String canonical(AuditEntry e) {
        return "liaison-audit-v1"
                + "|" + field(Long.toString(e.id()))
                + "|" + field(TIME.format(e.occurredAt()))
                + "|" + field(e.actor())
                + "|" + field(e.action())
                + "|" + field(e.objectType())
                + "|" + field(e.objectId())
                + "|" + field(e.origin())
                + "|" + field(details(e.details()))
                + "|" + field(e.previousHash());
    }

    static Instant precision(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String details(Map<String, String> details) {
        StringBuilder text = new StringBuilder().append(details.size()).append(';');
        new TreeMap<>(details).forEach((key, value) -> text.append(field(key)).append(field(value)));
        return text.toString();
    }

    private static String field(String value) {
        return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
