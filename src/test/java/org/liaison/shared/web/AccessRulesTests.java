package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.liaison.shared.web.AccessRules.Access;
import org.liaison.shared.web.AccessRules.Level;
import org.liaison.shared.web.AccessRules.Rule;
import org.springframework.http.HttpMethod;

/** The order in which every module's rules are applied: the most specific first, whoever declared them first. */
class AccessRulesTests {

    static final AccessRules POSTINGS = AccessRules.of("postings")
            .to("/postings/**").hasRole("LIAISON_OFFICER")
            .to("/postings/request", "/postings/request/**").permitAll()
            .to("/api/v1/posting-requests").hasRole("LIAISON_OFFICER")
            .to(HttpMethod.POST, "/api/v1/posting-requests").permitAll()
            .to(HttpMethod.GET, "/api/v1/posting-requests/*").permitAll()
            .build();

    static final AccessRules EXCHANGE = AccessRules.of("exchange")
            .to("/exchange/institutions", "/exchange/institutions/*").authenticated()
            .to("/exchange/institutions/import").hasRole("ADMIN")
            .to("/exchange/cases/**").hasAnyRole("LIAISON_OFFICER", "INSTITUTION_AGENT")
            .build();

    static final AccessRules CERTIFICATES = AccessRules.of("postings")
            .to("/certificates/**").authenticated()
            .to("/certificates/verify", "/certificates/verify/**").permitAll()
            .to("/certificates/{number}/pdf").authenticated()
            .build();

    @Test
    void aModuleDeclaresWhoMayCallEachOfItsPatternsAsPlainData() {
        assertThat(EXCHANGE.module()).isEqualTo("exchange");
        assertThat(EXCHANGE.rules()).containsExactly(
                new Rule("exchange", null, "/exchange/institutions", Access.AUTHENTICATED),
                new Rule("exchange", null, "/exchange/institutions/*", Access.AUTHENTICATED),
                new Rule("exchange", null, "/exchange/institutions/import", Access.anyRole("ADMIN")),
                new Rule("exchange", null, "/exchange/cases/**", Access.anyRole("INSTITUTION_AGENT", "LIAISON_OFFICER")));
        assertThat(Access.anyRole("LIAISON_OFFICER", "INSTITUTION_AGENT").roles())
                .as("sorted, so that the same roles are the same access")
                .containsExactly("INSTITUTION_AGENT", "LIAISON_OFFICER");
        assertThat(Access.anyRole("ADMIN").level()).isEqualTo(Level.ROLES);
        assertThat(Access.anyRole("INSTITUTION_AGENT", "LIAISON_OFFICER")).hasToString("role INSTITUTION_AGENT or LIAISON_OFFICER");
    }

    @Test
    void aLongerPrefixBeforeAShorterOneSoThePublicFormIsNotTakenForTheOfficersPages() {
        assertThat(patterns(AccessRules.ordered(List.of(POSTINGS))).stream().filter(p -> p.contains("/postings")))
                .containsExactly("* /postings/request", "* /postings/request/**", "* /postings/**");
    }

    @Test
    void aLiteralBeforeAVariableOrAWildcardInTheSamePlace() {
        List<String> ordered = patterns(AccessRules.ordered(List.of(EXCHANGE, CERTIFICATES)));
        assertThat(ordered.indexOf("* /exchange/institutions/import")).isLessThan(ordered.indexOf("* /exchange/institutions/*"));
        assertThat(ordered.indexOf("* /certificates/verify")).isLessThan(ordered.indexOf("* /certificates/{number}/pdf"));
        assertThat(ordered.indexOf("* /certificates/verify/**")).isLessThan(ordered.indexOf("* /certificates/**"));
        assertThat(ordered.indexOf("* /certificates/{number}/pdf")).as("no trailing /** first")
                .isLessThan(ordered.indexOf("* /certificates/**"));
    }

