package org.liaison.coordination.internal.rules;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.liaison.agreements.Instrument;
import org.liaison.coordination.Provision;
import org.liaison.shared.LegalReference;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartnerCode;

/**
 * The catalogue of provisions the engine can designate a legislation with: one code per provision, each with its
 * legal reference and a French/English title (bundle key {@code provision.<CODE>}), so that every outcome and
 * every check cites its article.
 */
final class Provisions {

    static final String EUR_LEX_883 = "https://eur-lex.europa.eu/eli/reg/2004/883/oj";
    static final String EUR_LEX_987 = "https://eur-lex.europa.eu/eli/reg/2009/987/oj";
    static final String EUR_LEX_1408 = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:31971R1408";
    static final String EUR_LEX_TCA = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22021A0430(01)";
    static final String EUR_LEX_DECISION_A1 = "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:32010D0424(01)";
    static final String EUR_LEX_ALTUN = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62016CJ0359";
    static final String EUR_LEX_WA = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12019W/TXT";

    private static final Map<String, LegalReference> FIXED = Map.ofEntries(
            ref("EU_883_ART11_3_A", "Règl. (CE) 883/2004, art. 11(3)(a)", EUR_LEX_883),
            ref("EU_883_ART11_3_B", "Règl. (CE) 883/2004, art. 11(3)(b)", EUR_LEX_883),
            ref("EU_883_ART11_3_E", "Règl. (CE) 883/2004, art. 11(3)(e)", EUR_LEX_883),
            ref("EU_883_ART11_4", "Règl. (CE) 883/2004, art. 11(4), 1re phrase", EUR_LEX_883),
            ref("EU_883_ART11_4_2", "Règl. (CE) 883/2004, art. 11(4), 2e phrase", EUR_LEX_883),
            ref("EU_883_ART11_5", "Règl. (CE) 883/2004, art. 11(5)", EUR_LEX_883),
            ref("EU_883_ART12_1", "Règl. (CE) 883/2004, art. 12(1) ; règl. (CE) 987/2009, art. 14(1)–(2)", EUR_LEX_883),
            ref("EU_883_ART12_2", "Règl. (CE) 883/2004, art. 12(2) ; règl. (CE) 987/2009, art. 14(3)–(4)", EUR_LEX_883),
            ref("EU_883_ART13_1_A", "Règl. (CE) 883/2004, art. 13(1)(a) ; règl. (CE) 987/2009, art. 14(8), 14(10)", EUR_LEX_883),
            ref("EU_883_ART13_1_B_I", "Règl. (CE) 883/2004, art. 13(1)(b)(i)", EUR_LEX_883),
            ref("EU_883_ART13_1_B_II", "Règl. (CE) 883/2004, art. 13(1)(b)(ii)", EUR_LEX_883),
            ref("EU_883_ART13_1_B_III", "Règl. (CE) 883/2004, art. 13(1)(b)(iii)", EUR_LEX_883),
            ref("EU_883_ART13_1_B_IV", "Règl. (CE) 883/2004, art. 13(1)(b)(iv)", EUR_LEX_883),
            ref("EU_883_ART13_2_A", "Règl. (CE) 883/2004, art. 13(2)(a) ; règl. (CE) 987/2009, art. 14(8)", EUR_LEX_883),
            ref("EU_883_ART13_2_B", "Règl. (CE) 883/2004, art. 13(2)(b) ; règl. (CE) 987/2009, art. 14(9)", EUR_LEX_883),
            ref("EU_987_ART14_10", "Règl. (CE) 987/2009, art. 14(10) et 16(2)", EUR_LEX_987),
            ref("EU_883_ART13_3", "Règl. (CE) 883/2004, art. 13(3)", EUR_LEX_883),
            ref("EU_883_ART13_4", "Règl. (CE) 883/2004, art. 13(4)", EUR_LEX_883),
            ref("EU_883_ART16_1", "Règl. (CE) 883/2004, art. 16(1) ; règl. (CE) 987/2009, art. 18", EUR_LEX_883),
            ref("EU_1408_ART13_2_A", "Règl. (CEE) 1408/71, art. 13(2)(a)", EUR_LEX_1408),
            ref("EU_1408_ART14_1_A", "Règl. (CEE) 1408/71, art. 14(1)(a)", EUR_LEX_1408),
            ref("EU_1408_ART14_1_B", "Règl. (CEE) 1408/71, art. 14(1)(b)", EUR_LEX_1408),
            ref("EU_1408_ART14A_1_A", "Règl. (CEE) 1408/71, art. 14bis(1)(a)", EUR_LEX_1408),
            ref("EU_1408_ART17", "Règl. (CEE) 1408/71, art. 17", EUR_LEX_1408),
            tca("UK_TCA_SSC_ART10_3_A", "SSC.10(3)(a)"),
            tca("UK_TCA_SSC_ART11_1", "SSC.11(1)"),
            tca("UK_TCA_SSC_ART11_2", "SSC.11(2)"),
            tca("UK_TCA_SSC_ART14", "SSC.14"),
            Map.entry("UK_WA_ART30", LegalReference.of(
                    "Accord de retrait UE–RU, art. 30 et 32 (situations transfrontalières commencées avant le 1er janvier 2021)",
                    "EU–UK Withdrawal Agreement, Art. 30 and 32 (cross-border situations begun before 1 January 2021)",
                    EUR_LEX_WA)),
            // issue #12 item 6: a certificate already issued, the dialogue procedure, the fraud exception
            Map.entry("CERTIFICATE_BINDING", LegalReference.of(
                    "Règl. (CE) 987/2009, art. 5(1) (E 101 : règl. (CEE) 574/72, art. 11 et 12 bis) ; CJCE C-202/97 "
                            + "Fitzwilliam, EU:C:2000:75 ; CJCE C-2/05 Herbosch Kiere, EU:C:2006:69 ; CJUE C-527/16 Alpenrind, EU:C:2018:669 (dispositifs)",
                    "Reg. (EC) 987/2009, Art. 5(1) (E 101: Reg. (EEC) 574/72, Arts. 11 and 12a); CJEU C-202/97 "
                            + "Fitzwilliam, EU:C:2000:75; C-2/05 Herbosch Kiere, EU:C:2006:69; C-527/16 Alpenrind, EU:C:2018:669 (operative parts)",
                    EUR_LEX_987)),
            Map.entry("DECISION_A1", LegalReference.of(
                    "Décision A1 du 12 juin 2009 de la commission administrative (JO C 106 du 24.4.2010, p. 1) ; "
                            + "règl. (CE) 987/2009, art. 5(2)–(4) et 6",
                    "Administrative Commission Decision A1 of 12 June 2009 (OJ C 106, 24.4.2010, p. 1); "
                            + "Reg. (EC) 987/2009, Arts. 5(2)–(4) and 6",
                    EUR_LEX_DECISION_A1)),
            Map.entry("CJEU_ALTUN", LegalReference.of(
                    "CJUE, 6 févr. 2018, Altun, C-359/16, EU:C:2018:63, dispositif ; CJUE, 2 avr. 2020, Vueling, "
                            + "C-370/17 et C-37/18, EU:C:2020:260",
                    "CJEU, 6 Feb. 2018, Altun, C-359/16, EU:C:2018:63, operative part; CJEU, 2 Apr. 2020, Vueling, "
                            + "C-370/17 and C-37/18, EU:C:2020:260",
                    EUR_LEX_ALTUN)),
            Map.entry("NO_COORDINATION", LegalReference.of("Aucun instrument de coordination applicable à la date",
                    "No coordination instrument applies on the date", "")));

