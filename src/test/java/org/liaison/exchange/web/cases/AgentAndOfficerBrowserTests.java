package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The people at work in headless Chromium, in French and English, axe-core on every page (issue #11, "Tests and
 * evidence"): an institution agent reads an incoming SED and replies with the prefilled form; an officer lands on
 * the dashboard; a user without the role gets the refused page naming the role.
 */
class AgentAndOfficerBrowserTests extends BrowserTest {

    @Autowired
    ExchangeCases cases;
    @Autowired
    NodeReceiver node;
    @Autowired
    ExchangeClock clock;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    MessageSource messages;

    @Test
    void anAgentOpensAnIncomingCaseReadsTheSedAndItsJsonAndRepliesWithThePrefilledForm() {
        // CPAM-PARIS maps to FR:CPAM75, where the routing rules send an H001 for a Paris resident (CaseApiTests)
        organisations.create(new Organisation("CPAM-PARIS", "CPAM de Paris", OrganisationKind.FRENCH_INSTITUTION));
        signIn(Role.INSTITUTION_AGENT, "CPAM-PARIS");

        for (String language : new String[] {"fr", "en"}) {
            String family = "fr".equals(language) ? "Dubreuil" : "Lindqvist";
            String caseId = incomingH001(family);

            open("/exchange/inbox?lang=" + language);
            checkPage(language);
            WebElement row = browser.driver.findElement(By.xpath("//tr[.//a[text()='" + caseId + "']]"));
            assertThat(row.getText()).as("the inbox names the person").contains(family + " Solène");
            clickAndWaitForNextPage(By.linkText(caseId));
            assertThat(browser.driver.findElement(By.id("case-person")).getText()).isEqualTo(family + " Solène");
            checkPage(language);

            // the received SED opens in the readable view, its JSON one click away
            clickAndWaitForNextPage(By.cssSelector("main table a[href*='/seds/']"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(family);
            checkPage(language);
            WebElement raw = browser.driver.findElement(By.cssSelector("main details"));
            raw.findElement(By.tagName("summary")).click();
            assertThat(raw.findElement(By.tagName("pre")).getText()).contains("\"H001\"").contains(family);
            checkPage(language);

            // reply: the form comes prefilled with the person and the case ids
            clickAndWaitForNextPage(By.cssSelector("main a[href*='compose'][href*='sed=H002']"));
            assertThat(browser.driver.findElement(By.id("f-person-familyName")).getAttribute("value")).isEqualTo(family);
            checkPage(language);
            // the answer itself is the agent's to write: sent without it, the summary asks for it by name
            clickAndWaitForNextPage(By.id("send"));
            assertThat(browser.driver.getTitle()).startsWith("fr".equals(language) ? "Erreur : " : "Error: ");
            assertThat(browser.driver.findElements(By.cssSelector("#error-summary a[href='#f-horizontal-answer']")))
                    .hasSize(1);
            assertThat(browser.driver.findElement(By.id("f-person-familyName")).getAttribute("value")).isEqualTo(family);
            checkPage(language);
            browser.driver.findElement(By.id("f-horizontal-answer")).sendKeys("Affiliation confirmée / affiliation confirmed");
            clickAndWaitForNextPage(By.id("send"));
            checkPage(language);
            assertThat(cases.find(caseId, CaseAccess.everything("browser-test")).seds())
                    .extracting(sed -> sed.type()).containsExactly("H001", "H002");
        }
    }

    @Test
    void anOfficerSignsInAndLandsOnTheDashboardWithTheQueuesAndDeadlines() {
        signIn(Role.LIAISON_OFFICER, null);
        assertThat(browser.driver.getCurrentUrl()).as("the landing page after sign-in").contains("/dashboard");

        for (String language : new String[] {"fr", "en"}) {
            open("/dashboard?lang=" + language);
            checkPage(language);
            List<String> tiles = browser.driver.findElements(By.cssSelector("main .fr-tile__title a")).stream()
                    .map(WebElement::getText).toList();
            Locale locale = Locale.forLanguageTag(language);
            assertThat(tiles).as("the officer's tiles").contains(
                    messages.getMessage("postings.dashboard.queue", null, locale),
                    messages.getMessage("cases.dashboard.queue", null, locale),
                    messages.getMessage("cases.dashboard.due", null, locale));
            assertThat(browser.driver.findElements(By.cssSelector("main .fr-tile__title a"))).extracting(a -> a.getAttribute("href"))
                    .anyMatch(h -> h.endsWith("/postings/queue")).anyMatch(h -> h.contains("/exchange/cases?queue=true"));
        }
    }

    @Test
    void aUserWithoutTheRoleGetsTheRefusedPageNamingTheRoleInTheirLanguage() {
        signIn(Role.TRANSLATOR, null);

        for (String language : new String[] {"fr", "en"}) {
            open("/postings/queue?lang=" + language);
            checkErrorPage(language, 403);
            Locale locale = Locale.forLanguageTag(language);
            assertThat(browser.driver.getTitle()).startsWith(messages.getMessage("error.403.title", null, locale));
            assertThat(browser.driver.findElement(By.id("required-roles")).getText())
                    .contains(messages.getMessage("identity.role.LIAISON_OFFICER", null, locale))
                    .contains("LIAISON_OFFICER");
            assertThat(browser.driver.findElements(By.cssSelector("main a[href$='/dashboard']"))).isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("main form[action$='/logout'] button"))).isNotEmpty();
        }
    }

    /** Germany's DVKA asks the liaison body with an H001 for a Paris resident; the case id. */
    private String incomingH001(String family) {
        return IncomingH001.receive(node, IncomingH001.about(family, "Solène"), clock.today(), clock.instant());
    }

    /** Signs in through the real form as a new user with this role and organisation. */
    private void signIn(Role role, String organisation) {
        String username = "h4-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = users.create(new UserAdministration.NewUser(username, "Camille Browser", null, organisation,
                EnumSet.of(role))).newPassword();
        open("/login?lang=fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }
}
