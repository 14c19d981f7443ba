package org.liaison.exchange.internal.cases;

import java.util.function.Function;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.TransportReceipt;
import org.liaison.exchange.internal.transport.InProcessNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * This node's receiving end: it joins the in-process network under its access point when the application starts
 * and leaves it when it stops. Each message is received in its own transaction; a refusal becomes a rejection
 * receipt (the sender is told why), a message id stored meanwhile by a concurrent delivery a duplicate.
 */
@Component
public class NodeReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeReceiver.class);

    private final IncomingSeds incoming;
    private final ExchangeNode node;
    private final Function<ExchangeMessage, TransportReceipt> receiver = this::receive;
    private volatile boolean running;

    NodeReceiver(IncomingSeds incoming, ExchangeNode node) {
        this.incoming = incoming;
        this.node = node;
    }

    public TransportReceipt receive(ExchangeMessage message) {
        try {
            return incoming.receive(message);
        } catch (CaseRefusedException e) {
            log.info("Message {} rejected: {}", message.messageId(), e.getMessage());
            return TransportReceipt.rejected(message.messageId(), e.problems());
        } catch (DuplicateKeyException e) {
            return TransportReceipt.duplicate(message.messageId());
        }
    }

    /** Serves this node's access point again (another node of the JVM may have taken it). */
    public void join() {
        InProcessNetwork.join(node.accessPoint(), receiver);
    }

    /** Stops serving the access point: messages to it wait in their senders' outboxes. */
    public void leave() {
        InProcessNetwork.leave(node.accessPoint(), receiver);
    }

    @Override
    public void start() {
        join();
        running = true;
    }

    @Override
    public void stop() {
        leave();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
