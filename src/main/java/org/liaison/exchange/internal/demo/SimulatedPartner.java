package org.liaison.exchange.internal.demo;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.LiaisonApplication;
import org.liaison.exchange.internal.cases.ExchangeNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's partner state: once this node is ready, a second Liaison node starts in the same JVM (its own Spring
 * context, embedded database and web port), serving the partner's access point through the in-process transport and
 * answering by itself ({@link PartnerAnswers}). A case opened with one of its institutions then runs end to end, and
 * {@link DemoExchangeCases} gives the French side a few cases to work on. Demo profile only: a production node talks
 * to real partners (AS4, issue #6).
 */
@Component
@ConditionalOnProperty(name = "liaison.exchange.simulated-partner.enabled", havingValue = "true")
class SimulatedPartner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPartner.class);

    private final SimulatedPartnerProperties properties;
    private final ExchangeNode node;
    private final DemoExchangeCases demoCases;
    private @Nullable ConfigurableApplicationContext partner;
    private boolean closed;

    SimulatedPartner(SimulatedPartnerProperties properties, ExchangeNode node, DemoExchangeCases demoCases) {
        this.properties = properties;
        this.node = node;
        this.demoCases = demoCases;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (properties.country().equals(node.country())) {
            log.warn("No simulated partner: it would be this node's own country {}", node.country());
            return;
        }
        // its start takes as long as this node's: the French side is usable meanwhile, its messages wait in the outbox
        Thread starter = new Thread(this::start, "simulated-partner-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void start() {
        try {
            ConfigurableApplicationContext started = startNode();
            synchronized (this) {
                if (closed) {
                    started.close();
                    return;
                }
                partner = started;
            }
            log.info("Simulated partner node {} ready: access point {}, web port {}; it answers by itself after {}",
                    properties.country(), properties.accessPoint(),
                    started.getEnvironment().getProperty("local.server.port"), properties.replyDelay());
            demoCases.seed(started);
        } catch (RuntimeException e) {
            log.error("The simulated partner node did not start; cases with {} stay in the outbox",
                    properties.country(), e);
        }
    }

    /** Starts the partner node and returns it once it serves its access point. */
    ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(LiaisonApplication.class).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(arguments().toArray(String[]::new));
    }

    /**
     * Command-line arguments, which outrank every other source (profiles, environment variables): the partner gets
     * its own embedded database even when this node uses an external one, and it starts no partner of its own.
     */
    List<String> arguments() {
        return List.of("--spring.application.name=liaison-partner-" + properties.country().toLowerCase(),
                "--spring.profiles.active=default",
                "--spring.datasource.url=",
                "--liaison.embedded-db.dir=" + Path.of(properties.dataDir(), "postgres").toAbsolutePath(),
                "--liaison.embedded-db.port=0",
                "--server.port=" + properties.port(),
                "--liaison.demo.enabled=false",
                "--liaison.exchange.simulated-partner.enabled=false",
                "--liaison.exchange.simulated-partner.answers=true",
                "--liaison.exchange.simulated-partner.reply-delay=" + properties.replyDelay(),
                "--liaison.exchange.node.country=" + properties.country(),
                "--liaison.exchange.node.access-point=" + properties.accessPoint(),
                "--liaison.exchange.node.liaison-institution=" + properties.liaisonInstitution(),
                "--liaison.exchange.node.environment=" + node.environment());
    }

    @Override
    public void destroy() {
        ConfigurableApplicationContext running;
        synchronized (this) {
            closed = true;
            running = partner;
        }
        if (running != null) {
            running.close();
        }
    }
}
