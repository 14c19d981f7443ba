package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.BucCaseStatus;
import org.jspecify.annotations.Nullable;

/** Criteria of a case search; a null criterion matches everything. {@code text} matches the case id. */
public record CaseSearch(@Nullable String text, @Nullable String bucType, @Nullable BucCaseStatus status,
                         @Nullable String institution, boolean unroutedOnly) {

    public static CaseSearch all() {
        return new CaseSearch(null, null, null, null, false);
    }
}
