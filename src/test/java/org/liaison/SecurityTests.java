package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Who may reach what: login redirects, 401/403 problems, CSRF, lock-out, sessions, public pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration administration;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aStrangerAskingForAStaffPageIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aStrangerCallingAProtectedApiGetsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/audit/verification"));
    }

    @Test
    void aSignedInUserWithoutTheRoleGets403OnPagesAndAProblemOnTheApi() throws Exception {
        mvc.perform(get("/admin/users").with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verification").with(user("officer").roles("LIAISON_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anAdministratorGetsTheAuditVerification() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checked").isNumber());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN"))
                        .param("username", "no-csrf").param("displayName", "x").param("roles", "EDITOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("boss").roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from app_user where username = 'no-csrf'").query(Long.class).single())
                .isZero();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() throws Exception {
        Account account = newAccount(Role.EDITOR);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(login(account.username(), "wrong-password-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(account.username(), "wrong-password-5")).andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());

        mvc.perform(login(account.username(), account.password()))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(audited("LOGIN_FAILED", account.username())).isEqualTo(5);
        assertThat(audited("ACCOUNT_LOCKED", account.username())).isEqualTo(1);
        assertThat(audited("LOGIN_REFUSED", account.username())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where details::text like ?")
                .param("%wrong-password%").query(Long.class).single()).as("no password in the trail").isZero();

        administration.unlock(account.username());
        mvc.perform(login(account.username(), account.password())).andExpect(authenticated());
    }

    @Test
    void guessingPasswordsThroughTheApiLocksTheAccountToo() throws Exception {
        Account account = newAccount(Role.LIAISON_OFFICER);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), "wrong-password-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isUnauthorized());
        mvc.perform(login(account.username(), account.password()))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        assertThat(audited("LOGIN_FAILED", account.username())).isEqualTo(5);
        assertThat(audited("ACCOUNT_LOCKED", account.username())).isEqualTo(1);
    }

    @Test
    void aSuccessfulApiCallClearsEarlierFailuresWithoutAnAuditEntryPerCall() throws Exception {
        Account account = newAccount(Role.LIAISON_OFFICER);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), "wrong-5")))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());
        assertThat(audited("ACCOUNT_LOCKED", account.username())).isZero();
        assertThat(audited("LOGIN_SUCCEEDED", account.username())).isZero();
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        Account account = newAccount(Role.TRANSLATOR);
        for (int i = 0; i < 4; i++) {
            mvc.perform(login(account.username(), "wrong-password")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(account.username(), account.password()))
                .andExpect(authenticated().withUsername(account.username()).withRoles("TRANSLATOR"));

        assertThat(jdbc.sql("select failed_attempts from app_user where username = ?").param(account.username())
                .query(Integer.class).single()).isZero();
        mvc.perform(login(account.username(), "wrong-password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPasswordAndIsNotNamedInTheTrail() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID();
        mvc.perform(login(nobody, "whatever-password")).andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ?").param(nobody)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCorrectLoginOpensANewSessionThatLogoutCloses() throws Exception {
        Account account = newAccount(Role.ADMIN);
        MockHttpSession anonymous = new MockHttpSession();
        String anonymousId = anonymous.getId();

        MvcResult result = mvc.perform(login(account.username(), account.password()).session(anonymous))
                .andExpect(redirectedUrl("/dashboard")).andExpect(authenticated()).andReturn(); // the work waiting (#11 §3)
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session.getId()).as("session fixation protection").isNotEqualTo(anonymousId);

        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/login?logout")).andExpect(unauthenticated());
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(audited("LOGIN_SUCCEEDED", account.username())).isEqualTo(1);
        assertThat(audited("LOGOUT", account.username())).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotSignInAndIsToldNothingMore() throws Exception {
        Account account = newAccount(Role.STATISTICIAN);
        administration.setEnabled(account.username(), false, "someone-else");

        mvc.perform(login(account.username(), account.password()))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void publicPagesAndTheLoginPageNeedNoAccountAndCarrySecureHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Se connecter à Liaison")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to Liaison")));
        mvc.perform(get("/login?locked")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("temporairement verrouillé")));
        mvc.perform(get("/login?error")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("mot de passe incorrect")));
        mvc.perform(get("/login?logout&lang=en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You are signed out.")));
    }

    record Account(String username, String password) {
    }

    private Account newAccount(Role role) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        UserAdministration.Outcome outcome = administration.create(new UserAdministration.NewUser(
                username, "Test user", null, null, EnumSet.of(role)));
        assertThat(outcome.ok()).isTrue();
        return new Account(username, outcome.newPassword());
    }

    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?")
                .params(action, username).query(Long.class).single();
    }
}
