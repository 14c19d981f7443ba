package org.liaison.coordination.internal.export;

import static org.liaison.coordination.internal.export.ExportParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.Branch;
import org.liaison.shared.LegalReference;

/** Export where Reg. 883/2004 governs: art. 7 waiving of residence rules and its exceptions (art. 64, 67, 70). */
final class RegulationExport {

    private RegulationExport() {
    }

    /** The articles of the regulation in force: Reg. 883/2004 (and the texts applying it) or Reg. 1408/71. */
    private record Articles(String waiver, String sncb, String unemployment, String family, String source,
                            LegalReference exportRef) {
    }

    private static final Articles REG_883 = new Articles("EU_883_ART7:Reg. 883/2004 art. 7",
            "EU_883_ART70_ANNEX_X:Reg. 883/2004 art. 70(4) and Annex X (France)", "EU_883_ART64:Reg. 883/2004 art. 64(1)",
            "EU_883_ART67:Reg. 883/2004 art. 67", EUR_LEX_883, new LegalReference("Reg. 883/2004 art. 64(1)(c)", EUR_LEX_883));
    private static final Articles REG_1408 = new Articles("EU_1408_ART10:Reg. 1408/71 art. 10(1)",
            "EU_1408_ART10A_ANNEX_IIA:Reg. 1408/71 art. 10a and Annex IIa (France)", "EU_1408_ART69:Reg. 1408/71 art. 69(1)",
            "EU_1408_ART73:Reg. 1408/71 art. 73", EUR_LEX_1408, new LegalReference("Reg. 1408/71 art. 69(1)(c)", EUR_LEX_1408));

    static ExportDecision decide(ExportQuestion q, BenefitCatalogue.Entry entry, GoverningInstrument gi, AgreementRegistry registry) {
        String id = gi.instrument().id();
        if (id.contains("3-4-1959")) {
            // The 1959 regulations are not modelled: their export rules are left to an officer.
            Provision p = new Provision("EU_3_1959", new LegalReference("Reg. 3/58 and 4/58", gi.instrument().source()),
                    BenefitTexts.message("export.provision.EU_3_1959"));
            List<RequirementCheck> checks = List.of(ExportEngine.check("INSTRUMENT_NOT_MODELLED", p.code(),
                    RequirementResult.NEEDS_ASSESSMENT, Map.of("instrument", id), p.reference(), "export.check.notModelled"));
            return new ExportDecision(ExportStatus.NEEDS_ASSESSMENT, id, p, null, null, checks, List.of());
        }
        Articles articles = id.contains("1408") ? REG_1408 : REG_883;
        List<RequirementCheck> checks = new ArrayList<>();
        Map<String, String> facts = Map.of("instrument", id, "benefit", q.benefit().name(), "residence", q.residence().value());
        if (entry.specialNonContributory()) {
            Provision p = provision(articles.sncb(), articles);
            checks.add(ExportEngine.check("SPECIAL_NON_CONTRIBUTORY_NOT_EXPORTED", p.code(), RequirementResult.NOT_MET,
                    facts, p.reference(), "export.check.sncb.regulation"));
            return new ExportDecision(ExportStatus.NOT_EXPORTABLE, id, p, null, null, checks, List.of());
        }
        if (q.benefit() == ExportBenefit.UNEMPLOYMENT_BENEFIT) {
            return unemployment(q, id, facts, checks, articles, registry);
        }
        if (entry.branch() == Branch.FAMILY) {
            Provision p = provision(articles.family(), articles);
            checks.add(ExportEngine.check("FAMILY_MEMBERS_ABROAD_TREATED_AS_RESIDENT", p.code(), RequirementResult.MET,
                    facts, p.reference(), "export.check.family.regulation"));
            return new ExportDecision(ExportStatus.EXPORTABLE, id, p, null, null, checks, List.of());
        }
        Provision p = provision(articles.waiver(), articles);
        checks.add(ExportEngine.check("RESIDENCE_RULES_WAIVED", p.code(), RequirementResult.MET, facts, p.reference(),
                "export.check.art7"));
        return new ExportDecision(ExportStatus.EXPORTABLE, id, p, null, null, checks, List.of());
    }

    private static ExportDecision unemployment(ExportQuestion q, String id, Map<String, String> facts,
                                               List<RequirementCheck> checks, Articles articles, AgreementRegistry registry) {
        Provision p = provision(articles.unemployment(), articles);
        RequirementResult result = q.pdU2() == null ? RequirementResult.NEEDS_INFORMATION
                : q.pdU2() ? RequirementResult.MET : RequirementResult.NOT_MET;
        checks.add(ExportEngine.check("PD_U2_ISSUED", p.code(), result, facts, p.reference(),
                "export.check.u2." + result.name()));
        if (result != RequirementResult.MET) {
            ExportStatus status = result == RequirementResult.NOT_MET ? ExportStatus.NOT_EXPORTABLE : ExportStatus.NEEDS_INFORMATION;
            return new ExportDecision(status, id, p, null, null, checks, List.of());
        }
        Parameter<Integer> months = registry.parameter(id, q.residence(), q.date(), EXPORT_MONTHS, Integer.class);
        Parameter<Integer> max = registry.parameter(id, q.residence(), q.date(), EXPORT_MAX_MONTHS, Integer.class);
        List<String> missing = new ArrayList<>();
        if (!months.isKnown()) {
            missing.add(EXPORT_MONTHS.code());
        }
        if (!max.isKnown()) {
            missing.add(EXPORT_MAX_MONTHS.code());
        }
        if (!missing.isEmpty()) {
            // A period is never guessed: without the registry's fact an officer reads the instrument.
            checks.add(new RequirementCheck("EXPORT_PERIOD", p.code(), RequirementResult.NEEDS_INFORMATION,
                    Map.of("instrument", id, "missingFacts", String.join(",", missing)), articles.exportRef(),
                    BenefitTexts.message("export.check.u2.period.missing", String.join(", ", missing))));
            return new ExportDecision(ExportStatus.NEEDS_ASSESSMENT, id, p, months.optional().orElse(null),
                    max.optional().orElse(null), checks, List.of(), missing);
        }
        int exportMonths = months.optional().orElseThrow();
        int maxMonths = max.optional().orElseThrow();
        boolean checked = months.status() == FactStatus.VERIFIED && max.status() == FactStatus.VERIFIED;
        checks.add(new RequirementCheck("EXPORT_PERIOD", p.code(), RequirementResult.MET,
                Map.of("exportMonths", String.valueOf(exportMonths), "maxExportMonths", String.valueOf(maxMonths),
                        "factsVerified", String.valueOf(checked)),
                articles.exportRef(), BenefitTexts.message("export.check.u2.period", exportMonths, maxMonths)));
        return new ExportDecision(ExportStatus.EXPORTABLE, id, p, exportMonths, maxMonths, checks, List.of());
    }

    /** A provision written {@code CODE:citation}. */
    private static Provision provision(String codeAndCitation, Articles articles) {
        String code = codeAndCitation.substring(0, codeAndCitation.indexOf(':'));
        String citation = codeAndCitation.substring(codeAndCitation.indexOf(':') + 1);
        return new Provision(code, new LegalReference(citation, articles.source()), BenefitTexts.message("export.provision." + code));
    }
}