    /**
     * The article of a bilateral convention that governs postings, where a cited source gives it (Cleiss pages on
     * each convention); elsewhere the code ends in {@code _POSTING} and the reference says the article is not known.
     */
    private static final Map<String, String> POSTING_ARTICLES = Map.of(
            "DZ", "6", // derogation "art. 6§6": https://www.cleiss.fr/employeurs/detachement/france_algerie.html
            "MA", "5", // prolongation art. 5§2, derogation art. 5§10: https://www.cleiss.fr/employeurs/detachement/maroc_france.html
            "TR", "6", // prolongation art. 6§1b: http://www.cleiss.fr/employeurs/detachement/france_turquie.html
            "CA", "7"); // prolongation art. 7§1b (2013 agreement, Cleiss 2015 report p. 122)

    /** The fixed provisions, built once: their titles are messages, formatted only when shown. */
    private static final Map<String, Provision> PROVISIONS = FIXED.entrySet().stream().collect(Collectors.toUnmodifiableMap(
            Map.Entry::getKey, e -> new Provision(e.getKey(), e.getValue(), RuleTexts.message("provision." + e.getKey()))));

    /** A convention's provisions, built on first use. */
    private static final Map<ConventionKey, Provision> CONVENTIONS = new ConcurrentHashMap<>();

