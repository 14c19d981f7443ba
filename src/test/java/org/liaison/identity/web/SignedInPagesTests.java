package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a signed-in person sees around their work, through the real server and its error dispatch (as a browser
 * asks: {@code Accept: text/html}, a session cookie): a refused page is a page of the site in their language saying
 * who they are and where to go, and the header names them, their organisation, and signs them out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignedInPagesTests {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    OrganisationAdministration organisations;

    record Page(int status, String contentType, String body) {
    }

    @Test
    void anAgentRefusedAnOfficerPageGetsTheRefusedPageInFrench() throws Exception {
        Session agent = signIn(Role.INSTITUTION_AGENT, "Camille Agent", "Caisse du refus");

        Page page = agent.get("/postings/queue");

        assertRefusedPage(page, "fr", "Accès refusé");
        assertThat(page.body()).contains("Vous êtes connecté en tant que Camille Agent (Caisse du refus).")
                .contains("Agent d&#39;institution")
                // the role the address needs, from the postings module's AccessRules (issue #11 §3)
                .contains("Cette page est réservée à :</span> <strong>Chargé de liaison (rôle : LIAISON_OFFICER)</strong>.")
                .doesNotContain("Cette page est réservée à d&#39;autres rôles.")
                .contains("href=\"/dashboard\"").contains("Se connecter avec un autre compte");
    }

    @Test
    void anAgentRefusedAnAdministrationPageGetsTheRefusedPageInEnglish() throws Exception {
        Session agent = signIn(Role.INSTITUTION_AGENT, "Camille Agent", "Caisse du refus");

        Page page = agent.get("/admin/users?lang=en");

        assertRefusedPage(page, "en", "Access denied");
        assertThat(page.body()).contains("You are signed in as Camille Agent (Caisse du refus).")
                .contains("Institution agent")
                .contains("This page is for:</span> <strong>Administrator (role: ADMIN)</strong>.")
                .doesNotContain("This page is for other roles.")
                .contains("Sign in with another account");
        // the language chosen is kept (cookie) for the next refusal
        assertRefusedPage(agent.get("/postings/queue"), "en", "Access denied");
    }

    @Test
    void anAddressNobodyDeclaredIsTheRefusedPageForASignedInUser() throws Exception {
        Session officer = signIn(Role.LIAISON_OFFICER, "Dominique Officer", null);

        Page page = officer.get("/nobody-declared-this");

        assertRefusedPage(page, "fr", "Accès refusé");
        assertThat(page.body()).contains("Vous êtes connecté en tant que Dominique Officer.")
                // no module declared it: no role opens it, and the page does not pretend one does
                .doesNotContain("id=\"required-roles\"");
    }

    @Test
    void theApiStillAnswersARefusalWithAProblem() throws Exception {
        Session agent = signIn(Role.INSTITUTION_AGENT, "Camille Agent", "Caisse du refus");

        Page page = agent.get("/api/v1/audit/verification");

        // the API chain authenticates no session: a browser's cookie gives a 401 problem, never a page
        assertThat(page.status()).isIn(401, 403);
        assertThat(page.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSignedInPageNamesTheUserAndTheirOrganisationAndSignsOutWithAPost() throws Exception {
        Session agent = signIn(Role.INSTITUTION_AGENT, "Camille Agent", "Caisse du refus");

        Page page = agent.get("/partners");

        assertThat(page.status()).isEqualTo(200);
        String header = page.body().substring(page.body().indexOf("<header"), page.body().indexOf("</header>"));
        assertThat(header).contains("Connecté en tant que").contains("Camille Agent").contains("Caisse du refus")
                .doesNotContain(">Se connecter<");
        assertThat(header).containsPattern("(?s)<form action=\"/logout\" method=\"post\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void anAnonymousPageOffersToSignIn() throws Exception {
        Page page = new Session().get("/partners");

        String header = page.body().substring(page.body().indexOf("<header"), page.body().indexOf("</header>"));
        assertThat(header).contains(">Se connecter<").doesNotContain("Connecté en tant que")
                .doesNotContain("action=\"/logout\"");
    }

    private static void assertRefusedPage(Page page, String language, String title) {
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("\"status\":403")
                .contains("<html lang=\"" + language + "\"")
                .containsPattern("<title>" + title + " — ")
                .contains("<main role=\"main\"").contains("<header role=\"banner\"").contains("<footer");
    }

    private Session signIn(Role role, String name, String organisationName) throws Exception {
        String organisation = null;
        if (organisationName != null) {
            organisation = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            organisations.create(new Organisation(organisation, organisationName, OrganisationKind.FRENCH_INSTITUTION));
        }
        String username = "signed-in-" + UUID.randomUUID().toString().substring(0, 8);
        String password = users.create(new UserAdministration.NewUser(username, name, null, organisation,
                EnumSet.of(role))).newPassword();
        Session session = new Session();
        Page login = session.get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = session.client.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's cookies: the session and the chosen language. */
    private final class Session {

        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        URI uri(String pathAndQuery) {
            return URI.create("http://localhost:" + port + pathAndQuery);
        }

        Page get(String pathAndQuery) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(pathAndQuery))
                    .header("Accept", BROWSER_ACCEPT).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }
}
