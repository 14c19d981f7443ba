package org.liaison.postings.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.identity.Role;
import org.liaison.postings.CertificateRequest;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.internal.Submission;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A liaison officer signs in through the real login form in headless Chromium and works the posting queue, a
 * request's page with the engine's trace, the certificates and the agreement form: no console error, no serious or
 * critical axe-core violation, in French and English.
 */
class OfficerPagesBrowserTests extends BrowserTest {

    @Autowired
    PostingRequests postings;

    @Test
    void aLiaisonOfficerFindsTheQueueARequestWithItsTraceAndTheCertificatesAccessibleInBothLanguages() throws Exception {
        String queued = postings.submit(submission("ES", 30, true)).number();
        String certificate = postings.awaitCertificates(postings.submit(submission("DE", 12, false), "applicant-officer-pages").request(),
                Duration.ofSeconds(10)).certificates().get(0);
        signInAs(Role.LIAISON_OFFICER);

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/postings/queue", "/postings/" + queued, "/certificates",
                    "/certificates/" + certificate, "/exchange"}) {
                open(path + "?lang=" + language);
                assertThat(browser.driver.getCurrentUrl()).as(path).contains(path);
                checkPage(language);
            }
        }
        open("/postings/queue?lang=en");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(queued);
        open("/exchange?lang=en");
        assertThat(browser.driver.findElements(By.cssSelector("main .fr-card__title a"))).extracting(e -> e.getAttribute("href"))
                .as("an officer sees the case pages and the reference data")
                .anyMatch(href -> href.endsWith("/exchange/inbox")).anyMatch(href -> href.endsWith("/exchange/bucs"));
    }

    @Test
    void aLiaisonOfficerAsksThePartnersAgreementWithAnAccessibleFormInBothLanguages() {
        signInAs(Role.LIAISON_OFFICER);

        for (String language : new String[] {"fr", "en"}) {
            // Practical guide Part I §12 (agreements on exceptions), a 30-month posting to Germany
            String number = postings.submit(submission("DE", 30, true)).number();
            open("/postings/" + number + "?lang=" + language);
            checkPage(language);
            clickAndWaitForNextPage(By.cssSelector("#agreement-form button[type=submit]"));
            assertThat(browser.driver.findElements(By.id("justification-error"))).as("the empty justification").hasSize(1);
            assertThat(browser.driver.findElement(By.id("agreement-errors")).getText()).isNotBlank();
            checkPage(language);

            browser.driver.findElement(By.id("justification")).sendKeys("Mission de 30 mois, savoir-faire propre");
            clickAndWaitForNextPage(By.cssSelector("#agreement-form button[type=submit]"));
            assertThat(browser.driver.getCurrentUrl()).contains("agreementRequested");
            assertThat(browser.driver.findElement(By.id("agreement-case")).getAttribute("href")).contains("/exchange/cases/");
            checkPage(language);
        }
    }

    private static Submission submission(String workState, int months, boolean exception) {
        java.time.LocalDate start = java.time.LocalDate.of(2026, 3, 1);
        PeriodInput period = new PeriodInput(start.toString(), start.plusMonths(months).minusDays(1).toString());
        SituationInput situation = new SituationInput(new SituationInput.PersonInput("FR", "FR"),
                java.util.List.of(new SituationInput.ActivityInput("EMPLOYED", workState,
                        new SituationInput.EmployerInput("552100554", "FR", true), "FR", null, null, period, false, null)),
                new SituationInput.PriorAffiliationInput("FR", new PeriodInput("2020-01-01", "2026-02-28")),
                java.util.List.of(), period, exception);
        return new Submission(situation, new Submission.HolderInput("Martin", "Claire", "1985-04-12", "FR", org.liaison.coordination.Situations.nir()),
                "Transports Dupont SA", java.util.Set.of(CertificateRequest.PublicField.PERIOD));
    }
}
