package org.liaison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue #10 §6: guesses are counted before their password is checked (under real concurrency, against PostgreSQL),
 * a name that names no account is answered and locked like an account, one address is slowed down whatever names
 * it tries, failures with unknown names are summarised in the trail, and an administrator gets back in with the
 * recovery command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInThrottleTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    UserAdministration administration;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    LockoutProperties lockout;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserStore userStore;

    @Autowired
    LoginThrottleStore throttleStore;

    @Autowired
    AuditTrail audit;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void fortyConcurrentGuessesCheckNoMorePasswordsThanTheLockOutAllows() throws Exception {
        String username = newAccount(Role.LIAISON_OFFICER).username();
        AuthenticationManager manager = authentication.getAuthenticationManager();
        int guesses = 40;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                // each from its own address, as a distributed guesser would: only the account's count can stop them
                String address = "192.0.2." + (i + 1);
                String guess = "guess-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        manager.authenticate(token(username, guess, address));
                        return Authentication.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            List<Class<?>> results = new ArrayList<>();
            for (Future<Class<?>> outcome : outcomes) {
                results.add(outcome.get(2, TimeUnit.MINUTES));
            }

            assertThat(results).as("passwords checked (and wrong)").filteredOn(BadCredentialsException.class::equals)
                    .hasSize(lockout.maxFailures());
            assertThat(results).as("refused before their password was checked")
                    .filteredOn(LockedException.class::equals).hasSize(guesses - lockout.maxFailures());
            assertThat(audited("LOGIN_FAILED", username)).isEqualTo(lockout.maxFailures());
            assertThat(audited("ACCOUNT_LOCKED", username)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameThatNamesNoAccountIsAnsweredAndLockedExactlyLikeAnAccount() throws Exception {
        Account account = newAccount(Role.EDITOR);
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of(account.username(), nobody)) {
            for (int i = 1; i < lockout.maxFailures(); i++) {
                mvc.perform(login(name, "wrong-password", "198.51.100.20")).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(login(name, "wrong-password", "198.51.100.20")).andExpect(redirectedUrl("/login?locked"));
            mvc.perform(login(name, "wrong-password", "198.51.100.20")).andExpect(redirectedUrl("/login?locked"));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where details::text like ? or object_id = ?")
                .params("%" + nobody + "%", nobody).query(Long.class).single()).as("no typed name in the trail").isZero();
    }

    @Test
    void failuresWithUnknownNamesAreSummarisedInOneEntryWithoutTheNames() throws Exception {
        attempts.summariseUnknown(); // what earlier tests left
        long entriesBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            String typed = "typed-secret-" + i;
            mvc.perform(login(typed, "x", "198.51.100.3" + (i % 2))).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
                .as("nothing audited per failure").isEqualTo(entriesBefore);

        assertThat(attempts.summariseUnknown()).isEqualTo(3);

        var summary = jdbc.sql("""
                        select details ->> 'count' as count, details ->> 'addresses' as addresses, details::text as text
                        from audit_entry where action = 'LOGIN_FAILED_UNKNOWN_SUMMARY' order by id desc limit 1""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(summary.subList(0, 2)).containsExactly("3", "2");
        assertThat(summary.get(2)).doesNotContain("typed-secret");
        assertThat(attempts.summariseUnknown()).as("each failure counted once").isZero();
    }

    /**
     * The test profile raises the address limit (every test's requests come from the loopback address): this test
     * runs the same service, on the same tables, with a limit of 3.
     */
    @Test
    void oneAddressIsSlowedDownWhateverNamesItTriesAndOnlyThatAddress() {
        Account account = newAccount(Role.TRANSLATOR);
        LoginAttempts strict = new LoginAttempts(userStore, throttleStore,
                new LockoutProperties(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(15)), audit);
        String guesser = "203.0.113.77";
        for (int i = 0; i < 3; i++) {
            // spread over names so that no account or name is locked: only the address is
            String name = "spray-" + i + "-" + UUID.randomUUID();
            LoginAttempts.Reservation reservation = strict.reserve(name, guesser);
            assertThat(reservation.allowed()).isTrue();
            strict.failed(name, guesser, reservation);
        }

        assertThat(strict.isLocked(account.username(), guesser)).isTrue();
        assertThat(strict.reserve(account.username(), guesser).allowed()).as("refused unchecked").isFalse();
        assertThat(strict.isLocked(account.username(), "203.0.113.78")).isFalse();
        LoginAttempts.Reservation office = strict.reserve(account.username(), "203.0.113.78");
        assertThat(office.allowed()).isTrue();
        strict.cleared(account.username(), "203.0.113.78");
        assertThat(throttleStore.address(LoginThrottleStore.addressKey("203.0.113.78")).failures())
                .as("a success gives its attempt back").isZero();
    }

    @Test
    void anAdministratorLockedOutByGuessesGetsBackInWithTheRecoveryCommand() throws Exception {
        Account admin = newAccount(Role.ADMIN);
        for (int i = 0; i < lockout.maxFailures(); i++) {
            mvc.perform(login(admin.username(), "guess-" + i, "198.51.100.99"));
        }
        mvc.perform(login(admin.username(), admin.password(), "198.51.100.50"))
                .andExpect(redirectedUrl("/login?locked"));

        UnlockCommand command = new UnlockCommand(attempts, context.getBean(Environment.class),
                (ConfigurableApplicationContext) context);
        assertThat(command.unlock(admin.username().toUpperCase())).isZero();
        assertThat(command.unlock("no-such-" + UUID.randomUUID())).isEqualTo(1);

        mvc.perform(login(admin.username(), admin.password(), "198.51.100.50")).andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_UNLOCKED' and object_id = ? "
                + "and actor = 'command-line'").param(admin.username()).query(Long.class).single()).isEqualTo(1);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    record Account(String username, String password) {
    }

    private Account newAccount(Role role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
        UserAdministration.Outcome outcome = administration.create(new UserAdministration.NewUser(
                username, "Test user", null, null, EnumSet.of(role)));
        assertThat(outcome.ok()).isTrue();
        return new Account(username, outcome.newPassword());
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?")
                .params(action, username).query(Long.class).single();
    }
}
