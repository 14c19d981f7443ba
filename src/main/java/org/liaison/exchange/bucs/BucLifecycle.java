package org.liaison.exchange.bucs;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates a case's BUC definition gives it from its last activity: when it closes by itself after its closing SED
 * (if the BUC has one), when it becomes inactive (and is closed as such), and when it is archived (the archiving
 * period counts from the closing). Periods from eessi.md §2 [CLOSE]: inactive after 90 days (120 FB_BUC_01,
 * 180 UB_BUC_02), archived 180 days after closing (400 FB_BUC_01).
 */
public record BucLifecycle(LocalDate lastActivity, @Nullable LocalDate autoCloseOn, @Nullable LocalDate inactiveOn,
                           @Nullable LocalDate archiveOn, int inactivityDays, int archiveDays) {

    /** The status of the case on that day, given the status recorded in its snapshot. */
    public BucCaseStatus statusOn(LocalDate day, BucCaseStatus recorded) {
        if (recorded == BucCaseStatus.ARCHIVED || archiveOn != null && !day.isBefore(archiveOn)) {
            return BucCaseStatus.ARCHIVED;
        }
        if (recorded == BucCaseStatus.OPEN && closesBy(day)) {
            return BucCaseStatus.CLOSED;
        }
        return recorded;
    }

    /** Whether an open case is closed by itself on that day: inactivity or the closing SED's delay. */
    public boolean closesBy(LocalDate day) {
        return inactiveOn != null && !day.isBefore(inactiveOn) || autoCloseOn != null && !day.isBefore(autoCloseOn);
    }
}
