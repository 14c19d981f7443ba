package org.liaison.coordination.internal.family;

import org.liaison.shared.LegalReference;

/** The legal references of the family-benefit engine, in one place. */
final class FamilyReferences {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";
    static final String EUR_LEX_987 = "https://eur-lex.europa.eu/eli/reg/2009/987/oj";
    static final String LEGIFRANCE_CSS = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006073189";
    static final String TCA = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22021A0430(01)";

    static final LegalReference GROUNDS = new LegalReference("Reg. 883/2004 art. 68(1)(a)", EUR_LEX_883);
    static final LegalReference TIE_ACTIVITY = new LegalReference("Reg. 883/2004 art. 68(1)(b)(i)", EUR_LEX_883);
    static final LegalReference TIE_PENSION = new LegalReference("Reg. 883/2004 art. 68(1)(b)(ii)", EUR_LEX_883);
    static final LegalReference TIE_RESIDENCE = new LegalReference("Reg. 883/2004 art. 68(1)(b)(iii)", EUR_LEX_883);
    static final LegalReference SUPPLEMENT = new LegalReference("Reg. 883/2004 art. 68(2); Reg. 987/2009 art. 58–60", EUR_LEX_883);
    static final LegalReference SUPPLEMENT_EXCEPTION = new LegalReference("Reg. 883/2004 art. 68(2), last sentence", EUR_LEX_883);
    static final LegalReference PER_CHILD = new LegalReference("Reg. 883/2004 art. 68(1)(b); Reg. 987/2009 art. 60(1)", EUR_LEX_883);
    static final LegalReference COST_SHARING = new LegalReference("Reg. 883/2004 art. 68(1)(b)(i), last sentence; Reg. 987/2009 art. 58", EUR_LEX_987);
    static final LegalReference CLAIM = new LegalReference("Reg. 883/2004 art. 68(3); Reg. 987/2009 art. 60(1)–(4)", EUR_LEX_987);
    static final LegalReference PROVISIONAL = new LegalReference("Reg. 987/2009 art. 60(5) and art. 6(2)", EUR_LEX_987);
    static final LegalReference COORDINATED = new LegalReference("Reg. 883/2004 art. 67–68", EUR_LEX_883);
    static final LegalReference FRENCH_LAW = LegalReference.of("Code de la sécurité sociale, art. L512-1 (enfants résidant en France)",
            "French Social Security Code, Art. L512-1 (children residing in France)", LEGIFRANCE_CSS);
    static final LegalReference TCA_SCOPE = LegalReference.of(
            "Accord de commerce et de coopération UE–RU, protocole sur la coordination de la sécurité sociale, art. SSC.3 "
                    + "(les prestations familiales ne sont pas parmi les branches couvertes)",
            "EU–UK Trade and Cooperation Agreement, Protocol on Social Security Coordination, Art. SSC.3 "
                    + "(family benefits not among the branches covered)", TCA);

    /** Amounts are euros with at most two decimals; differences of such amounts are exact at this scale. */
    static final int AMOUNT_SCALE = 2;

    private FamilyReferences() {
    }
}
