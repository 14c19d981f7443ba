package org.liaison.web;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port and one headless Chromium per test class, with axe-core at hand. Same context
 * configuration as the other full-context tests, so the application starts once for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    Axe axe;

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

    /** Opens a page of the application, forgetting the console entries of the previous one. */
    void open(String pathAndQuery) {
        browser.consoleEntries();
        browser.driver.get("http://localhost:" + port + pathAndQuery);
    }
}
