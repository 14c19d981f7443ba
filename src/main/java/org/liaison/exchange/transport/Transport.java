package org.liaison.exchange.transport;

/**
 * The transport boundary: delivers one message to the access point that serves its receiver and returns the
 * receiver's acknowledgement. Implementations: in-process (nodes in one JVM, for tests and the demo); AS4 later.
 */
public interface Transport {

    /**
     * Delivers the message; the receipt says whether it was accepted, was a duplicate, or was rejected (with the
     * problems). Throws {@link TransportUnavailableException} when it could not be delivered now (try again later).
     */
    TransportReceipt deliver(ExchangeMessage message);
}
