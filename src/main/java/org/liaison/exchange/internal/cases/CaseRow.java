package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucType;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.institutions.ExchangeEnvironment;

/** A case's own row, without its participants, SEDs and deadlines. */
record CaseRow(String id, BucType bucType, String version, ExchangeEnvironment environment, CaseRole nodeRole,
               String owner, @Nullable String localInstitution, BucCaseStatus status, LocalDate statusSince,
               LocalDate createdOn, LocalDate lastActivity, @Nullable LocalDate inactiveOn,
               @Nullable LocalDate archiveOn) {
}
