package org.liaison.exchange.cases;

/** An SED left this node (stored and queued in the outbox, in the same transaction). Ids and codes only. */
public record SedSent(String caseId, String sedId, String sedType, String bucType, String sender, String receiver) {
}
