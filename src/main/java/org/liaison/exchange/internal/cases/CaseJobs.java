package org.liaison.exchange.internal.cases;

import java.time.LocalDate;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucEngine;
import org.liaison.exchange.bucs.BucLifecycle;
import org.liaison.exchange.cases.DeadlineMissed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily jobs of the cases: reports each reply deadline missed (once, as {@link DeadlineMissed}, noted in the
 * case's history), closes the cases left inactive and archives the closed ones, as each BUC's definition says.
 */
@Component
public class CaseJobs {

    private final CaseStore cases;
    private final SedStore seds;
    private final DeadlineStore deadlines;
    private final CaseLedger ledger;
    private final BucEngine engine;
    private final ExchangeClock clock;
    private final ApplicationEventPublisher events;

    CaseJobs(CaseStore cases, SedStore seds, DeadlineStore deadlines, CaseLedger ledger, BucEngine engine,
             ExchangeClock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.seds = seds;
        this.deadlines = deadlines;
        this.ledger = ledger;
        this.engine = engine;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(cron = "${liaison.exchange.jobs.cron:0 15 * * * *}")
    @Transactional
    void hourly() {
        runDeadlines();
        runAgeing();
    }

    /** Reports the deadlines missed by today; returns how many. */
    @Transactional
    public int runDeadlines() {
        LocalDate today = clock.today();
        int missed = 0;
        for (DeadlineMissed deadline : deadlines.missedBy(today)) {
            deadlines.markMissed(deadline.caseId(), deadline.sedId(), today);
            cases.record(deadline.caseId(), clock.instant(), "system", "DEADLINE_MISSED", deadline.sedId(),
                    deadline.sedType() + " " + deadline.dueBy());
            events.publishEvent(deadline);
            missed++;
        }
        return missed;
    }

    /** Closes the inactive cases and archives the closed ones whose day has come; returns how many changed. */
    @Transactional
    public int runAgeing() {
        LocalDate today = clock.today();
        int changed = 0;
        for (String id : cases.dueForAgeing(today)) {
            CaseRow c = cases.lock(id).orElseThrow();
            BucLifecycle lifecycle = engine.lifecycle(Snapshots.of(c, cases.participants(id), seds.ofCase(id)));
            BucCaseStatus status = lifecycle.statusOn(today, c.status());
            if (status != c.status()) {
                ledger.settle(c, status, status == BucCaseStatus.ARCHIVED ? "archiving" : "inactivity");
                changed++;
            }
        }
        return changed;
    }
}
