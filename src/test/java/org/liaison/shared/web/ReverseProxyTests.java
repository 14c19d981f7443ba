package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.coordination.Situations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Liaison behind a TLS reverse proxy, through the real server (Tomcat's valves do not run under MockMvc). The test
 * profile trusts 127.0.0.2 only (application-test.properties): requests sent from that address stand for the proxy's,
 * requests from 127.0.0.3 for a stranger writing the same headers. Each test uses client addresses of its own, so
 * that the rate limits it exhausts are nobody else's.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReverseProxyTests {

    static final String PROXY = "127.0.0.2";
    static final String STRANGER = "127.0.0.3";
    static final String SUBMISSIONS = "/api/v1/posting-requests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void throughTheTrustedProxyAnHttpsRequestGetsHstsSecureCookiesAndTheForwardedHost() throws IOException {
        Answer login = send(PROXY, "GET", "/login", Map.of("X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "liaison.example"), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(login.cookie("JSESSIONID")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));

        Answer english = send(PROXY, "GET", "/?lang=en", Map.of("X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https"), null);
        assertThat(english.cookie("liaison-lang")).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; Secure"));

        Answer toLogin = send(PROXY, "GET", "/postings", Map.of("X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "liaison.example"), null);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).contains("https://liaison.example/login");
    }

    @Test
    void theStandardForwardedHeaderOfTheTrustedProxyIsReadToo() throws IOException {
        Answer toLogin = send(PROXY, "GET", "/postings",
                Map.of("Forwarded", "for=198.51.100.9;proto=https;host=liaison.example"), null);

        assertThat(toLogin.header("Strict-Transport-Security")).isPresent();
        assertThat(toLogin.header("Location")).contains("https://liaison.example/login");
    }

    @Test
    void aStrangersForwardingHeadersAreIgnored() throws IOException {
        Map<String, String> claims = Map.of("X-Forwarded-For", "203.0.113.8", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example", "Forwarded", "for=203.0.113.8;proto=https;host=evil.example");

        Answer login = send(STRANGER, "GET", "/login", claims, null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(login.cookie("JSESSIONID")).hasValueSatisfying(c -> assertThat(c).doesNotContainIgnoringCase("secure"));

        Answer toLogin = send(STRANGER, "GET", "/postings", claims, null);
        assertThat(toLogin.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .doesNotContain("evil.example").doesNotStartWith("https:"));
    }

    @Test
    void throughTheProxyEachClientHasItsOwnAllowanceAndAnAddressWrittenByTheClientIsNotBelieved() throws IOException {
        String a = "203.0.113.21";
        String b = "203.0.113.22";
        for (int i = 0; i < 20; i++) {
            assertThat(submitEmpty(PROXY, a).status()).as("submission %d of client A", i + 1).isEqualTo(400);
        }
        Answer refused = submitEmpty(PROXY, a);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(refused.body()).contains("too-many-submissions");

        assertThat(submitEmpty(PROXY, b).status()).as("client B behind the same proxy").isEqualTo(400);
        // client A writes an address of its choice; the proxy appends the one it saw: the rightmost untrusted counts
        assertThat(submitEmpty(PROXY, "198.51.100.77, " + a).status()).isEqualTo(429);
    }

    @Test
    void fromAStrangerTheAllowanceIsCountedPerConnectionWhateverItClaims() throws IOException {
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = submitEmpty(STRANGER, "203.0.113." + (100 + i)).status();
        }
        assertThat(status).as("the stranger's 21st submission, each with another claimed address").isEqualTo(429);
    }

    @Test
    void theAuditTrailRecordsTheForwardedClientsAddress() throws IOException {
        String body = Situations.submission(Situations.posting("BE", "2026-03-01", "2026-12-31", "null", false));
        Answer created = send(PROXY, "POST", SUBMISSIONS, Map.of("X-Forwarded-For", "203.0.113.40",
                "Content-Type", "application/json"), body);
        assertThat(created.status()).isEqualTo(201);
        String number = created.body().replaceAll("(?s).*\"number\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        assertThat(jdbc.queryForList("select origin from audit_entry where action = 'POSTING_REQUEST_SUBMITTED' "
                + "and object_id = ?", String.class, number)).containsExactly("203.0.113.40");
    }

    private Answer submitEmpty(String from, String forwardedFor) throws IOException {
        return send(from, "POST", SUBMISSIONS, Map.of("X-Forwarded-For", forwardedFor,
                "Content-Type", "application/json"), "{}");
    }

    /** The status, headers (names in lower case) and raw body of an answer. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        Optional<String> cookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }
    }

    /**
     * One HTTP/1.1 exchange on a connection opened from the given local address, as a proxy (or a stranger) on this
     * machine would open it; the JDK's client cannot choose its local address.
     */
    private Answer send(String from, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            try {
                socket.bind(new InetSocketAddress(from, 0));
            } catch (BindException e) {
                Assumptions.abort("This machine cannot open a connection from " + from + " (loopback is not 127.0.0.0/8)");
            }
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers, text.substring(end + 4));
    }
}
