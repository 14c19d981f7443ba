package org.liaison.exchange.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.liaison.exchange.cases.CaseClosed;
import org.liaison.exchange.cases.DeadlineMissed;
import org.liaison.exchange.cases.SedReceived;
import org.liaison.exchange.cases.SedSent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of another module, as the partner node's context registers it (not a component: the French context
 * of the other tests does not have it). It receives the exchange events after their transaction commits, through
 * Spring Modulith's event publication registry.
 */
public class EventProbe {

    final List<Object> events = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(SedReceived event) {
        events.add(event);
    }

    @ApplicationModuleListener
    void on(SedSent event) {
        events.add(event);
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        events.add(event);
    }

    @ApplicationModuleListener
    void on(DeadlineMissed event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
