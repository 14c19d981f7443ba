package org.liaison.coordination.internal.unemployment;

import org.liaison.shared.LegalReference;

/**
 * Every constant of the unemployment rules, with its article. They become registry-backed dated parameters in the
 * next pass; until then this is the one place to change them.
 */
final class UnemploymentParameters {

    static final String REG_883 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02004R0883-20190731";
    static final String REG_987 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02009R0987-20180101";

    /** Art. 64(1)(a): registered as a jobseeker for at least 4 weeks before leaving. */
    static final int MIN_REGISTRATION_WEEKS = 4;
    static final LegalReference MIN_REGISTRATION = new LegalReference("Reg. 883/2004 art. 64(1)(a)", REG_883);

    /** Art. 64(1)(b): register with the services of the new state within 7 days. */
    static final int REGISTER_WITHIN_DAYS = 7;
    static final LegalReference REGISTER_WITHIN = new LegalReference("Reg. 883/2004 art. 64(1)(b)", REG_883);

    /** Art. 64(1)(c): export for 3 months, extendable by the competent institution up to 6 months. */
    static final int EXPORT_MONTHS = 3;
    static final int MAX_EXPORT_MONTHS = 6;
    static final LegalReference EXPORT = new LegalReference("Reg. 883/2004 art. 64(1)(c)", REG_883);

    /** Art. 65(6): the last state of activity reimburses the first 3 months. */
    static final int REIMBURSED_MONTHS = 3;
    /** Art. 65(7): 5 months when the person completed at least 12 months of activity there in the last 24. */
    static final int EXTENDED_REIMBURSED_MONTHS = 5;
    static final int ACTIVITY_MONTHS_FOR_EXTENSION = 12;
    static final int ACTIVITY_WINDOW_MONTHS = 24;
    static final LegalReference REIMBURSEMENT =
            new LegalReference("Reg. 883/2004 art. 65(6)–(7); Reg. 987/2009 art. 70", REG_987);

    static final LegalReference AGGREGATION = new LegalReference("Reg. 883/2004 art. 61(1)–(2)", REG_883);
    static final LegalReference FRONTIER_WHOLLY = new LegalReference("Reg. 883/2004 art. 65(2), 65(5)(a)", REG_883);
    static final LegalReference PARTIALLY = new LegalReference("Reg. 883/2004 art. 65(1)", REG_883);
    static final LegalReference CHOICE = new LegalReference("Reg. 883/2004 art. 65(2), 65(5)(b)", REG_883);
    static final LegalReference LAST_STATE = new LegalReference("Reg. 883/2004 art. 11(3)(a), 61(2)", REG_883);

    private UnemploymentParameters() {
    }
}
