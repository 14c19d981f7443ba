package org.liaison.shared.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.LiaisonApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The content security, referrer and permissions policies on pages, static files and the API (both chains). */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecureHeadersTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/certificates/verify", "/postings/request", "/css/liaison.css", "/postings"})
    void pagesAllowOnlyTheirOwnOriginsScriptsAndStylesAndNoInlineScript(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"), containsString("script-src 'self';"),
                        containsString("style-src 'self';"), containsString("object-src 'none'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")),
                        not(containsString("unsafe-eval")))))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", allOf(containsString("camera=()"),
                        containsString("microphone=()"), containsString("geolocation=()"))))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/partners", "/api/v1/posting-requests"})
    void theApiAllowsNothingToRun(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/partners"})
    void httpsRequestsGetHsts(String path) throws Exception {
        mvc.perform(get(path).secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/swagger-ui.html", "/swagger-ui/index.html"})
    void swaggerUiAloneMayUseInlineStylesButStillNoInlineScript(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("style-src 'self' 'unsafe-inline'"), containsString("script-src 'self';"))));
    }
}
