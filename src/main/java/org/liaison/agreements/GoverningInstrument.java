package org.liaison.agreements;

import java.time.LocalDate;
import java.util.Set;
import org.liaison.shared.Branch;

/**
 * The answer to "which instrument governs France ↔ this partner on this date, and with which parameters".
 * {@code uncertain} is true when a bound of the period is known only roughly (a year) or not at all around that
 * date: the answer then needs an officer's assessment.
 */
public record GoverningInstrument(Partner partner, LocalDate date, Instrument instrument, InstrumentPeriod period,
                                  boolean uncertain,
                                  Parameter<Set<Branch>> branches,
                                  Parameter<Integer> maxPostingMonths,
                                  Parameter<Integer> selfEmployedPostingMonths,
                                  Parameter<PostingExtension> postingExtension,
                                  Parameter<String> extensionDecidedBy,
                                  Parameter<Integer> repostingGapMonths,
                                  Parameter<Boolean> totalisationForPensions,
                                  Parameter<Boolean> thirdStatePeriods) {

    /** Whether the branch is known to be covered (false when the branches are unknown). */
    public boolean covers(Branch branch) {
        return branches.optional().map(b -> b.contains(branch)).orElse(false);
    }
}
