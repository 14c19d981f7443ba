package org.liaison.exchange.internal.transport;

import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.Transport;
import org.liaison.exchange.transport.TransportReceipt;
import org.liaison.exchange.transport.TransportUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to the node of the same JVM that serves the receiver's access point, by calling its receiver
 * directly (its own transaction, its own database): a whole BUC runs end to end before AS4 exists.
 */
@Component
class InProcessTransport implements Transport {

    @Override
    public TransportReceipt deliver(ExchangeMessage message) {
        return InProcessNetwork.node(message.receiverAccessPoint())
                .orElseThrow(() -> new TransportUnavailableException("no node serves " + message.receiverAccessPoint()))
                .apply(message);
    }
}
