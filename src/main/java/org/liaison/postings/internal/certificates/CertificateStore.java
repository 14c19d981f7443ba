package org.liaison.postings.internal.certificates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The certificates table and the number counters. */
@Repository
class CertificateStore {

    static final String COLUMNS = """
            number, kind, posting_request_number, holder_family_name, holder_given_names, holder_birth_date,
            holder_nationality, holder_identifier, employer_name, employer_id, competent_state, work_state,
            period_start, period_end, provision_code, instrument_id, public_fields, issued_at, issued_by,
            withdrawn_at, withdrawn_by, withdrawal_reason""";

    /** What verification needs, and nothing that would tempt a caller to show more. */
    record Secret(byte[] salt, byte[] hash) {
    }

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next sequence value for the prefix and year; the row lock serialises concurrent issues. */
    int nextSequence(String prefix, int year) {
        return jdbc.sql("""
                        insert into certificate_number_counter (prefix, year, last_value) values (?, ?, 1)
                        on conflict (prefix, year) do update set last_value = certificate_number_counter.last_value + 1
                        returning last_value""")
                .params(prefix, year).query(Integer.class).single();
    }

    void insert(String number, CertificateRequest r, Secret secret, Instant issuedAt, String issuedBy, byte[] pdf) {
        jdbc.sql("insert into certificate (" + COLUMNS + ", code_salt, code_hash, pdf) values ("
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?)")
                .params(number, r.kind().name(), r.postingRequestNumber(), r.holderFamilyName().strip(),
                        r.holderGivenNames().strip(), r.holderBirthDate(), r.holderNationality(), r.holderIdentifier(),
                        r.employerName().strip(), r.employerId().strip(), r.competentState().value(),
                        r.workState().value(), r.period().start(), r.period().end(), r.provisionCode(),
                        r.instrumentId(), fields(r.publicFields()), issuedAt.atOffset(ZoneOffset.UTC), issuedBy,
                        secret.salt(), secret.hash(), pdf)
                .update();
    }

    Optional<CertificateRecord> find(String number) {
        return jdbc.sql("select " + COLUMNS + " from certificate where number = ?").param(number)
                .query(CertificateStore::map).optional();
    }

    Optional<Secret> secret(String number) {
        return jdbc.sql("select code_salt, code_hash from certificate where number = ?").param(number)
                .query((rs, n) -> new Secret(rs.getBytes(1), rs.getBytes(2))).optional();
    }

    Optional<byte[]> pdf(String number) {
        return jdbc.sql("select pdf from certificate where number = ?").param(number)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Marks the certificate withdrawn unless it already is; false when nothing changed. */
    boolean withdraw(String number, String reason, Instant at, String by) {
        return jdbc.sql("""
                        update certificate set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
                        where number = ? and withdrawn_at is null""")
                .params(at.atOffset(ZoneOffset.UTC), by, reason, number).update() == 1;
    }

    /** Newest first; {@code numberPart} matches anywhere in the number, {@code withdrawn} null means both. */
    List<CertificateRecord> search(String numberPart, Boolean withdrawn, int limit) {
        String like = "%" + numberPart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from certificate where number like :like"
                        + " and (cast(:withdrawn as boolean) is null or (withdrawn_at is not null) = cast(:withdrawn as boolean))"
                        + " order by issued_at desc, number desc limit :limit")
                .param("like", like).param("withdrawn", withdrawn).param("limit", limit)
                .query(CertificateStore::map).list();
    }

    private static String fields(Set<PublicField> fields) {
        return fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<PublicField> fields(String stored) {
        Set<PublicField> fields = EnumSet.noneOf(PublicField.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(PublicField::valueOf).forEach(fields::add);
        return fields;
    }

    private static CertificateRecord map(ResultSet rs, int row) throws SQLException {
        String nationality = rs.getString("holder_nationality");
        CertificateRequest request = new CertificateRequest(CertificateKind.valueOf(rs.getString("kind")),
                rs.getString("posting_request_number"), rs.getString("holder_family_name"),
                rs.getString("holder_given_names"), rs.getObject("holder_birth_date", java.time.LocalDate.class),
                nationality, rs.getString("holder_identifier"), rs.getString("employer_name"),
                rs.getString("employer_id"), new PartnerCode(rs.getString("competent_state")),
                new PartnerCode(rs.getString("work_state")),
                DatePeriod.of(rs.getObject("period_start", java.time.LocalDate.class),
                        rs.getObject("period_end", java.time.LocalDate.class)),
                rs.getString("provision_code"), rs.getString("instrument_id"), fields(rs.getString("public_fields")));
        OffsetDateTime withdrawnAt = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new CertificateRecord(rs.getString("number"), request,
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("issued_by"),
                withdrawnAt == null ? null : withdrawnAt.toInstant(), rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"));
    }
}
