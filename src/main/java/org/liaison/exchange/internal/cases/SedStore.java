package org.liaison.exchange.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.SedAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SEDs of the cases: content as jsonb with its SHA-256, attachments as bytea, one row per message id. */
@Repository
class SedStore {

    private static final String COLUMNS = "s.id, s.type, s.version, s.action, s.direction, s.sender_role, "
            + "s.sender_institution, s.receiver_institution, s.in_reply_to, s.participant, s.status, s.on_date, "
            + "s.created_at, s.message_id, s.content_hash, "
            + "(select count(*) from exchange_attachment a where a.sed_id = s.id) as attachments";

    private final JdbcClient jdbc;

    SedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseId, CaseSed sed, String content, List<SedAttachment> attachments, String actor) {
        jdbc.sql("""
                insert into exchange_sed (id, case_id, message_id, type, version, action, direction, sender_role,
                    sender_institution, receiver_institution, in_reply_to, participant, status, content, content_text,
                    content_hash, on_date, created_at, created_by)
                values (:id, :case, :message, :type, :version, :action, :direction, :role, :sender, :receiver, :reply,
                    :participant, :status, cast(:content as jsonb), :content, :hash, :date, :at, :actor)""")
                .param("id", sed.id()).param("case", caseId).param("message", sed.messageId()).param("type", sed.type())
                .param("version", sed.version()).param("action", sed.action().name())
                .param("direction", sed.outgoing() ? "OUT" : "IN").param("role", sed.senderRole().name())
                .param("sender", sed.sender()).param("receiver", sed.receiver()).param("reply", sed.inReplyTo())
                .param("participant", sed.participant()).param("status", sed.state().name())
                .param("content", content).param("hash", sed.contentHash()).param("date", sed.date())
                .param("at", Timestamp.from(sed.at())).param("actor", actor).update();
        // the case's person as the first SED naming them says (the same SQL function as the V4_8 backfill)
        jdbc.sql("""
                update exchange_case set person_name = (select exchange_person_name(content) from exchange_sed where id = ?)
                where id = ? and person_name is null""").params(sed.id(), caseId).update();
        for (SedAttachment file : attachments) {
            jdbc.sql("""
                    insert into exchange_attachment (sed_id, file_name, media_type, size, sha256, content)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(sed.id(), file.fileName(), file.mediaType(), file.content().length,
                            Hashes.sha256(file.content()), file.content())
                    .update();
        }
    }

    boolean hasMessage(String messageId) {
        return jdbc.sql("select count(*) from exchange_sed where message_id = ?").param(messageId).query(Long.class)
                .single() > 0;
    }

    List<CaseSed> ofCase(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from exchange_sed s where s.case_id = ? order by s.created_at, s.id")
                .param(caseId).query(this::row).list();
    }

    Optional<String> content(String caseId, String sedId) {
        return jdbc.sql("select content::text from exchange_sed where case_id = ? and id = ?").params(caseId, sedId)
                .query(String.class).optional();
    }

    /** The SED's text as exchanged (the jsonb text for an SED stored before that text was kept). */
    Optional<String> exchangedText(String caseId, String sedId) {
        return jdbc.sql("select coalesce(content_text, content::text) from exchange_sed where case_id = ? and id = ?")
                .params(caseId, sedId).query(String.class).optional();
    }

    List<SedAttachment> attachments(String sedId) {
        return jdbc.sql("select file_name, media_type, content from exchange_attachment where sed_id = ? order by id")
                .param(sedId)
                .query((rs, n) -> new SedAttachment(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .list();
    }

    void invalidate(String caseId, String sedId) {
        jdbc.sql("update exchange_sed set status = 'INVALIDATED' where case_id = ? and id = ?").params(caseId, sedId)
                .update();
    }

    private CaseSed row(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("created_at").toInstant();
        return new CaseSed(rs.getString("id"), rs.getString("type"), rs.getString("version"),
                BucActionKind.valueOf(rs.getString("action")), "OUT".equals(rs.getString("direction")),
                CaseRole.valueOf(rs.getString("sender_role")), rs.getString("sender_institution"),
                rs.getString("receiver_institution"), rs.getString("in_reply_to"), rs.getString("participant"),
                BucSedState.valueOf(rs.getString("status")), rs.getDate("on_date").toLocalDate(), at,
                rs.getString("message_id"), rs.getString("content_hash"), rs.getInt("attachments"));
    }
}
