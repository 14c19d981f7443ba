package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.CaseAccess;
import org.liaison.exchange.CaseOpening;
import org.liaison.exchange.ExchangeCase;
import org.liaison.exchange.ExchangeCases;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A liaison officer signs in and walks the exchange case pages in French and English (inbox, search, a case, the
 * SED form generated from its schema, a new case), then sends a form with a wrong date: every page is free of
 * console errors and of serious axe-core violations, and the error summary links to the field.
 */
class CaseBrowserTests extends BrowserTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    ExchangeCases cases;

    @Test
    void anOfficerFindsTheCasePagesAccessibleInBothLanguages() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new UserAdministration.NewUser(username, "Browser officer", null, null,
                EnumSet.of(Role.LIAISON_OFFICER))).newPassword();
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS", "DE:DVKA", "A001", A001, List.of()),
                CaseAccess.everything("browser-test"));

        open("/login?lang=fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/exchange/inbox?", "/exchange/cases?", "/exchange/cases/" + c.id() + "?",
                    "/exchange/cases/" + c.id() + "/compose?sed=A005&", "/exchange/cases/new?buc=LA_BUC_04&sed=A009&"}) {
                open(path + "lang=" + language);
                checkPage(language);
            }
        }
        open("/exchange/cases/" + c.id() + "/compose?sed=A005&lang=en");
        browser.driver.findElement(By.id("f-person-familyName")).sendKeys("Martin");
        clickAndWaitForNextPage(By.cssSelector("#content button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("error-summary")).getText()).contains("problem");
        checkPage("en");
    }

    private void checkPage(String language) {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.consoleEntries()).as("console errors on " + browser.driver.getCurrentUrl())
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("axe-core on " + browser.driver.getCurrentUrl()).isEmpty();
    }

    /** The catalogue's valid A001 (exception request, Reg. 883/2004 art. 16), as the SED opening the case. */
    private static final String A001 = read("exchange/seds/4.3/A001.valid.json");

    private static String read(String path) {
        try (var in = CaseBrowserTests.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
