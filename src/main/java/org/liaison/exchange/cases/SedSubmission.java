package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.BucActionKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SED to send in an existing case, or an administrative action.
 *
 * @param action      {@code SEND} for a business SED, else the administrative action (close, reopen, reminder…)
 * @param sedType     for {@code SEND}: the SED type; the administrative actions know theirs
 * @param inReplyTo   the id of the SED this one answers or acts on
 * @param participant for adding or removing a participant: its id {@code CC:code}
 * @param content     the SED as JSON text; null for an administrative action sent with its minimal content
 */
public record SedSubmission(BucActionKind action, @Nullable String sedType, @Nullable String inReplyTo,
                            @Nullable String participant, @Nullable String content, List<SedAttachment> attachments) {

    public SedSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A business SED, answering {@code inReplyTo} if not null. */
    public static SedSubmission sed(String sedType, @Nullable String inReplyTo, String content) {
        return new SedSubmission(BucActionKind.SEND, sedType, inReplyTo, null, content, List.of());
    }

    /** An administrative action on the SED {@code target} (if it acts on one). */
    public static SedSubmission administrative(BucActionKind action, @Nullable String target) {
        return new SedSubmission(action, null, target, null, null, List.of());
    }
}
