package org.liaison.portal.web.simulators.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #12 in a browser: the certificate question, its details page and the self-employed person's criteria are
 * readable and accessible (one heading, no console error, no serious axe-core violation), and lead to the answer.
 */
class SimulatorCertificateBrowserTests extends BrowserTest {

    private static final String POSTED_FROM_SPAIN = "/simulators/applicable-legislation?residence=FR&kind=EMPLOYED"
            + "&states=one&work=FR&posted=yes&from=ES&substantial=no&affiliated=yes&replaces=no";

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private void label(String forId) {
        browser.driver.findElement(By.cssSelector("label[for='" + forId + "']")).click();
    }

    @Test
    void aCertificateAlreadyHeldIsAskedThenItsIssuerAndTheAnswerFollowsIt() {
        open(POSTED_FROM_SPAIN + "&lang=en");
        checkPage("en");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Do you already hold an A1 certificate");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id("start")), "2007-01-01");
        browser.driver.executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id("end")), "2007-12-31");
        label("cert-yes");
        clickAndWaitForNextPage(By.id("next"));

        checkPage("en");
        assertThat(heading()).isEqualTo("Your certificate already issued");
        new Select(browser.driver.findElement(By.id("certFrom"))).selectByValue("ES");
        label("certKind-E101");
        clickAndWaitForNextPage(By.id("next"));

        checkPage("en");
        assertThat(heading()).isEqualTo("You are covered by the social security of this state: Spain");
    }

    @Test
    void aSelfEmployedPersonInSeveralStatesIsAskedTheCriteriaAccessibly() {
        open("/simulators/applicable-legislation?residence=FR&kind=SELF_EMPLOYED&states=several&count=2&lang=fr");
        checkPage("fr");
        assertThat(browser.driver.findElement(By.tagName("main")).getText())
                .contains("local professionnel fixe", "C’est depuis cet État que je veux mener mon activité");
    }
}
