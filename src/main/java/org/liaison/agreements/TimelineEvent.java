package org.liaison.agreements;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/** A key date in the history of France's coordination agreements (the Cleiss timeline and instrument dates). */
public record TimelineEvent(PartialDate date, String titleFr, String titleEn, @Nullable String instrumentId, String source) {

    public String title(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
