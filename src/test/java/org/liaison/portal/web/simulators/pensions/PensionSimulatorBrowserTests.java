package org.liaison.portal.web.simulators.pensions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * Walks the pension simulator as a reader would, in French and in English: two periods, a third added and removed,
 * the example rule the new country gets, then the estimate; each page checked for its language, console and axe-core.
 */
class PensionSimulatorBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Estimer sa retraite après une carrière dans plusieurs pays|Exemple|Estimation :|Pays-Bas",
            "en|Estimate your pension after a career in several countries|Example|Estimate: €|Netherlands"})
    void aPersonEntersACareerInTwoCountriesAndGetsTheEstimateWithItsLegalBasis(String language, String title,
                                                                              String example, String answer,
                                                                              String netherlands) {
        open("/simulators/pension-estimate?lang=" + language);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        checked();

        type("p0-start", "1985-01-01");
        type("p0-end", "2014-12-31");
        new Select(browser.driver.findElement(By.id("p1-state"))).selectByValue("NL");
        type("p1-start", "2015-01-01");
        type("p1-end", "2024-12-31");
        clickAndWaitForNextPage(By.id("add"));
        assertThat(browser.driver.findElements(By.id("p2-state"))).hasSize(1);
        checked();
        clickAndWaitForNextPage(By.id("remove-2"));
        assertThat(browser.driver.findElements(By.id("p2-state"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("p1-start")).getAttribute("value")).isEqualTo("2015-01-01");

        assertThat(browser.driver.findElement(By.id("rule-NL")).getText()).contains(netherlands)
                .containsIgnoringCase(example);

        clickAndWaitForNextPage(By.id("estimate"));

        assertThat(browser.driver.findElement(By.id("answer-heading")).getText()).startsWith(answer);
        assertThat(browser.driver.findElement(By.id("state-NL")).getText()).contains("600").contains("883/2004");
        assertThat(browser.driver.findElement(By.id("notice")).getText()).isNotBlank();
        checked();
    }

    private void type(String field, String value) {
        WebElement input = browser.driver.findElement(By.id(field));
        // typed digits land in a date input in the order of the browser's locale; setting the value does not depend on it
        browser.driver.executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private void checked() {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isIn("fr", "en");
        assertThat(browser.consoleEntries()).as("console errors").filteredOn(e -> "SEVERE".equals(e.getLevel().getName()))
                .extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("serious or critical axe-core violations").isEmpty();
    }
}