    @Test
    void aRuleForOneMethodBeforeTheRuleForAnyMethodOnTheSamePattern() {
        assertThat(patterns(AccessRules.ordered(List.of(POSTINGS))).stream().filter(p -> p.contains("/api/")))
                .containsExactly("POST /api/v1/posting-requests", "* /api/v1/posting-requests",
                        "GET /api/v1/posting-requests/*");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheBeansNorOfTheirRules() {
        List<Rule> expected = AccessRules.ordered(List.of(POSTINGS, EXCHANGE, CERTIFICATES));
        Random random = new Random(9);
        for (int i = 0; i < 20; i++) {
            List<Rule> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            List<AccessRules> modules = new ArrayList<>();
            for (Rule rule : shuffled) {
                AccessRules.Builder builder = AccessRules.of(rule.module());
                AccessRules.Addresses to = rule.method() == null ? builder.to(rule.pattern())
                        : builder.to(rule.method(), rule.pattern());
                modules.add(switch (rule.access().level()) {
                    case PUBLIC -> to.permitAll().build();
                    case AUTHENTICATED -> to.authenticated().build();
                    case ROLES -> to.hasAnyRole(rule.access().roles().toArray(String[]::new)).build();
                });
            }
            assertThat(AccessRules.ordered(modules)).isEqualTo(expected);
        }
    }

    @Test
    void anAddressMayBeDeclaredOnlyOnce() {
        AccessRules again = AccessRules.of("exchange").to("/postings/**").authenticated().build();
        assertThatThrownBy(() -> AccessRules.ordered(List.of(POSTINGS, again)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/postings/**").hasMessageContaining("(postings)").hasMessageContaining("(exchange)");
        AccessRules otherMethod = AccessRules.of("exchange").to(HttpMethod.GET, "/postings/**").authenticated().build();
        assertThat(AccessRules.ordered(List.of(POSTINGS, otherMethod))).hasSize(POSTINGS.rules().size() + 1);
    }

    @Test
    void aMalformedPatternOrRoleFailsWhereItIsDeclared() {
        assertThatThrownBy(() -> AccessRules.of("x").to("exchange/**").permitAll())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> AccessRules.of("x").to("/a/{unclosed").permitAll())
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> AccessRules.of("x").to("/a").hasRole("ROLE_ADMIN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ROLE_ prefix");
        assertThatThrownBy(() -> AccessRules.of("x").to("/a").hasRole("admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessRules.of("x").to("/a").hasAnyRole())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessRules.of("x").to())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAccessOfAnAddressIsTheFirstMatchingRulesAsTheChainsApplyThem() {
        List<Rule> ordered = AccessRules.ordered(List.of(POSTINGS, EXCHANGE, CERTIFICATES));

        assertThat(AccessRules.accessFor(ordered, HttpMethod.GET, "/postings/queue"))
                .contains(Access.anyRole("LIAISON_OFFICER"));
        // the more specific rule wins over the module's catch-all, as in Spring Security
        assertThat(AccessRules.accessFor(ordered, HttpMethod.GET, "/postings/request/new")).contains(Access.PUBLIC);
        assertThat(AccessRules.accessFor(ordered, HttpMethod.POST, "/exchange/institutions/import"))
                .contains(Access.anyRole("ADMIN"));
        assertThat(AccessRules.accessFor(ordered, HttpMethod.POST, "/api/v1/posting-requests")).contains(Access.PUBLIC);
        assertThat(AccessRules.accessFor(ordered, HttpMethod.DELETE, "/api/v1/posting-requests"))
                .contains(Access.anyRole("LIAISON_OFFICER"));
        assertThat(AccessRules.accessFor(ordered, HttpMethod.GET, "/nobody-declared-this")).isEmpty();
    }

    private static List<String> patterns(List<Rule> rules) {
        return rules.stream().map(rule -> (rule.method() == null ? "*" : rule.method().name()) + " " + rule.pattern())
                .toList();
    }
}
