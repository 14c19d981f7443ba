package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReference;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.Message;
import org.liaison.shared.TextBundle;

/**
 * The one place of this package where the constants of the pension rules live, each with its article, and where
 * the provisions and their French/English texts ({@code i18n/pensions*.properties}) are built. The registry's dated
 * parameters replace these constants in the next pass.
 */
final class PensionLaw {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";
    static final String EUR_LEX_987 = "https://eur-lex.europa.eu/eli/reg/2009/987/oj";
    static final String ANNEX_VIII = "https://www.secu.lu/reglements-ce/reglement-ce-n-8832004/annexe-viii/";

    /** Reg. 883/2004 art. 57(1): periods shorter than one year give no pro-rata benefit. */
    static final int ONE_YEAR_IN_MONTHS = 12;
    /** Reg. 987/2009 art. 13(1): one month of a 7-day scheme (calendar days) is 30 days. */
    static final int DAYS_PER_MONTH_CALENDAR = 30;
    /**
     * France credits at most four quarters per calendar year, foreign periods included; source:
     * https://www.lassuranceretraite.fr/portail-info/home/english-version/a-detailed-calculation-of-my-int/you-have-worked-in-the-community.html
     */
    static final int MAX_FRENCH_QUARTERS_PER_YEAR = 4;
    /**
     * Amounts: euros and cents, rounded once per amount; each state's amounts follow its own rule
     * ({@link NationalRounding}), half-even being the default where none is recorded and for totals.
     */
    static final int AMOUNT_SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** Months: exact enough that a career of 60 years loses less than a cent. */
    static final int MONTHS_SCALE = 4;

    private static final Map<String, LegalReference> REFERENCES = Map.ofEntries(
            Map.entry("EU_883_ART6", new LegalReference("Règl. (CE) 883/2004, art. 6", EUR_LEX_883)),
            Map.entry("EU_987_ART12_1", new LegalReference("Règl. (CE) 987/2009, art. 12(1)", EUR_LEX_987)),
            Map.entry("EU_987_ART12_2", new LegalReference("Règl. (CE) 987/2009, art. 12(2)", EUR_LEX_987)),
            Map.entry("EU_987_ART12_SAME_RANK", new LegalReference("Règl. (CE) 987/2009, art. 12 (même rang)", EUR_LEX_987)),
            Map.entry("EU_987_ART13", new LegalReference("Règl. (CE) 987/2009, art. 13", EUR_LEX_987)),
            Map.entry("LUMP_SUM_REFUND", LegalReference.of("Convention France–Corée, remboursement forfaitaire",
                    "France–Korea convention, lump-sum refund",
                    "https://www.cleiss.fr/docs/textes/conv_coree.html")),
            Map.entry("BILATERAL_TOTALISATION", LegalReference.of("Convention bilatérale, totalisation des périodes",
                    "Bilateral convention, aggregation of periods",
                    "https://www.securite-sociale.fr/la-secu-en-detail/europe-et-international/conventions-bilaterales")),
            Map.entry("BILATERAL_THIRD_STATE", LegalReference.of("Convention France–Inde, périodes d’États tiers",
                    "France–India convention, periods in third states",
                    "http://www.cleiss.fr/docs/textes/conv_inde.html")),
            Map.entry("EU_883_ART52_1_A", new LegalReference("Règl. (CE) 883/2004, art. 52(1)(a)", EUR_LEX_883)),
            Map.entry("EU_883_ART52_1_B", new LegalReference("Règl. (CE) 883/2004, art. 52(1)(b)", EUR_LEX_883)),
            Map.entry("EU_883_ART52_3", new LegalReference("Règl. (CE) 883/2004, art. 52(3)", EUR_LEX_883)),
            Map.entry("EU_883_ART52_4", new LegalReference("Règl. (CE) 883/2004, art. 52(4) et annexe VIII, partie 1",
                    ANNEX_VIII)),
            Map.entry("EU_883_ART52_5", new LegalReference("Règl. (CE) 883/2004, art. 52(5) et annexe VIII, partie 2",
                    ANNEX_VIII)),
            Map.entry("EU_883_ART57_1", new LegalReference("Règl. (CE) 883/2004, art. 57(1)–(2)", EUR_LEX_883)),
            Map.entry("EU_883_ART57_3", new LegalReference("Règl. (CE) 883/2004, art. 57(3)", EUR_LEX_883)),
            Map.entry("EU_883_ART58", new LegalReference("Règl. (CE) 883/2004, art. 58", EUR_LEX_883)),
            Map.entry("NO_RIGHT", new LegalReference("Règl. (CE) 883/2004, art. 52(1)", EUR_LEX_883)));

    private static final TextBundle TEXTS = TextBundle.of("i18n.pensions");

    private PensionLaw() {
    }

    static LegalReference reference(String code) {
        LegalReference reference = REFERENCES.get(code);
        if (reference == null) {
            throw new IllegalStateException("No legal reference for " + code);
        }
        return reference;
    }

    static Provision provision(String code) {
        return new Provision(code, reference(code), message("provision." + code));
    }

    static RequirementCheck check(String code, String provision, RequirementResult result, Map<String, String> facts,
                                  Object... args) {
        return new RequirementCheck(code, provision, result, facts, reference(provision),
                message("check." + code, args));
    }

    static BigDecimal amount(BigDecimal value) {
        return value.setScale(AMOUNT_SCALE, ROUNDING);
    }

    static LocalizedText text(String key, Object... args) {
        return TEXTS.text(key, args);
    }

    /** A check's or a provision's text, kept as a message and formatted only when shown. */
    static Message message(String key, Object... args) {
        return TEXTS.message(key, args);
    }
}
