package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.liaison.LiaisonApplication;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port and one headless Chromium per test class, with axe-core at hand. Same context
 * configuration as the other full-context tests, so the application starts once for the whole suite.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAdministration users;

    public Browser browser;
    public Axe axe;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
        axe = new Axe();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Clicks something that loads another page (a submit button, a link) and waits until that page has replaced the
     * current one, so that nothing is read from the page being left.
     */
    protected void clickAndWaitForNextPage(By target) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(target).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(driver -> replaced(page));
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(driver ->
                "complete".equals(browser.driver.executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page was replaced. Chromium sometimes answers "does not belong to the document" instead
     * of a stale reference when the page is being swapped; both mean the old page is gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Creates a staff user with this role and signs in as them, through the French sign-in page. */
    protected void signInAs(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = users.create(new UserAdministration.NewUser(username, "Browser " + role.name(), null, null,
                EnumSet.of(role))).newPassword();
        open("/login?lang=fr");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Opens a page of the application, forgetting the console entries of the previous one. */
    protected void open(String pathAndQuery) {
        browser.consoleEntries();
        browser.driver.get("http://localhost:" + port + pathAndQuery);
    }

    /**
     * The page is in the expected language with one main heading, logged no console error and has no serious or
     * critical axe-core violation.
     */
    protected void checkPage(String language) {
        checkPage(language, 0);
    }

    /**
     * {@link #checkPage(String)} for an error page the server answered with this status: Chromium logs the page's own
     * status as a console error, and only that entry is expected.
     */
    protected void checkErrorPage(String language, int status) {
        checkPage(language, status);
    }

    private void checkPage(String language, int status) {
        String page = browser.driver.getCurrentUrl();
        String ownStatus = page + " - Failed to load resource: the server responded with a status of " + status + " ";
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.consoleEntries()).as("console errors on " + page)
                .filteredOn(e -> "SEVERE".equals(e.getLevel().getName())).extracting(LogEntry::getMessage)
                .filteredOn(message -> status == 0 || !message.startsWith(ownStatus)).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("axe-core on " + browser.driver.getCurrentUrl()).isEmpty();
    }
}
