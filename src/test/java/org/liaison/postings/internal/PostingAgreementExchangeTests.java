package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.coordination.Situations;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.SedSubmission;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner answers the A001: a simulated German node (a second application context with its own temporary
 * database, as in TwoNodeExchangeTests) sends an A011 (agreement) or an A002 (refusal) through the in-process
 * transport, and the posting request shows it on top of the officers' queue. Flow of LA_BUC_01 (eessi.md §2; the
 * Swiss FSIO's A002 form: https://sozialversicherungen.admin.ch/de/d/16266/download:en/A002-4-1-en.htm).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostingAgreementExchangeTests {

    static final CaseAccess GERMAN_OFFICER = CaseAccess.everything("dvka-officer");
    static ConfigurableApplicationContext germany;

    @Autowired
    PostingRequests requests;
    @Autowired
    PostingAgreements agreements;
    @Autowired
    NodeReceiver franceNode;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext web;
    @Autowired
    JsonMapper json;

    ExchangeCases partner;

    @BeforeAll
    static void startPartner() {
        germany = new SpringApplicationBuilder(LiaisonApplication.class).profiles("test")
                .properties("server.port=0", "liaison.exchange.node.country=DE",
                        "liaison.exchange.node.access-point=DE:AP01",
                        "liaison.exchange.node.liaison-institution=DE:DRVBUND")
                .run();
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
    }

    @Test
    @DisplayName("Germany agrees (A011): the request is flagged 'agreement received', on top of the queue, approved with it")
    void thePartnersAgreementComesBackOnTheRequest() throws Exception {
        PostingRequest request = askedRequest();
        String caseId = request.exchangeCaseId();

        answer(caseId, "A011", request);

        PostingRequest answered = await().atMost(Duration.ofSeconds(30))
                .until(() -> requests.find(request.number()).orElseThrow(), r -> r.agreementAnswer() != null);
        assertThat(answered.agreementAnswer()).isEqualTo(AgreementAnswer.AGREED);
        assertThat(answered.answerSedType()).isEqualTo("A011");
        assertThat(answered.status()).isEqualTo(PostingStatus.IN_REVIEW);
        assertThat(requests.withStatus(PostingStatus.IN_REVIEW).get(0).number()).as("on top of the queue")
                .isEqualTo(request.number());
        assertThat(agreements.events(request.number())).extracting(PostingEvent::kind, PostingEvent::sedType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A001_SENT", "A001"),
                        org.assertj.core.groups.Tuple.tuple("SED_RECEIVED", "A011"));
        assertThat(jdbc.sql("select details::text from audit_entry where object_id = ? and action = "
                + "'POSTING_AGREEMENT_ANSWERED'").param(request.number()).query(String.class).single())
                .contains(caseId, "AGREED").doesNotContain("Martin");

        String page = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build()
                .perform(get("/postings/" + request.number()).with(user("officer").roles("LIAISON_OFFICER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the flag, and the agreement as the decision's default reason").contains("Accord reçu")
                .contains("reçu par SED A011 dans le dossier " + caseId);

        // the officer's dashboard counts the answers waiting for a decision (issue #11 §3)
        long waiting = requests.withStatus(PostingStatus.IN_REVIEW).stream().filter(r -> r.agreementAnswer() != null).count();
        String dashboard = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build()
                .perform(get("/dashboard").with(user("officer").roles("LIAISON_OFFICER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(waiting).isPositive();
        assertThat(dashboard).containsPattern("Réponses reçues aux demandes d’accord</a></h2>\\s*<p[^>]*>" + waiting + "</p>");

        PostingRequest approved = requests.awaitCertificates(
                requests.decide(request.number(), true, "Accord de l’Allemagne reçu (A011)", "officer-8"), Duration.ofSeconds(10));
        assertThat(approved.certificates()).hasSize(1);
    }

    @Test
    @DisplayName("Germany refuses (A002): the request is flagged 'refusal received' for the officer to decide")
    void thePartnersRefusalComesBackOnTheRequest() {
        PostingRequest request = askedRequest();

        answer(request.exchangeCaseId(), "A002", request);

        PostingRequest answered = await().atMost(Duration.ofSeconds(30))
                .until(() -> requests.find(request.number()).orElseThrow(), r -> r.agreementAnswer() != null);
        assertThat(answered.agreementAnswer()).isEqualTo(AgreementAnswer.REFUSED);
        assertThat(answered.status()).isEqualTo(PostingStatus.IN_REVIEW);
    }

    private PostingRequest askedRequest() {
        PostingRequest request = requests.submit(json.readValue(Situations.submission(
                Situations.posting("DE", "2026-03-01", "2028-08-31", "true", true)), Submission.class)).request();
        agreements.request(request.number(), "DE:DVKA", "Mission de 30 mois", "officer-8");
        return requests.find(request.number()).orElseThrow();
    }

    /** The DVKA answers the A001 once it has arrived, with the test catalogue's valid SED adapted to the case. */
    private void answer(String caseId, String sedType, PostingRequest request) {
        ExchangeCase arrived = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> partner.find(caseId, GERMAN_OFFICER), c -> c.seds().size() == 1);
        String a001 = arrived.seds().get(0).id();
        ObjectNode content = (ObjectNode) json.readTree(valid(sedType));
        content.putArray("caseIds").addObject().put("caseNumber", request.number()).put("institution", "FR:CLEISS");
        content.putObject("sender").put("id", "DE:DVKA");
        content.putArray("recipients").addObject().put("id", "FR:CLEISS");
        ObjectNode legislation = (ObjectNode) content.get("legislation");
        if (sedType.equals("A011")) {
            legislation.putObject("acceptedPeriod").put("start", "2026-03-01").put("end", "2028-08-31");
        } else {
            legislation.putObject("replyTo").put("sedId", a001).put("sedType", "A001");
        }
        partner.submit(caseId, SedSubmission.sed(sedType, a001, json.writeValueAsString(content)), GERMAN_OFFICER);
    }

    private static String valid(String sed) {
        try (InputStream in = PostingAgreementExchangeTests.class.getClassLoader()
                .getResourceAsStream("exchange/seds/4.3/" + sed + ".valid.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
