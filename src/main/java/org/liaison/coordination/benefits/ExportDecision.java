package org.liaison.coordination.benefits;

import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;

/**
 * The export engine's answer: the status, the instrument and provision it rests on (none for French law alone),
 * the export period in months for unemployment benefit (Reg. 883/2004 art. 64(1)(c), read from the registry), each
 * requirement checked, the registry facts the rule needed and did not find, and the input problems when the
 * question is invalid.
 *
 * @param missingFacts codes of the registry facts that are missing or unknown (e.g.
 *                     {@code unemployment_export_max_months}); the status is then NEEDS_ASSESSMENT
 */
public record ExportDecision(ExportStatus status, @Nullable String instrumentId, @Nullable Provision provision,
                             @Nullable Integer exportMonths, @Nullable Integer maxExportMonths,
                             List<RequirementCheck> checks, List<FieldProblem> problems, List<String> missingFacts) {

    public ExportDecision {
        Objects.requireNonNull(status, "status");
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        missingFacts = List.copyOf(missingFacts);
    }

    /** A decision that needed no missing fact. */
    public ExportDecision(ExportStatus status, @Nullable String instrumentId, @Nullable Provision provision,
                          @Nullable Integer exportMonths, @Nullable Integer maxExportMonths,
                          List<RequirementCheck> checks, List<FieldProblem> problems) {
        this(status, instrumentId, provision, exportMonths, maxExportMonths, checks, problems, List.of());
    }

    public Optional<Provision> basis() {
        return Optional.ofNullable(provision);
    }
}
