package org.liaison.exchange.internal.institutions;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty IR with the demo file at start-up, in every profile (like the agreements registry), so that the
 * demo and the tests have institutions to route to. An IR that holds anything, even removed institutions, is left
 * alone; {@code liaison.exchange.institutions.demo-data=false} turns this off for a production start.
 */
@Component
@Order(0)
class DemoInstitutions implements ApplicationRunner {

    static final String FILE = "reference/exchange/institutions-demo.json";
    private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

    private final InstitutionImporter importer;
    private final boolean enabled;

    DemoInstitutions(InstitutionImporter importer,
                     @Value("${liaison.exchange.institutions.demo-data:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (enabled && importer.isEmpty()) {
            ImportSummary summary;
            try (InputStream in = open()) {
                summary = importer.importFile(in, ImportMode.FULL, FILE, false);
            }
            if (!summary.applied()) {
                throw new IllegalStateException("The demo IR file " + FILE + " is refused: " + summary.problems());
            }
            log.info("Institution repository empty: loaded {} demo institutions", summary.added());
        }
    }

    /** The demo file (tests import it again to put the IR back as it was). */
    static InputStream open() throws IOException {
        InputStream in = DemoInstitutions.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IOException("Missing " + FILE);
        }
        return in;
    }
}
