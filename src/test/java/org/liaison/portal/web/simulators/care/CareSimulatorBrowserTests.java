package org.liaison.portal.web.simulators.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * Walks the national contact point's simulator "Care abroad: how much is reimbursed?" in French and in English, as
 * a reader would: a first try with a mistake, the error summary, the corrected form, then the answer, checking each
 * page's language, console and accessibility (axe-core).
 */
class CareSimulatorBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Soins à l’étranger : quel remboursement ?|Le formulaire contient une erreur|Voie la plus favorable : formulaire S2 (soins programmés autorisés)|600,00 €|Tarif de démonstration",
            "en|Care abroad: how much is reimbursed?|The form has one error|More favourable route: form S2 (authorised planned care)|€600.00|Demo tariff"})
    void aPatientWithAnS2ComputesTheReimbursementOfAPlannedStayInBelgium(String language, String title, String errors,
                                                                          String preferred, String complement,
                                                                          String demo) {
        open("/simulators/healthcare-reimbursement?lang=" + language);
        assertThat(heading()).isEqualTo(title);
        checked();

        new Select(browser.driver.findElement(By.id("treatmentState"))).selectByValue("BE");
        click("planned-true");
        click("kind-HOSPITAL_STAY");
        click("s2Authorised-true");
        new Select(browser.driver.findElement(By.id("actCode"))).selectByValue("HOSP_DEMO_A");
        date("date", "2026-03-10");
        type("hostStatutoryRefund", "2000");
        calculate();

        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains(errors);
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#invoice");
        checked();

        type("invoice", "3000");
        calculate();

        assertThat(browser.driver.findElement(By.id("preferred")).getText()).isEqualTo(preferred);
        assertThat(browser.driver.findElement(By.id("amounts")).getText()).contains(complement);
        assertThat(browser.driver.findElement(By.id("demo-label")).getText()).containsIgnoringCase(demo);
        assertThat(browser.driver.findElement(By.id("basis")).getText()).contains("883/2004", "2011/24");
        checked();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Chômeur après avoir travaillé dans plusieurs États|L’État qui verse les prestations : France|5 mois",
            "en|Unemployed after working in several states|The state that pays the benefits: France|5 months"})
    void aFrontierWorkerAddsAPeriodAndSeesWhoPaysAndTheReimbursement(String language, String title, String paying,
                                                                      String months) {
        open("/simulators/unemployment?lang=" + language);
        assertThat(heading()).isEqualTo(title);
        checked();

        new Select(browser.driver.findElement(By.id("lastActivityState"))).selectByValue("LU");
        click("frontierWorker-true");
        date("date", "2026-01-05");
        new Select(browser.driver.findElement(By.id("periods[0].state"))).selectByValue("LU");
        date("periods[0].start", "2023-01-01");
        date("periods[0].end", "2025-06-30");
        clickAndWaitForNextPage(By.id("add-row"));
        checked();

        new Select(browser.driver.findElement(By.id("periods[1].state"))).selectByValue("LU");
        date("periods[1].start", "2025-07-01");
        date("periods[1].end", "2026-01-04");
        type("monthlyBenefitPaid", "1500");
        type("monthlyBenefitLastState", "1800");
        calculate();

        assertThat(browser.driver.findElement(By.id("paying")).getText()).isEqualTo(paying);
        assertThat(browser.driver.findElement(By.id("reimbursement")).getText()).contains(months);
        checked();
    }

    private void click(String radio) {
        browser.driver.findElement(By.cssSelector("label[for='" + radio + "']")).click();
    }

    private void type(String field, String text) {
        WebElement input = browser.driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private void date(String field, String date) {
        // typed digits land in a date input in the order of the browser's locale; setting the value does not depend on it
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id(field)), date);
    }

    private void calculate() {
        clickAndWaitForNextPage(By.id("calculate"));
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
