package org.liaison.postings.internal;

import org.liaison.exchange.institutions.InstitutionId;

/** ISO country codes as EESSI writes them (EL for Greece, UK for the United Kingdom), see {@link InstitutionId}. */
final class EessiCountries {

    private EessiCountries() {
    }

    static String of(String iso) {
        return switch (iso) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> iso;
        };
    }

    /** Whether the state takes part in EESSI, so that LA_BUC_01 can reach it. */
    static boolean inEessi(String iso) {
        return InstitutionId.EESSI_COUNTRIES.contains(of(iso));
    }
}
