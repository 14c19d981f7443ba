package org.liaison.exchange.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.CaseHistoryEntry;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseProblem;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.cases.SedSubmission;
import org.liaison.exchange.transport.TransportReceipt;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.internal.cases.Hashes;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.exchange.internal.transport.Outbox;
import org.liaison.exchange.internal.transport.OutboxRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adding and removing a participant (X005, X006) between three Liaison nodes of one JVM: France (this test's
 * context), Germany and Belgium (two more application contexts, each with its own temporary database). A pension
 * claim concerns every state where the person was insured: the contact institution sends it to all the institutions
 * concerned (Reg. 987/2009 art. 47(4), https://eur-lex.europa.eu/legal-content/EN/AUTO/?qid=1724359151099&uri=CELEX%3A32009R0987),
 * so the owner of a P_BUC_01 adds a state found later; the P SEDs are those of the Swiss FSIO's forms
 * (https://sozialversicherungen.admin.ch/de/d/15960/download), X005/X006 from eessi.md §1. No amounts involved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ThreeNodeExchangeTests {

    static final CaseAccess OFFICER = CaseAccess.everything("officer-test");
    static ConfigurableApplicationContext germany;
    static ConfigurableApplicationContext belgium;

    @Autowired
    ExchangeCases france;
    @Autowired
    NodeReceiver franceNode;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ExchangeClock franceClock;
    @Autowired
    Outbox franceOutbox;
    @Autowired
    OutboxRelay franceRelay;

    ExchangeCases german;
    ExchangeCases belgian;

    @BeforeAll
    static void startPartners() {
        germany = node("DE", "DE:AP01", "DE:DRVBUND");
        belgium = node("BE", "BE:AP01", "BE:INAMI");
    }

    private static ConfigurableApplicationContext node(String country, String accessPoint, String liaison) {
        // arguments, not default properties: application.properties would set server.port to 8080 for each node
        return new SpringApplicationBuilder(LiaisonApplication.class).profiles("test")
                .run("--server.port=0", "--liaison.exchange.node.country=" + country,
                        "--liaison.exchange.node.access-point=" + accessPoint,
                        "--liaison.exchange.node.liaison-institution=" + liaison);
    }

    @AfterAll
    static void stopPartners() {
        germany.close();
        belgium.close();
    }

    @BeforeEach
    void nodes() {
        franceNode.join(); // other test contexts of this JVM may have taken these access points
        germany.getBean(NodeReceiver.class).join();
        belgium.getBean(NodeReceiver.class).join();
        german = germany.getBean(ExchangeCases.class);
        belgian = belgium.getBean(ExchangeCases.class);
    }

    @Test
    @DisplayName("P_BUC_01: the Belgian institution added by X005 receives the case so far, takes part, and X006 removes it")
    void anAddedParticipantReceivesTheCaseThenIsRemoved() {
        ExchangeCase sent = france.open(opening("P_BUC_01", "FR:CNAV", "DE:DRVBUND", "P2000"), OFFICER);
        String claim = on(german, sent.id(), 1).seds().get(0).id();
        german.submit(sent.id(), SedSubmission.sed("P5000", claim, Seds.valid("P5000")), OFFICER);
        on(france, sent.id(), 2);

        france.submit(sent.id(), participant(BucActionKind.ADD_PARTICIPANT, "BE:SFPD"), OFFICER);

        ExchangeCase here = france.find(sent.id(), OFFICER);
        ExchangeCase there = on(belgian, sent.id(), 3);
        assertThat(there.seds()).extracting(CaseSed::type).containsExactly("P2000", "P5000", "X005");
        assertThat(there.seds()).extracting(CaseSed::id, CaseSed::contentHash, CaseSed::sender, CaseSed::date)
                .containsExactlyElementsOf(here.seds().stream()
                        .map(s -> tuple(s.id(), s.contentHash(), s.sender(), s.date()))
                        .toList());
        assertThat(there.seds().get(1).senderRole().name()).isEqualTo("COUNTERPARTY");
        assertThat(there.localInstitution()).isEqualTo("BE:SFPD");
        assertThat(there.participants()).extracting(BucParticipant::institution)
                .containsExactlyInAnyOrder("FR:CNAV", "DE:DRVBUND", "BE:SFPD");
        assertThat(on(german, sent.id(), 3).participants()).extracting(BucParticipant::institution).contains("BE:SFPD");
        assertThat(belgian.history(sent.id(), OFFICER)).extracting(CaseHistoryEntry::action)
                .containsSubsequence("CASE_RECEIVED", "SED_RECEIVED", "SED_RECEIVED", "SED_RECEIVED");
        assertThat(belgian.history(sent.id(), OFFICER)).extracting(CaseHistoryEntry::detail).anyMatch(d -> d != null
                && d.startsWith("P5000 ← DE:DRVBUND (replay, "));
        assertThat(france.history(sent.id(), OFFICER)).extracting(CaseHistoryEntry::action)
                .containsSubsequence("HISTORY_SENT", "HISTORY_SENT", "SED_SENT");
        assertThat(audited("CASE_HISTORY_SENT", sent.id())).isEqualTo(1);

        france.submit(sent.id(), SedSubmission.sed("P6000", null, Seds.valid("P6000")), OFFICER);
        on(german, sent.id(), 4);
        on(belgian, sent.id(), 4);
        belgian.submit(sent.id(), SedSubmission.sed("P5000", claim, Seds.valid("P5000")), OFFICER);
        assertThat(on(france, sent.id(), 5).seds().get(4).sender()).isEqualTo("BE:SFPD");

        france.submit(sent.id(), participant(BucActionKind.REMOVE_PARTICIPANT, "BE:SFPD"), OFFICER);
        assertThat(on(belgian, sent.id(), 6).seds().get(5).type()).isEqualTo("X006");
        long toBelgium = messagesTo("BE:AP01", sent.id());
        france.submit(sent.id(), SedSubmission.sed("P6000", null, Seds.valid("P6000")), OFFICER);
        assertThat(on(german, sent.id(), 6).seds()).extracting(CaseSed::type).endsWith("X006", "P6000");
        assertThat(messagesTo("BE:AP01", sent.id())).as("nothing goes to the removed institution").isEqualTo(toBelgium);
        assertThat(belgian.find(sent.id(), OFFICER).seds()).hasSize(6);
    }

    @AfterEach
    void realTime() {
        franceClock.reset();
    }

    @Test
    @DisplayName("The new participant's node out of reach: its messages wait in order behind the first, then all arrive")
    void theHistoryWaitsInOrderWhileTheNewParticipantIsOutOfReach() {
        belgium.getBean(NodeReceiver.class).leave();
        ExchangeCase sent = france.open(opening("P_BUC_01", "FR:CNAV", "DE:DRVBUND", "P2000"), OFFICER);
        on(german, sent.id(), 1);
        france.submit(sent.id(), participant(BucActionKind.ADD_PARTICIPANT, "BE:SFPD"), OFFICER);
        String first = sent.seds().get(0).messageId() + "-R-BE:SFPD";

        await().until(() -> franceOutbox.lastError(first).isPresent());
        on(german, sent.id(), 2);
        assertThat(jdbc.sql("select message_id from exchange_outbox where case_id = ? and access_point = 'BE:AP01' "
                + "and attempts > 0").param(sent.id()).query(String.class).list())
                .as("the X005 behind the replay is not tried before it").containsExactly(first);

        belgium.getBean(NodeReceiver.class).join();
        franceClock.advance(Duration.ofHours(2));
        franceRelay.relayNow();

        assertThat(on(belgian, sent.id(), 2).seds()).extracting(CaseSed::type).containsExactly("P2000", "X005");
    }

    @Test
    @DisplayName("A replay delivered twice, or again under another message id, is acknowledged and stored once")
    void aDuplicateReplayIsAcknowledgedAndStoredOnce() {
        ExchangeCase sent = france.open(opening("P_BUC_01", "FR:CNAV", "DE:DRVBUND", "P2000"), OFFICER);
        on(german, sent.id(), 1);
        france.submit(sent.id(), participant(BucActionKind.ADD_PARTICIPANT, "BE:SFPD"), OFFICER);
        on(belgian, sent.id(), 2);
        String payload = jdbc.sql("""
                select payload::text from exchange_outbox where case_id = ? and message_id like '%-R-BE:SFPD'""")
                .param(sent.id()).query(String.class).single();
        ExchangeMessage replay = json.readValue(payload, ExchangeMessage.class);
        assertThat(replay.replay()).isTrue();
        String unflagged = payload.replace(", \"replay\": true", "").replace(replay.messageId(), "MSG-UNFLAGGED-" + sent.id());
        jdbc.sql("""
                insert into exchange_outbox (message_id, case_id, access_point, payload, status, next_attempt_at, created_at)
                values (?, ?, 'BE:AP01', cast(? as jsonb), 'PENDING', now() - interval '1 minute', now())""")
                .params("MSG-UNFLAGGED-" + sent.id(), sent.id(), unflagged).update();
        franceRelay.relayNow();
        assertThat(await().until(() -> franceOutbox.status("MSG-UNFLAGGED-" + sent.id()), s -> !s.equals("PENDING")))
                .as("read without the flag (as queued before it existed), the same SED is no replay: refused")
                .isEqualTo("REJECTED");
        NodeReceiver receiver = belgium.getBean(NodeReceiver.class);

        assertThat(receiver.receive(replay).status()).isEqualTo(TransportReceipt.Status.DUPLICATE);
        assertThat(receiver.receive(withMessageId(replay, replay.messageId() + "-again")).status())
                .isEqualTo(TransportReceipt.Status.DUPLICATE);
        assertThat(belgian.find(sent.id(), OFFICER).seds()).hasSize(2);
    }

    @Test
    @DisplayName("A replay is accepted only from the access point of the case's owner")
    void aReplayFromAnotherAccessPointIsRejected() {
        ExchangeCase sent = france.open(opening("P_BUC_01", "FR:CNAV", "DE:DRVBUND", "P2000"), OFFICER);
        CaseSed claim = sent.seds().get(0);
        String content = france.content(sent.id(), claim.id(), OFFICER);
        ExchangeMessage forged = new ExchangeMessage("MSG-FORGED-" + System.nanoTime(), sent.id() + "X", "P_BUC_01",
                "4.3", sent.environment(), "FR:CNAV", "DE:AP01", "BE:SFPD", "BE:AP01",
                claim.senderRole(), claim.id(), "P2000", BucActionKind.SEND, null, null,
                List.of(new BucParticipant("FR:CNAV", claim.senderRole()),
                        new BucParticipant("BE:SFPD", claim.senderRole().other())),
                content, Hashes.sha256(content), List.of(), claim.date(),
                claim.at(), true);

        TransportReceipt receipt = belgium.getBean(NodeReceiver.class).receive(forged);

        assertThat(receipt.status()).isEqualTo(TransportReceipt.Status.REJECTED);
        assertThat(receipt.problems()).extracting(CaseProblem::path, CaseProblem::code)
                .contains(tuple("$.senderAccessPoint", "replay.access-point"));
    }

    @Test
    @DisplayName("H_BUC_01: a second German institution added is on a node that holds the case: the X005 only, once")
    void anInstitutionOfANodeHoldingTheCaseGetsTheX005Once() {
        ExchangeCase sent = france.open(opening("H_BUC_01", "FR:CLEISS", "DE:BA", "H001"), OFFICER);
        on(german, sent.id(), 1);

        france.submit(sent.id(), participant(BucActionKind.ADD_PARTICIPANT, "DE:FAMKASSE"), OFFICER);
        ExchangeCase there = on(german, sent.id(), 2);
        assertThat(there.participants()).extracting(BucParticipant::institution).contains("DE:BA", "DE:FAMKASSE");
        assertThat(there.localInstitution()).isEqualTo("DE:BA");
        france.submit(sent.id(), SedSubmission.sed("H001", null, Seds.valid("H001")), OFFICER);

        assertThat(on(german, sent.id(), 3).seds()).extracting(CaseSed::type).containsExactly("H001", "X005", "H001");
        assertThat(messagesTo("DE:AP01", sent.id())).as("one message per SED to the German node, no replay")
                .isEqualTo(3);
    }

    private long messagesTo(String accessPoint, String caseId) {
        return jdbc.sql("select count(*) from exchange_outbox where access_point = ? and case_id = ?")
                .params(accessPoint, caseId).query(Long.class).single();
    }

    private long audited(String action, String caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?").params(action, caseId)
                .query(Long.class).single();
    }

    private static SedSubmission participant(BucActionKind action, String institution) {
        return new SedSubmission(action, null, null, institution, null, List.of());
    }

    private static ExchangeMessage withMessageId(ExchangeMessage m, String messageId) {
        return new ExchangeMessage(messageId, m.caseId(), m.bucType(), m.version(), m.environment(), m.sender(),
                m.senderAccessPoint(), m.receiver(), m.receiverAccessPoint(), m.senderRole(), m.sedId(), m.sedType(),
                m.action(), m.inReplyTo(), m.participant(), m.participants(), m.content(), m.contentHash(),
                m.attachments(), m.date(), m.sentAt(), m.replay());
    }

    private static CaseOpening opening(String buc, String owner, String counterparty, String sed) {
        return new CaseOpening(buc, null, owner, counterparty, sed, Seds.valid(sed), List.of());
    }

    /** The case on that node once it holds that many SEDs. */
    private static ExchangeCase on(ExchangeCases node, String caseId, int seds) {
        return await().ignoreExceptions().until(() -> node.find(caseId, OFFICER), has(seds));
    }

    private static Predicate<ExchangeCase> has(int seds) {
        return c -> c.seds().size() == seds;
    }
}
