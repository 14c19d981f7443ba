package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator signs in through the real login form in headless Chromium and uses the staff pages: they
 * must be as clean as the public ones (no console error, no serious or critical axe-core violation).
 */
class AdminPagesBrowserTests extends BrowserTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    OrganisationAdministration organisations;

    @Test
    void anAdministratorSignsInAndFindsTheStaffPagesAccessibleInBothLanguages() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new UserAdministration.NewUser(username, "Browser admin", null, null,
                EnumSet.of(Role.ADMIN))).newPassword();

        open("/login?lang=fr");
        checkPage("fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver.findElements(By.cssSelector("form[action='/logout']"))).isNotEmpty();

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/organisations", "/admin/audit"}) {
                open(path + "?lang=" + language);
                assertThat(browser.driver.getCurrentUrl()).as(path).contains(path);
                checkPage(language);
            }
        }
        open("/admin/audit?lang=en");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("LOGIN_SUCCEEDED", username);
    }




    @Test
    void anAgentRefusedAnAdministrationPageGetsAnAccessibleRefusedPageInBothLanguages() {
        String organisation = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisations.create(new Organisation(organisation, "Caisse du navigateur", OrganisationKind.FRENCH_INSTITUTION));
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String password = administration.create(new UserAdministration.NewUser(username, "Browser agent", null,
                organisation, EnumSet.of(Role.INSTITUTION_AGENT))).newPassword();
        open("/login?lang=fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));

        open("/partners?lang=fr");
        checkPage("fr");
        assertThat(browser.driver.findElement(By.cssSelector(".liaison-signed-in")).getText())
                .contains("Browser agent", "Caisse du navigateur");

        for (String language : new String[] {"fr", "en"}) {
            for (String path : new String[] {"/admin/users", "/postings/queue"}) {
                open(path + "?lang=" + language);
                checkErrorPage(language, 403);
                assertThat(browser.driver.getTitle()).startsWith("fr".equals(language) ? "Accès refusé" : "Access denied");
                assertThat(browser.driver.findElement(By.tagName("main")).getText())
                        .contains("Browser agent (Caisse du navigateur)");
                assertThat(browser.driver.findElements(By.cssSelector("main form[action='/logout'] button"))).hasSize(1);
            }
        }
    }
}
