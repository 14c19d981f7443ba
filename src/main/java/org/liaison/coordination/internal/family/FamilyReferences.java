package org.liaison.coordination.internal.family;

import org.liaison.shared.LegalReference;

/** The legal references of the family-benefit engine, in one place. */
final class FamilyReferences {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";
    static final String EUR_LEX_987 = "https://eur-lex.europa.eu/eli/reg/2009/987/oj";

    static final LegalReference GROUNDS = new LegalReference("Reg. 883/2004 art. 68(1)(a)", EUR_LEX_883);
    static final LegalReference TIE_ACTIVITY = new LegalReference("Reg. 883/2004 art. 68(1)(b)(i)", EUR_LEX_883);
    static final LegalReference TIE_PENSION = new LegalReference("Reg. 883/2004 art. 68(1)(b)(ii)", EUR_LEX_883);
    static final LegalReference TIE_RESIDENCE = new LegalReference("Reg. 883/2004 art. 68(1)(b)(iii)", EUR_LEX_883);
    static final LegalReference SUPPLEMENT = new LegalReference("Reg. 883/2004 art. 68(2); Reg. 987/2009 art. 58–60", EUR_LEX_883);
    static final LegalReference SUPPLEMENT_EXCEPTION = new LegalReference("Reg. 883/2004 art. 68(2), last sentence", EUR_LEX_883);

    /** Amounts are euros with at most two decimals; differences of such amounts are exact at this scale. */
    static final int AMOUNT_SCALE = 2;

    private FamilyReferences() {
    }
}
