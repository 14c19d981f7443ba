package org.liaison.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.liaison.audit.AuditEvent;
import org.liaison.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails of {@link MailOutbox} through the SMTP server of {@code spring.mail.*} (Spring Boot's
 * {@link JavaMailSender}), after each commit that queued one and on a schedule for the retries. A mail the server
 * did not take is tried again later (30 s, doubling up to an hour) and given up after {@code max-attempts}, marked
 * FAILED for the operators. Without {@code spring.mail.host} there is no sender: mails stay queued, untouched, and
 * leave once a server is configured. Logs name the mail by its id, never its recipient or content.
 */
@Component
public class MailRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 20;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final String from;
    private final int maxAttempts;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "mail-relay"));
    private final AtomicBoolean queued = new AtomicBoolean();

    MailRelay(@Lazy MailOutbox outbox, ObjectProvider<JavaMailSender> senders, PlatformTransactionManager transactionManager,
              AuditTrail audit, @Value("${liaison.mail.from:noreply@liaison.invalid}") String from,
              @Value("${liaison.mail.max-attempts:20}") int maxAttempts) {
        this.outbox = outbox;
        this.senders = senders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                relaySafely();
            });
        }
    }

    @Scheduled(initialDelayString = "${liaison.mail.relay.initial-delay:PT20S}",
            fixedDelayString = "${liaison.mail.relay.interval:PT30S}")
    void onSchedule() {
        relaySafely();
    }

    private void relaySafely() {
        try {
            relayNow();
        } catch (RuntimeException e) {
            log.warn("Mail relay run failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends every mail due now; returns how many the server took. Nothing is tried without a configured server. */
    public int relayNow() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> relayBatch(sender));
            if (batch == null || batch < 0) {
                return sent;
            }
            sent += batch;
        }
    }

    private int relayBatch(JavaMailSender sender) {
        List<MailOutbox.Pending> due = outbox.due(BATCH, clock.instant());
        if (due.isEmpty()) {
            return -1;
        }
        int sent = 0;
        for (MailOutbox.Pending mail : due) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.recipient());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
                outbox.sent(mail.id(), clock.instant());
                audit.record(AuditEvent.of("MAIL_SENT", "USER", mail.objectId()).by("system")
                        .with("purpose", mail.purpose()).with("mail", mail.id()));
                sent++;
            } catch (MailException e) {
                boolean giveUp = mail.attempts() + 1 >= maxAttempts;
                // the exception's message may quote the address: only its type is kept
                outbox.retryLater(mail.id(), clock.instant().plus(MailOutbox.backoff(mail.attempts())),
                        e.getClass().getSimpleName(), giveUp);
                log.warn("Mail {} not sent ({}), attempt {}{}", mail.id(), e.getClass().getSimpleName(),
                        mail.attempts() + 1, giveUp ? ", given up" : ", will retry");
                if (giveUp) {
                    // the person never got the link: the trail says so, for whoever answers their call
                    audit.record(AuditEvent.of("MAIL_FAILED", "USER", mail.objectId()).by("system")
                            .with("purpose", mail.purpose()).with("mail", mail.id())
                            .with("attempts", mail.attempts() + 1));
                }
            }
        }
        // mails put back for later are not due again in this run
        return sent == 0 ? -1 : sent;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
