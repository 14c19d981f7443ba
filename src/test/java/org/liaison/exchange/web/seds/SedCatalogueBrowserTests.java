package org.liaison.exchange.web.seds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;

/**
 * A liaison officer signs in and reads the SED catalogue in French and English, filters it with the plain GET form
 * (no script needed) and opens one SED: every page passes axe-core with no serious or critical violation.
 */
class SedCatalogueBrowserTests extends BrowserTest {

    @Test
    void anOfficerReadsTheCatalogueAndOneSedInBothLanguages() {
        signInAs(Role.LIAISON_OFFICER);

        for (String language : new String[] {"fr", "en"}) {
            open("/exchange/seds?lang=" + language);
            checkPage(language);
        }
        open("/exchange/seds?lang=fr");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Catalogue des SED");
        browser.driver.findElement(By.id("q")).sendKeys("A00");
        browser.driver.findElement(By.cssSelector("label[for=withSchema]")).click();
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        String main = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("9 SED sur", "Notification de détachement").doesNotContain("P2000");
        clickAndWaitForNextPage(By.linkText("A009"));
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("$.legislation.postingState");
        checkPage("fr");
    }

}
