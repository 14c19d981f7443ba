package org.liaison.exchange.internal.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.liaison.exchange.transport.Transport;
import org.liaison.exchange.transport.TransportReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox: woken up after each commit that queued a message, and on a schedule for the
 * retries. A message the transport cannot deliver now stays pending and is tried again later, waiting longer after
 * each failure (5 s, 10 s, 20 s… up to an hour); one the receiver rejects is marked so and the case's history says
 * why. Rows are locked while sent, so two runs (or two instances) never send one message twice. The messages of
 * one case to one access point go one at a time, in the order written (see {@link Outbox#due}).
 */
@Component
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final Transport transport;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean queued = new AtomicBoolean();

    OutboxRelay(@Lazy Outbox outbox, Transport transport, PlatformTransactionManager transactionManager,
                ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.transport = transport;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
    }

    /** Relays soon on the relay's own thread (called after a commit that queued a message). */
    void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                relaySafely();
            });
        }
    }

    @Scheduled(initialDelayString = "${liaison.exchange.outbox.initial-delay:PT20S}",
            fixedDelayString = "${liaison.exchange.outbox.interval:PT30S}")
    void onSchedule() {
        relaySafely();
    }

    /** Sends every message due now; returns how many were delivered (accepted or duplicate). */
    public int relayNow() {
        int delivered = 0;
        while (true) {
            Integer batch = transactions.execute(status -> relayBatch());
            if (batch == null || batch < 0) {
                return delivered;
            }
            delivered += batch;
        }
    }

    /** Delivered in this batch, or -1 when nothing was due. */
    private int relayBatch() {
        List<Outbox.Pending> due = outbox.due(BATCH);
        if (due.isEmpty()) {
            return -1;
        }
        int delivered = 0;
        boolean retrying = false;
        for (Outbox.Pending pending : due) {
            try {
                TransportReceipt receipt = transport.deliver(pending.message());
                if (receipt.status() == TransportReceipt.Status.REJECTED) {
                    outbox.rejected(pending.id(), String.join(",", receipt.problems().stream().map(p -> p.code()).toList()));
                    events.publishEvent(new OutboxRejected(pending.message().caseId(), pending.message().sedId(),
                            pending.message().messageId(), receipt.problems()));
                } else {
                    outbox.sent(pending.id());
                    delivered++;
                }
            } catch (RuntimeException e) {
                // unreachable, or the receiver failed before answering: nothing was acknowledged, try again
                outbox.retryLater(pending.id(), backoff(pending.attempts()), e.getMessage());
                retrying = true;
            }
        }
        // messages put back for later are not due again in this run: stop when the whole batch failed
        return retrying && delivered == 0 ? -1 : delivered;
    }

    static Duration backoff(int attempts) {
        long seconds = 5L << Math.min(attempts, 10);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private void relaySafely() {
        try {
            relayNow();
        } catch (RuntimeException e) {
            // the messages stay pending; the next run tries again
            log.warn("Outbox relay run failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
