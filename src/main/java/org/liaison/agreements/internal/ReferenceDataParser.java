package org.liaison.agreements.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/** Turns the CSV files into domain values; every error names its file and line. No Spring here. */
public final class ReferenceDataParser {

    public ReferenceData parse(ReferenceDataFiles files) {
        return new ReferenceData(
                rows(files, "partners.csv", r -> new Partner(PartnerCode.of(r.get("code")), r.get("name_fr"),
                        r.get("name_en"), PartnerKind.fromCode(r.get("kind")))),
                rows(files, "instruments.csv", r -> new Instrument(r.get("id"), InstrumentKind.fromCode(r.get("kind")),
                        r.get("title_fr"), r.get("title_en"), date(r.get("signed")), date(r.get("in_force")),
                        date(r.get("ended")), blankToNull(r.get("replaced_by")), r.get("legal_reference"),
                        FactStatus.fromCode(r.get("status")), r.get("source"))),
                rows(files, "instrument-partners.csv", r -> new InstrumentPeriod(r.get("instrument_id"),
                        PartnerCode.of(r.get("partner_code")), date(r.get("from")), date(r.get("to")),
                        InstrumentPeriod.Role.valueOf(r.get("role").toUpperCase(java.util.Locale.ROOT)),
                        FactStatus.fromCode(r.get("status")), r.get("source"), note(r))),
                rows(files, "facts.csv", r -> readable(new Fact(r.get("instrument_id"), code(r.get("partner_code")),
                        FactType.fromCode(r.get("fact")), blankToNull(r.get("value")), date(r.get("valid_from")),
                        date(r.get("valid_to")), FactStatus.fromCode(r.get("status")), r.get("source"), note(r)))),
                rows(files, "timeline.csv", r -> new TimelineEvent(PartialDate.parse(r.get("date")), r.get("title_fr"),
                        r.get("title_en"), blankToNull(r.get("instrument_id")), r.get("source"))));
    }

    private static <T> List<T> rows(ReferenceDataFiles files, String file, Function<Map<String, String>, T> mapper) {
        List<Map<String, String>> rows = Csv.read(file, files.content(file));
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            try {
                return mapper.apply(rows.get(i));
            } catch (RuntimeException e) {
                throw new ReferenceDataException(file + " line " + (i + 2) + ": " + e.getMessage(), e);
            }
        }).toList();
    }

    /** A value its type cannot read fails the load here, with its file and line, rather than a later look-up. */
    private static Fact readable(Fact fact) {
        if (fact.value() != null) {
            fact.type().parse(fact.value());
        }
        return fact;
    }

    private static LocalizedText note(Map<String, String> row) {
        return new LocalizedText(row.get("note_fr"), row.get("note_en"));
    }

    static @Nullable PartialDate date(@Nullable String text) {
        return text == null || text.isBlank() ? null : PartialDate.parse(text);
    }

    private static @Nullable PartnerCode code(@Nullable String text) {
        return text == null || text.isBlank() ? null : PartnerCode.of(text);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
