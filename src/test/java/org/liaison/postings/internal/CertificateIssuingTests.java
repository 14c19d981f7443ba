package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.liaison.postings.Certificates;
import org.liaison.postings.PostingRequestApproved;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The postings module started on its own (with the modules it depends on): an approval is committed first, its
 * certificates follow through the {@link PostingRequestApproved} event, and a certificate that cannot be issued
 * never loses the approval: the event stays incomplete and its resubmission issues the certificate.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CertificateIssuingTests {

    @Autowired
    PostingRequests requests;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @MockitoSpyBean
    Certificates certificates;

    @Test
    void anApprovalPublishesTheEventAndTheCertificateFollowsIt(Scenario scenario) {
        // rules.md §5 example 1: FR → DE for 20 months, Reg. 883/2004 art. 12(1)
        scenario.stimulate(() -> requests.submit(submission("DE"), PostingWorkflowTests.ACCOUNT).number())
                .andWaitForEventOfType(PostingRequestApproved.class)
                .toArriveAndVerify((event, number) -> {
                    assertThat(event.number()).isEqualTo(number);
                    assertThat(requests.awaitCertificates(requests.find(number).orElseThrow(), Duration.ofSeconds(10))
                            .certificates()).hasSize(1);
                });
    }

    @Test
    void aCertificateThatCannotBeIssuedLeavesTheApprovalAndIsIssuedWhenTheEventIsResubmitted() {
        doThrow(new IllegalStateException("PDF renderer unavailable")).doCallRealMethod().when(certificates).issue(any());

        PostingRequest approved = requests.submit(submission("IT"), PostingWorkflowTests.ACCOUNT).request();
        verify(certificates, timeout(10_000)).issue(any());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(approved.number()) == 1);

        PostingRequest kept = requests.find(approved.number()).orElseThrow();
        assertThat(kept.status()).isEqualTo(PostingStatus.APPROVED);
        assertThat(kept.certificates()).as("nothing half-issued").isEmpty();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof PostingRequestApproved e
                && e.number().equals(approved.number()));

        assertThat(requests.awaitCertificates(kept, Duration.ofSeconds(10)).certificates()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action = 'POSTING_CERTIFICATES_ISSUED'")
                .param(approved.number()).query(Integer.class).single()).isEqualTo(1);
    }

    /** Publications of this request's approval whose listener failed and that are not completed. */
    private int failedPublications(String number) {
        return jdbc.sql("""
                select count(*) from event_publication
                where event_type like '%PostingRequestApproved' and serialized_event like ? and completion_date is null
                  and status = 'FAILED'""").param("%" + number + "%").query(Integer.class).single();
    }

    private Submission submission(String to) {
        return json.readValue(Situations.submission(Situations.posting(to, "2026-03-01", "2027-10-31", "true", false)),
                Submission.class);
    }
}
