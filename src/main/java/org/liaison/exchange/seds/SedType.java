package org.liaison.exchange.seds;

import java.util.List;
import java.util.Objects;
import org.liaison.shared.LocalizedText;

/**
 * One type of structured electronic document (SED) of the catalogue, e.g. {@code A001} or {@code P2000}.
 *
 * @param code        the EESSI code (e.g. "A009", "U001CB")
 * @param sector      the sector it belongs to
 * @param buc         the business use case where it is typically used (a hint, e.g. "LA_BUC_04")
 * @param title       its title in French and English; empty when no source gives one
 * @param titleStatus where the title comes from
 * @param source      the key of the source that names it (table of shared/reference/eessi.md)
 * @param variants    the country variants (e.g. P3000_FR is the French variant of P3000), possibly none
 */
public record SedType(String code, SedSector sector, String buc, LocalizedText title, TitleStatus titleStatus,
                      String source, List<String> variants) {

    public SedType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sector, "sector");
        variants = List.copyOf(variants);
    }

    /** Where a title comes from, so that a reader knows how far to trust it. */
    public enum TitleStatus {
        /** The English title was read in a source; the French one is a translation. */
        SOURCE,
        /** Both titles are translations of the label a source gives (often Norwegian). */
        TRANSLATED,
        /** The source gives one title for a range of SEDs; each carries it. */
        GROUP,
        /** No source gives a title. */
        UNKNOWN
    }
}
