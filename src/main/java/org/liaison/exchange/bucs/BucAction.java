package org.liaison.exchange.bucs;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A proposed action on a case, judged by the BUC engine before it is taken.
 *
 * @param kind        what to do
 * @param by          the side taking the action
 * @param sed         for {@link BucActionKind#SEND}: the SED type to send (the administrative actions know theirs)
 * @param target      the id of the SED this action answers or acts on (the SED replied to, invalidated, reminded…)
 * @param participant for adding or removing a participant: its institution id ({@code CC:code})
 * @param on          the day of the action (dates are inputs: the engine reads no clock)
 */
public record BucAction(BucActionKind kind, CaseRole by, @Nullable String sed, @Nullable String target,
                        @Nullable String participant, LocalDate on) {

    public BucAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }

    /** Send an SED of this type, answering nothing. */
    public static BucAction send(String sed, CaseRole by, LocalDate on) {
        return new BucAction(BucActionKind.SEND, by, sed, null, null, on);
    }

    /** Send an SED of this type in reply to the SED with that id. */
    public static BucAction reply(String sed, String target, CaseRole by, LocalDate on) {
        return new BucAction(BucActionKind.SEND, by, sed, target, null, on);
    }

    /** An administrative action, on the SED with that id if it acts on one. */
    public static BucAction administrative(BucActionKind kind, CaseRole by, @Nullable String target, LocalDate on) {
        return new BucAction(kind, by, null, target, null, on);
    }

    /** Add or remove that participant. */
    public static BucAction participant(BucActionKind kind, CaseRole by, String institution, LocalDate on) {
        return new BucAction(kind, by, null, null, institution, on);
    }
}
