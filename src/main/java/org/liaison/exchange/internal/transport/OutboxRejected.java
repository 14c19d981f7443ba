package org.liaison.exchange.internal.transport;

import java.util.List;
import org.liaison.exchange.cases.CaseProblem;

/** The receiver refused a message this node sent: the case's history says why (the sender told). */
public record OutboxRejected(String caseId, String sedId, String messageId, List<CaseProblem> problems) {
}
