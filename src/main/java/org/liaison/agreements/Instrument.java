package org.liaison.agreements;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.liaison.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * A legal instrument of coordination: a regulation, an agreement, a convention or a decree. Dates may be
 * known only by their year, or not at all ({@code null}); {@code status} says how sure the dates are.
 */
public record Instrument(String id, InstrumentKind kind, String titleFr, String titleEn,
                         @Nullable PartialDate signed, @Nullable PartialDate inForce, @Nullable PartialDate ended,
                         @Nullable String replacedBy, String legalReference, FactStatus status, String source) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(status, "status");
        legalReference = legalReference == null ? "" : legalReference;
        source = source == null ? "" : source;
    }

    public String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    /** How a decision cites the instrument: its formal reference (or French title) in French, its English title in English. */
    public LocalizedText citation() {
        return new LocalizedText(legalReference.isBlank() ? titleFr : legalReference, titleEn);
    }

    public Optional<String> successor() {
        return Optional.ofNullable(replacedBy).filter(s -> !s.isBlank());
    }
}
