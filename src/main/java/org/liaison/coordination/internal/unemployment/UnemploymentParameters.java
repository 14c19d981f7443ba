package org.liaison.coordination.internal.unemployment;

import org.liaison.shared.LegalReference;

/**
 * Every constant of the unemployment rules, with its article, per regulation (883/2004 and, for earlier dates,
 * 1408/71). The export months are not here: they are the registry's dated facts ({@code unemployment_export_months},
 * {@code unemployment_export_max_months}) of the instrument that governs.
 */
final class UnemploymentParameters {

    static final String REG_883 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02004R0883-20190731";
    static final String REG_987 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02009R0987-20180101";
    static final String REG_1408 = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1408";
    static final String TCA = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22021A0430(01)";

    /** Art. 64(1)(a): registered as a jobseeker for at least 4 weeks before leaving. */
    static final int MIN_REGISTRATION_WEEKS = 4;
    /** Art. 64(1)(b): register with the services of the new state within 7 days. */
    static final int REGISTER_WITHIN_DAYS = 7;

    /** Art. 64(2), 1st sentence: back on or before the end of the export, the entitlement goes on. */
    static final LegalReference RETURN_IN_TIME = new LegalReference("Reg. 883/2004 art. 64(2); Reg. 987/2009 art. 55(1)",
            REG_883);
    /**
     * Art. 64(2), 2nd and 3rd sentences: back later, all entitlement is lost unless the paying legislation is more
     * favourable or, in exceptional cases, the services allow the later return.
     */
    static final LegalReference RETURN_LATE = new LegalReference("Reg. 883/2004 art. 64(2)", REG_883);

    /** Art. 65(6): the last state of activity reimburses the first 3 months. */
    static final int REIMBURSED_MONTHS = 3;
    /** Art. 65(7): 5 months when the person completed at least 12 months of activity there in the last 24. */
    static final int EXTENDED_REIMBURSED_MONTHS = 5;
    static final int ACTIVITY_MONTHS_FOR_EXTENSION = 12;
    static final int ACTIVITY_WINDOW_MONTHS = 24;
    static final LegalReference REIMBURSEMENT =
            new LegalReference("Reg. 883/2004 art. 65(6)–(7); Reg. 987/2009 art. 70", REG_987);
    static final LegalReference NO_REIMBURSEMENT_1408 = new LegalReference("Reg. 1408/71 art. 71(1)(a)(ii)", REG_1408);

    static final LegalReference UK_TCA = LegalReference.of("ACC UE–RU, protocole sur la coordination de la sécurité sociale",
            "EU–UK TCA, Protocol on Social Security Coordination", TCA);
    static final LegalReference GOVERNING = LegalReference.of("Règl. (CE) 883/2004, art. 2–3 ; registre des instruments",
            "Reg. (EC) 883/2004, Art. 2–3; registry of instruments", REG_883);

    /** The articles of one regulation, with the provision codes the outcome carries. */
    record Articles(String name, LegalReference lastState, LegalReference partially, LegalReference frontierWholly,
                    LegalReference choice, LegalReference aggregation, LegalReference minRegistration,
                    LegalReference registerWithin, LegalReference export, String sameStateCode, String partiallyCode,
                    String residenceCode, String lastStateChosenCode, String choiceMissingCode) {
    }

    static final Articles ARTICLES_883 = new Articles("883/2004",
            new LegalReference("Reg. 883/2004 art. 11(3)(a), 61(2)", REG_883),
            new LegalReference("Reg. 883/2004 art. 65(1)", REG_883),
            new LegalReference("Reg. 883/2004 art. 65(2), 65(5)(a)", REG_883),
            new LegalReference("Reg. 883/2004 art. 65(2), 65(5)(b)", REG_883),
            new LegalReference("Reg. 883/2004 art. 61(1)–(2)", REG_883),
            new LegalReference("Reg. 883/2004 art. 64(1)(a)", REG_883),
            new LegalReference("Reg. 883/2004 art. 64(1)(b)", REG_883),
            new LegalReference("Reg. 883/2004 art. 64(1)(c)", REG_883),
            "EU_883_ART11_3_A", "EU_883_ART65_1", "EU_883_ART65_5_A", "EU_883_ART65_5_B", "EU_883_ART65_2");

    static final Articles ARTICLES_1408 = new Articles("1408/71",
            new LegalReference("Reg. 1408/71 art. 13(2)(a), 67(3)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 71(1)(a)(i), 71(1)(b)(i)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 71(1)(a)(ii)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 71(1)(b)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 67(1)–(3)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 69(1)(a)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 69(1)(b)", REG_1408),
            new LegalReference("Reg. 1408/71 art. 69(1)(c)", REG_1408),
            "EU_1408_ART13_2_A", "EU_1408_ART71_1_A_I", "EU_1408_ART71_1_A_II", "EU_1408_ART71_1_B_I",
            "EU_1408_ART71_1_B");

    private UnemploymentParameters() {
    }
}
