package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * One language per page (issue #11 §3): a text known in one language only is shown on a page of the other language
 * only inside an element saying its language ({@code lang}), so that a screen reader reads it with the right voice.
 * The known texts are data written in one language: the English routing notes V3_6 shipped (French since V4_8), and
 * the routing notes and the registry's legal references as they are now, which are French and must carry
 * {@code lang="fr"} on English pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OneLanguagePerPageTests {

    /** English-only texts a French page once showed as they were (the demo routing notes of V3_6). */
    static final List<String> ENGLISH_ONLY = List.of("agricultural scheme, any BUC", "pensions: the national old-age fund",
            "horizontal exchange, Paris", "applicable legislation, elsewhere", "family benefits, elsewhere");

    /**
     * French-only texts an English page shows: the routing notes (French since V4_8) and an instrument's legal
     * reference as the Journal officiel cites it (the registry's {@code legal_reference}).
     */
    static final List<String> FRENCH_ONLY = List.of("régime agricole, tout BUC", "échange horizontal, Paris",
            "prestations familiales, ailleurs", "Règlement (CE) n° 883/2004 du 29 avril 2004");

    static final List<String> PAGES = List.of("/exchange/routing", "/exchange/inbox", "/exchange/cases", "/dashboard",
            "/partners/DE");

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;

    @Test
    void aTextInOneLanguageIsShownOnThePagesOfTheOtherOnlyWithItsLanguage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String name = "languages-" + System.nanoTime() % 1_000_000;
        users.create(new UserAdministration.NewUser(name, "Languages", null, null, EnumSet.of(Role.LIAISON_OFFICER)));
        RequestPostProcessor officer = user(name).roles("LIAISON_OFFICER");

        List<String> failures = new ArrayList<>();
        int frenchSeen = 0;
        for (String path : PAGES) {
            String french = mvc.perform(get(path).param("lang", "fr").with(officer)).andReturn().getResponse()
                    .getContentAsString();
            String english = mvc.perform(get(path).param("lang", "en").with(officer)).andReturn().getResponse()
                    .getContentAsString();
            for (String text : ENGLISH_ONLY) {
                failures.addAll(unmarked(path + "?lang=fr", french, text, "en"));
            }
            for (String text : FRENCH_ONLY) {
                frenchSeen += english.contains(text) ? 1 : 0;
                failures.addAll(unmarked(path + "?lang=en", english, text, "fr"));
            }
        }
        assertThat(frenchSeen).as("the routing notes are on the English routing page").isPositive();
        assertThat(failures).as("texts shown without their language").isEmpty();
    }

    /** Each occurrence of the text whose element does not say {@code lang="language"}. */
    static List<String> unmarked(String page, String html, String text, String language) {
        List<String> found = new ArrayList<>();
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            String element = html.substring(html.lastIndexOf('<', at), at);
            if (!element.matches("(?s)<[a-z][^>]*\\blang=\"" + language + "\"[^>]*>\\s*")) {
                found.add(page + ": \"" + text + "\" without lang=\"" + language + "\" (in " + element.strip() + ")");
            }
        }
        return found;
    }
}
