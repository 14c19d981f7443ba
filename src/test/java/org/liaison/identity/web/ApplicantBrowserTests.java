package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.openqa.selenium.By;

/**
 * Issue #11 §4 in a browser, in French and in English, axe-core on every page: an employer signs up, the
 * verification mail is caught by the in-process SMTP server, its link verifies the address, the employer signs in,
 * lands on the account page, applies for a posting certificate and finds the certificate there, then applies again
 * for the same person and part of the same period and is stopped with that certificate's number.
 */
class ApplicantBrowserTests extends WithMailServer {

    static final String PASSWORD = "a-long-password-2026";

    @Test
    void anEmployerSignsUpVerifiesItsAddressSignsInGetsItsCertificateAndIsStoppedWhenApplyingTwice() {
        for (String language : new String[] {"fr", "en"}) {
            // a person of this run only: the database is shared with the other tests of the context
            String nir = Situations.nir();
            signedUpAndSignedIn(language);
            assertThat(browser.driver.getCurrentUrl()).as("the applicant's home").endsWith("/postings/mine");
            assertThat(browser.driver.findElement(By.id("account-who")).getText()).contains("73282932000074");
            assertThat(browser.driver.findElements(By.id("no-requests"))).hasSize(1);
            checkPage(language);

            applyForPosting(language, "DE", nir, "2026-03-01", "2027-02-28");
            assertThat(browser.driver.findElement(By.cssSelector("main")).getText())
                    .containsIgnoringCase(language.equals("fr") ? "Accordée" : "Granted");
            checkPage(language);

            clickAndWaitForNextPage(By.id("to-account"));
            assertThat(browser.driver.findElements(By.cssSelector("#my-requests .certificate-link")))
                    .as("the certificate, downloadable without an access code").hasSize(1)
                    .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/postings/mine/certificates/"));
            String href = browser.driver.findElement(By.cssSelector("#my-requests .certificate-link")).getAttribute("href");
            String certificate = href.substring(href.lastIndexOf('/') + 1);
            checkPage(language);

            // the same person again, for part of the same period: stopped, with the certificate she already holds
            applyForPosting(language, "DE", nir, "2026-06-01", "2026-12-31");
            assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#start']")).getText())
                    .contains(certificate);
            assertThat(browser.driver.getTitle()).startsWith(language.equals("fr") ? "Erreur" : "Error");
            checkPage(language);
            signOut();
        }
    }

    /**
     * Signs up a new employer through the form, verifies its address with the link of the mail the SMTP server
     * caught, and signs in with the e-mail address; the browser is then on the page the sign-in leads to.
     */
    protected String signedUpAndSignedIn(String language) {
        String email = "employer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        open("/login?lang=" + language);
        checkPage(language);
        clickAndWaitForNextPage(By.id("signup-link"));
        checkPage(language);

        // a wrong SIRET key first: the labelled error summary, then the right one
        fill(Map.of("email", email, "password", PASSWORD, "passwordAgain", PASSWORD, "companyName",
                "Transports Dupont SA", "siret", "73282932000075"));
        clickAndWaitForNextPage(By.cssSelector("#signup-form button[type=submit]"));
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#siret']")).getText()).contains("SIRET");
        assertThat(browser.driver.getTitle()).startsWith(language.equals("fr") ? "Erreur" : "Error");
        checkPage(language);
        fill(Map.of("password", PASSWORD, "passwordAgain", PASSWORD, "siret", "732 829 320 00074"));
        clickAndWaitForNextPage(By.cssSelector("#signup-form button[type=submit]"));
        assertThat(browser.driver.findElements(By.id("signup-sent"))).hasSize(1);
        checkPage(language);

        // not verified yet: the right password is refused with a clear message
        signIn(email, language);
        assertThat(browser.driver.findElements(By.id("login-unverified"))).hasSize(1);
        checkPage(language);

        String link = verificationLink(email);
        browser.driver.get(link.replaceFirst("^https?://[^/]+", "http://localhost:" + port) + "&lang=" + language);
        checkPage(language);
        clickAndWaitForNextPage(By.id("verify"));
        assertThat(browser.driver.findElements(By.id("verified"))).hasSize(1);
        checkPage(language);

        signIn(email, language);
        return email;
    }

    /** Fills the posting request form for one employee posted from France, and submits it. */
    protected void applyForPosting(String language, String workState, String nir, String start, String end) {
        clickAndWaitForNextPage(By.id("new-request"));
        assertThat(browser.driver.findElement(By.id("employerName")).getAttribute("value"))
                .as("from the account").isEqualTo("Transports Dupont SA");
        assertThat(browser.driver.findElements(By.id("from-account"))).hasSize(1);
        checkPage(language);
        fill(Map.of("familyName", "Martin", "givenNames", "Claire", "birthDate", "1985-04-12", "identifier", nir,
                "employerId", "552100554", "workState", workState, "start", start, "end", end,
                "affiliatedSince", "2020-01-01"));
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    private void signIn(String email, String language) {
        open("/login?lang=" + language);
        browser.driver.findElement(By.id("username")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForNextPage(By.cssSelector("#login-form button[type=submit]"));
    }

    private void signOut() {
        browser.driver.manage().deleteAllCookies();
    }

    /** Sets the fields' values as a person would leave them (dates and selects included, whatever the locale). */
    private void fill(Map<String, String> values) {
        values.forEach((id, value) -> browser.driver.executeScript(
                "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + "e.dispatchEvent(new Event('change', {bubbles: true}));", id, value));
    }
}
