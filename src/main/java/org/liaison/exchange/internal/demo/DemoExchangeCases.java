package org.liaison.exchange.internal.demo;

import java.util.List;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.shared.data.DemoSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The demo's cases, opened once through the real flow on both nodes: the partner asks the liaison body (an H001 the
 * routing rules give to CPAM de Paris) and the CNAV (a pension claim P2000); France asks the partner (an H001 from
 * CPAM de Paris, which the partner answers) and notifies a posting (A009). The agents' inboxes then have cases in
 * each state. Fictitious people, from the demo documents. Each node's half is opened once, by a marker in that node's
 * database written in the transaction that opens them ({@link DemoSeeds}): a restart opens nothing again, however
 * many cases were exchanged since.
 */
@Component
// only on a demo node: the French one that starts the partner, and the partner
@ConditionalOnExpression("${liaison.exchange.simulated-partner.enabled:false} or ${liaison.exchange.simulated-partner.answers:false}")
class DemoExchangeCases {

    private static final Logger log = LoggerFactory.getLogger(DemoExchangeCases.class);
    private static final CaseAccess DEMO = CaseAccess.everything("demo");

    record Seed(String bucType, String owner, String counterparty, String sed) {
    }

    static final List<Seed> FROM_PARTNER = List.of(new Seed("H_BUC_01", "DE:DVKA", "FR:CLEISS", "H001"),
            new Seed("P_BUC_01", "DE:DRVBUND", "FR:CNAV", "P2000"));
    static final List<Seed> FROM_FRANCE = List.of(new Seed("H_BUC_01", "FR:CPAM75", "DE:DVKA", "H001"),
            new Seed("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"));

    private final ExchangeCases france;
    private final DemoDocuments documents;
    private final DemoInstitutionNames names;
    private final BucDefinitions definitions;
    private final DemoSeeds seeds;

    static final String FROM_PARTNER_SEED = "exchange.demo-cases.from-partner";
    static final String FROM_FRANCE_SEED = "exchange.demo-cases.from-france";

    DemoExchangeCases(ExchangeCases france, DemoDocuments documents, DemoInstitutionNames names,
                      BucDefinitions definitions, DemoSeeds seeds) {
        this.seeds = seeds;
        this.france = france;
        this.documents = documents;
        this.names = names;
        this.definitions = definitions;
    }

    /** Opens each node's demo cases unless that node's marker says they were opened at an earlier start. */
    void seed(ApplicationContext partnerNode) {
        int opened = once(partnerNode.getBean(DemoSeeds.class), FROM_PARTNER_SEED,
                partnerNode.getBean(ExchangeCases.class), FROM_PARTNER);
        opened += once(seeds, FROM_FRANCE_SEED, france, FROM_FRANCE);
        log.info("Demo exchange cases opened: {}", opened);
    }

    private int once(DemoSeeds node, String name, ExchangeCases cases, List<Seed> list) {
        try {
            Integer opened = node.once(name, () -> list.stream().mapToInt(seed -> open(cases, seed)).sum());
            return opened == null ? 0 : opened;
        } catch (RuntimeException e) {
            // a refused case rolls the whole seed back, marker included: the next start tries again
            log.warn("Demo exchange cases {} not opened; the next start tries again", name, e);
            return 0;
        }
    }

    private int open(ExchangeCases node, Seed seed) {
        String version = definitions.latestVersion();
        // the case id is the hub's to give: it stamps it into the envelope when it opens the case
        String content = documents.document(seed.sed(), version, "NEW", seed.owner(), names.of(seed.owner()),
                seed.counterparty());
        try {
            node.open(new CaseOpening(seed.bucType(), version, seed.owner(), seed.counterparty(), seed.sed(), content,
                    List.of()), DEMO);
            return 1;
        } catch (CaseRefusedException e) {
            log.warn("Demo case {} {} → {} refused: {}", seed.bucType(), seed.owner(), seed.counterparty(),
                    e.getMessage());
            return 0;
        }
    }
}
