package org.liaison.postings.web.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue #11 §4 in a real browser: an employer applies on the public form for a person and a period, then again for
 * the same person and period, and is stopped the second time with the first request's number (or its certificate's
 * once issued), on the start date, with an accessible error summary; in French and English.
 */
class SamePostingBrowserTests extends BrowserTest {

    private static final By SUBMIT = By.xpath("//form[contains(@action, '/postings/request')]//button[@type='submit']");

    @Test
    void theSecondRequestForTheSamePersonAndPeriodIsStoppedWithTheFirstsNumber() {
        for (String language : new String[] {"fr", "en"}) {
            String nir = Situations.nir();
            fill(language, nir, "2026-03-01", "2027-02-28");
            checkPage(language);
            assertThat(browser.driver.findElement(By.id("where-to-apply")).getText()).isNotBlank();
            clickAndWaitForNextPage(SUBMIT);
            String number = browser.driver.findElement(By.id("request-number")).getText().strip();
            var certificates = browser.driver.findElements(By.cssSelector("input[name=certificate]"));
            String existing = certificates.isEmpty() ? number : certificates.get(0).getAttribute("value");
            checkPage(language);

            // the same person typed in capitals, for part of the same period
            fill(language, nir, "2026-06-01", "2026-12-31");
            clickAndWaitForNextPage(SUBMIT);

            assertThat(browser.driver.findElement(By.id("start-error")).getText()).contains(existing);
            assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#start']")).getText()).contains(existing);
            assertThat(browser.driver.getTitle()).startsWith("fr".equals(language) ? "Erreur" : "Error");
            checkPage(language);
        }
    }

    private void fill(String language, String nir, String start, String end) {
        open("/postings/request?lang=" + language);
        Map<String, String> values = Map.ofEntries(Map.entry("familyName", "fr".equals(language) ? "Martin" : "MARTIN"),
                Map.entry("givenNames", "Claire"), Map.entry("birthDate", "1985-04-12"), Map.entry("identifier", nir),
                Map.entry("employerName", "Transports Dupont SA"), Map.entry("employerId", "552100554"),
                Map.entry("workState", "DE"), Map.entry("start", start), Map.entry("end", end),
                Map.entry("affiliatedSince", "2020-01-01"));
        // set through the DOM: a date input takes keystrokes in the browser's locale format
        values.forEach((id, value) -> ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value));
    }
}
