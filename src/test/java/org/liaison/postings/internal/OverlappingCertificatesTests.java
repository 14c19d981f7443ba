package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.liaison.postings.Certificates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * One posting, one certificate (issue #11 §4): the same person and an overlapping period are stopped with the
 * existing number, unless the request replaces a withdrawn certificate or extends a valid one. Written to hold
 * whether an anonymous request is approved at once or waits for an officer: {@link #certified} approves it then.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class OverlappingCertificatesTests {

    @Autowired
    PostingRequests requests;

    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** A family name of its own for each test: the tests of this context share one database. */
    private final String family = "Lefèvre-" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSamePersonByTheNirAndAnOverlappingPeriodIsStoppedWithTheCertificatesNumber() {
        String nir = Situations.nir();
        String first = certified(requests.submit(submission("DE", "2026-03-01", "2026-12-31", family, "Claire", nir)));

        // the names typed otherwise: the NIR decides
        assertThatThrownBy(() -> requests.submit(submission("DE", "2026-06-01", "2026-10-31", "Dupont", "Anne", nir)))
                .isInstanceOfSatisfying(SamePosting.class, e -> {
                    assertThat(e.existing()).isEqualTo(first);
                    assertThat(e.certificate()).isTrue();
                    assertThat(e.problem().type()).isEqualTo("certificate-overlaps");
                    assertThat(e.problem().properties()).containsEntry("certificate", first);
                    assertThat(e.problem().kind()).isEqualTo(org.liaison.shared.Problem.Kind.CONFLICT);
                });
    }

    @Test
    void withoutANirTheNamesAndTheBirthDateMatchWhateverTheCaseTheAccentsAndTheSpaces() {
        String first = certified(requests.submit(submission("IT", "2026-03-01", "2026-12-31", family, "Éléonore Marie", null)));

        String typedOtherwise = "  " + family.toUpperCase().replace("È", "E").replace("-", " ") + " ";
        assertThatThrownBy(() -> requests.submit(submission("BE", "2026-12-01", "2027-03-31", typedOtherwise,
                "eleonore  MARIE", Situations.nir())))
                .isInstanceOfSatisfying(SamePosting.class, e -> assertThat(e.existing()).isEqualTo(first));
    }

    @Test
    void anotherPersonIsAccepted() {
        String nir = Situations.nir();
        certified(requests.submit(submission("DE", "2026-03-01", "2026-12-31", family, "Claire", nir)));

        // the same names with another NIR, and the same names born another day without one: other people
        PostingRequest namesake = requests.submit(submission("DE", "2026-03-01", "2026-12-31", family, "Claire",
                Situations.nir())).request();
        PostingRequest twin = requests.submit(new Submission(submission("DE", "2026-03-01", "2026-12-31", family,
                "Claire", null).situation(), new Submission.HolderInput(family, "Claire", "1985-04-13", "FR", null),
                "Transports Dupont SA", java.util.Set.of())).request();

        assertThat(List.of(namesake, twin)).allSatisfy(r -> {
            assertThat(r.status()).isNotEqualTo(PostingStatus.REFUSED);
            assertThat(r.replacesCertificate()).isNull();
            assertThat(r.extendsCertificate()).isNull();
        });
    }

    @Test
    void anAdjacentPeriodBeforeIsAcceptedAsAPostingOfItsOwn() {
        String nir = Situations.nir();
        certified(requests.submit(submission("DE", "2026-09-01", "2026-12-31", family, "Claire", nir)));

        PostingRequest before = requests.submit(submission("DE", "2026-03-01", "2026-08-31", family, "Claire", nir)).request();

        assertThat(before.status()).isNotEqualTo(PostingStatus.REFUSED);
        assertThat(before.extendsCertificate()).isNull();
    }

    @Test
    void aPendingRequestStopsTooWithItsNumber() {
        String nir = Situations.nir();
        // substantial activity unknown: the request waits for an officer
        PostingRequest pending = requests.submit(json.readValue(Situations.submission(
                Situations.posting("BE", "2026-03-01", "2026-12-31", "null", false), nir), Submission.class)).request();
        assertThat(pending.status()).isEqualTo(PostingStatus.IN_REVIEW);

        assertThatThrownBy(() -> requests.submit(submission("BE", "2026-05-01", "2026-10-31", "Martin", "Claire", nir)))
                .isInstanceOfSatisfying(SamePosting.class, e -> {
                    assertThat(e.existing()).isEqualTo(pending.number());
                    assertThat(e.certificate()).isFalse();
                    assertThat(e.problem().properties()).containsEntry("request", pending.number());
                    assertThat(e.atStart().field()).isEqualTo("situation.activities[0].period.start");
                    assertThat(e.atStart().message().in(java.util.Locale.FRENCH)).contains(pending.number());
                });
    }

    @Test
    void aRequestOverlappingOnlyAWithdrawnCertificateReplacesItAndSaysSo() {
        String nir = Situations.nir();
        String withdrawn = certified(requests.submit(submission("AT", "2026-03-01", "2026-12-31", family, "Claire", nir)));
        asOfficer();
        certificates.withdraw(withdrawn, "Mauvaise date de fin");
        SecurityContextHolder.clearContext();

        PostingRequest replacement = requests.submit(submission("AT", "2026-03-01", "2026-10-31", family, "Claire", nir)).request();

        assertThat(replacement.replacesCertificate()).isEqualTo(withdrawn);
        assertThat(replacement.extendsCertificate()).isNull();
        assertThat(jdbc.sql("select details::text from audit_entry where object_id = ? and action = 'POSTING_REQUEST_SUBMITTED'")
                .param(replacement.number()).query(String.class).single()).contains(withdrawn).doesNotContain(nir, family);
    }

    @Test
    void anExtensionIsAssessedOnTheWholePostingAndItsCertificateCoversOnlyTheNewPart() {
        String nir = Situations.nir();
        String existing = certified(requests.submit(submission("DE", "2026-03-01", "2027-02-28", family, "Claire", nir)));

        // starts within the existing certificate: 12 + 10 months, under art. 12(1)'s 24
        PostingRequests.Receipt receipt = requests.submit(submission("DE", "2026-12-01", "2027-12-31", family, "Claire", nir));
        PostingRequest extension = receipt.request();

        assertThat(extension.extendsCertificate()).isEqualTo(existing);
        assertThat(extension.decision().legislation()).singleElement().satisfies(l -> {
            assertThat(l.start()).as("the engine saw the posting from its first day").isEqualTo("2026-03-01");
            assertThat(l.end()).isEqualTo("2027-12-31");
            assertThat(l.provision()).isEqualTo("EU_883_ART12_1");
        });
        String issued = certified(receipt);
        assertThat(jdbc.sql("select period_start from certificate where number = ?").param(issued)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(jdbc.sql("select period_end from certificate where number = ?").param(issued)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2027-12-31"));
    }

    @Test
    void anExtensionBeyondTwentyFourMonthsGetsTheEnginesAnswerForTheWhole() {
        String nir = Situations.nir();
        String existing = certified(requests.submit(submission("DE", "2026-03-01", "2027-02-28", family, "Claire", nir)));

        // the day after, 18 more months: 30 in all, over art. 12(1)'s limit; no exception asked
        PostingRequest extension = requests.submit(submission("DE", "2027-03-01", "2028-08-31", family, "Claire", nir)).request();

        assertThat(extension.extendsCertificate()).isEqualTo(existing);
        assertThat(extension.status()).isEqualTo(PostingStatus.REFUSED);
        assertThat(extension.certificates()).isEmpty();
    }

    /** The request's certificate: approved by an officer if it waits for one, then issued. */
    private String certified(PostingRequests.Receipt receipt) {
        PostingRequest request = requests.find(receipt.number()).orElseThrow();
        if (request.status() == PostingStatus.IN_REVIEW) {
            request = requests.decide(request.number(), true, "Conditions vérifiées", "officer-9");
        }
        PostingRequest issued = requests.awaitCertificates(request, Duration.ofSeconds(10));
        assertThat(issued.certificates()).as("certificates of " + receipt.number()).hasSize(1);
        return issued.certificates().get(0);
    }

    private static void asOfficer() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("officer-9", "n/a", "ROLE_LIAISON_OFFICER"));
    }

    private Submission submission(String to, String start, String end, String familyName, String givenNames,
                                  String identifier) {
        Submission base = json.readValue(Situations.submission(Situations.posting(to, start, end, "true", false)),
                Submission.class);
        return new Submission(base.situation(), new Submission.HolderInput(familyName, givenNames, "1985-04-12", "FR",
                identifier), base.employerName(), base.publicFields());
    }
}
