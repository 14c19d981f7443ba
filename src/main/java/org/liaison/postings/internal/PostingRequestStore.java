package org.liaison.postings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.DecisionView;
import org.liaison.coordination.SituationInput;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Posting requests in PostgreSQL; the situation, the holder and the decision as jsonb. */
@Repository
class PostingRequestStore {

    private static final String COLUMNS = "number, status, engine_status, situation::text as situation, holder::text as holder, "
            + "employer_name, public_fields, work_state, posted_from, decision::text as decision, reason_fr, reason_en, "
            + "exchange_needed, exchange_partner, submitted_at, decided_at, decided_by, access_code_hash, exchange_case_id, "
            + "agreement_answer, answer_sed_type, answer_received_at, applicant, replaces_certificate, extends_certificate";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PostingRequestStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextNumber() {
        long next = jdbc.sql("select nextval('posting_request_number_seq')").query(Long.class).single();
        return "DET-%d-%06d".formatted(Year.now().getValue(), next);
    }

    void insert(String number, String accessCodeHash, SituationInput situation, Submission.HolderInput holder,
                String employerName, Set<PublicField> publicFields, String workState, String postedFrom,
                @Nullable String applicant) {
        jdbc.sql("""
                insert into posting_request (number, access_code_hash, status, situation, holder, employer_name,
                    public_fields, work_state, posted_from, applicant)
                values (:number, :hash, 'SUBMITTED', cast(:situation as jsonb), cast(:holder as jsonb), :employer,
                    :fields, :work, :from, :applicant)""")
                .param("number", number).param("hash", accessCodeHash)
                .param("situation", json.writeValueAsString(situation)).param("holder", json.writeValueAsString(holder))
                .param("employer", employerName)
                .param("fields", publicFields.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("work", workState).param("from", postedFrom).param("applicant", applicant)
                .update();
    }

    /** What the request continues: a withdrawn certificate it replaces or a valid one it extends. */
    void continues(String number, @Nullable String replaces, @Nullable String extendsCertificate) {
        if (replaces != null || extendsCertificate != null) {
            jdbc.sql("update posting_request set replaces_certificate = :replaces, extends_certificate = :extends where number = :number")
                    .param("replaces", replaces).param("extends", extendsCertificate).param("number", number).update();
        }
    }

    void engineDecided(String number, String engineStatus, DecisionView decision) {
        jdbc.sql("update posting_request set engine_status = :status, decision = cast(:decision as jsonb) where number = :number")
                .param("status", engineStatus).param("decision", json.writeValueAsString(decision)).param("number", number)
                .update();
    }

    void queue(String number, boolean exchangeNeeded, @Nullable String exchangePartner) {
        jdbc.sql("""
                update posting_request set status = 'IN_REVIEW', exchange_needed = :needed, exchange_partner = :partner
                where number = :number""")
                .param("needed", exchangeNeeded).param("partner", exchangePartner).param("number", number).update();
    }

    /** Why a request waits for an officer although the engine decided (a request made without an account). */
    void queueReason(String number, LocalizedText reason) {
        jdbc.sql("update posting_request set reason_fr = ?, reason_en = ? where number = ?")
                .params(reason.fr(), reason.en(), number).update();
    }

    /** The requests made from an account, newest first. */
    List<PostingRequest> ofApplicant(String applicant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from posting_request where applicant = ? order by submitted_at desc, number desc limit ?")
                .params(applicant, limit).query(this::row).list().stream().map(Stored::request).toList();
    }

    void close(String number, PostingStatus status, @Nullable LocalizedText reason, String decidedBy) {
        jdbc.sql("""
                update posting_request set status = :status, reason_fr = :fr, reason_en = :en, decided_at = now(),
                    decided_by = :by where number = :number""")
                .param("status", status.name()).param("fr", reason == null ? null : reason.fr())
                .param("en", reason == null ? null : reason.en())
                .param("by", decidedBy).param("number", number).update();
    }

    /** Links the request to its exchange case; false when it already had one (nothing changed). */
    boolean linkCase(String number, String caseId) {
        return jdbc.sql("update posting_request set exchange_case_id = :case where number = :number and exchange_case_id is null")
                .param("case", caseId).param("number", number).update() == 1;
    }

    /** The request whose exchange case this is, if any. */
    Optional<String> numberOfCase(String caseId) {
        return jdbc.sql("select number from posting_request where exchange_case_id = ?").param(caseId)
                .query(String.class).optional();
    }

    void answerReceived(String number, AgreementAnswer answer, String sedType) {
        jdbc.sql("""
                update posting_request set agreement_answer = :answer, answer_sed_type = :sed, answer_received_at = now()
                where number = :number""")
                .param("answer", answer.name()).param("sed", sedType).param("number", number).update();
    }

    void addEvent(String number, String kind, @Nullable String caseId, @Nullable String sedType, String actor) {
        jdbc.sql("insert into posting_request_event (request_number, kind, case_id, sed_type, actor) values (?, ?, ?, ?, ?)")
                .params(number, kind, caseId, sedType, actor).update();
    }

    List<PostingEvent> events(String number) {
        return jdbc.sql("select at, kind, case_id, sed_type, actor from posting_request_event where request_number = ? order by at, id")
                .param(number).query((rs, i) -> new PostingEvent(instant(rs.getTimestamp("at")), rs.getString("kind"),
                        rs.getString("case_id"), rs.getString("sed_type"), rs.getString("actor"))).list();
    }

    void addCertificate(String number, String certificateNumber) {
        jdbc.sql("insert into posting_certificate (request_number, certificate_number) values (?, ?)")
                .params(number, certificateNumber).update();
    }

    /** The request and the hash of its access code. */
    record Stored(PostingRequest request, String accessCodeHash) {
    }

    Optional<Stored> find(String number) {
        return jdbc.sql("select " + COLUMNS + " from posting_request where number = ?").param(number)
                .query(this::row).optional();
    }

    /**
     * Requests with the status, oldest first (the queue is served in order of arrival), except that those with a
     * partner's answer come first, the latest answer on top: the officer can now decide them.
     */
    List<PostingRequest> withStatus(PostingStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from posting_request where status = ? "
                        + "order by answer_received_at desc nulls last, submitted_at, number limit ?")
                .params(status.name(), limit).query(this::row).list().stream().map(Stored::request).toList();
    }

