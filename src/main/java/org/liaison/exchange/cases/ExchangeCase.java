package org.liaison.exchange.cases;

import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case (one instance of a BUC) as this node holds it. The id is global: the case owner's node makes it and every
 * participant stores the case under the same id.
 *
 * @param nodeRole         this node's side in the case
 * @param localInstitution the French institution handling the case here; null while it waits in the liaison
 *                         officers' queue
 * @param participants     the institutions taking part now, with their side
 * @param seds             the SEDs exchanged so far, oldest first (without their content)
 * @param deadlines        the replies awaited, with who owes them and by when
 * @param personName       the person the case is about (family name, then given names) as the first SED naming
 *                         them says; null when no SED names one yet. Personal data: never in logs or audit details
 */
public record ExchangeCase(String id, BucType bucType, String version, ExchangeEnvironment environment,
                           CaseRole nodeRole, String ownerInstitution, @Nullable String localInstitution,
                           BucCaseStatus status, LocalDate statusSince, LocalDate createdOn, LocalDate lastActivity,
                           @Nullable LocalDate inactiveOn, @Nullable LocalDate archiveOn,
                           List<BucParticipant> participants, List<CaseSed> seds, List<BucDeadline> deadlines,
                           @Nullable String personName) {

    public ExchangeCase {
        participants = List.copyOf(participants);
        seds = List.copyOf(seds);
        deadlines = List.copyOf(deadlines);
    }

    /** A case no SED has named a person in yet. */
    public ExchangeCase(String id, BucType bucType, String version, ExchangeEnvironment environment,
                        CaseRole nodeRole, String ownerInstitution, @Nullable String localInstitution,
                        BucCaseStatus status, LocalDate statusSince, LocalDate createdOn, LocalDate lastActivity,
                        @Nullable LocalDate inactiveOn, @Nullable LocalDate archiveOn,
                        List<BucParticipant> participants, List<CaseSed> seds, List<BucDeadline> deadlines) {
        this(id, bucType, version, environment, nodeRole, ownerInstitution, localInstitution, status, statusSince,
                createdOn, lastActivity, inactiveOn, archiveOn, participants, seds, deadlines, null);
    }
}
