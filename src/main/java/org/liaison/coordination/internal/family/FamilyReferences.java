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

    static final String CURIA_WIERING = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62012CJ0347";
    static final String BFH = "https://www.bundesfinanzhof.de/";
    /** Whole-family totals: Reg. 987/2009 art. 60(1) looks at the whole family; the caller gave no kinds. */
    static final LegalReference COMPARE_WHOLE_FAMILY = new LegalReference("Reg. 883/2004 art. 68(2); Reg. 987/2009 art. 60(1)", EUR_LEX_987);
    /** Benefits of the same kind only: CJEU 8 May 2014, C-347/12 Wiering, ECLI:EU:C:2014:300, operative part. */
    static final LegalReference COMPARE_PER_KIND = LegalReference.of(
            "Règl. (CE) 883/2004, art. 68(2) ; CJUE 8 mai 2014, Wiering, C-347/12, ECLI:EU:C:2014:300 (prestations de même nature)",
            "Reg. (EC) 883/2004, Art. 68(2); CJEU 8 May 2014, Wiering, C-347/12, ECLI:EU:C:2014:300 (benefits of the same kind)",
            CURIA_WIERING);
    /**
     * Child by child where the national laws grant per-child amounts: Bundesfinanzhof 4 February 2016, III R 9/15
     * (BFHE 253, 139) and 13 April 2016, III R 34/15: a surplus for one child is not set off against another.
     */
    static final LegalReference COMPARE_PER_CHILD = LegalReference.of(
            "Règl. (CE) 883/2004, art. 68(2) ; CJUE C-347/12 Wiering ; Bundesfinanzhof, 4 févr. 2016, III R 9/15, et 13 avr. 2016, "
                    + "III R 34/15 (comparaison enfant par enfant)",
            "Reg. (EC) 883/2004, Art. 68(2); CJEU C-347/12 Wiering; Bundesfinanzhof, 4 Feb. 2016, III R 9/15, and 13 Apr. 2016, "
                    + "III R 34/15 (child by child)", BFH);

    static final String EUR_LEX_F1 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32010D0424(04)";
    static final LegalReference DECISION_F1 = LegalReference.of(
            "Commission administrative, décision F1 du 12 juin 2009 (JO C 106 du 24.4.2010, p. 11), point 1",
            "Administrative Commission, Decision F1 of 12 June 2009 (OJ C 106, 24.4.2010, p. 11), point 1", EUR_LEX_F1);

    /** Amounts are euros with at most two decimals; differences of such amounts are exact at this scale. */
    static final int AMOUNT_SCALE = 2;

    private FamilyReferences() {
    }
}
