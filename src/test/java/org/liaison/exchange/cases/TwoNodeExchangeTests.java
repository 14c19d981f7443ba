package org.liaison.exchange.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucCaseStatus;
import org.liaison.exchange.bucs.BucParticipant;
import org.liaison.exchange.bucs.BucSedState;
import org.liaison.exchange.bucs.CaseRole;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.internal.cases.CaseJobs;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.internal.cases.Hashes;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.exchange.internal.transport.Outbox;
import org.liaison.exchange.internal.transport.OutboxRelay;
import org.liaison.exchange.transport.ExchangeMessage;
import org.liaison.exchange.transport.TransportReceipt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole BUCs between two Liaison nodes in one JVM: France (this test's context) and a simulated German partner
 * (a second application context with its own temporary database), connected by the in-process transport. Flows
 * from eessi.md §2 and the BUC definitions (sources there, e.g. the Swiss FSIO's A002/A003 forms:
 * https://sozialversicherungen.admin.ch/de/d/16266/download:en/A002-4-1-en.htm).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class TwoNodeExchangeTests {

    static final CaseAccess OFFICER = CaseAccess.everything("officer-test");
    static ConfigurableApplicationContext germany;

    @Autowired
    ExchangeCases france;
    @Autowired
    ExchangeClock franceClock;
    @Autowired
    NodeReceiver franceNode;
    @Autowired
    Outbox franceOutbox;
    @Autowired
    OutboxRelay franceRelay;
    @Autowired
    CaseJobs franceJobs;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    ExchangeCases partner;
    ExchangeClock partnerClock;
    EventProbe probe;

    @BeforeAll
    static void startPartner() {
        // arguments, not default properties: application.properties would set server.port to 8080
        germany = new SpringApplicationBuilder(LiaisonApplication.class, EventProbe.class).profiles("test")
                .run("--server.port=0", "--liaison.exchange.node.country=DE",
                        "--liaison.exchange.node.access-point=DE:AP01",
                        "--liaison.exchange.node.liaison-institution=DE:DRVBUND");
    }

    @AfterAll
    static void stopPartner() {
        germany.close();
    }

    @BeforeEach
    void nodes() {
        franceNode.join(); // other test contexts of this JVM may have taken France's access point
        germany.getBean(NodeReceiver.class).join();
        partner = germany.getBean(ExchangeCases.class);
        partnerClock = germany.getBean(ExchangeClock.class);
        probe = germany.getBean(EventProbe.class);
    }

    @AfterEach
    void realTime() {
        franceClock.reset();
        partnerClock.reset();
    }

    @Test
    @DisplayName("LA_BUC_04: France notifies a posting with an A009; Germany receives it, routed to the addressed DVKA")
    void aPostingNotificationReachesThePartner() {
        ExchangeCase sent = france.open(opening("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"), OFFICER);

        assertThat(sent.seds()).singleElement().satisfies(sed -> {
            assertThat(sed.state()).isEqualTo(BucSedState.SENT);
            assertThat(sed.contentHash()).hasSize(64);
        });
        ExchangeCase received = arrived(sent.id(), 1);
        assertThat(received.nodeRole().name()).isEqualTo("COUNTERPARTY");
        assertThat(received.localInstitution()).isEqualTo("DE:DVKA");
        assertThat(received.seds().get(0).state()).isEqualTo(BucSedState.RECEIVED);
        assertThat(received.seds().get(0).contentHash()).isEqualTo(sent.seds().get(0).contentHash());
        assertThat(partner.content(sent.id(), received.seds().get(0).id(), OFFICER)).contains("\"A009\"");
        assertThat(franceOutbox.status(sent.seds().get(0).messageId())).isEqualTo("SENT");
        await().until(() -> probe.of(SedReceived.class).stream().anyMatch(e -> e.caseId().equals(sent.id())));
    }

    @Test
    @DisplayName("LA_BUC_01: an exception request A001 answered by an agreement A011, and another by a refusal A002")
    void anExceptionRequestIsAnswered() {
        for (String answer : List.of("A011", "A002")) {
            ExchangeCase sent = france.open(opening("LA_BUC_01", "FR:CLEISS", "DE:DVKA", "A001"), OFFICER);
            assertThat(sent.deadlines()).singleElement().satisfies(d -> assertThat(d.replyTypes()).contains(answer));
            String request = arrived(sent.id(), 1).seds().get(0).id();

            partner.submit(sent.id(), SedSubmission.sed(answer, request, Seds.valid(answer)), OFFICER);

            ExchangeCase answered = back(sent.id(), 2);
            assertThat(answered.seds().get(1)).satisfies(sed -> {
                assertThat(sed.type()).isEqualTo(answer);
                assertThat(sed.inReplyTo()).isEqualTo(request);
                assertThat(sed.outgoing()).isFalse();
            });
            assertThat(answered.deadlines()).isEmpty();
        }
    }

    @Test
    @DisplayName("LA_BUC_02: work in several states, A003 → A004 (disagreement) → A012 (confirmation)")
    void aMultiStateDeterminationRunsToItsConfirmation() {
        ExchangeCase sent = france.open(opening("LA_BUC_02", "FR:CLEISS", "DE:DVKA", "A003"), OFFICER);
        String determination = arrived(sent.id(), 1).seds().get(0).id();

        partner.submit(sent.id(), SedSubmission.sed("A004", determination, Seds.valid("A004")), OFFICER);
        partner.submit(sent.id(), SedSubmission.sed("A012", determination, Seds.valid("A012")), OFFICER);

        assertThat(back(sent.id(), 3).seds()).extracting(CaseSed::type).containsExactly("A003", "A004", "A012");
    }

    @Test
    @DisplayName("P_BUC_01: an old-age pension claim P2000 → P5000 (periods) → P6000 (decision), CNAV and DRV")
    void aPensionClaimGetsPeriodsAndADecision() {
        ExchangeCase sent = france.open(opening("P_BUC_01", "FR:CNAV", "DE:DRVBUND", "P2000"), OFFICER);
        String claim = arrived(sent.id(), 1).seds().get(0).id();

        partner.submit(sent.id(), SedSubmission.sed("P5000", claim, Seds.valid("P5000")), OFFICER);
        partner.submit(sent.id(), SedSubmission.sed("P6000", null, Seds.valid("P6000")), OFFICER);

        ExchangeCase done = back(sent.id(), 3);
        assertThat(done.seds()).extracting(CaseSed::type).containsExactly("P2000", "P5000", "P6000");
        assertThat(done.localInstitution()).isEqualTo("FR:CNAV");
    }

    @Test
    @DisplayName("H_BUC_01: Germany asks the liaison body (H001); the rules route it to CPAM 75, whose agent answers (H002)")
    void anInformationRequestIsRoutedAndAnswered() {
        ExchangeCase asked = partner.open(opening("H_BUC_01", "DE:DVKA", "FR:CLEISS", "H001"), OFFICER);

        ExchangeCase here = await().until(() -> france.search(new CaseSearch(asked.id(), null,
                null, null, false), OFFICER, 5), list -> !list.isEmpty()).get(0);
        assertThat(here.localInstitution()).isEqualTo("FR:CPAM75");
        assertThat(france.history(asked.id(), OFFICER)).extracting(e -> e.action()).contains("CASE_RECEIVED", "ROUTED");
        CaseAccess cpam = CaseAccess.institutions(Set.of("FR:CPAM75"), "agent.cpam");
        CaseAccess cnav = CaseAccess.institutions(Set.of("FR:CNAV"), "agent.cnav");
        assertThat(catchThrowableOfType(CaseRefusedException.class, () -> france.find(asked.id(), cnav)).kind())
                .isEqualTo(CaseRefusedException.Kind.NOT_FOUND);

        france.submit(asked.id(), SedSubmission.sed("H002", here.seds().get(0).id(), Seds.valid("H002")), cpam);

        ExchangeCase answered = await().until(() -> partner.find(asked.id(), OFFICER), c -> c.seds().size() == 2);
        assertThat(answered.seds().get(1).type()).isEqualTo("H002");
    }

    @Test
    @DisplayName("Close globally (X001) and reopen (X004): both nodes follow, the partner's module is told of the closing")
    void aCaseIsClosedAndReopenedOnBothSides() {
        ExchangeCase sent = france.open(opening("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"), OFFICER);
        arrived(sent.id(), 1);

        assertThat(france.submit(sent.id(), SedSubmission.administrative(BucActionKind.CLOSE_GLOBALLY, null), OFFICER)
                .status()).isEqualTo(BucCaseStatus.CLOSED);
        assertThat(arrived(sent.id(), 2).status()).isEqualTo(BucCaseStatus.CLOSED);
        await().until(() -> probe.of(CaseClosed.class).stream().anyMatch(e -> e.caseId().equals(sent.id())));

        france.submit(sent.id(), SedSubmission.administrative(BucActionKind.REOPEN, null), OFFICER);
        ExchangeCase reopened = arrived(sent.id(), 3);
        assertThat(reopened.status()).isEqualTo(BucCaseStatus.OPEN);
        assertThat(reopened.seds()).extracting(CaseSed::type).containsExactly("A009", "X001", "X004");
    }

    @Test
    @DisplayName("A reminder (X009) is refused before the reply is due; after the deadline is missed it goes out")
    void aReminderFollowsAMissedDeadline() {
        ExchangeCase asked = partner.open(opening("LA_BUC_01", "DE:DVKA", "FR:CLEISS", "A001"), OFFICER);
        String request = asked.seds().get(0).id();
        await().until(() -> !france.search(new CaseSearch(asked.id(), null, null, null, false),
                OFFICER, 5).isEmpty());
        SedSubmission reminder = SedSubmission.administrative(BucActionKind.REMINDER, request);
        CaseRefusedException early = catchThrowableOfType(CaseRefusedException.class,
                () -> partner.submit(asked.id(), reminder, OFFICER));
        assertThat(early.problems()).extracting(p -> p.code()).containsExactly("buc.NOT_OVERDUE");

        Duration late = Duration.ofDays(asked.deadlines().get(0).days() + 1L);
        partnerClock.advance(late);
        franceClock.advance(late);
        germany.getBean(CaseJobs.class).runDeadlines();
        await().until(() -> probe.of(DeadlineMissed.class).stream().anyMatch(e -> e.caseId().equals(asked.id())));
        partner.submit(asked.id(), reminder, OFFICER);

        ExchangeCase reminded = await().until(() -> france.find(asked.id(), OFFICER), c -> c.seds().size() == 2);
        assertThat(reminded.seds().get(1).type()).isEqualTo("X009");
        assertThat(reminded.seds().get(1).inReplyTo()).isEqualTo(request);
    }

    @Test
    @DisplayName("A case left inactive is closed after its BUC's inactivity period, archived after its archiving period")
    void anInactiveCaseIsClosedThenArchived() {
        ExchangeCase sent = france.open(opening("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"), OFFICER);
        ExchangeCase here = france.find(sent.id(), OFFICER);

        franceClock.advance(Duration.ofDays(here.inactiveOn().toEpochDay() - here.lastActivity().toEpochDay()));
        franceJobs.runAgeing();
        ExchangeCase inactive = france.find(sent.id(), OFFICER);
        assertThat(inactive.status()).isEqualTo(BucCaseStatus.CLOSED);

        franceClock.advance(Duration.ofDays(inactive.archiveOn().toEpochDay() - inactive.statusSince().toEpochDay()));
        franceJobs.runAgeing();
        assertThat(france.find(sent.id(), OFFICER).status()).isEqualTo(BucCaseStatus.ARCHIVED);
        CaseRefusedException refused = catchThrowableOfType(CaseRefusedException.class, () -> france.submit(sent.id(),
                SedSubmission.administrative(BucActionKind.REOPEN, null), OFFICER));
        assertThat(refused.problems()).extracting(p -> p.code()).containsExactly("buc.CASE_ARCHIVED");
        assertThat(jdbc.sql("select details->>'to' from audit_entry where action = 'CASE_STATUS_CHANGED' and object_id = ? "
                + "order by id").param(sent.id()).query(String.class).list())
                .as("the job's closing and archiving are audited").containsExactly("CLOSED", "ARCHIVED");
    }

    @Test
    @DisplayName("A partner out of reach: the message stays in the outbox and goes out once the partner is back")
    void aMessageWaitsInTheOutboxUntilThePartnerIsBack() {
        germany.getBean(NodeReceiver.class).leave();
        ExchangeCase sent = france.open(opening("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"), OFFICER);
        String message = sent.seds().get(0).messageId();
        await().until(() -> franceOutbox.lastError(message).isPresent());
        assertThat(franceOutbox.status(message)).isEqualTo("PENDING");

        germany.getBean(NodeReceiver.class).join();
        franceClock.advance(Duration.ofHours(2));
        franceRelay.relayNow();

        assertThat(franceOutbox.status(message)).isEqualTo("SENT");
        assertThat(arrived(sent.id(), 1).seds()).hasSize(1);
    }

    @Test
    @DisplayName("Bad input is refused with every problem and its JSON path, and nothing is stored or sent")
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        int cases = france.search(CaseSearch.all(), OFFICER, 500).size();
        long pending = franceOutbox.pending();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        CaseOpening bad = new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:NOPE", "A009", "{\"sed\": \"A009\",",
                List.of(new SedAttachment("scan.pdf", "application/pdf", big),
                        new SedAttachment("run.exe", "application/x-msdownload", new byte[10])));

        CaseRefusedException refused = refusal(() -> france.open(bad, OFFICER));

        assertThat(refused.kind()).isEqualTo(CaseRefusedException.Kind.INVALID);
        assertThat(refused.problems()).extracting(CaseProblem::path, CaseProblem::code).containsExactlyInAnyOrder(
                tuple("$.counterparty", "institution.unknown"), tuple("$.content", "content.malformed"),
                tuple("$.attachments[0].content", "attachment.size"), tuple("$.attachments[1].mediaType", "attachment.type"));
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.message().fr()).isNotBlank());
        assertThat(france.search(CaseSearch.all(), OFFICER, 500)).hasSize(cases);
        assertThat(franceOutbox.pending()).isEqualTo(pending);
    }

    @Test
    @DisplayName("An SED failing its schema is refused with the catalogue's paths under $.content")
    void anSedFailingItsSchemaIsRefused() {
        CaseRefusedException refused = refusal(() -> france.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS",
                "DE:DVKA", "A001", Seds.invalid("A001"), List.of()), OFFICER));

        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).startsWith("$.content");
            assertThat(p.code()).startsWith("schema.");
        });
    }

    @Test
    @DisplayName("A test institution never takes part in a production case; a Greek id written GR is refused")
    void testAndMalformedInstitutionsAreRefused() {
        CaseRefusedException test = refusal(() -> france.open(opening("P_BUC_01", "FR:CNAV", "DE:TEST01", "P2000"), OFFICER));
        CaseRefusedException greek = refusal(() -> france.open(opening("P_BUC_01", "FR:CNAV", "GR:IKA", "P2000"), OFFICER));

        assertThat(test.problems()).extracting(CaseProblem::code).containsExactly("institution.environment");
        assertThat(greek.problems()).extracting(CaseProblem::code).containsExactly("institution.malformed");
    }

    @Test
    @DisplayName("An SED not allowed at this point of its BUC is refused with the engine's reason and rule")
    void anSedNotAllowedNowIsRefused() {
        CaseRefusedException notAStarter = refusal(() -> france.open(opening("LA_BUC_01", "FR:CLEISS", "DE:DVKA", "A002"), OFFICER));
        ExchangeCase sent = france.open(opening("LA_BUC_01", "FR:CLEISS", "DE:DVKA", "A001"), OFFICER);
        CaseRefusedException wrongSide = refusal(() -> france.submit(sent.id(),
                SedSubmission.sed("A011", sent.seds().get(0).id(), Seds.valid("A011")), OFFICER));

        assertThat(notAStarter.kind()).isEqualTo(CaseRefusedException.Kind.NOT_ALLOWED);
        assertThat(notAStarter.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).startsWith("buc.");
            assertThat(p.rule()).contains("LA_BUC_01");
        });
        assertThat(wrongSide.problems()).extracting(CaseProblem::code).containsExactly("buc.WRONG_SIDE");
        assertThat(france.find(sent.id(), OFFICER).seds()).hasSize(1);
    }

    @Test
    @DisplayName("Receipt is idempotent: a message delivered twice is acknowledged as a duplicate and stored once")
    void aDuplicateMessageIsAcknowledgedAndStoredOnce() {
        ExchangeMessage message = message("FR-2026-DUP" + System.nanoTime() % 100000, Seds.valid("A009"), null);
        NodeReceiver receiver = germany.getBean(NodeReceiver.class);

        assertThat(receiver.receive(message).status()).isEqualTo(TransportReceipt.Status.ACCEPTED);
        assertThat(receiver.receive(message).status()).isEqualTo(TransportReceipt.Status.DUPLICATE);
        assertThat(partner.find(message.caseId(), OFFICER).seds()).hasSize(1);
    }

    @Test
    @DisplayName("A message the receiver refuses (hash not matching) is rejected, stored nowhere, and the sender is told")
    void aRejectedMessageIsNotedInTheSendersHistory() {
        ExchangeCase sent = france.open(opening("LA_BUC_04", "FR:CLEISS", "DE:DVKA", "A009"), OFFICER);
        arrived(sent.id(), 1);
        ExchangeMessage forged = message(sent.id(), Seds.valid("A005"), "0".repeat(64));

        TransportReceipt receipt = germany.getBean(NodeReceiver.class).receive(forged);
        assertThat(receipt.status()).isEqualTo(TransportReceipt.Status.REJECTED);
        assertThat(receipt.problems()).extracting(CaseProblem::code).contains("content.hash");

        transactions.executeWithoutResult(status -> franceOutbox.write(forged));
        await().until(() -> "REJECTED".equals(franceOutbox.status(forged.messageId())));
        assertThat(france.history(sent.id(), OFFICER)).extracting(CaseHistoryEntry::action).contains("SED_REJECTED");
        assertThat(partner.find(sent.id(), OFFICER).seds()).hasSize(1);
    }

    /** A message from France's liaison body to the DVKA, as France's node would write it. */
    private static ExchangeMessage message(String caseId, String content, String hash) {
        List<BucParticipant> participants = List.of(new BucParticipant("FR:CLEISS", CaseRole.CASE_OWNER),
                new BucParticipant("DE:DVKA", CaseRole.COUNTERPARTY));
        String sed = content.contains("\"A005\"") ? "A005" : "A009";
        return new ExchangeMessage("MSG-T" + System.nanoTime(), caseId, "LA_BUC_04", "4.3", ExchangeEnvironment.PRODUCTION,
                "FR:CLEISS", "FR:AP01", "DE:DVKA", "DE:AP01", CaseRole.CASE_OWNER, "SED-T" + System.nanoTime(), sed,
                BucActionKind.SEND, null, null, participants, content, hash == null ? Hashes.sha256(content) : hash,
                List.of(), LocalDate.now(), Instant.now());
    }

    private static CaseRefusedException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(CaseRefusedException.class, call);
    }

    private static CaseOpening opening(String buc, String owner, String counterparty, String sed) {
        return new CaseOpening(buc, null, owner, counterparty, sed, Seds.valid(sed), List.of());
    }

    /** The case on the partner's side once it holds that many SEDs. */
    private ExchangeCase arrived(String caseId, int seds) {
        return await().ignoreExceptions().until(() -> partner.find(caseId, OFFICER), has(seds));
    }

    /** The case on France's side once it holds that many SEDs. */
    private ExchangeCase back(String caseId, int seds) {
        return await().until(() -> france.find(caseId, OFFICER), has(seds));
    }

    private static Predicate<ExchangeCase> has(int seds) {
        return c -> c.seds().size() == seds;
    }
}
