package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.ApiClientAdministration;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.PasswordVerificationCache;
import org.liaison.identity.ApplicantKind;
import org.liaison.identity.internal.ApplicantAccounts;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * HTTP Basic's cost bounded (a verified password is not hashed again for a minute, unless it changed or the account
 * was disabled) and the actuator's access: metrics and information to administrators and the monitoring role, with
 * Basic or a token, never to the other roles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MachineAuthenticationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration users;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApiClientAdministration clients;

    @Autowired
    OrganisationAdministration organisations;

    @Autowired
    PasswordVerificationCache cache;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSecondBasicCallWithTheSamePasswordIsNotHashedAgain() throws Exception {
        Account account = account(Role.LIAISON_OFFICER);
        long before = cache.hashings();
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());

        assertThat(cache.hashings() - before).as("password verifications for three calls").isEqualTo(1);
    }

    @Test
    void aClientsFirstCallsAtOnceAreAllAcceptedAndHashedOnce() throws Exception {
        // attempts are reserved before their password is checked: without waiting for the first verification,
        // the sixth concurrent first call found the account locked by its own right password (a 401)
        Account account = account(Role.LIAISON_OFFICER);
        long before = cache.hashings();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(clients.submit(() -> mvc.perform(get("/api/v1/posting-requests")
                        .with(httpBasic(account.username(), account.password()))).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(cache.hashings() - before).as("password verifications for eight first calls").isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverTakenFromTheCache() throws Exception {
        Account account = account(Role.LIAISON_OFFICER);
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());
        long before = cache.hashings();
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password() + "x")))
                .andExpect(status().isUnauthorized());
        assertThat(cache.hashings() - before).isEqualTo(1);
    }

    @Test
    void aPasswordChangeOrADisabledAccountEndsTheCachedVerificationAtOnce() throws Exception {
        Account account = account(Role.LIAISON_OFFICER);
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isOk());

        String newPassword = users.resetPassword(account.username()).newPassword();
        long before = cache.hashings();
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), account.password())))
                .andExpect(status().isUnauthorized());
        assertThat(cache.hashings() - before).as("the old password is verified again, and fails").isEqualTo(1);
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), newPassword)))
                .andExpect(status().isOk());

        users.setEnabled(account.username(), false, "boss");
        mvc.perform(get("/api/v1/posting-requests").with(httpBasic(account.username(), newPassword)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void metricsAndInformationAreForAdministratorsAndMonitoringWithBasic() throws Exception {
        for (Role role : Role.values()) {
            Account account = account(role);
            int expected = role == Role.ADMIN || role == Role.MONITORING ? 200 : 403;
            for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator/metrics/jvm.threads.live"}) {
                mvc.perform(get(path).with(httpBasic(account.username(), account.password())))
                        .andExpect(status().is(expected));
            }
        }
        mvc.perform(get("/actuator/metrics").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Liaison\""))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void metricsAreForAMonitoringClientsTokenNotAnInstitutionsOne() throws Exception {
        String organisation = "MON-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisations.create(new Organisation(organisation, "Supervision", OrganisationKind.LIAISON_BODY));
        String monitoring = token(organisation, Role.MONITORING);
        mvc.perform(ApiClientsTests.bearer(get("/actuator/metrics"), monitoring)).andExpect(status().isOk());
        mvc.perform(ApiClientsTests.bearer(get("/actuator/info"), monitoring)).andExpect(status().isOk());
        mvc.perform(ApiClientsTests.bearer(get("/api/v1/exchange/cases"), monitoring)).andExpect(status().isForbidden());

        String institution = "INS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisations.create(new Organisation(institution, "Caisse", OrganisationKind.FRENCH_INSTITUTION));
        mvc.perform(ApiClientsTests.bearer(get("/actuator/metrics"), token(institution, Role.INSTITUTION_AGENT)))
                .andExpect(status().isForbidden());
    }

    private String token(String organisation, Role role) {
        ApiClientAdministration.Outcome outcome = clients.create(new ApiClientAdministration.NewClient(
                "c-" + UUID.randomUUID().toString().substring(0, 8), organisation, role,
                java.time.LocalDate.now().plusDays(30)), "boss");
        assertThat(outcome.violations()).isEmpty();
        return outcome.token();
    }

    record Account(String username, String password) {
    }

    private Account account(Role role) {
        if (role == Role.APPLICANT) {
            // an applicant's account is created by signing up (an administrator cannot): a verified one, by address
            String email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            applicants.createVerified(new ApplicantAccounts.SignUp(email, "an-applicant-password", "an-applicant-password",
                    ApplicantKind.EMPLOYER, "73282932000074", "Transports Dupont SA", null, null, null));
            return new Account(email, "an-applicant-password");
        }
        String organisation = null;
        if (role.needsInstitution()) {
            organisation = "ORG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            organisations.create(new Organisation(organisation, "Caisse", OrganisationKind.FRENCH_INSTITUTION));
        }
        String username = "m-" + UUID.randomUUID().toString().substring(0, 8);
        UserAdministration.Outcome outcome = users.create(new UserAdministration.NewUser(username, null, null,
                organisation, EnumSet.of(role)));
        assertThat(outcome.violations()).isEmpty();
        return new Account(username, outcome.newPassword());
    }
}
