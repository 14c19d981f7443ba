package org.liaison.postings.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.CertificateStatus;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The public verification page and the officers' pages, driven like a browser: GET forms, POST with CSRF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificatePagesTests {

    static final RequestPostProcessor OFFICER = user("officer.page").roles("LIAISON_OFFICER");
    static final RequestPostProcessor AGENT = user("agent.page").roles("INSTITUTION_AGENT");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Certificates certificates;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theVerificationFormIsPublicInFrenchAndEnglish() throws Exception {
        mvc.perform(get("/certificates/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vérifier un certificat A1 ou de détachement")))
                .andExpect(content().string(containsString("<label class=\"fr-label\" for=\"code\">")));
        mvc.perform(get("/certificates/verify").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify an A1 certificate or a certificate of posting")));
    }

    @Test
    void aValidCertificateShowsItsStatusAndOnlyWhatTheHolderConsentedTo() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of(PublicField.HOLDER_NAME)));

        mvc.perform(get("/certificates/verify").param("number", issued.number()).param("code", issued.verificationCode())
                        .with(from("10.1.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Certificat valide")))
                .andExpect(content().string(containsString("É. Dupont-Lefèvre")))
                .andExpect(content().string(not(containsString("Élodie"))))
                .andExpect(content().string(not(containsString("Ateliers"))));
        mvc.perform(get("/certificates/verify").param("number", issued.number()).param("code", issued.verificationCode())
                        .param("lang", "en").with(from("10.1.0.1")))
                .andExpect(content().string(containsString("Valid certificate")));
    }

    @Test
    void anExpiredOrUnknownCertificateIsSaidSoWithWords() throws Exception {
        IssuedCertificate expired = certificates.issue(CertificateRequests.a1(Set.of(), CertificateRequests.PERIOD.end().isBefore(LocalDate.now())
                ? CertificateRequests.PERIOD : org.liaison.shared.DatePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30))));

        mvc.perform(get("/certificates/verify").param("number", expired.number()).param("code", expired.verificationCode())
                        .with(from("10.1.0.2")))
                .andExpect(content().string(containsString("Certificat expiré")))
                .andExpect(content().string(containsString("Le titulaire n&#39;a pas souhaité")));
        mvc.perform(get("/certificates/verify").param("number", expired.number()).param("code", "ZZZZZ-ZZZZZ")
                        .with(from("10.1.0.2")))
                .andExpect(content().string(containsString("Aucun certificat ne correspond")));
    }

    @Test
    void malformedInputIsShownOnTheFieldAndCostsNoAttempt() throws Exception {
        mvc.perform(get("/certificates/verify").param("number", "A1-123").param("code", "OIL").with(from("10.1.0.3")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"number-error\"")))
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"number-error\"")));
    }

    @Test
    void thirtyAttemptsIn10MinutesFromOneAddressThenTooManyRequests() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/certificates/verify").param("number", "FR-A1-2026-900000").param("code", "ABCDE-FGHJK")
                    .with(from("10.1.0.4"))).andExpect(status().isOk());
        }
        mvc.perform(get("/certificates/verify").param("number", "FR-A1-2026-900000").param("code", "ABCDE-FGHJK")
                        .with(from("10.1.0.4")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Trop de tentatives")));
        mvc.perform(get("/certificates/verify").param("number", "FR-A1-2026-900000").param("code", "ABCDE-FGHJK")
                .with(from("10.1.0.5"))).andExpect(status().isOk());
    }

    @Test
    void anOfficerListsFindsDownloadsAndWithdrawsACertificate() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));

        mvc.perform(get("/certificates").param("q", issued.number().substring(6)).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.number())))
                .andExpect(content().string(containsString("Certificats délivrés")));
        mvc.perform(get("/certificates").param("lang", "en").param("status", "withdrawn").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Issued certificates")))
                .andExpect(content().string(not(containsString(issued.number()))));
        mvc.perform(get("/certificates/" + issued.number()).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dupont-Lefèvre Élodie Marie")))
                .andExpect(content().string(containsString("Retirer le certificat")));
        byte[] pdf = mvc.perform(get("/certificates/" + issued.number() + "/pdf").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + issued.number() + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        mvc.perform(post("/certificates/" + issued.number() + "/withdraw").param("reason", " ").with(OFFICER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/certificates/" + issued.number() + "/withdraw").param("reason", "Fraude établie").with(OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(post("/certificates/" + issued.number() + "/withdraw").param("reason", "Fraude établie")
                        .with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/certificates/" + issued.number()));

        assertThat(certificates.verify(issued.number(), issued.verificationCode(), LocalDate.now()).status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
        mvc.perform(get("/certificates/" + issued.number()).with(OFFICER))
                .andExpect(content().string(containsString("Fraude établie")))
                .andExpect(content().string(not(containsString("id=\"reason\""))));
    }

    @Test
    void strangersAndInstitutionAgentsCannotListDownloadOrWithdraw() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        String number = issued.number();

        mvc.perform(get("/certificates")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/certificates/" + number + "/pdf")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/certificates/" + number + "/withdraw").param("reason", "x").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/certificates").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/certificates/" + number + "/pdf").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(post("/certificates/" + number + "/withdraw").param("reason", "x").with(AGENT).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(certificates.verify(number, issued.verificationCode(), LocalDate.now()).status())
                .isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void anUnknownNumberIsA404ForOfficers() throws Exception {
        mvc.perform(get("/certificates/FR-A1-1999-000001").with(OFFICER)).andExpect(status().isNotFound());
    }
}
