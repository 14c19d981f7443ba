package org.liaison.exchange.web.bucs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * A liaison officer signs in and reads the BUC definitions in French and English: the list by sector, the version
 * switch (a plain GET form) and one BUC's page, each without console error or serious axe-core violation.
 */
class BucPagesBrowserTests extends BrowserTest {

    @Test
    void anOfficerReadsTheBucDefinitionsInBothLanguages() {
        signInAs(Role.LIAISON_OFFICER);

        open("/exchange/bucs?lang=fr");
        checkPage("fr", "Cas d’usage métier (BUC)");
        new Select(browser.driver.findElement(By.id("version"))).selectByValue("4.2");
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver.getCurrentUrl()).contains("version=4.2");
        checkPage("fr", "Cas d’usage métier (BUC)");
        clickAndWaitForNextPage(By.linkText("LA_BUC_01"));
        checkPage("fr", "LA_BUC_01 — Demande d’exception (accord au titre de l’article 16)");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("A011", "X001", "4.2");

        open("/exchange/bucs?lang=en");
        checkPage("en", "Business use cases (BUCs)");
        open("/exchange/bucs/P_BUC_01?lang=en");
        checkPage("en", "P_BUC_01 — Old-age pension claim");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("10,000 days");
    }

    private void checkPage(String language, String heading) {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver.findElements(By.tagName("h1"))).singleElement()
                .satisfies(h1 -> assertThat(h1.getText()).isEqualTo(heading));
        assertThat(browser.consoleEntries()).as("console errors on " + browser.driver.getCurrentUrl())
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("axe-core on " + browser.driver.getCurrentUrl()).isEmpty();
    }
}
