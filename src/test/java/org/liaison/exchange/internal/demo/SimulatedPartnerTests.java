package org.liaison.exchange.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseSearch;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.internal.cases.ExchangeNode;
import org.liaison.exchange.seds.SedCatalogue;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.shared.data.DemoSeeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's simulated partner: a German node started the way the demo starts it (its own context and embedded
 * database in a data directory), seeded with the demo cases, answering by itself. The flows it answers are those of
 * the BUC definitions (LA_BUC_01: A001 → A011; H_BUC_01: H001 → H002; P_BUC_01: P2000 → P5000, P6000), as in
 * eessi.md §2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimulatedPartnerTests {

    static final CaseAccess OFFICER = CaseAccess.everything("officer-test");

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext partner;
    static SimulatedPartner simulated;

    @Autowired
    ExchangeCases france;
    @Autowired
    NodeReceiver franceNode;
    @Autowired
    ExchangeNode node;
    @Autowired
    JsonMapper json;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    BucDefinitions definitions;
    @Autowired
    SedCatalogue catalogue;
    @Autowired
    DemoSeeds seeds;
    DemoDocuments documents;
    DemoExchangeCases demoCases;

    @BeforeEach
    void partnerRunning() {
        // the demo beans exist only on a demo node: this test's France is the plain test node
        documents = new DemoDocuments(json);
        demoCases = new DemoExchangeCases(france, documents, new DemoInstitutionNames(directory), definitions,
                seeds);
        if (partner == null) {
            simulated = new SimulatedPartner(new SimulatedPartnerProperties(true, "DE", "DE:AP01", "DE:DVKA",
                    dataDir.toString(), 0, Duration.ofMillis(300), false), node, demoCases);
            partner = simulated.startNode();
            demoCases.seed(partner);
        }
        franceNode.join(); // other test contexts of this JVM may have taken these access points
        partner.getBean(NodeReceiver.class).join();
    }

    @AfterAll
    static void stopPartner() {
        if (partner != null) {
            partner.close();
        }
    }

    @Test
    @DisplayName("The partner's demo cases reach France and are routed: its H001 to CPAM de Paris, its P2000 to the CNAV")
    void thePartnersCasesAreRouted() {
        ExchangeCase information = await().until(() -> received("H_BUC_01"), Optional::isPresent).get();
        ExchangeCase pension = await().until(() -> received("P_BUC_01"), Optional::isPresent).get();

        assertThat(information.localInstitution()).isEqualTo("FR:CPAM75");
        assertThat(information.ownerInstitution()).isEqualTo("DE:DVKA");
        assertThat(pension.localInstitution()).isEqualTo("FR:CNAV");
        assertThat(pension.seds()).extracting(CaseSed::type).containsExactly("P2000");
    }

    @Test
    @DisplayName("France's demo H001 from CPAM de Paris gets the partner's H002, which refers to it")
    void franceIsAnswered() {
        ExchangeCase asked = france.search(new CaseSearch(null, "H_BUC_01", null, null, false), OFFICER, 100).stream()
                .filter(c -> c.ownerInstitution().equals("FR:CPAM75")).findFirst().orElseThrow();

        ExchangeCase answered = await().until(() -> france.find(asked.id(), OFFICER), c -> c.seds().size() == 2);

        CaseSed reply = answered.seds().get(1);
        assertThat(reply.type()).isEqualTo("H002");
        assertThat(reply.inReplyTo()).isEqualTo(answered.seds().get(0).id());
        JsonNode content = json.readTree(france.content(asked.id(), reply.id(), OFFICER));
        assertThat(content.at("/horizontal/replyTo/sedId").asString()).isEqualTo(reply.inReplyTo());
        assertThat(content.at("/sender/id").asString()).isEqualTo("DE:DVKA");
    }

    @Test
    @DisplayName("An A001 asking Germany for an exception gets an A011 accepting the period asked for")
    void anExceptionRequestIsAgreed() {
        String a001 = documents.document("A001", "4.3", "NEW", "FR:CLEISS", "Cleiss", "DE:DVKA");
        ExchangeCase sent = france.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS", "DE:DVKA", "A001", a001,
                List.of()), OFFICER);

        ExchangeCase answered = await().until(() -> france.find(sent.id(), OFFICER), c -> c.seds().size() == 2);

        assertThat(answered.seds()).extracting(CaseSed::type, CaseSed::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A001", BucSedState.SENT),
                        org.assertj.core.groups.Tuple.tuple("A011", BucSedState.RECEIVED));
        JsonNode asked = json.readTree(france.content(sent.id(), answered.seds().get(0).id(), OFFICER));
        JsonNode agreed = json.readTree(france.content(sent.id(), answered.seds().get(1).id(), OFFICER));
        assertThat(agreed.at("/legislation/acceptedPeriod")).isEqualTo(asked.at("/legislation/period"));
        assertThat(asked.at("/caseIds/0/caseNumber").asString()).as("the hub stamps the case id").isEqualTo(sent.id());
    }

    @Test
    @DisplayName("The demo cases are opened once: a second start with the same data finds them and opens nothing")
    void theDemoCasesAreOpenedOnce() {
        await().until(() -> received("P_BUC_01"), Optional::isPresent);
        int before = france.search(CaseSearch.all(), OFFICER, 1000).size();

        demoCases.seed(partner);

        assertThat(france.search(CaseSearch.all(), OFFICER, 1000)).hasSize(before);
    }

    /** Issue #10 §6: the former check read the partner's 100 most recent cases and found none it owned. */
    @Test
    @DisplayName("After more than 100 cases were exchanged since, seeding again opens nothing on either node")
    void theDemoCasesAreOpenedOnceWhateverTrafficFollowed() {
        await().until(() -> received("P_BUC_01"), Optional::isPresent);
        ExchangeCases germany = partner.getBean(ExchangeCases.class);
        int partnerBefore = germany.search(CaseSearch.all(), OFFICER, 1000).size();
        for (int i = 0; i < 101; i++) {
            france.open(new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:DVKA", "A009",
                    documents.document("A009", definitions.latestVersion(), "NEW", "FR:CLEISS", "Cleiss", "DE:DVKA"),
                    List.of()), OFFICER);
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() -> germany.search(CaseSearch.all(), OFFICER, 1000).size() >= partnerBefore + 101);
        int franceBefore = france.search(CaseSearch.all(), OFFICER, 1000).size();
        int partnerAfterTraffic = germany.search(CaseSearch.all(), OFFICER, 1000).size();

        demoCases.seed(partner);

        assertThat(germany.search(CaseSearch.all(), OFFICER, 1000)).hasSize(partnerAfterTraffic);
        assertThat(france.search(CaseSearch.all(), OFFICER, 1000)).hasSize(franceBefore);
    }

    @Test
    @DisplayName("The partner node gets its own embedded database and starts no partner of its own")
    void thePartnerIsIsolated() {
        assertThat(simulated.arguments()).contains("--spring.datasource.url=",
                "--liaison.exchange.simulated-partner.enabled=false", "--liaison.demo.enabled=false",
                "--liaison.exchange.node.access-point=DE:AP01");
        assertThat(partner.getBean(ExchangeCases.class).node().liaisonInstitution()).isEqualTo("DE:DVKA");
        assertThat(france.node().country()).isEqualTo("FR");
        assertThat(dataDir.resolve("postgres")).isDirectoryContaining(p -> p.getFileName().toString().equals("PG_VERSION"));
    }

    @Test
    @DisplayName("Every demo document, in a case's envelope, passes its SED's schema in every data-model version")
    void theDemoDocumentsFollowTheSchemas() throws Exception {
        Path dir = Path.of(getClass().getClassLoader().getResource("exchange/demo/seds").toURI());
        List<String> seds;
        try (Stream<Path> files = Files.list(dir)) {
            seds = files.map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        assertThat(seds).contains("A011", "H002", "P5000", "P6000");
        for (String sed : seds) {
            for (String version : catalogue.versions()) {
                String content = documents.document(sed, version, "FR-2026-0123456789", "FR:CLEISS", "Cleiss", "DE:DVKA");
                assertThat(catalogue.validate(sed, version, content).violations()).as(sed + " " + version).isEmpty();
            }
        }
    }

    private Optional<ExchangeCase> received(String bucType) {
        return france.search(new CaseSearch(null, bucType, null, null, false), OFFICER, 100).stream()
                .filter(c -> c.ownerInstitution().startsWith("DE:")).findFirst();
    }
}
