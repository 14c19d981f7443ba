package org.liaison.exchange.web.institutions;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.liaison.exchange.institutions.InstitutionId;

/** Country names for EESSI codes, which differ from ISO 3166 for Greece (EL) and the United Kingdom (UK). */
final class CountryNames {

    private CountryNames() {
    }

    /** A code of the form and its name, for select lists. */
    record Country(String code, String name) {
    }

    static String name(String code, Locale locale) {
        String iso = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        return new Locale("", iso).getDisplayCountry(locale);
    }

    /** The EESSI countries sorted by name in that language. */
    static List<Country> all(Locale locale) {
        return InstitutionId.EESSI_COUNTRIES.stream().map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, java.text.Collator.getInstance(locale))).toList();
    }
}
