package org.liaison.coordination.internal.export;

import java.util.EnumMap;
import java.util.Map;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.Branch;
import org.liaison.shared.LegalReference;

/**
 * The French benefits as data: their branch, whether France lists them in Annex X of Reg. 883/2004 (special
 * non-contributory cash benefits, art. 70), and what French law alone says of payment abroad.
 * {@code frenchLawAbroad} is NEEDS_ASSESSMENT where French law makes it depend on facts the engine does not take
 * (nationality, a conversion into capital...).
 */
final class BenefitCatalogue {

    record Entry(Branch branch, boolean specialNonContributory, RequirementResult frenchLawAbroad,
                 LegalReference frenchLaw) {
    }

    private static final String LEGIFRANCE = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006073189";
    private static final String MINISTRY =
            "http://securite-sociale.fr/A-quoi-servent-les-conventions-bilaterales-de-Securite-sociale?type=part";

    private static final Map<ExportBenefit, Entry> ENTRIES = new EnumMap<>(Map.of(
            ExportBenefit.OLD_AGE_PENSION, new Entry(Branch.OLD_AGE, false, RequirementResult.MET,
                    css("L351-1", " (sans condition de résidence)", " (no residence condition)", LEGIFRANCE)),
            ExportBenefit.SURVIVORS_PENSION, new Entry(Branch.SURVIVORS, false, RequirementResult.MET,
                    css("L353-1", " (sans condition de résidence)", " (no residence condition)", LEGIFRANCE)),
            ExportBenefit.INVALIDITY_PENSION, new Entry(Branch.INVALIDITY, false, RequirementResult.NEEDS_ASSESSMENT,
                    css("L341-1", "", "", LEGIFRANCE)),
            ExportBenefit.WORK_ACCIDENT_ANNUITY, new Entry(Branch.WORK_ACCIDENTS, false, RequirementResult.NEEDS_ASSESSMENT,
                    css("L434-20", " (rente de la victime étrangère qui quitte la France)", " (annuity of a foreign victim leaving France)", LEGIFRANCE)),
            ExportBenefit.FAMILY_ALLOWANCES, new Entry(Branch.FAMILY, false, RequirementResult.NOT_MET,
                    css("L512-1", " (enfants résidant en France)", " (children residing in France)", LEGIFRANCE)),
            ExportBenefit.ASPA, new Entry(Branch.OLD_AGE, true, RequirementResult.NOT_MET,
                    css("L815-1", " (résidence stable et régulière en France)", " (stable and regular residence in France)", MINISTRY)),
            ExportBenefit.ASI, new Entry(Branch.INVALIDITY, true, RequirementResult.NOT_MET,
                    css("L815-24", " (résidence en France)", " (residence in France)", LEGIFRANCE)),
            ExportBenefit.AAH, new Entry(Branch.INVALIDITY, true, RequirementResult.NOT_MET,
                    css("L821-1", " (résidence en France)", " (residence in France)", LEGIFRANCE)),
            ExportBenefit.UNEMPLOYMENT_BENEFIT, new Entry(Branch.UNEMPLOYMENT, false, RequirementResult.NOT_MET,
                    LegalReference.of("Code du travail, art. L5411-1 et L5421-1 (demandeurs d’emploi en France)",
                            "French Labour Code, Art. L5411-1 and L5421-1 (job seekers in France)",
                            "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072050"))));

    /** An article of the French social security code, with what it says of residence. */
    static LegalReference css(String article, String noteFr, String noteEn, String source) {
        return LegalReference.of("Code de la sécurité sociale, art. " + article + noteFr,
                "French Social Security Code, Art. " + article + noteEn, source);
    }

    private BenefitCatalogue() {
    }

    static Entry of(ExportBenefit benefit) {
        return ENTRIES.get(benefit);
    }
}
