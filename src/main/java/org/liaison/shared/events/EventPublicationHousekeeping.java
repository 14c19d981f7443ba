package org.liaison.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Spring Modulith's event publication registry (table {@code event_publication}) small and nothing lost:
 * completed publications are kept a while for diagnosis, then deleted; a publication whose listener failed is
 * tried again after a pause, not only at the next restart.
 */
@Component
class EventPublicationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    private final CompletedEventPublications completed;
    private final IncompleteEventPublications incomplete;
    private final Duration retention;
    private final Duration resubmitAfter;

    EventPublicationHousekeeping(CompletedEventPublications completed, IncompleteEventPublications incomplete,
                                 @Value("${liaison.events.completed-retention:P7D}") Duration retention,
                                 @Value("${liaison.events.resubmit-after:PT1H}") Duration resubmitAfter) {
        this.completed = completed;
        this.incomplete = incomplete;
        this.retention = retention;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(initialDelayString = "${liaison.events.housekeeping-delay:PT5M}",
            fixedDelayString = "${liaison.events.housekeeping-interval:PT1H}")
    void tidy() {
        purgeCompleted();
        resubmitFailed();
    }

    void purgeCompleted() {
        completed.deletePublicationsOlderThan(retention);
    }

    void resubmitFailed() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        } catch (RuntimeException e) {
            // a listener failing again stays incomplete and is tried at the next run
            log.warn("Event publications resubmitted with failures: {}", e.getClass().getSimpleName());
        }
    }
}
