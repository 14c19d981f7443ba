package org.liaison.portal.web.simulators.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * Walks the simulator "Which country's social security covers me?" question by question to an answer, in French and
 * in English, as a reader would: one choice per page, checking each page's language, console and accessibility.
 */
class SimulatorBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
            "fr, Dans quel État habitez-vous ?, C’est la sécurité sociale de cet État qui vous couvre : France, Urssaf",
            "en, In which state do you live?, You are covered by the social security of this state: France, Urssaf"})
    void aPostedEmployeeWalksTheSimulatorToTheAnswerAndWhatToDoNext(String language, String firstQuestion,
                                                                     String answer, String body) {
        open("/simulators/applicable-legislation?lang=" + language);
        assertThat(heading()).isEqualTo(firstQuestion);

        choose("residence", "FR");
        pick("kind-EMPLOYED");
        pick("states-one");
        choose("work", "DE");
        pick("posted-yes");
        choose("from", "FR");
        checked();
        List.of("substantial-yes", "affiliated-yes", "replaces-no").forEach(this::click);
        next();
        type("start", "2026-03-01");
        type("end", "2027-10-31");
        checked();
        next();

        assertThat(heading()).isEqualTo(answer);
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(body).contains("883/2004");
        checked();
    }

    private void choose(String select, String value) {
        checked();
        new Select(browser.driver.findElement(By.id(select))).selectByValue(value);
        next();
    }

    private void pick(String radio) {
        checked();
        click(radio);
        next();
    }

    private void click(String radio) {
        browser.driver.findElement(By.cssSelector("label[for='" + radio + "']")).click();
    }

    private void type(String field, String date) {
        WebElement input = browser.driver.findElement(By.id(field));
        // typed digits land in a date input in the order of the browser's locale; setting the value does not depend on it
        browser.driver.executeScript("arguments[0].value = arguments[1]", input, date);
    }

    private void next() {
        clickAndWaitForNextPage(By.id("next"));
    }

    private void checked() {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isIn("fr", "en");
        assertThat(browser.consoleEntries()).as("console errors").filteredOn(e -> "SEVERE".equals(e.getLevel().getName()))
                .extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("serious or critical axe-core violations").isEmpty();
    }

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }
}
