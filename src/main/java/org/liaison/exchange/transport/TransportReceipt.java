package org.liaison.exchange.transport;

import org.liaison.exchange.cases.CaseProblem;
import java.util.List;

/** The receiver's acknowledgement of a message: accepted, a duplicate (already stored), or rejected with why. */
public record TransportReceipt(Status status, String messageId, List<CaseProblem> problems) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public TransportReceipt {
        problems = List.copyOf(problems);
    }

    public static TransportReceipt accepted(String messageId) {
        return new TransportReceipt(Status.ACCEPTED, messageId, List.of());
    }

    public static TransportReceipt duplicate(String messageId) {
        return new TransportReceipt(Status.DUPLICATE, messageId, List.of());
    }

    public static TransportReceipt rejected(String messageId, List<CaseProblem> problems) {
        return new TransportReceipt(Status.REJECTED, messageId, problems);
    }
}
