package org.liaison.postings.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * An issued certificate, signed, QR code and all, passes an independent validator (veraPDF) for PDF/UA-1 and
 * PDF/A-3u: the tags, the language, the figure's alternate text and the signature field keep it accessible.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CertificateConformanceTests {

    @Autowired
    Certificates certificates;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void anIssuedCertificateIsPdfUa1() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        assertThat(failures(certificates.pdf(issued.number()), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void anIssuedCertificateIsPdfA3u() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.bilateral());

        assertThat(failures(certificates.pdf(issued.number()), PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void theValidatorDoesRejectAnUntaggedPdf() throws Exception {
        // the control: a blank untagged page, without language or title, must fail PDF/UA-1
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument blank = new org.apache.pdfbox.pdmodel.PDDocument()) {
            blank.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            blank.save(out);
        }

        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    /** Each failed rule as "clause-test: description (context)", to read in the assertion's message. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTotalAssertions()).as("rules were checked").isPositive();
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")")
                    .distinct().toList();
        }
    }
}
