package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ShellTests {

    @Test
    void theLanguageSwitchKeepsThePathAndTheQueryAndReplacesTheLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/partners");
        request.setQueryString("branch=family&lang=fr&instrument=eu");

        Shell shell = Shell.of(request, Locale.FRENCH);

        assertThat(shell.language()).isEqualTo("fr");
        assertThat(shell.switchLanguageHref()).isEqualTo("/partners?branch=family&instrument=eu&lang=en");
    }

    @Test
    void anEnglishPageOffersFrench() {
        Shell shell = Shell.of(new MockHttpServletRequest("GET", "/"), Locale.ENGLISH);

        assertThat(shell.switchLanguageHref()).isEqualTo("/?lang=fr");
    }

    @Test
    void anErrorPageSwitchesLanguageOnTheFailedPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/partners/XX");

        assertThat(Shell.of(request, Locale.FRENCH).switchLanguageHref()).isEqualTo("/partners/XX?lang=en");
    }

    @Test
    void theSwitchNeverPointsAtAnotherHost() {
        assertThat(Shell.of(new MockHttpServletRequest("GET", "//evil.example/x"), Locale.FRENCH).switchLanguageHref())
                .isEqualTo("/evil.example/x?lang=en");
    }

    @Test
    void theNavigationMarksThePageItselfAndTheSectionAboveIt() {
        Shell partnerPage = Shell.of(new MockHttpServletRequest("GET", "/partners/DE"), Locale.FRENCH);

        assertThat(partnerPage.current("/partners/DE")).isEqualTo("page");
        assertThat(partnerPage.current("/partners")).isEqualTo("true");
        assertThat(partnerPage.current("/")).isNull();
        assertThat(partnerPage.current("/timeline")).isNull();
    }
}
