package org.liaison.exchange.internal.transport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.TransportReceipt;

/**
 * The nodes running in this JVM, by access-point id: the in-process transport's network. Each node puts its
 * receiver here when it starts and takes it out when it stops; a message to an access point nobody serves now
 * stays in the sender's outbox.
 */
public final class InProcessNetwork {

    private static final Map<String, Function<ExchangeMessage, TransportReceipt>> NODES = new ConcurrentHashMap<>();

    private InProcessNetwork() {
    }

    public static void join(String accessPoint, Function<ExchangeMessage, TransportReceipt> receiver) {
        NODES.put(accessPoint, receiver);
    }

    /** Leaves the network if this receiver still serves the access point. */
    public static void leave(String accessPoint, Function<ExchangeMessage, TransportReceipt> receiver) {
        NODES.remove(accessPoint, receiver);
    }

    static Optional<Function<ExchangeMessage, TransportReceipt>> node(String accessPoint) {
        return Optional.ofNullable(NODES.get(accessPoint));
    }
}
