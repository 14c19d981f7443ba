package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.CertificateRequest;
import org.liaison.coordination.internal.postings.PostingRequests;
import org.liaison.coordination.internal.postings.SituationInput;
import org.liaison.coordination.internal.postings.SituationInput.PeriodInput;
import org.liaison.coordination.internal.postings.Submission;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator signs in through the real login form in headless Chromium and uses the staff pages: they
 * must be as clean as the public ones (no console error, no serious or critical axe-core violation).
 */
class StaffPagesBrowserTests extends BrowserTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    PostingRequests postings;

    @Test
    void anAdministratorSignsInAndFindsTheStaffPagesAccessibleInBothLanguages() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new UserAdministration.NewUser(username, "Browser admin", null, null,
                EnumSet.of(Role.ADMIN))).newPassword();

        open("/login?lang=fr");
        checkPage("fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver.findElements(By.cssSelector("form[action='/logout']"))).isNotEmpty();

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/organisations", "/admin/audit"}) {
                open(path + "?lang=" + language);
                assertThat(browser.driver.getCurrentUrl()).as(path).contains(path);
                checkPage(language);
            }
        }
        open("/admin/audit?lang=en");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("LOGIN_SUCCEEDED", username);
    }

    @Test
    void aLiaisonOfficerFindsTheQueueARequestWithItsTraceAndTheCertificatesAccessibleInBothLanguages() throws Exception {
        String queued = postings.submit(submission("ES", 30, true)).number();
        String certificate = postings.submit(submission("DE", 12, false)).request().certificates().get(0);
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
        return new Submission(situation, new Submission.HolderInput("Martin", "Claire", "1985-04-12", "FR", null),
                "Transports Dupont SA", java.util.Set.of(CertificateRequest.PublicField.PERIOD));
    }

    private void checkPage(String language) {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.consoleEntries()).as("console errors on " + browser.driver.getCurrentUrl())
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("axe-core on " + browser.driver.getCurrentUrl()).isEmpty();
    }

}
