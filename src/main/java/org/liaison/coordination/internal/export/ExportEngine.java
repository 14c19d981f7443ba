package org.liaison.coordination.internal.export;

import static org.liaison.coordination.internal.export.ExportParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.shared.Branch;
import org.liaison.coordination.benefits.BenefitExport;
import org.liaison.shared.FieldProblem;
import org.liaison.coordination.benefits.ExportBenefit;
import org.liaison.coordination.benefits.ExportDecision;
import org.liaison.coordination.benefits.ExportQuestion;
import org.liaison.coordination.benefits.ExportStatus;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReference;

/**
 * Whether a French benefit may be paid to a person residing in another state on a date, and under which
 * instrument and article: Reg. 883/2004 (art. 7, 67, 64, 70 + Annex X) where it governs, the bilateral convention
 * or decree for the branches it is known to cover, French law alone otherwise. Pure: no clock, no framework.
 */
public final class ExportEngine implements BenefitExport {

    private static final String HOME = "FR";
    private final AgreementRegistry registry;

    public ExportEngine(AgreementRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ExportDecision decide(ExportQuestion question) {
        List<FieldProblem> problems = validate(question);
        if (question != null && question.residence() != null && !HOME.equals(question.residence().value())
                && registry.partner(question.residence()).isEmpty()) {
            problems.add(new FieldProblem("residenceState", "UNKNOWN_STATE", BenefitTexts.text("problem.unknownState")));
        }
        if (!problems.isEmpty()) {
            return new ExportDecision(ExportStatus.INVALID, null, null, null, null, List.of(), problems);
        }
        if (HOME.equals(question.residence().value())) {
            return new ExportDecision(ExportStatus.NO_EXPORT_NEEDED, null, null, null, null, List.of(), List.of());
        }
        Optional<GoverningInstrument> governing = registry.governing(question.residence(), question.date());
        BenefitCatalogue.Entry entry = BenefitCatalogue.of(question.benefit());
        if (governing.isEmpty()) {
            return frenchLawAlone(question.benefit(), entry, null, new ArrayList<>());
        }
        GoverningInstrument instrument = governing.get();
        if (REGULATION_KINDS.contains(instrument.instrument().kind())) {
            return RegulationExport.decide(question, entry, instrument, registry);
        }
        return underConvention(question.benefit(), entry, instrument);
    }

    private ExportDecision underConvention(ExportBenefit benefit, BenefitCatalogue.Entry entry, GoverningInstrument gi) {
        List<RequirementCheck> checks = new ArrayList<>();
        String id = gi.instrument().id();
        Provision provision = conventionProvision(gi);
        Map<String, String> facts = Map.of("instrument", id, "branch", entry.branch().code(),
                "branchesKnown", String.valueOf(gi.branches().isKnown()));
        if (entry.specialNonContributory()) {
            // Non-contributory minimum benefits are financed by national solidarity: conventions do not export them.
            checks.add(check("SPECIAL_NON_CONTRIBUTORY_NOT_EXPORTED", provision.code(), RequirementResult.NOT_MET, facts,
                    entry.frenchLaw(), "export.check.sncb.convention"));
            return new ExportDecision(ExportStatus.NOT_EXPORTABLE, id, provision, null, null, checks, List.of());
        }
        if (gi.branches().isKnown() && gi.covers(entry.branch())) {
            RequirementResult result = gi.uncertain() ? RequirementResult.NEEDS_ASSESSMENT : RequirementResult.MET;
            checks.add(check("BRANCH_COVERED_BY_INSTRUMENT", provision.code(), result, facts, provision.reference(),
                    "export.check.branch.covered"));
            return new ExportDecision(gi.uncertain() ? ExportStatus.NEEDS_ASSESSMENT : ExportStatus.EXPORTABLE,
                    id, provision, null, null, checks, List.of());
        }
        if (!gi.branches().isKnown()) {
            checks.add(check("BRANCH_COVERED_BY_INSTRUMENT", provision.code(), RequirementResult.NEEDS_ASSESSMENT, facts,
                    provision.reference(), "export.check.branch.unknown"));
            return new ExportDecision(ExportStatus.NEEDS_ASSESSMENT, id, provision, null, null, checks, List.of());
        }
        // The EU–UK protocol leaves family benefits out (CAF: https://caf.fr/nous-connaitre/brexit) even though its
        // list of branches is still to be checked for invalidity.
        boolean familyOutsideProtocol = entry.branch() == Branch.FAMILY && gi.instrument().kind() == InstrumentKind.UK_TCA;
        if (gi.branches().status() != FactStatus.VERIFIED && !familyOutsideProtocol) {
            // A list of branches still to be checked may simply not have been read in full.
            checks.add(check("BRANCH_COVERED_BY_INSTRUMENT", provision.code(), RequirementResult.NEEDS_ASSESSMENT, facts,
                    provision.reference(), "export.check.branch.unverified"));
            return new ExportDecision(ExportStatus.NEEDS_ASSESSMENT, id, provision, null, null, checks, List.of());
        }
        checks.add(check("BRANCH_COVERED_BY_INSTRUMENT", provision.code(), RequirementResult.NOT_MET, facts,
                provision.reference(), "export.check.branch.notCovered"));
        return frenchLawAlone(benefit, entry, id, checks);
    }

    static ExportDecision frenchLawAlone(ExportBenefit benefit, BenefitCatalogue.Entry entry, String instrumentId,
                                         List<RequirementCheck> checks) {
        Provision provision = new Provision("FR_LAW_" + benefit.name(), entry.frenchLaw(),
                BenefitTexts.message("export.provision.frenchLaw"));
        checks.add(check("FRENCH_LAW_PAYMENT_ABROAD", provision.code(), entry.frenchLawAbroad(),
                Map.of("benefit", benefit.name()), entry.frenchLaw(),
                "export.check.frenchLaw." + entry.frenchLawAbroad().name()));
        ExportStatus status = switch (entry.frenchLawAbroad()) {
            case MET -> ExportStatus.EXPORTABLE;
            case NOT_MET -> ExportStatus.NOT_EXPORTABLE;
            default -> ExportStatus.NEEDS_ASSESSMENT;
        };
        return new ExportDecision(status, instrumentId, provision, null, null, checks, List.of());
    }

    private static Provision conventionProvision(GoverningInstrument gi) {
        String id = gi.instrument().id();
        String code = "INSTRUMENT_" + id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return new Provision(code, new LegalReference(gi.instrument().citation(), gi.instrument().source()),
                BenefitTexts.message("export.provision.instrument", gi.instrument().titleFr(), gi.instrument().titleEn()));
    }

    static RequirementCheck check(String code, String provision, RequirementResult result, Map<String, String> facts,
                                  LegalReference reference, String textKey) {
        return new RequirementCheck(code, provision, result, facts, reference, BenefitTexts.message(textKey));
    }

    private static List<FieldProblem> validate(ExportQuestion q) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q == null) {
            problems.add(problem("question"));
            return problems;
        }
        if (q.benefit() == null) {
            problems.add(problem("benefit"));
        }
        if (q.residence() == null) {
            problems.add(problem("residenceState"));
        }
        if (q.date() == null) {
            problems.add(problem("date"));
        }
        return problems;
    }

    private static FieldProblem problem(String field) {
        return new FieldProblem(field, "REQUIRED", BenefitTexts.text("problem.required"));
    }
}
