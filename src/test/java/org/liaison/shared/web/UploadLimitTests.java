package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload above the configured limit (50 MB) through the real server: the multipart parsing fails inside the
 * security filters (the CSRF token is a form field), before any controller. The user must get a 413 page saying so,
 * not a server error.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration administration;

    @Test
    void anImportFileAboveTheLimitIsRefusedWith413AndAPageThatSaysWhy() throws Exception {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        String password = administration.create(new UserAdministration.NewUser(username, "Test admin", null, null,
                EnumSet.of(Role.ADMIN))).newPassword();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        token = csrf(http.send(get("/exchange/institutions/import?lang=en"), HttpResponse.BodyHandlers.ofString()).body());

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/exchange/institutions/import?lang=en"))
                .header("Content-Type", "multipart/form-data; boundary=LIAISON")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, 51 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("too large").contains("50 MB");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static byte[] multipart(String token, int fileBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileBytes + 1024);
        body.writeBytes(("--LIAISON\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--LIAISON\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nDELTA"
                + "\r\n--LIAISON\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ir.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] filler = new byte[fileBytes];
        Arrays.fill(filler, (byte) ' ');
        body.writeBytes(filler);
        body.writeBytes("\r\n--LIAISON--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
