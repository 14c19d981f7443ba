package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.institutions.ExchangeEnvironment;

/** A case's own row, without its participants, SEDs and deadlines; the person's name as the first SED gives it. */
record CaseRow(String id, BucType bucType, String version, ExchangeEnvironment environment, CaseRole nodeRole,
               String owner, @Nullable String localInstitution, BucCaseStatus status, LocalDate statusSince,
               LocalDate createdOn, LocalDate lastActivity, @Nullable LocalDate inactiveOn,
               @Nullable LocalDate archiveOn, @Nullable String personName) {

    /**
     * A row as the case actions change it: the person's name is not theirs to change (the first SED naming the person
     * sets it, see {@link SedStore#insert}), so {@link CaseStore#update} does not write it.
     */
    CaseRow(String id, BucType bucType, String version, ExchangeEnvironment environment, CaseRole nodeRole,
            String owner, @Nullable String localInstitution, BucCaseStatus status, LocalDate statusSince,
            LocalDate createdOn, LocalDate lastActivity, @Nullable LocalDate inactiveOn, @Nullable LocalDate archiveOn) {
        this(id, bucType, version, environment, nodeRole, owner, localInstitution, status, statusSince, createdOn,
                lastActivity, inactiveOn, archiveOn, null);
    }
}
