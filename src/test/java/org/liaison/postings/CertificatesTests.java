package org.liaison.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.PartnerCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Issuing, verifying and withdrawing certificates through the module's API, on the real database. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CertificatesTests {

    static final LocalDate IN_PERIOD = LocalDate.of(2026, 5, 15);

    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "officer.durand", roles = "LIAISON_OFFICER")
    void anIssuedCertificateIsValidInItsPeriodThenWithdrawnOnceWithdrawn() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        assertThat(issued.number()).matches("FR-A1-\\d{4}-\\d{6}");
        assertThat(issued.verificationCode()).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
        assertThat(issued.kind()).isEqualTo(CertificateKind.PD_A1);
        CertificateVerification valid = certificates.verify(issued.number(), issued.verificationCode(), IN_PERIOD);
        assertThat(valid.found()).isTrue();
        assertThat(valid.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(valid.kind()).isEqualTo(CertificateKind.PD_A1);

        certificates.withdraw(issued.number(), "Activité non exercée en Allemagne (contrôle du 2 mai)");

        assertThat(certificates.verify(issued.number(), issued.verificationCode(), IN_PERIOD).status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
        assertThatThrownBy(() -> certificates.withdraw(issued.number(), "encore"))
                .isInstanceOf(CertificateAlreadyWithdrawnException.class);
        assertThat(jdbc.sql("select withdrawn_by from certificate where number = ?").param(issued.number())
                .query(String.class).single()).isEqualTo("officer.durand");
    }

    @Test
    void theStatusFollowsTheDayOfVerification() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        String number = issued.number();
        String code = issued.verificationCode();

        assertThat(certificates.verify(number, code, LocalDate.of(2026, 2, 28)).status()).isEqualTo(CertificateStatus.NOT_YET_VALID);
        assertThat(certificates.verify(number, code, LocalDate.of(2026, 3, 1)).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.verify(number, code, LocalDate.of(2026, 8, 31)).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.verify(number, code, LocalDate.of(2026, 9, 1)).status()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void aWrongCodeAndAWrongNumberGiveTheSameNotFound() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        String otherCode = issued.verificationCode().startsWith("2") ? "33333-33333" : "22222-22222";

        CertificateVerification wrongCode = certificates.verify(issued.number(), otherCode, IN_PERIOD);
        CertificateVerification wrongNumber = certificates.verify("FR-A1-1999-999999", issued.verificationCode(), IN_PERIOD);

        assertThat(wrongCode).isEqualTo(CertificateVerification.notFound());
        assertThat(wrongNumber).isEqualTo(CertificateVerification.notFound());
    }

    @Test
    void theCodeIsReadGenerouslyButStoredOnlyAsAHash() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        String typed = issued.verificationCode().replace("-", " ").toLowerCase();

        assertThat(certificates.verify(issued.number().toLowerCase(), typed, IN_PERIOD).found()).isTrue();
        String stored = jdbc.sql("select encode(code_hash, 'hex') || encode(code_salt, 'hex') from certificate where number = ?")
                .param(issued.number()).query(String.class).single();
        assertThat(stored.toUpperCase()).doesNotContain(issued.verificationCode().replace("-", ""));
    }

    @Test
    void onlyTheConsentedFieldsAreShownAndTheNameAsInitialAndFamilyName() {
        IssuedCertificate withName = certificates.issue(CertificateRequests.a1(Set.of(PublicField.HOLDER_NAME, PublicField.PERIOD)));
        IssuedCertificate silent = certificates.issue(CertificateRequests.a1(Set.of()));
        IssuedCertificate employer = certificates.issue(CertificateRequests.bilateral());

        assertThat(certificates.verify(withName.number(), withName.verificationCode(), IN_PERIOD).shown())
                .containsOnlyKeys(PublicField.HOLDER_NAME, PublicField.PERIOD)
                .containsEntry(PublicField.HOLDER_NAME, "É. Dupont-Lefèvre")
                .containsEntry(PublicField.PERIOD, "2026-03-01/2026-08-31");
        assertThat(certificates.verify(silent.number(), silent.verificationCode(), IN_PERIOD).shown()).isEmpty();
        assertThat(certificates.verify(employer.number(), employer.verificationCode(), IN_PERIOD).shown())
                .containsOnlyKeys(PublicField.EMPLOYER_NAME, PublicField.WORK_STATE)
                .containsEntry(PublicField.WORK_STATE, "US")
                .doesNotContainValue("Martin");
    }

    @Test
    void numbersFollowOneSequencePerKindAndYear() {
        IssuedCertificate first = certificates.issue(CertificateRequests.a1());
        IssuedCertificate second = certificates.issue(CertificateRequests.a1());
        IssuedCertificate bilateral = certificates.issue(CertificateRequests.bilateral());

        assertThat(sequence(second.number())).isEqualTo(sequence(first.number()) + 1);
        assertThat(bilateral.number()).startsWith("FR-DET-" + first.number().substring(6, 10));
    }

    @Test
    void issuingAndWithdrawingAreAuditedWithoutPersonalData() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        withdrawAsOfficer(issued.number());

        String details = jdbc.sql("select string_agg(action || ' ' || actor || ' ' || details::text, ' | ' order by id) "
                        + "from audit_entry where object_type = 'CERTIFICATE' and object_id = ?")
                .param(issued.number()).query(String.class).single();
        assertThat(details).contains("CERTIFICATE_ISSUED", "CERTIFICATE_WITHDRAWN", "EU_883_ART12_1", "PD_A1")
                .doesNotContain("Dupont", "Élodie", "1985", "2850475123456", "Ateliers", "contrôle");
    }

    @Test
    void anInvalidRequestIsRefusedWithEveryProblemAndSpendsNoNumber() {
        CertificateRequest good = CertificateRequests.a1();
        CertificateRequest bad = new CertificateRequest(CertificateKind.BILATERAL_POSTING, null, " ", "Jean",
                LocalDate.of(2030, 1, 1), "France", null, "Société", "SIRET", PartnerCode.of("FR"), PartnerCode.of("FR"),
                DatePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), "EU_883_ART12_1",
                good.instrumentId(), null);
        long before = jdbc.sql("select count(*) from certificate").query(Long.class).single();

        assertThatThrownBy(() -> certificates.issue(bad))
                .isInstanceOfSatisfying(InvalidCertificateRequestException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("holderFamilyName", "holderNationality", "holderBirthDate", "workState", "kind"));
        assertThatThrownBy(() -> certificates.issue(new CertificateRequest(CertificateKind.BILATERAL_POSTING, null,
                "Dupont", "Jean", LocalDate.of(1980, 1, 1), null, null, "Société", "SIRET", PartnerCode.of("FR"),
                PartnerCode.of("DE"), good.period(), "EU_883_ART12_1", good.instrumentId(), Set.of())))
                .isInstanceOfSatisfying(InvalidCertificateRequestException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("kind"));
        assertThatThrownBy(() -> certificates.issue(new CertificateRequest(CertificateKind.PD_A1, null,
                "Dupont", "Jean", LocalDate.of(1980, 1, 1), null, null, "", "", PartnerCode.of("DE"),
                PartnerCode.of("AT"), good.period(), "EU_883_ART12_1", "no-such-instrument", Set.of())))
                .isInstanceOfSatisfying(InvalidCertificateRequestException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("competentState", "instrumentId"));
        assertThat(jdbc.sql("select count(*) from certificate").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSelfEmployedPersonsCertificateMayHaveNoEmployer() {
        CertificateRequest good = CertificateRequests.a1(Set.of(PublicField.EMPLOYER_NAME));
        IssuedCertificate issued = certificates.issue(new CertificateRequest(good.kind(), null, good.holderFamilyName(),
                good.holderGivenNames(), good.holderBirthDate(), null, null, "", "", good.competentState(),
                good.workState(), good.period(), "EU_883_ART12_2", good.instrumentId(), good.publicFields()));

        assertThat(certificates.verify(issued.number(), issued.verificationCode(), IN_PERIOD).shown()).isEmpty();
    }

    @Test
    void onlyOfficersAndAdministratorsMayWithdraw() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        assertThatThrownBy(() -> certificates.withdraw(issued.number(), "raison"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(certificates.verify(issued.number(), issued.verificationCode(), IN_PERIOD).status())
                .isEqualTo(CertificateStatus.VALID);
    }

    @Test
    @WithMockUser(username = "agent", roles = "INSTITUTION_AGENT")
    void anInstitutionAgentMayNotWithdraw() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        assertThatThrownBy(() -> certificates.withdraw(issued.number(), "raison")).isInstanceOf(AccessDeniedException.class);
    }

    private void withdrawAsOfficer(String number) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("officer", "n/a", "ROLE_LIAISON_OFFICER"));
        try {
            certificates.withdraw(number, "Erreur de saisie — contrôle");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
