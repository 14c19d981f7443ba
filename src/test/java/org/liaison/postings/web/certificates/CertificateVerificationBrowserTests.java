package org.liaison.postings.web.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.postings.CertificatePdfs;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A foreign inspector in headless Chromium, French then English: scans the certificate's QR code and lands on the
 * answer, then uploads the signed PDF (intact, valid) and an edited copy (reported edited), with no serious axe-core
 * violation on any of these pages.
 */
class CertificateVerificationBrowserTests extends BrowserTest {

    @Autowired
    Certificates certificates;

    @TempDir
    Path files;

    @Test
    void anInspectorScansTheQrCodeThenUploadsTheSignedPdfAndAnEditedOne() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1InForceToday(Set.of()));
        byte[] pdf = certificates.pdf(issued.number());
        Path signed = Files.write(files.resolve("certificate.pdf"), pdf);
        Path edited = Files.write(files.resolve("edited.pdf"), CertificatePdfs.incrementallyRetitled(pdf));

        for (String language : new String[] {"fr", "en"}) {
            // the QR code's address, on this test server: the page opens with the answer
            URI scanned = URI.create(CertificatePdfs.decodeQr(pdf));
            open(scanned.getRawPath() + "?" + scanned.getRawQuery() + "&lang=" + language);
            checkPage(language);
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains(language.equals("fr") ? "Certificat valide" : "Valid certificate", issued.number());

            open("/certificates/verify?lang=" + language);
            browser.driver.findElement(By.id("file")).sendKeys(signed.toString());
            clickAndWaitForNextPage(By.cssSelector("form[action$='/certificates/verify/document'] button[type=submit]"));
            checkPage(language);
            assertThat(browser.driver.findElement(By.id("document-signature")).getText())
                    .contains(language.equals("fr") ? "Signature intacte" : "Signature intact");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains(language.equals("fr") ? "Certificat valide" : "Valid certificate", issued.number());

            browser.driver.findElement(By.id("file")).sendKeys(edited.toString());
            clickAndWaitForNextPage(By.cssSelector("form[action$='/certificates/verify/document'] button[type=submit]"));
            checkPage(language);
            assertThat(browser.driver.findElement(By.id("document-signature")).getText())
                    .contains(language.equals("fr") ? "PDF modifié après sa signature" : "PDF edited after signing");
        }
    }
}
