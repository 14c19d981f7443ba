package org.liaison.exchange.institutions;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The id of an institution in the institution repository (IR): {@code CC:code}, where CC is the country as EESSI
 * writes it (ISO 3166 alpha-2 except {@code EL} for Greece and {@code UK} for the United Kingdom) and code is 1 to
 * 20 letters or digits, e.g. {@code FR:CNAV0001}, {@code NO:889640782}.
 *
 * @param country the EESSI country code, upper case
 * @param code    the institution's code within its country, as the IR spells it
 */
public record InstitutionId(String country, String code) {

    /** The states taking part in EESSI: the EU, the EEA (IS, LI, NO), Switzerland and the United Kingdom. */
    public static final Set<String> EESSI_COUNTRIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL",
            "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "IS", "LI", "NO", "CH", "UK");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");

    public InstitutionId {
        problem(country, code).ifPresent(p -> {
            throw new IllegalArgumentException(p + ": " + country + ":" + code);
        });
    }

    /** Parses {@code CC:code}; the country may be given in lower case. */
    public static InstitutionId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not-an-id: " + text);
        }
        return new InstitutionId(text.substring(0, colon).toUpperCase(Locale.ROOT), text.substring(colon + 1));
    }

    /** Whether the text is a well-formed id of a country taking part in EESSI. */
    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    /**
     * What is wrong with the text as an id, as a code: {@code not-an-id}, {@code country.greece} (GR given: EESSI
     * writes EL), {@code country.united-kingdom} (GB given: EESSI writes UK), {@code country.unknown}, {@code code}.
     */
    public static Optional<String> problemWith(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return Optional.of("not-an-id");
        }
        return problem(text.substring(0, colon).toUpperCase(Locale.ROOT), text.substring(colon + 1));
    }

    private static Optional<String> problem(String country, String code) {
        if (country == null || code == null) {
            return Optional.of("not-an-id");
        }
        if (country.equals("GR")) {
            return Optional.of("country.greece");
        }
        if (country.equals("GB")) {
            return Optional.of("country.united-kingdom");
        }
        if (!EESSI_COUNTRIES.contains(country)) {
            return Optional.of("country.unknown");
        }
        return CODE.matcher(code).matches() ? Optional.empty() : Optional.of("code");
    }

    @Override
    public String toString() {
        return country + ":" + code;
    }
}
