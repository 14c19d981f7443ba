package org.liaison.exchange.transport;

/** The message could not be delivered now (access point unknown or down); the outbox tries again later. */
public class TransportUnavailableException extends RuntimeException {

    public TransportUnavailableException(String message) {
        super(message);
    }
}
