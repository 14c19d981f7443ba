package org.liaison.postings.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificatePdfs;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An inspector uploads a certificate's PDF, on the page or through the API: the signature (intact, edited after
 * signing, no PDF) and the certificate's status (valid, withdrawn) come back in plain words, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificateDocumentVerificationTests {

    static final String API = "/api/v1/certificates/verification/document";
    static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    Certificates certificates;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Each test its own client address: the per-address limit is checked elsewhere (and below, on purpose). */
    static RequestPostProcessor aClient() {
        String address = "10.7.0." + (CLIENTS.incrementAndGet() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theApiSaysAnIssuedPdfIsIntactAndValid() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of(PublicField.HOLDER_NAME)));

        mvc.perform(post(API).contentType("application/pdf").content(certificates.pdf(issued.number())).with(aClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signature").value("INTACT"))
                .andExpect(jsonPath("$.number").value(issued.number()))
                .andExpect(jsonPath("$.certificate.found").value(true))
                .andExpect(jsonPath("$.certificate.status").value("VALID"))
                .andExpect(jsonPath("$.certificate.shown.HOLDER_NAME").value("É. Dupont-Lefèvre"));
    }

    @Test
    void theApiSaysAPdfUpdatedAfterSigningWasEdited() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        byte[] edited = CertificatePdfs.incrementallyRetitled(certificates.pdf(issued.number()));

        mvc.perform(post(API).contentType("application/pdf").content(edited).with(aClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signature").value("EDITED_AFTER_SIGNING"));
    }

    @Test
    @WithMockUser(roles = "LIAISON_OFFICER")
    void theApiSaysAWithdrawnCertificatesIntactPdfIsWithdrawn() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        certificates.withdraw(issued.number(), "Posting cancelled");

        mvc.perform(post(API).contentType("application/pdf").content(certificates.pdf(issued.number())).with(aClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signature").value("INTACT"))
                .andExpect(jsonPath("$.certificate.status").value("WITHDRAWN"));
    }

    @Test
    void notAPdfAnEmptyBodyAndAnOversizedOneGetClearAnswers() throws Exception {
        mvc.perform(post(API).contentType("application/pdf").content("hello".getBytes(StandardCharsets.US_ASCII))
                        .with(aClient()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signature").value("NOT_A_PDF"))
                .andExpect(jsonPath("$.certificate.found").value(false));
        mvc.perform(post(API).contentType("application/pdf").with(aClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        mvc.perform(post(API).contentType("application/pdf").content(new byte[VerificationDesk.MAX_DOCUMENT_BYTES + 1])
                        .with(aClient()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("TOO_LARGE"));
    }

    @Test
    void uploadsCountAgainstTheVerificationLimit() throws Exception {
        RequestPostProcessor client = request -> {
            request.setRemoteAddr("10.7.1.1");
            return request;
        };
        int status = 200;
        for (int i = 0; i < 40 && status == 200; i++) {
            status = mvc.perform(post(API).contentType("application/pdf").content(new byte[] {1}).with(client))
                    .andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void thePageVerifiesAnUploadedPdfInFrenchAndEnglish() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        byte[] pdf = certificates.pdf(issued.number());

        mvc.perform(get("/certificates/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vérifier un PDF")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(multipart("/certificates/verify/document").file(new MockMultipartFile("file", "a1.pdf",
                        "application/pdf", pdf)).with(csrf()).with(aClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signature intacte")))
                .andExpect(content().string(containsString("Certificat valide")))
                .andExpect(content().string(containsString(issued.number())));
        mvc.perform(multipart("/certificates/verify/document").file(new MockMultipartFile("file", "a1.pdf",
                        "application/pdf", CertificatePdfs.incrementallyRetitled(pdf))).param("lang", "en")
                        .with(csrf()).with(aClient()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PDF edited after signing")))
                .andExpect(content().string(not(containsString("Signature intact"))));
        mvc.perform(multipart("/certificates/verify/document").with(csrf()).with(aClient()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez le fichier PDF du certificat.")));
    }
}
