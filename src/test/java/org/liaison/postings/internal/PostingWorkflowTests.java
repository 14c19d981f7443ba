package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.Situations;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/** The posting request workflow on PostgreSQL with the real engine and the real certificates. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class PostingWorkflowTests {

    /** A verified applicant's account: only its requests may be approved by the engine alone (issue #11 §4). */
    static final String ACCOUNT = "applicant-workflow";

    @Autowired
    PostingRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aPostingThatMeetsEveryConditionIsApprovedAndItsPdA1Issued() {
        // rules.md §5 example 1: FR → DE for 20 months, Reg. 883/2004 art. 12(1)
        PostingRequests.Receipt receipt = requests.submit(submission("DE", "2026-03-01", "2027-10-31", "true", false), ACCOUNT);

        PostingRequest request = issued(receipt.request());
        assertThat(request.status()).isEqualTo(PostingStatus.APPROVED);
        assertThat(request.engineStatus()).isEqualTo("DECIDED");
        assertThat(request.decision().legislation()).allSatisfy(l -> assertThat(l.state()).isEqualTo("FR"));
        assertThat(request.certificates()).hasSize(1);
        assertThat(jdbc.sql("select kind from certificate where number = ?").param(request.certificates().get(0))
                .query(String.class).single()).isEqualTo("PD_A1");
        assertThat(receipt.accessCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(actions(request.number())).containsExactly("POSTING_REQUEST_SUBMITTED",
                "POSTING_REQUEST_DECIDED_BY_ENGINE", "POSTING_REQUEST_APPROVED", "POSTING_CERTIFICATES_ISSUED");
    }

    @Test
    void aPostingToAConventionStateGetsTheConventionsCertificate() {
        PostingRequests.Receipt receipt = requests.submit(submission("US", "2026-03-01", "2028-02-29", "true", false), ACCOUNT);

        assertThat(receipt.request().status()).isEqualTo(PostingStatus.APPROVED);
        assertThat(jdbc.sql("select kind from certificate where number = ?").param(issued(receipt.request()).certificates().get(0))
                .query(String.class).single()).isEqualTo("BILATERAL_POSTING");
    }

    @Test
    void anAnonymousRequestTheEngineWouldApproveWaitsForAnOfficerWithAReasonThatSaysSo() {
        // issue #11 §4: automatic approval issues the certificate only for verified accounts
        PostingRequest request = requests.submit(submission("DE", "2026-03-01", "2027-10-31", "true", false)).request();

        assertThat(request.status()).isEqualTo(PostingStatus.IN_REVIEW);
        assertThat(request.engineStatus()).isEqualTo("DECIDED");
        assertThat(request.applicant()).isNull();
        assertThat(request.reason().fr()).contains("sans compte vérifié");
        assertThat(request.reason().en()).contains("without a verified account");
        assertThat(request.certificates()).isEmpty();
        assertThat(requests.withStatus(PostingStatus.IN_REVIEW)).extracting(PostingRequest::number).contains(request.number());
        assertThat(actions(request.number())).containsExactly("POSTING_REQUEST_SUBMITTED",
                "POSTING_REQUEST_DECIDED_BY_ENGINE", "POSTING_REQUEST_QUEUED");
    }

    @Test
    void anAccountsRequestsAndCertificatesAreItsOwn() {
        PostingRequest mine = issued(requests.submit(submission("DE", "2026-03-01", "2027-10-31", "true", false),
                "applicant-own-1").request());
        requests.submit(submission("DE", "2026-03-01", "2027-10-31", "true", false), "applicant-other-1");

        assertThat(requests.ofApplicant("applicant-own-1")).extracting(PostingRequest::number).containsExactly(mine.number());
        assertThat(requests.certificateForApplicant("applicant-own-1", mine.certificates().get(0))).isPresent();
        assertThat(requests.certificateForApplicant("applicant-other-1", mine.certificates().get(0))).isEmpty();
    }

    @Test
    void aPostingBeyondTwentyFourMonthsIsRefusedWithTheEnginesReason() {
        // rules.md §5 example 2: 30 months anticipated → art. 12 fails, lex loci (DE)
        PostingRequest request = requests.submit(submission("DE", "2026-03-01", "2028-08-31", "true", false)).request();

        assertThat(request.status()).isEqualTo(PostingStatus.REFUSED);
        assertThat(request.reason()).isNotNull();
        assertThat(request.reason().en()).isNotBlank();
        assertThat(request.certificates()).isEmpty();
        assertThat(actions(request.number())).endsWith("POSTING_REQUEST_REFUSED");
    }

    @Test
    void anUnknownFactSendsTheRequestToTheQueueWhereAnOfficerApprovesItWithAReason() {
        PostingRequest queued = requests.submit(submission("BE", "2026-03-01", "2026-12-31", "null", false)).request();
        assertThat(queued.status()).isEqualTo(PostingStatus.IN_REVIEW);
        assertThat(queued.engineStatus()).isEqualTo("NEEDS_INFORMATION");
        assertThat(queued.decision().missingFacts()).isNotEmpty();
        assertThat(requests.withStatus(PostingStatus.IN_REVIEW)).extracting(PostingRequest::number).contains(queued.number());

        assertThatThrownBy(() -> requests.decide(queued.number(), true, " ", "officer-1"))
                .isInstanceOf(InvalidInputException.class);
        PostingRequest approved = issued(requests.decide(queued.number(), true, "Activity in France confirmed by the Urssaf", "officer-1"));

        assertThat(approved.status()).isEqualTo(PostingStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("officer-1");
        assertThat(approved.reason().fr()).isEqualTo("Activity in France confirmed by the Urssaf");
        assertThat(approved.certificates()).hasSize(1);
        assertThat(actions(queued.number())).containsExactly("POSTING_REQUEST_SUBMITTED",
                "POSTING_REQUEST_DECIDED_BY_ENGINE", "POSTING_REQUEST_QUEUED", "POSTING_REQUEST_APPROVED",
                "POSTING_CERTIFICATES_ISSUED");
        assertThat(jdbc.sql("select actor from audit_entry where object_id = ? and action = 'POSTING_REQUEST_APPROVED'")
                .param(queued.number()).query(String.class).single()).isEqualTo("officer-1");
        assertThatThrownBy(() -> requests.decide(queued.number(), false, "again", "officer-1"))
                .isInstanceOf(PostingRequests.NotInReview.class);
    }

    @Test
    void anOfficerRefusesAQueuedRequestAndTheRequesterSeesTheReason() {
        PostingRequests.Receipt receipt = requests.submit(submission("IT", "2026-03-01", "2026-12-31", "null", false));

        requests.decide(receipt.number(), false, "No activity of the employer in France", "officer-2");

        PostingRequest seen = requests.findWithCode(receipt.number(), receipt.accessCode()).orElseThrow();
        assertThat(seen.status()).isEqualTo(PostingStatus.REFUSED);
        assertThat(seen.reason().en()).isEqualTo("No activity of the employer in France");
        assertThat(seen.certificates()).isEmpty();
        assertThat(actions(receipt.number())).endsWith("POSTING_REQUEST_REFUSED");
        assertThat(requests.findWithCode(receipt.number(), "AAAA-AAAA-AAAA")).isEmpty();
    }

    @Test
    void anExceptionRequestIsQueuedAndMarkedForAnExchangeWithThePartner() {
        // art. 16(1): a posting of 30 months needs an agreement between the French and the Spanish authorities
        PostingRequest request = requests.submit(submission("ES", "2026-03-01", "2028-08-31", "true", true)).request();

        assertThat(request.status()).isEqualTo(PostingStatus.IN_REVIEW);
        assertThat(request.engineStatus()).isEqualTo("NEEDS_AGREEMENT");
        assertThat(request.exchangeNeeded()).isTrue();
        assertThat(request.exchangePartner()).isEqualTo("ES");

        PostingRequest approved = issued(requests.decide(request.number(), true, "Agreement of the Spanish authority received", "officer-3"));
        assertThat(approved.certificates()).hasSize(1);
    }

    @Test
    void theAuditTrailOfARequestHoldsNoPersonalData() {
        PostingRequest request = requests.submit(submission("DE", "2026-03-01", "2026-12-31", "true", false)).request();

        List<String> details = jdbc.sql("select details::text from audit_entry where object_id = ?").param(request.number())
                .query(String.class).list();
        assertThat(details).isNotEmpty().noneMatch(d -> d.contains("Martin") || d.contains(request.holder().identifier()) || d.contains("1985"));
    }

    @Test
    void aRequestThatIsNotAPostingFromFranceIsRejectedWithEveryProblemAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from posting_request").query(Long.class).single();
        Submission bad = new Submission(json.readValue(Situations.posting("DE", "2026-03-01", "2026-12-31", "true", false)
                .replace("\"postedFrom\": \"FR\"", "\"postedFrom\": \"DE\""), SituationInput.class),
                new Submission.HolderInput("", "Claire", "2030-01-01", "F", null), " ", Set.of(PublicField.PERIOD));

        assertThatThrownBy(() -> requests.submit(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field()).contains("situation.activities[0].postedFrom",
                        "holder.familyName", "holder.birthDate", "holder.nationality", "employerName"));
        assertThat(jdbc.sql("select count(*) from posting_request").query(Long.class).single()).isEqualTo(before);
    }

    private Submission submission(String to, String start, String end, String substantial, boolean exception) {
        return json.readValue(Situations.submission(Situations.posting(to, start, end, substantial, exception)), Submission.class);
    }

    private List<String> actions(String number) {
        return jdbc.sql("select action from audit_entry where object_id = ? order by id").param(number).query(String.class).list();
    }

    /** The request once the listener has issued its certificates (they follow the approval's commit). */
    private PostingRequest issued(PostingRequest request) {
        return requests.awaitCertificates(request, Duration.ofSeconds(10));
    }
}