    private Stored row(ResultSet rs, int rowNumber) throws SQLException {
        String number = rs.getString("number");
        String decision = rs.getString("decision");
        String reasonFr = rs.getString("reason_fr");
        String answer = rs.getString("agreement_answer");
        PostingRequest request = new PostingRequest(number, PostingStatus.valueOf(rs.getString("status")),
                rs.getString("engine_status"),
                json.readValue(rs.getString("situation"), SituationInput.class),
                json.readValue(rs.getString("holder"), Submission.HolderInput.class),
                rs.getString("employer_name"), publicFields(rs.getString("public_fields")),
                rs.getString("work_state"), rs.getString("posted_from"),
                decision == null ? null : json.readValue(decision, DecisionView.class),
                reasonFr == null ? null : new LocalizedText(reasonFr, rs.getString("reason_en")),
                rs.getBoolean("exchange_needed"), rs.getString("exchange_partner"),
                instant(rs.getTimestamp("submitted_at")), instantOrNull(rs.getTimestamp("decided_at")),
                rs.getString("decided_by"), certificates(number), rs.getString("exchange_case_id"),
                answer == null ? null : AgreementAnswer.valueOf(answer), rs.getString("answer_sed_type"),
                instantOrNull(rs.getTimestamp("answer_received_at")), rs.getString("applicant"),
                rs.getString("replaces_certificate"), rs.getString("extends_certificate"));
        return new Stored(request, rs.getString("access_code_hash"));
    }

    private List<String> certificates(String number) {
        return jdbc.sql("select certificate_number from posting_certificate where request_number = ? order by certificate_number")
                .param(number).query(String.class).list();
    }

    private static Set<PublicField> publicFields(String text) {
        Set<PublicField> fields = EnumSet.noneOf(PublicField.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(PublicField::valueOf).forEach(fields::add);
        return fields;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
