package org.liaison.postings.web.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The posting pages: a public form with CSRF and a receipt, the officers' queue closed to everyone else, the simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PostingPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    org.liaison.identity.internal.ApplicantAccounts applicantAccounts;

    @Autowired
    org.liaison.postings.internal.PostingRequests postingRequests;

    MockMvc mvc;

    @Autowired
    org.liaison.postings.internal.PostingRequests requests;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theQueueIsForLiaisonOfficersOnly() throws Exception {
        mvc.perform(get("/postings/queue")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/postings/queue").with(user("agent").roles("INSTITUTION_AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/postings/queue").with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Demandes de détachement")));
    }

    @Test
    void anEmployerSubmitsTheFormAndGetsANumberAndAnAccessCode() throws Exception {
        mvc.perform(get("/postings/request")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // issue #11 §4: without an account, a request the engine would approve waits for an officer, and says so
        mvc.perform(form().param("workState", "DE").param("end", "2027-02-28").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre demande est enregistrée")))
                .andExpect(content().string(containsString("id=\"access-code\"")))
                .andExpect(content().string(containsString("En cours d’examen")))
                .andExpect(content().string(containsString("un agent de l’organisme de liaison l’examinera")))
                .andExpect(content().string(not(containsString("Accordée"))));
        // from a verified account, the engine approves it at once
        mvc.perform(form().param("workState", "DE").param("end", "2027-02-28").with(APPLICANT).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accordée")))
                .andExpect(content().string(containsString("href=\"/postings/mine\"")));
        mvc.perform(form().param("workState", "DE")).andExpect(status().isForbidden());
    }

    @Test
    void aSelfEmployedPersonsRequestTakesTheirIdentityFromTheAccountWhateverWasTyped() throws Exception {
        String email = "self-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        applicantAccounts.createVerified(new org.liaison.identity.internal.ApplicantAccounts.SignUp(email, "a-long-password-2026",
                "a-long-password-2026", org.liaison.identity.ApplicantKind.SELF_EMPLOYED, null, null, "Lemaire", "Jeanne", "1979-11-02"));
        String username = applicantAccounts.signInName(email);
        var account = user(username).roles("APPLICANT");

        mvc.perform(get("/postings/request").with(account)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-account\"")))
                .andExpect(content().string(containsString("value=\"Lemaire\"")));
        mvc.perform(form("Martin").param("workState", "DE").param("end", "2027-02-28").with(account).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Votre demande est enregistrée")));

        var stored = postingRequests.ofApplicant(username);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).holder().familyName()).isEqualTo("Lemaire");
        assertThat(stored.get(0).holder().givenNames()).isEqualTo("Jeanne");
        assertThat(stored.get(0).holder().birthDate()).isEqualTo("1979-11-02");
        assertThat(stored.get(0).employerName()).isEqualTo("Jeanne Lemaire");
        assertThat(stored.get(0).situation().activities().get(0).kind()).isEqualTo("SELF_EMPLOYED");
        mvc.perform(get("/postings/mine").with(account)).andExpect(status().isOk())
                .andExpect(content().string(containsString(stored.get(0).number())));
        mvc.perform(get("/postings/mine").with(user("officer").roles("LIAISON_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(account)).andExpect(redirectedUrl("/postings/mine"));
    }

    @Test
    void theReceiptOffersTheCertificateAndOnlyTheRightAccessCodeDownloadsIt() throws Exception {
        String receipt = mvc.perform(form().param("workState", "AT").param("end", "2027-02-28").with(APPLICANT).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String number = between(receipt, "id=\"request-number\">", "<");
        String code = between(receipt, "id=\"access-code\">", "<");
        String certificate = between(receipt, "name=\"certificate\" value=\"", "\"");

        mvc.perform(post("/postings/request/certificate").param("number", number).param("code", code)
                        .param("certificate", certificate).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(post("/postings/request/certificate").param("number", number).param("code", "WRONG-CODE-0000")
                        .param("certificate", certificate).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/postings/request/status").param("number", number).param("code", code).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"certificate\" value=\"" + certificate)));
    }

    /** Issue #11 §4: the second request for the same person and period names the first's number on the start date. */
    @Test
    void theSamePersonAndPeriodASecondTimeIsAFormErrorWithTheExistingNumber() throws Exception {
        String nir = org.liaison.coordination.Situations.nir();
        String receipt = mvc.perform(form("Martin", nir, "2026-03-01").param("workState", "DE").param("end", "2027-02-28")
                        .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String number = between(receipt, "id=\"request-number\">", "<");
        // the certificate once issued, or the request itself while it waits
        String existing = receipt.contains("name=\"certificate\" value=\"")
                ? between(receipt, "name=\"certificate\" value=\"", "\"") : number;

        String page = mvc.perform(form("MARTIN", nir, "2026-06-01").param("workState", "DE")
                        .param("end", "2026-12-31").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Erreur :", "href=\"#start\">Début du détachement : ", "id=\"start-error\"", existing)
                .doesNotContain("Votre demande est enregistrée");
    }

    /** Issue #11 §4: a request that extends a certificate says so on the receipt, with the certificate's number. */
    @Test
    void theReceiptOfAnExtensionNamesTheCertificateItExtends() throws Exception {
        String nir = org.liaison.coordination.Situations.nir();
        var first = requests.submit(json.readValue(org.liaison.coordination.Situations.submission(
                org.liaison.coordination.Situations.posting("DE", "2026-03-01", "2026-12-31", "true", false), nir),
                org.liaison.postings.internal.Submission.class)).request();
        if (first.status() == org.liaison.postings.internal.PostingStatus.IN_REVIEW) {
            first = requests.decide(first.number(), true, "Conditions vérifiées", "officer-9");
        }
        String certificate = requests.awaitCertificates(first, java.time.Duration.ofSeconds(10)).certificates().get(0);

        String receipt = mvc.perform(form("Martin", nir, "2027-01-01").param("workState", "DE").param("end", "2027-06-30")
                        .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(receipt).contains("Votre demande est enregistrée", "Prolonge le certificat " + certificate);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as(before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    @Test
    void aFormWithMistakesComesBackWithEveryProblemNextToItsField() throws Exception {
        mvc.perform(form(" ").param("workState", "FR").param("end", "2026-01-01").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"workState-error\"")))
                .andExpect(content().string(containsString("id=\"end-error\"")))
                .andExpect(content().string(containsString("id=\"familyName-error\"")));
    }

    @Test
    void theErrorSummaryNamesEachFieldInTheFormsOrderAndTheTitleSaysThereAreErrors() throws Exception {
        String page = mvc.perform(form(" ").param("workState", "FR").param("end", "2026-01-01").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String summary = between(page, "id=\"error-summary\"", "</ul>");
        // issue #11 §3: "Ce champ est obligatoire." eight times in no order, the title as if nothing happened
        assertThat(page).contains("<title>Erreur : ").contains("autofocus");
        assertThat(summary).contains("href=\"#familyName\">Nom de famille : ", "href=\"#end\">");
        assertThat(summary.indexOf("#familyName")).as("the holder comes before the posting, as in the form")
                .isLessThan(summary.indexOf("#workState"));
        assertThat(summary.indexOf("#workState")).isLessThan(summary.indexOf("#end\""));
    }

    @Test
    void theSimulatorIsPublicAndAsksOneQuestionAtATime() throws Exception {
        mvc.perform(get("/simulators/applicable-legislation")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dans quel État habitez-vous ?")));
        mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                        .param("states", "one").param("work", "DE").param("posted", "no")
                        .param("start", "2026-01-01").param("end", "2026-12-31").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are covered by the social security of this state: Germany")));
    }

    @Test
    void theSimulatorAsksForAnEarlierPostingAndAppliesTheRepostingGap() throws Exception {
        mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                        .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                        .param("substantial", "yes").param("affiliated", "yes").param("replaces", "no").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"earlierEnd\"")));
        // Practical Guide Part I Q13 (rules.md §5 case 3): a new posting one month after the last one ended is refused
        mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                        .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                        .param("substantial", "yes").param("affiliated", "yes").param("replaces", "no")
                        .param("earlierEnd", "2025-12-31").param("start", "2026-02-01").param("end", "2026-12-31")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are covered by the social security of this state: Germany")));
        mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                        .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                        .param("substantial", "yes").param("affiliated", "yes").param("replaces", "no")
                        .param("earlierEnd", "2025-12-31").param("start", "2026-03-01").param("end", "2026-12-31")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are covered by the social security of this state: France")));
    }

    @Test
    void anAnswerThatNeedsMoreInformationNamesWhatIsMissingInPlainWords() throws Exception {
        mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR").param("kind", "EMPLOYED")
                        .param("states", "one").param("work", "DE").param("posted", "yes").param("from", "FR")
                        .param("substantial", "unknown").param("affiliated", "yes").param("replaces", "no")
                        .param("start", "2026-01-01").param("end", "2026-12-31").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "whether the employer carries out substantial activities in the state of its seat")));
    }

    /** A signed-in verified applicant (issue #11 §4: only their requests may be approved by the engine alone). */
    static final org.springframework.test.web.servlet.request.RequestPostProcessor APPLICANT =
            user("applicant-pages").roles("APPLICANT");

    private static MockHttpServletRequestBuilder form() {
        return form("Martin");
    }

    private static MockHttpServletRequestBuilder form(String familyName) {
        return form(familyName, org.liaison.coordination.Situations.nir(), "2026-03-01");
    }

    private static MockHttpServletRequestBuilder form(String familyName, String identifier, String start) {
        return post("/postings/request").with(r -> { r.setRemoteAddr("10.1.1." + (int) (Math.random() * 250)); return r; })
                .param("residence", "FR").param("nationality", "FR").param("familyName", familyName).param("givenNames", "Claire")
                .param("birthDate", "1985-04-12")
                .param("identifier", identifier).param("employerName", "Transports Dupont SA").param("employerId", "552100554")
                .param("employerSeat", "FR").param("substantialActivity", "yes").param("kind", "EMPLOYED")
                .param("start", start)
                .param("replacesPostedWorker", "no").param("similarActivity", "unknown").param("affiliatedSince", "2020-01-01")
                .param("publicFields", "PERIOD");
    }
}
