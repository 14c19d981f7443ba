package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every form sent with mistakes, in French and in English (issue #11 §3): the page's title starts with "Erreur :" /
 * "Error:", the error summary takes the focus (autofocus, tabindex=-1), and each of its problems reads "Label :
 * message", links to an element of the page, and the label is the text of that input's label (or its group's legend).
 * In the spirit of {@link EveryPageResolvesItsMessagesTests}: every failure is reported at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryFormNamesItsErrorsTests {

    static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    static final Pattern ITEM = Pattern.compile("<li>\\s*<a href=\"#([^\"]+)\">([^<]*)</a>\\s*</li>");
    static final Pattern LABEL = Pattern.compile("<(label|legend)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;

    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void everyFormSentWithMistakesNamesEachFieldLinksToItAndSaysErrorInItsTitle() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String adminName = "forms-admin-" + suffix;
        users.create(new UserAdministration.NewUser(adminName, "Forms Admin", null, null, EnumSet.of(Role.ADMIN)));
        RequestPostProcessor admin = user(adminName).roles("ADMIN");

        // each form, sent as a person would send it with mistakes
        Map<String, Supplier<AbstractMockHttpServletRequestBuilder<?>>> forms = new LinkedHashMap<>();
        forms.put("new user", () -> post("/admin/users").param("username", "Not A Name").param("displayName", "")
                .param("email", "nope").with(csrf()).with(admin));
        forms.put("user edit", () -> post("/admin/users/" + adminName).param("displayName", "").param("email", "nope")
                .param("roles", "ADMIN").with(csrf()).with(admin));
        forms.put("organisation", () -> post("/admin/organisations").param("code", "not a code").param("name", "")
                .with(csrf()).with(admin));
        forms.put("API client", () -> post("/admin/api-clients").param("name", "X").param("lastDay", "1999-01-01")
                .with(csrf()).with(admin));
        forms.put("institution import", () -> multipart("/exchange/institutions/import").with(csrf()).with(admin));
        forms.put("routing rule", () -> post("/exchange/routing/rules").param("priority", "first").param("bucType", "NOPE")
                .param("region", "999").param("institution", "").with(csrf()).with(admin));
        forms.put("routing organisation", () -> post("/exchange/routing/organisations").param("organisationCode", "not a code")
                .param("institution", "").with(csrf()).with(admin));
        forms.put("export simulator", () -> get("/simulators/benefit-export").param("benefit", "NOPE")
                .param("residence", "").param("date", "2026-02-30"));
        forms.put("family simulator", () -> get("/simulators/family-benefits").param("action", "compute")
                .param("date", "2026-02-30").param("state0", "").param("ground0", ""));
        forms.put("pension simulator", () -> post("/simulators/pension-estimate").param("action", "estimate")
                .param("birthDate", "1960-02-30").param("periods[0].start", "bad").with(csrf()));
        forms.put("posting request", () -> post("/postings/request").param("familyName", " ").param("start", "2026-03-01")
                .param("end", "2025-02-28").with(csrf()));
        forms.put("healthcare simulator", () -> get("/simulators/healthcare-reimbursement").param("submitted", "1")
                .param("date", "2026-02-30"));
        forms.put("unemployment simulator", () -> get("/simulators/unemployment").param("submitted", "1")
                .param("residenceState", "FR").param("periods[0].state", "FR").param("periods[0].start", "2025-02-30"));

        List<String> failures = new ArrayList<>();
        for (var form : forms.entrySet()) {
            for (String language : List.of("fr", "en")) {
                String page = mvc.perform(form.getValue().get().param("lang", language)).andReturn().getResponse()
                        .getContentAsString();
                check(form.getKey() + " (" + language + ")", page, language, failures);
            }
        }
        assertThat(failures).as("forms whose errors do not name their fields").isEmpty();
    }

    /**
     * The step-by-step simulator asks one question a page: its answers are checked at the end, on a page without
     * inputs, so each problem names its question and links to the page asking it again, the other answers kept.
     */
    @Test
    void theStepByStepSimulatorNamesTheQuestionOfEachProblemAndLinksToIt() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String language : List.of("fr", "en")) {
            String page = mvc.perform(get("/simulators/applicable-legislation").param("residence", "FR")
                    .param("kind", "EMPLOYED").param("states", "one").param("work", "DE").param("posted", "yes")
                    .param("from", "FR").param("substantial", "yes").param("affiliated", "yes").param("replaces", "no")
                    .param("start", "2026-12-31").param("end", "2026-01-01").param("lang", language))
                    .andReturn().getResponse().getContentAsString();
            Matcher title = TITLE.matcher(page);
            assertThat(title.find()).isTrue();
            assertThat(title.group(1)).startsWith("fr".equals(language) ? "Erreur : " : "Error: ");
            String summary = page.substring(page.indexOf("id=\"error-summary\""));
            assertThat(summary).startsWith("id=\"error-summary\" tabindex=\"-1\" autofocus");
            Matcher item = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>").matcher(summary);
            assertThat(item.find()).as("a problem linked to its question").isTrue();
            assertThat(unescape(item.group(2))).startsWith("fr".equals(language)
                    ? "Pour quelle période ? : " : "For which period?: ");
            String again = unescape(item.group(1));
            assertThat(again).startsWith("/simulators/applicable-legislation?").contains("work=DE")
                    .doesNotContain("start=").doesNotContain("end=");
            // the link asks the dates again
            String asked = mvc.perform(get(again)).andReturn().getResponse().getContentAsString();
            assertThat(asked).contains("name=\"start\"");
        }
    }

    static void check(String form, String page, String language, List<String> failures) {
        Matcher title = TITLE.matcher(page);
        String expected = "fr".equals(language) ? "Erreur : " : "Error: ";
        if (!title.find() || !title.group(1).startsWith(expected)) {
            failures.add(form + ": the title does not start with \"" + expected + "\": "
                    + (title.find(0) ? title.group(1) : "no title"));
        }
        // the page's summary: error-summary, or a named one where a page has two forms (mapping-error-summary)
        Matcher found = Pattern.compile("id=\"(?:[a-z]+-)?error-summary\"").matcher(page);
        int at = found.find() ? found.start() : -1;
        if (at < 0) {
            failures.add(form + ": no error summary");
            return;
        }
        String opening = page.substring(page.lastIndexOf('<', at), page.indexOf('>', at));
        if (!opening.contains("tabindex=\"-1\"") || !opening.contains("autofocus")) {
            failures.add(form + ": the summary does not take the focus: " + opening);
        }
        String summary = page.substring(at, page.indexOf("</ul>", at));
        Map<String, String> labels = labels(page);
        Matcher item = ITEM.matcher(summary);
        int items = 0;
        while (item.find()) {
            items++;
            String target = item.group(1);
            String text = unescape(item.group(2));
            String separator = "fr".equals(language) ? " : " : ": ";
            int cut = text.indexOf(separator);
            if (!page.contains("id=\"" + target + "\"")) {
                failures.add(form + ": \"" + text + "\" links to #" + target + ", which is not on the page");
            }
            if (cut <= 0) {
                failures.add(form + ": \"" + text + "\" does not name a field (\"Label" + separator + "message\")");
                continue;
            }
            String label = text.substring(0, cut);
            if (labels.values().stream().noneMatch(l -> l.startsWith(label) || l.contains(label))) {
                failures.add(form + ": \"" + label + "\" (in \"" + text + "\") is the label of no input on the page");
            }
        }
        if (items == 0) {
            failures.add(form + ": the summary lists no linked problem: " + summary);
        }
    }

    /** The text of every label and legend of the page, tags removed. */
    static Map<String, String> labels(String page) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(page);
        int n = 0;
        while (m.find()) {
            labels.put(m.group(1) + n++, unescape(m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()));
        }
        return labels;
    }

    static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
