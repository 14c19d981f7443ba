package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages under the content security policy in Chromium: DSFR's script runs (it marks the page with
 * {@code data-fr-js}), Swagger UI draws the API, and the browser reports no blocked script, style or image (a
 * violation is a console error).
 */
class ContentSecurityPolicyBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=fr", "/login", "/postings/request", "/certificates/verify", "/simulators"})
    void dsfrRunsUnderThePolicyWithoutViolations(String path) {
        open(path);

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver ->
                "true".equals(browser.driver.findElement(By.tagName("html")).getAttribute("data-fr-js")));
        assertThat(browser.consoleEntries()).as("console errors on " + path)
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage).isEmpty();
    }

    @Test
    void swaggerUiDrawsTheApiUnderThePolicyWithoutViolations() {
        open("/swagger-ui.html");

        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver ->
                !browser.driver.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        assertThat(browser.consoleEntries()).as("console errors on Swagger UI")
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage).isEmpty();
    }
}
