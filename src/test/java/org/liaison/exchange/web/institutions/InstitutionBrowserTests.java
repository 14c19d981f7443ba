package org.liaison.exchange.web.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A liaison officer searches the institution repository in headless Chromium, in French then English, with the
 * plain GET form (no JavaScript needed), opens an institution, and finds every page free of serious axe-core
 * violations and console errors.
 */
class InstitutionBrowserTests extends BrowserTest {

    @Test
    void anOfficerSearchesTheRepositoryAndOpensAnInstitutionInBothLanguages() {
        signInAs(Role.LIAISON_OFFICER);

        for (String language : new String[] {"fr", "en"}) {
            open("/exchange/institutions?lang=" + language);
            checkPage(language);
            assertThat(browser.driver.findElements(By.cssSelector(".fr-pagination"))).isNotEmpty();

            browser.driver.findElement(By.id("q")).sendKeys("NAV");
            new Select(browser.driver.findElement(By.id("country"))).selectByValue("NO");
            new Select(browser.driver.findElement(By.id("buc"))).selectByValue("LA_BUC_04");
            clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            checkPage(language);
            String results = browser.driver.findElement(By.tagName("table")).getText();
            assertThat(results).contains("NO:889640782", "NO:NAVAT07");

            new Select(browser.driver.findElement(By.id("environment"))).selectByValue("PRODUCTION");
            clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains("NO:889640782")
                    .doesNotContain("NO:NAVAT07");

            clickAndWaitForNextPage(By.linkText("NO:889640782"));
            checkPage(language);
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Arbeids- og velferdsetaten");
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains(language.equals("fr") ? "Contrepartie" : "Counterparty");
        }
        // a bad filter answers 400 (which the console reports) with an error summary linked to the field
        open("/exchange/institutions?country=XX&lang=en");
        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains("EESSI");
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#country");
        assertThat(axe.seriousViolations(browser.driver)).as("axe-core on the error summary").isEmpty();
    }

    @Test
    void anAdministratorOpensTheRoutingPageInBothLanguagesAndSeesEveryProblemOfABadRule() {
        browser.driver.manage().deleteAllCookies();
        try {
            signInAs(Role.ADMIN);
            for (String language : new String[] {"fr", "en"}) {
                open("/exchange/routing?lang=" + language);
                checkPage(language);
                assertThat(browser.driver.findElement(By.cssSelector("#rules caption")).getText())
                        .contains(language.equals("fr") ? "Règles de routage" : "Routing rules");
                assertThat(browser.driver.findElement(By.id("rules")).getText()).contains("FR:CPAM75");
            }
            // a bad rule answers 400 (which the console reports) with an error summary linked to each field
            browser.driver.findElement(By.id("priority")).sendKeys("0");
            browser.driver.findElement(By.id("region")).sendKeys("999");
            clickAndWaitForNextPage(By.cssSelector("form[action$='/exchange/routing/rules'] button[type=submit]"));
            assertThat(browser.driver.findElements(By.cssSelector("#error-summary a")))
                    .extracting(a -> a.getAttribute("href").replaceAll(".*#", "#"))
                    .containsExactly("#priority", "#region", "#institution");
            assertThat(browser.driver.findElement(By.id("region")).getAttribute("value")).isEqualTo("999");
            assertThat(axe.seriousViolations(browser.driver)).as("axe-core on the routing error summary").isEmpty();
        } finally {
            browser.driver.manage().deleteAllCookies();
        }
    }

}
