package org.liaison.postings.web.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.postings.internal.PostingProblems;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;

/** An officer's outcome (APPROVE or REFUSE) and its reason, checked together so both problems are reported at once. */
public final class Outcomes {

    private Outcomes() {
    }

    /** True to approve, false to refuse; every problem otherwise. */
    public static boolean parse(@Nullable String outcome, @Nullable String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        String normalised = outcome == null ? "" : outcome.trim().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            problems.add(PostingProblems.of("outcome", "required"));
        } else if (!normalised.equals("APPROVE") && !normalised.equals("REFUSE")) {
            problems.add(PostingProblems.of("outcome", "outcome"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(PostingProblems.of("reason", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalised.equals("APPROVE");
    }
}
