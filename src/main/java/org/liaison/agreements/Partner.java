package org.liaison.agreements;

import java.util.Locale;
import java.util.Objects;
import org.liaison.shared.PartnerCode;

/** A state or territory France coordinates social security with, named in French and English. */
public record Partner(PartnerCode code, String nameFr, String nameEn, PartnerKind kind) {

    public Partner {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameFr, "nameFr");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }

    /** The name in the given language: English for English, French otherwise. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
