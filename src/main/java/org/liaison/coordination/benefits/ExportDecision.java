package org.liaison.coordination.benefits;

import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The export engine's answer: the status, the instrument and provision it rests on (none for French law alone),
 * the export period in months for unemployment benefit (Reg. 883/2004 art. 64(1)(c)), each requirement checked,
 * and the input problems when the question is invalid.
 */
public record ExportDecision(ExportStatus status, @Nullable String instrumentId, @Nullable Provision provision,
                             @Nullable Integer exportMonths, @Nullable Integer maxExportMonths,
                             List<RequirementCheck> checks, List<BenefitProblem> problems) {

    public ExportDecision {
        Objects.requireNonNull(status, "status");
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    public Optional<Provision> basis() {
        return Optional.ofNullable(provision);
    }
}
