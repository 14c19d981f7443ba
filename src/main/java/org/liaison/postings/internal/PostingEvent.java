package org.liaison.postings.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a request's exchange with the partner, as its page lists it: {@code A001_SENT} or
 * {@code ANSWER_RECEIVED}, with the case and the SED type. Codes only, no personal data.
 */
public record PostingEvent(Instant at, String kind, @Nullable String caseId, @Nullable String sedType, String actor) {
}
