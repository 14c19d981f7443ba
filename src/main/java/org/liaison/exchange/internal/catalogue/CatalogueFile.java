package org.liaison.exchange.internal.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaison.exchange.seds.SedSector;
import org.liaison.exchange.seds.SedType;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.data.CsvFile;

/**
 * Reads {@code exchange/seds/catalogue.csv}: one SED a line under the header, fields separated by semicolons
 * (code;sector;buc;title_fr;title_en;title_status;source;variants), lines starting with # are comments; the
 * variants are a comma-separated list.
 */
final class CatalogueFile {

    static final String LOCATION = "exchange/seds/catalogue.csv";

    private CatalogueFile() {
    }

    static List<SedType> read() {
        return parse(CsvFile.fromClasspath(LOCATION, ';'));
    }

    static List<SedType> parse(List<CsvFile.Row> rows) {
        return rows.stream().map(r -> new SedType(r.get("code"), r.get("sector", SedSector::valueOf), r.get("buc"),
                new LocalizedText(r.get("title_fr"), r.get("title_en")),
                r.get("title_status", status -> SedType.TitleStatus.valueOf(status.toUpperCase(Locale.ROOT))),
                r.get("source"), variants(r.get("variants")))).toList();
    }

    private static List<String> variants(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }
}
