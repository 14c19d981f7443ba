package org.liaison.coordination.internal.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.coordination.pensions.PensionRounding;
import org.liaison.shared.LegalReference;
import org.liaison.shared.PartnerCode;

/**
 * Each state's rule for bringing a pension amount to the cent, as dated parameters: the theoretical, independent and
 * pro-rata amounts of a state are rounded by its own legislation (Reg. 883/2004 art. 52 leaves their calculation to
 * it), once per amount, and the answer says which rule was used and on what source. A state without a recorded rule
 * keeps Liaison's default, half-even, and the answer says so; a request may give the rule itself
 * ({@code PensionRule.rounding}).
 */
final class NationalRounding {

    /** One dated rule; {@code verified} is false while the official text has not been found (the answer says so). */
    record Rule(String state, LocalDate from, LocalDate to, PensionRounding rounding, LegalReference reference,
                boolean verified) {

        boolean appliesOn(LocalDate date) {
            return date == null ? to == null : !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    static final LegalReference DEFAULT = LegalReference.of(
            "Règl. (CE) 883/2004, art. 52 ; aucune règle nationale d’arrondi enregistrée (centime le plus proche, "
                    + "égalité au pair)",
            "Reg. (EC) 883/2004, Art. 52; no national rounding rule recorded (nearest cent, ties to the even cent)", PensionLaw.EUR_LEX_883);

    /**
     * Germany: "Berechnungen werden auf vier Dezimalstellen durchgeführt" (§ 121(1)), "die letzte Dezimalstelle
     * [wird] um 1 erhöht, wenn sich in der folgenden Dezimalstelle eine der Zahlen 5 bis 9 ergeben würde" (§ 121(2)),
     * "Berechnungen von Geldbeträgen werden auf zwei Dezimalstellen durchgeführt" (§ 123(1)), in force since
     * 1 January 1992 (RRG 1992, BGBl. I 1989 S. 2261). France: the CNAV truncates to the cent (issue #12); no
     * official text was found in the stored sources (legislation.cnav.fr and lassuranceretraite.fr were searched),
     * so the rule is applied and shown as to be confirmed.
     */
    static final List<Rule> RULES = List.of(
            new Rule("DE", LocalDate.of(1992, 1, 1), null, PensionRounding.HALF_UP, LegalReference.of(
                    "SGB VI, § 121(1)–(2) et § 123(1) (arrondi commercial au centime) ; Règl. (CE) 883/2004, art. 52",
                    "SGB VI, § 121(1)–(2) and § 123(1) (half up to the cent); Reg. (EC) 883/2004, Art. 52",
                    "https://www.gesetze-im-internet.de/sgb_6/__121.html"), true),
            new Rule("FR", LocalDate.of(2002, 1, 1), null, PensionRounding.TRUNCATE, LegalReference.of(
                    "Règl. (CE) 883/2004, art. 52 ; pratique de la CNAV : montant tronqué au centime (texte officiel "
                            + "à confirmer)",
                    "Reg. (EC) 883/2004, Art. 52; CNAV practice: amount truncated to the cent (official text to be "
                            + "confirmed)",
                    "https://www.legislation.cnav.fr/"), false));

    private NationalRounding() {
    }

    /** Whether the rule is one Liaison records or the request gave, rather than the default. */
    static boolean recorded(Rule rule) {
        return rule.reference() != DEFAULT;
    }

    /** The rule of a state on a date: the request's own, else the recorded one, else the default. */
    static Rule of(PartnerCode state, LocalDate date, PensionRounding given) {
        if (given != null) {
            return new Rule(state.value(), LocalDate.MIN, null, given, LegalReference.of(
                    "Règl. (CE) 883/2004, art. 52 ; règle d’arrondi donnée par l’institution",
                    "Reg. (EC) 883/2004, Art. 52; rounding rule given by the institution",
                    PensionLaw.EUR_LEX_883), true);
        }
        return RULES.stream().filter(r -> r.state().equals(state.value()) && r.appliesOn(date)).findFirst()
                .orElse(new Rule(state.value(), LocalDate.MIN, null, PensionRounding.HALF_EVEN, DEFAULT, false));
    }

    static BigDecimal round(BigDecimal value, Rule rule) {
        return value.setScale(PensionLaw.AMOUNT_SCALE, rule.rounding().mode());
    }

    /** The check that tells which rule brought the state's amounts to the cent, and on what source. */
    static RequirementCheck check(Rule rule, boolean recorded) {
        String code = !recorded ? "NATIONAL_ROUNDING_DEFAULT"
                : rule.verified() ? "NATIONAL_ROUNDING" : "NATIONAL_ROUNDING_TO_CONFIRM";
        String key = recorded ? "check." + code + "." + rule.rounding().name() : "check." + code;
        return new RequirementCheck(code, "NATIONAL_ROUNDING", RequirementResult.MET,
                Map.of("state", rule.state(), "rounding", rule.rounding().name(),
                        "verified", String.valueOf(rule.verified()), "source", rule.reference().source()),
                rule.reference(), PensionLaw.message(key, rule.state(), rule.reference().source()));
    }
}
