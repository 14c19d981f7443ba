package org.liaison.agreements.internal;

import java.util.List;
import java.util.Locale;
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
import org.liaison.shared.data.CsvFile;
import org.liaison.shared.data.CsvFileException;

/** Turns the CSV files into domain values; every error names its file, line and, where it can, column. No Spring here. */
public final class ReferenceDataParser {

    public ReferenceData parse(ReferenceDataFiles files) {
        return new ReferenceData(
                rows(files, "partners.csv", r -> new Partner(r.get("code", PartnerCode::of), r.get("name_fr"),
                        r.get("name_en"), r.get("kind", PartnerKind::fromCode))),
                rows(files, "instruments.csv", r -> new Instrument(r.get("id"), r.get("kind", InstrumentKind::fromCode),
                        r.get("title_fr"), r.get("title_en"), r.get("signed", ReferenceDataParser::date),
                        r.get("in_force", ReferenceDataParser::date), r.get("ended", ReferenceDataParser::date),
                        blankToNull(r.get("replaced_by")), r.get("legal_reference"),
                        r.get("status", FactStatus::fromCode), r.get("source"))),
                rows(files, "instrument-partners.csv", r -> new InstrumentPeriod(r.get("instrument_id"),
                        r.get("partner_code", PartnerCode::of), r.get("from", ReferenceDataParser::date),
                        r.get("to", ReferenceDataParser::date),
                        r.get("role", role -> InstrumentPeriod.Role.valueOf(role.toUpperCase(Locale.ROOT))),
                        r.get("status", FactStatus::fromCode), r.get("source"), note(r))),
                rows(files, "facts.csv", r -> {
                    FactType type = r.get("fact", FactType::fromCode);
                    return new Fact(r.get("instrument_id"), r.get("partner_code", ReferenceDataParser::code), type,
                            r.get("value", value -> readable(type, value)), r.get("valid_from", ReferenceDataParser::date),
                            r.get("valid_to", ReferenceDataParser::date), r.get("status", FactStatus::fromCode),
                            r.get("source"), note(r));
                }),
                rows(files, "timeline.csv", r -> new TimelineEvent(r.get("date", PartialDate::parse), r.get("title_fr"),
                        r.get("title_en"), blankToNull(r.get("instrument_id")), r.get("source"))));
    }

    private static <T> List<T> rows(ReferenceDataFiles files, String file, Function<CsvFile.Row, T> mapper) {
        try {
            return CsvFile.read(file, files.content(file), ',').stream().map(row -> {
                try {
                    return mapper.apply(row);
                } catch (CsvFileException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new CsvFileException(file + " line " + row.line() + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (CsvFileException e) {
            throw new ReferenceDataException(e.getMessage(), e);
        }
    }

    /** A value its type cannot read fails the load here, with its file, line and column, rather than a later look-up. */
    private static @Nullable String readable(FactType type, String value) {
        if (value.isBlank()) {
            return null;
        }
        type.parse(value);
        return value;
    }

    private static LocalizedText note(CsvFile.Row row) {
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
