package org.liaison.identity.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.liaison.shared.web.BrowserTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with an in-process SMTP server (GreenMail) as its mail server ({@code spring.mail.*}), for the
 * tests of applicants' mails. One server for every such test class (they share one application context); a test may
 * stop it to play an SMTP outage and start it again on the same port.
 */
public abstract class WithMailServer extends BrowserTest {

    protected static final int SMTP_PORT = freePort();
    protected static GreenMail smtp = started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    protected static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** Stops the SMTP server (an outage). */
    protected static void stopSmtp() {
        smtp.stop();
    }

    /** Starts the SMTP server again, empty, on the same port. */
    protected static void restartSmtp() {
        smtp = started();
    }

    /** The mail the server received for this address, waiting for it to arrive. */
    protected static MimeMessage mailTo(String address) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> find(address), Optional::isPresent).orElseThrow();
    }

    /** The verification link in the mail to this address. */
    protected static String verificationLink(String address) {
        try {
            String body = String.valueOf(mailTo(address).getContent());
            Matcher link = Pattern.compile("https?://\\S+/account/verify\\?token=[A-Za-z0-9_-]+").matcher(body);
            if (!link.find()) {
                throw new AssertionError("no verification link in the mail");
            }
            return link.group();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<MimeMessage> find(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
