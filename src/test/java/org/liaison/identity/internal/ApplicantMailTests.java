package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liaison.identity.ApplicantKind;
import org.liaison.identity.web.WithMailServer;
import org.liaison.shared.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Applicants' verification links and the mail outbox, with GreenMail as the SMTP server: a link is used once and
 * expires; a mail is sent through SMTP, and one the server could not take stays queued and leaves later.
 */
class ApplicantMailTests extends WithMailServer {

    private static final String LINKS = "http://liaison.test/account/verify?token=";

    @Autowired
    ApplicantAccounts accounts;
    @Autowired
    VerificationTokens tokens;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext web;

    @Test
    void theVerificationMailIsSentThroughSmtpAndItsLinkVerifiesTheAccountOnce() {
        String email = address();
        assertThat(accounts.signUp(employer(email), LINKS, Locale.FRENCH)).isEmpty();
        assertThat(accounts.signInName(email)).startsWith("applicant-");
        assertThat(accounts.awaitsVerification(accounts.signInName(email))).isTrue();

        String link = verificationLink(email);
        String token = link.substring(LINKS.length());
        assertThat(link).startsWith(LINKS);
        assertThat(jdbc.sql("select count(*) from applicant_token where token_hash = ?").param(token)
                .query(Long.class).single()).as("only the hash is stored").isZero();

        assertThat(accounts.verify(token)).isTrue();
        assertThat(accounts.verify(token)).as("single use").isFalse();
        assertThat(accounts.awaitsVerification(accounts.signInName(email))).isFalse();
        assertThat(accounts.find(accounts.signInName(email))).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(ApplicantKind.EMPLOYER);
            assertThat(a.siret()).isEqualTo("73282932000074");
            assertThat(a.companyName()).isEqualTo("Transports Dupont SA");
        });
        assertThat(auditDetails(accounts.signInName(email))).as("no address in the audit trail")
                .isNotEmpty().noneMatch(d -> d.contains("@"));
        // the relay audits the mail just after the server took it
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(auditActions(accounts.signInName(email)))
                .contains("APPLICANT_CREATED", "APPLICANT_LINK_QUEUED", "MAIL_SENT", "APPLICANT_VERIFIED"));
    }

    @Test
    void aLinkExpiresAfterTwentyFourHours() {
        String email = address();
        accounts.signUp(employer(email), LINKS, Locale.ENGLISH);
        long user = jdbc.sql("select user_id from applicant where email = ?").param(email).query(Long.class).single();
        Instant now = Instant.now();

        String fresh = tokens.issue(user, now);
        assertThat(tokens.consume(fresh, now.plus(VerificationTokens.VALIDITY).plusSeconds(1))).isEmpty();
        assertThat(tokens.consume(fresh, now.plus(Duration.ofHours(23)))).contains(user);
        assertThat(tokens.consume("not-a-token", now)).isEmpty();
        assertThat(tokens.consume(null, now)).isEmpty();
    }

    @Test
    void aMailTheServerCouldNotTakeStaysQueuedAndIsSentOnceTheServerIsBack() {
        String email = address();
        stopSmtp();
        try {
            accounts.signUp(employer(email), LINKS, Locale.FRENCH);
            // the relay woken by the commit, or this run, finds the server down: the mail is kept, its attempt counted
            relay.relayNow();
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> attempts(email) >= 1);
            assertThat(status(email)).isEqualTo("PENDING");
            assertThat(jdbc.sql("select last_error from mail_outbox where recipient = ?").param(email)
                    .query(String.class).single()).as("no address in the error").doesNotContain("@");
        } finally {
            restartSmtp();
        }
        outbox.dueNow();
        relay.relayNow();
        assertThat(verificationLink(email)).startsWith(LINKS);
        assertThat(status(email)).isEqualTo("SENT");
    }

    @Test
    void aSignUpWithMistakesNamesEveryFieldAndCreatesNothing() {
        String email = "not-an-address";
        List<FieldProblem> problems = accounts.signUp(new ApplicantAccounts.SignUp(email, "short", "other",
                ApplicantKind.EMPLOYER, "73282932000075", " ", null, null, null), LINKS, Locale.FRENCH);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("email", "password", "siret", "companyName");
        assertThat(jdbc.sql("select count(*) from applicant where email = ?").param(email).query(Long.class).single())
                .isZero();
        List<FieldProblem> selfEmployed = accounts.signUp(new ApplicantAccounts.SignUp(address(), "long-enough-pass",
                "long-enough-pass", ApplicantKind.SELF_EMPLOYED, null, null, "", "Claire", "2990-01-01"), LINKS,
                Locale.FRENCH);
        assertThat(selfEmployed).extracting(FieldProblem::field).containsExactlyInAnyOrder("familyName", "birthDate");
    }

    @Test
    void aMailTheServerNeverTookIsGivenUpAfterTheLastAttemptAndTheTrailSaysSo() {
        String email = address();
        stopSmtp();
        try {
            accounts.signUp(employer(email), LINKS, Locale.FRENCH);
            relay.relayNow();
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> attempts(email) >= 1);
            // one attempt left (liaison.mail.max-attempts, 20 by default)
            jdbc.sql("update mail_outbox set attempts = 19 where recipient = ?").param(email).update();
            outbox.dueNow();
            relay.relayNow();
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(email)));
        } finally {
            restartSmtp();
        }
        String username = accounts.signInName(email);
        assertThat(auditActions(username)).contains("MAIL_FAILED").doesNotContain("MAIL_SENT");
        assertThat(auditDetails(username)).noneMatch(d -> d.contains("@"));
    }

    @Test
    void twoSignUpsWithOneAddressAtOnceMakeOneAccountAndBothSayTheLinkWasSent() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String email = address();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String from = "10.11.12." + (i + 1); // each its own sign-up allowance
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/account/signup").with(csrf()).with(r -> {
                        r.setRemoteAddr(from);
                        return r;
                    }).param("email", email).param("password", "a-long-password-2026")
                            .param("passwordAgain", "a-long-password-2026").param("kind", "EMPLOYER")
                            .param("siret", "73282932000074").param("companyName", "Transports Dupont SA"))
                            .andReturn().getResponse();
                }));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentAsString()).contains("id=\"signup-sent\"");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from applicant where email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
    }

    private static ApplicantAccounts.SignUp employer(String email) {
        return new ApplicantAccounts.SignUp(email, "a-long-password-2026", "a-long-password-2026",
                ApplicantKind.EMPLOYER, "732 829 320 00074", "Transports Dupont SA", null, null, null);
    }

    private static String address() {
        return "employer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private int attempts(String email) {
        return jdbc.sql("select attempts from mail_outbox where recipient = ?").param(email).query(Integer.class).single();
    }

    private String status(String email) {
        return jdbc.sql("select status from mail_outbox where recipient = ?").param(email).query(String.class).single();
    }

    private List<String> auditDetails(String username) {
        return jdbc.sql("select coalesce(object_id, '') || ' ' || details::text from audit_entry where object_id = ?")
                .param(username).query(String.class).list();
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("select action from audit_entry where object_id = ? order by id").param(username)
                .query(String.class).list();
    }
}
