package org.liaison.coordination.internal.pensions;

import java.util.Map;
import java.util.Optional;
import org.liaison.coordination.pensions.PensionAnnexVIII;
import org.liaison.coordination.pensions.PensionRule;
import org.liaison.shared.PartnerCode;

/**
 * What Liaison knows of Annex VIII of Reg. 883/2004 for old-age pensions, read in the annex itself (French text
 * https://www.secu.lu/reglements-ce/reglement-ce-n-8832004/annexe-viii/, English text
 * https://www.legislation.gov.uk/eur/2004/883/annex/VIII/2010-05-01, as amended by Reg. 988/2009). Part 1 (art. 52(4))
 * lists Denmark's social pensions (except those of Annex IX), Ireland's state pensions, Cyprus's old-age pensions,
 * the Netherlands' AOW and Austria's ASVG, GSVG, BSVG and FSVG benefits. France is not in Part 1 (the list goes from
 * Ireland to Cyprus), and its general scheme makes both calculations (the CNAV's "double calcul"). A points scheme of
 * Part 2 (art. 52(5)) is a property of the scheme, so the rule says it. Any other state is unknown, and the estimate
 * says so rather than guessing.
 */
final class AnnexEight {

    private static final Map<String, PensionAnnexVIII> OLD_AGE = Map.of(
            "FR", PensionAnnexVIII.NOT_LISTED,
            "DK", PensionAnnexVIII.PRO_RATA_WAIVED,
            "IE", PensionAnnexVIII.PRO_RATA_WAIVED,
            "CY", PensionAnnexVIII.PRO_RATA_WAIVED,
            "NL", PensionAnnexVIII.PRO_RATA_WAIVED,
            "AT", PensionAnnexVIII.PRO_RATA_WAIVED);

    private AnnexEight() {
    }

    /** The rule's own entry if it gives one, else Liaison's; empty when nobody knows. */
    static Optional<PensionAnnexVIII> entry(PensionRule rule) {
        if (rule.annexVIII() != null) {
            return Optional.of(rule.annexVIII());
        }
        return known(rule.state());
    }

    static Optional<PensionAnnexVIII> known(PartnerCode state) {
        return Optional.ofNullable(OLD_AGE.get(state.value()));
    }
}