    /** Keyed by the whole instrument, so that a registry reloaded with other data never gets a stale citation. */
    private record ConventionKey(Instrument instrument, PartnerCode partner, Role role) {
    }

    private Provisions() {
    }

    private static Map.Entry<String, LegalReference> ref(String code, String citation, String source) {
        return Map.entry(code, new LegalReference(citation, source));
    }

    /** An article of the EU–UK Trade and Cooperation Agreement's protocol on social security coordination. */
    private static Map.Entry<String, LegalReference> tca(String code, String article) {
        return Map.entry(code, LegalReference.of(
                "Protocole ACC UE–RU sur la coordination de la sécurité sociale, art. " + article,
                "EU–UK TCA, Protocol on Social Security Coordination, Art. " + article, EUR_LEX_TCA));
    }

    static Provision of(String code) {
        Provision provision = PROVISIONS.get(code);
        if (provision == null) {
            throw new IllegalArgumentException("No such provision: " + code);
        }
        return provision;
    }

    static boolean isKnown(String code) {
        return FIXED.containsKey(code);
    }

    /** The code of a bilateral convention's or decree's provision of the given role (POSTING, EXTENSION...). */
    static Provision convention(Instrument instrument, PartnerCode partner, Role role) {
        return CONVENTIONS.computeIfAbsent(new ConventionKey(instrument, partner, role),
                key -> conventionProvision(instrument, partner, role));
    }

    private static Provision conventionProvision(Instrument instrument, PartnerCode partner, Role role) {
        boolean decree = instrument.kind() == org.liaison.agreements.InstrumentKind.COORDINATION_DECREE;
        String cc = partner.value().replace("-", "_");
        String article = decree ? null : POSTING_ARTICLES.get(partner.value());
        String prefix = (decree ? "DECREE_FR_" : "BILATERAL_FR_") + cc + "_";
        String code = switch (role) {
            case POSTING -> prefix + (article != null ? "ART" + article : "POSTING");
            case EXTENSION -> prefix + (article != null ? "ART" + article + "_EXTENSION" : "POSTING_EXTENSION");
            case DEROGATION -> prefix + "DEROGATION";
            case LEX_LOCI -> prefix + "LEX_LOCI";
        };
        String citationKey = switch (role) {
            case POSTING, EXTENSION -> article != null ? "citation.convention.article" : "citation.convention.posting";
            case DEROGATION -> "citation.convention.derogation";
            case LEX_LOCI -> "citation.convention.lexLoci";
        };
        LocalizedText citation = RuleTexts.citation(citationKey, instrument.citation(), article == null ? "" : article);
        String key = "provision.convention." + role.name().toLowerCase(Locale.ROOT);
        return new Provision(code, new LegalReference(citation, instrument.source()),
                RuleTexts.message(key, new org.liaison.shared.LocalizedText(instrument.titleFr(), instrument.titleEn())));
    }

    /** What a convention's provision does. */
    enum Role { POSTING, EXTENSION, DEROGATION, LEX_LOCI }
}
