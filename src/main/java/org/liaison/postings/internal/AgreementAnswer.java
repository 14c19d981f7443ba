package org.liaison.postings.internal;

/**
 * The partner's answer to an A001 (LA_BUC_01, Reg. 987/2009 art. 18): AGREED with an A011, REFUSED with an A002,
 * OTHER for any other SED in the case (e.g. a request for information), which is only noted.
 */
public enum AgreementAnswer {
    AGREED, REFUSED, OTHER;

    static AgreementAnswer of(String sedType) {
        return switch (sedType) {
            case "A011" -> AGREED;
            case "A002" -> REFUSED;
            default -> OTHER;
        };
    }
}
