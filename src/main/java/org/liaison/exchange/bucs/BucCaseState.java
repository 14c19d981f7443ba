package org.liaison.exchange.bucs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a case that the BUC engine judges: which BUC and data-model version, the recorded status and since
 * when, the participants and the SEDs exchanged so far. The engine never reads a clock: every date is in here or in
 * the action.
 *
 * @param statusSince the day the recorded status was set (for a closed case: the start of its archiving period)
 */
public record BucCaseState(BucType type, String version, BucCaseStatus status, LocalDate createdOn,
                           @Nullable LocalDate statusSince, List<BucParticipant> participants, List<BucSed> seds) {

    public BucCaseState {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
        participants = List.copyOf(participants);
        seds = List.copyOf(seds);
    }

    /** A new case, open, with no SED yet. */
    public static BucCaseState opened(BucType type, String version, LocalDate on, List<BucParticipant> participants) {
        return new BucCaseState(type, version, BucCaseStatus.OPEN, on, on, participants, List.of());
    }

    public Optional<BucSed> sed(String id) {
        return seds.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same case with one more SED. */
    public BucCaseState with(BucSed sed) {
        List<BucSed> all = new java.util.ArrayList<>(seds);
        all.add(sed);
        return new BucCaseState(type, version, status, createdOn, statusSince, participants, all);
    }

    /** The same case with another recorded status, set on that day. */
    public BucCaseState withStatus(BucCaseStatus newStatus, LocalDate since) {
        return new BucCaseState(type, version, newStatus, createdOn, since, participants, seds);
    }

    /** The last day something happened in the case: its creation, a status change or an SED. */
    public LocalDate lastActivity() {
        LocalDate last = statusSince != null && statusSince.isAfter(createdOn) ? statusSince : createdOn;
        for (BucSed sed : seds) {
            if (sed.date().isAfter(last)) {
                last = sed.date();
            }
        }
        return last;
    }
}
