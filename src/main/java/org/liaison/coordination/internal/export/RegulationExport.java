package org.liaison.coordination.internal.export;

import static org.liaison.coordination.internal.export.ExportParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.coordination.ExportBenefit;
import org.liaison.coordination.ExportDecision;
import org.liaison.coordination.ExportQuestion;
import org.liaison.coordination.ExportStatus;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.Branch;
import org.liaison.shared.LegalReference;

/** Export where Reg. 883/2004 governs: art. 7 waiving of residence rules and its exceptions (art. 64, 67, 70). */
final class RegulationExport {

    private RegulationExport() {
    }

    static ExportDecision decide(ExportQuestion q, BenefitCatalogue.Entry entry, GoverningInstrument gi) {
        String id = gi.instrument().id();
        List<RequirementCheck> checks = new ArrayList<>();
        Map<String, String> facts = Map.of("instrument", id, "benefit", q.benefit().name(), "residence", q.residence().value());
        if (entry.specialNonContributory()) {
            Provision p = provision("EU_883_ART70_ANNEX_X", "Reg. 883/2004 art. 70(4) and Annex X (France)");
            checks.add(ExportEngine.check("SPECIAL_NON_CONTRIBUTORY_NOT_EXPORTED", p.code(), RequirementResult.NOT_MET,
                    facts, p.reference(), "export.check.sncb.regulation"));
            return new ExportDecision(ExportStatus.NOT_EXPORTABLE, id, p, null, null, checks, List.of());
        }
        if (q.benefit() == ExportBenefit.UNEMPLOYMENT_BENEFIT) {
            return unemployment(q, id, facts, checks);
        }
        if (entry.branch() == Branch.FAMILY) {
            Provision p = provision("EU_883_ART67", "Reg. 883/2004 art. 67");
            checks.add(ExportEngine.check("FAMILY_MEMBERS_ABROAD_TREATED_AS_RESIDENT", p.code(), RequirementResult.MET,
                    facts, p.reference(), "export.check.family.regulation"));
            return new ExportDecision(ExportStatus.EXPORTABLE, id, p, null, null, checks, List.of());
        }
        Provision p = provision("EU_883_ART7", "Reg. 883/2004 art. 7");
        checks.add(ExportEngine.check("RESIDENCE_RULES_WAIVED", p.code(), RequirementResult.MET, facts, p.reference(),
                "export.check.art7"));
        return new ExportDecision(ExportStatus.EXPORTABLE, id, p, null, null, checks, List.of());
    }

    private static ExportDecision unemployment(ExportQuestion q, String id, Map<String, String> facts,
                                               List<RequirementCheck> checks) {
        Provision p = provision("EU_883_ART64", "Reg. 883/2004 art. 64(1)");
        RequirementResult result = q.pdU2() == null ? RequirementResult.NEEDS_INFORMATION
                : q.pdU2() ? RequirementResult.MET : RequirementResult.NOT_MET;
        checks.add(ExportEngine.check("PD_U2_ISSUED", p.code(), result, facts, p.reference(),
                "export.check.u2." + result.name()));
        if (result != RequirementResult.MET) {
            ExportStatus status = result == RequirementResult.NOT_MET ? ExportStatus.NOT_EXPORTABLE : ExportStatus.NEEDS_INFORMATION;
            return new ExportDecision(status, id, p, null, null, checks, List.of());
        }
        checks.add(new RequirementCheck("EXPORT_PERIOD", p.code(), RequirementResult.MET,
                Map.of("exportMonths", String.valueOf(UNEMPLOYMENT_EXPORT_MONTHS),
                        "maxExportMonths", String.valueOf(UNEMPLOYMENT_EXPORT_MAX_MONTHS)),
                UNEMPLOYMENT_EXPORT_MONTHS_REF, BenefitTexts.text("export.check.u2.period",
                UNEMPLOYMENT_EXPORT_MONTHS, UNEMPLOYMENT_EXPORT_MAX_MONTHS)));
        return new ExportDecision(ExportStatus.EXPORTABLE, id, p, UNEMPLOYMENT_EXPORT_MONTHS,
                UNEMPLOYMENT_EXPORT_MAX_MONTHS, checks, List.of());
    }

    private static Provision provision(String code, String citation) {
        return new Provision(code, new LegalReference(citation, EUR_LEX_883), BenefitTexts.text("export.provision." + code));
    }
}
