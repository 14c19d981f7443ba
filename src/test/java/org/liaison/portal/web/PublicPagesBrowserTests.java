package org.liaison.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.shared.web.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every public page in headless Chromium, in French and in English, and checks what a reader gets: the
 * page's language, its heading, a console without errors, and no serious or critical axe-core violation.
 */
class PublicPagesBrowserTests extends BrowserTest {

    /** A public page and a piece of its heading in each language. */
    record Page(String path, String frenchHeading, String englishHeading) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/", "Liaison, la coordination des sécurités sociales", "Liaison, coordinating social security systems"),
            new Page("/legal-notice", "Mentions légales", "Legal notice"),
            new Page("/personal-data", "Données personnelles", "Personal data"),
            new Page("/accessibility", "Déclaration d'accessibilité", "Accessibility statement"),
            new Page("/partners", "partenaires", "Partner states"),
            new Page("/partners/DE", "Allemagne", "Germany"),
            new Page("/timeline", "Dates clés", "Key dates"),
            new Page("/simulators", "Simulateurs : vos droits quand vous bougez", "Simulators: your rights when you move"));

    static Stream<Arguments> pagesInBothLanguages() {
        return PAGES.stream().flatMap(page -> Stream.of(Arguments.of(page, "fr"), Arguments.of(page, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothLanguages")
    void eachPublicPageIsInTheRightLanguageWithoutConsoleErrorsOrSeriousAccessibilityViolations(Page page, String language) {
        open(page.path() + "?lang=" + language);

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        String expectedHeading = "fr".equals(language) ? page.frenchHeading() : page.englishHeading();
        assertThat(heading()).contains(expectedHeading);
        assertThat(browser.consoleEntries()).as("console errors").filteredOn(e -> "SEVERE".equals(e.getLevel().getName()))
                .extracting(LogEntry::getMessage).isEmpty();
        assertThat(axe.seriousViolations(browser.driver)).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theLanguageSwitchShowsTheSamePageWithTheSameQueryInTheOtherLanguage() {
        open("/legal-notice?lang=fr&section=hosting");

        clickAndWaitForNextPage(By.cssSelector(".fr-header__tools-links a[hreflang=en]"));

        assertThat(browser.driver.getCurrentUrl()).endsWith("/legal-notice?section=hosting&lang=en");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(heading()).isEqualTo("Legal notice");
    }

    @Test
    void theNavigationMarksTheCurrentPageAndOpensAsAMenuOnSmallScreens() {
        try {
            browser.driver.manage().window().setSize(new Dimension(400, 800));
            open("/?lang=fr");
            WebElement home = browser.driver.findElement(By.cssSelector("#header-navigation a[href='/']"));
            assertThat(home.getAttribute("aria-current")).isEqualTo("page");
            assertThat(home.isDisplayed()).isFalse();

            browser.driver.findElement(By.id("header-menu-button")).click();

            new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(home));
            assertThat(browser.driver.findElement(By.cssSelector(".fr-header__menu-links a[hreflang=en]")).isDisplayed())
                    .as("the language switch is copied into the menu").isTrue();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anUnknownPageShowsTheNotFoundPageWithAWayBack() {
        open("/partners/FR/no/such/page?lang=en");

        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.driver.findElement(By.cssSelector("main a.fr-btn[href='/']")).getText()).isEqualTo("Home page");
        assertThat(axe.seriousViolations(browser.driver)).isEmpty();
    }

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }
}
