package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
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



}
