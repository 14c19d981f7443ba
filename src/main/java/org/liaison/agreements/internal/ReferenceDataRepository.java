package org.liaison.agreements.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PartnerKind;
import org.liaison.agreements.TimelineEvent;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartialDate;
import org.liaison.shared.PartnerCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and replaces the registry tables; callers own the transaction. */
@Repository
class ReferenceDataRepository {

    private final JdbcClient jdbc;

    ReferenceDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises concurrent loaders (several instances starting at once) until the transaction ends. */
    void lock() {
        jdbc.sql("lock table reference_data_load in exclusive mode").update();
    }

    Optional<String> checksum(String name) {
        return jdbc.sql("select checksum from reference_data_load where name = ?").param(name).query(String.class).optional();
    }

    void recordLoad(String name, String checksum) {
        jdbc.sql("""
                insert into reference_data_load (name, checksum, loaded_at) values (?, ?, now())
                on conflict (name) do update set checksum = excluded.checksum, loaded_at = excluded.loaded_at""")
                .params(name, checksum).update();
    }

    void replaceAll(ReferenceData data) {
        for (String table : List.of("agreements_timeline_event", "agreements_fact", "agreements_instrument_partner",
                "agreements_instrument", "agreements_partner")) {
            jdbc.sql("delete from " + table).update();
        }
        data.partners().forEach(p -> jdbc.sql("insert into agreements_partner (code, name_fr, name_en, kind) values (?, ?, ?, ?)")
                .params(p.code().value(), p.nameFr(), p.nameEn(), p.kind().code()).update());
        data.instruments().forEach(i -> jdbc.sql("""
                        insert into agreements_instrument (id, kind, title_fr, title_en, signed, in_force, ended, replaced_by,
                            legal_reference, status, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.kind().code(), i.titleFr(), i.titleEn(), text(i.signed()), text(i.inForce()),
                        text(i.ended()), i.replacedBy(), i.legalReference(), i.status().code(), i.source()).update());
        data.periods().forEach(p -> jdbc.sql("""
                        insert into agreements_instrument_partner (instrument_id, partner_code, date_from, date_to, from_day,
                            to_day, role, status, source, note_fr, note_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.instrumentId(), p.partner().value(), text(p.from()), text(p.to()),
                        p.from() == null ? null : p.from().first(), p.to() == null ? null : p.to().last(),
                        p.role().name().toLowerCase(java.util.Locale.ROOT), p.status().code(), p.source(), p.note().fr(), p.note().en()).update());
        data.facts().forEach(f -> jdbc.sql("""
                        insert into agreements_fact (instrument_id, partner_code, fact, value, valid_from, valid_to, status,
                            source, note_fr, note_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.instrumentId(), f.partner() == null ? null : f.partner().value(), f.type().code(), f.value(),
                        text(f.validFrom()), text(f.validTo()), f.status().code(), f.source(), f.note().fr(), f.note().en()).update());
        data.timeline().forEach(t -> jdbc.sql("""
                        insert into agreements_timeline_event (event_date, title_fr, title_en, instrument_id, source)
                        values (?, ?, ?, ?, ?)""")
                .params(t.date().toString(), t.titleFr(), t.titleEn(), t.instrumentId(), t.source()).update());
    }

    ReferenceData read() {
        List<Partner> partners = jdbc.sql("select * from agreements_partner order by code").query((rs, n) -> new Partner(
                PartnerCode.of(rs.getString("code")), rs.getString("name_fr"), rs.getString("name_en"),
                PartnerKind.fromCode(rs.getString("kind")))).list();
        List<Instrument> instruments = jdbc.sql("select * from agreements_instrument order by id").query((rs, n) -> new Instrument(
                rs.getString("id"), InstrumentKind.fromCode(rs.getString("kind")), rs.getString("title_fr"),
                rs.getString("title_en"), date(rs.getString("signed")), date(rs.getString("in_force")),
                date(rs.getString("ended")), rs.getString("replaced_by"), rs.getString("legal_reference"),
                FactStatus.fromCode(rs.getString("status")), rs.getString("source"))).list();
        List<InstrumentPeriod> periods = jdbc.sql("select * from agreements_instrument_partner order by id").query((rs, n) ->
                new InstrumentPeriod(rs.getString("instrument_id"), PartnerCode.of(rs.getString("partner_code")),
                        date(rs.getString("date_from")), date(rs.getString("date_to")),
                        InstrumentPeriod.Role.valueOf(rs.getString("role").toUpperCase(java.util.Locale.ROOT)),
                        FactStatus.fromCode(rs.getString("status")), rs.getString("source"), note(rs))).list();
        List<Fact> facts = jdbc.sql("select * from agreements_fact order by id").query((rs, n) -> new Fact(
                rs.getString("instrument_id"), rs.getString("partner_code") == null ? null : PartnerCode.of(rs.getString("partner_code")),
                FactType.fromCode(rs.getString("fact")), rs.getString("value"), date(rs.getString("valid_from")),
                date(rs.getString("valid_to")), FactStatus.fromCode(rs.getString("status")), rs.getString("source"),
                note(rs))).list();
        List<TimelineEvent> timeline = jdbc.sql("select * from agreements_timeline_event order by id").query((rs, n) ->
                new TimelineEvent(PartialDate.parse(rs.getString("event_date")), rs.getString("title_fr"),
                        rs.getString("title_en"), rs.getString("instrument_id"), rs.getString("source"))).list();
        return new ReferenceData(partners, instruments, periods, facts, timeline);
    }

    private static LocalizedText note(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LocalizedText(rs.getString("note_fr"), rs.getString("note_en"));
    }

    private static @Nullable String text(@Nullable PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable PartialDate date(@Nullable String text) {
        return ReferenceDataParser.date(text);
    }
}
