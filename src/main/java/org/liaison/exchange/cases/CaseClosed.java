package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.BucCaseStatus;

/** A case was closed: locally, globally (X001, sent or received), by its closing SED or for inactivity. */
public record CaseClosed(String caseId, String bucType, BucCaseStatus status, String reason) {
}
