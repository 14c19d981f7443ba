package org.liaison.portal.web.simulators.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * Walks the two benefit simulators as a reader would, in French and in English: a first try with a mistake, the
 * error summary linking the field, then the answer with its legal basis; each page checked for language, console and
 * accessibility.
 */
class BenefitSimulatorsBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Puis-je garder ma prestation française si je vis à l’étranger ?|Non : cette prestation ne peut pas vous être versée|Règl. (CE) 883/2004, art. 70(4) et annexe X (France)",
            "en|Can I keep my French benefit if I live abroad?|No: this benefit cannot be paid to you|Reg. (EC) 883/2004, Art. 70(4) and Annex X (France)"})
    void aPensionerAsksWhetherTheAspaFollowsHimToSpain(String language, String title, String answer, String basis) {
        open("/simulators/benefit-export?lang=" + language);
        assertThat(heading()).isEqualTo(title);
        checked();
        select("benefit", "ASPA");
        select("residence", "ES");
        submit("submit");
        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#date']")).isDisplayed()).isTrue();
        checked();

        type("date", "2025-03-01");
        submit("submit");
        assertThat(text("answer")).startsWith(answer);
        assertThat(main()).contains(basis);
        checked();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Quel État verse mes prestations familiales ?|C’est cet État qui verse en premier les prestations familiales : France|113,01 €|Règl. (CE) 883/2004, art. 68(2)",
            "en|Which state pays my family benefits?|This state pays the family benefits first: France|113.01 €|Reg. (EC) 883/2004, Art. 68(2)"})
    void parentsInFranceAndGermanyFindWhoPaysFirstAndTheSupplement(String language, String title, String answer, String supplement,
                                                                  String citation) {
        open("/simulators/family-benefits?lang=" + language);
        assertThat(heading()).isEqualTo(title);
        checked();
        submit("addChild");
        assertThat(browser.driver.findElements(By.id("child1"))).hasSize(1);
        checked();

        type("date", "2025-03-01");
        select("state0", "FR");
        select("ground0", "ACTIVITY");
        type("amount0", "141.99");
        select("state1", "DE");
        select("ground1", "RESIDENCE");
        type("amount1", "255.00");
        select("child0", "DE");
        select("child1", "DE");
        submit("submit");

        assertThat(text("answer")).isEqualTo(answer);
        assertThat(main()).contains(supplement).contains(citation).contains("CAF");
        checked();
    }

    private void select(String id, String value) {
        new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
    }

    private void type(String field, String value) {
        WebElement input = browser.driver.findElement(By.id(field));
        // a date input takes typed digits in the browser locale's order; setting the value does not depend on it
        browser.driver.executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private void submit(String id) {
        clickAndWaitForNextPage(By.id(id));
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private String main() {
        return browser.driver.findElement(By.tagName("main")).getText();
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
