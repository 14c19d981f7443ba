package org.liaison.identity.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.identity.Role;
import org.liaison.shared.web.AccessRules;
import org.liaison.shared.web.AccessRules.Rule;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Every module's access rules in the order both chains apply them ({@link AccessRules#ordered}), each naming only
 * roles identity knows, followed by a refusal of everything else.
 */
final class DeclaredAccess {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final List<Rule> rules;

    private DeclaredAccess(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * @throws IllegalStateException when a rule names a role that is not a {@link Role}, or two rules the same
     *                               address
     */
    static DeclaredAccess of(Collection<AccessRules> modules) {
        List<Rule> rules = AccessRules.ordered(modules);
        for (Rule rule : rules) {
            for (String role : rule.access().roles()) {
                if (!ROLES.contains(role)) {
                    throw new IllegalStateException("unknown role " + role + " in " + rule + "; roles are " + ROLES);
                }
            }
        }
        return new DeclaredAccess(rules);
    }

    /** In the order they are applied: the first that matches a request decides. */
    List<Rule> rules() {
        return rules;
    }

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        for (Rule rule : rules) {
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url = rule.method() == null
                    ? auth.requestMatchers(rule.pattern()) : auth.requestMatchers(rule.method(), rule.pattern());
            switch (rule.access().level()) {
                case PUBLIC -> url.permitAll();
                case AUTHENTICATED -> url.authenticated();
                case ROLES -> url.hasAnyRole(rule.access().roles().toArray(String[]::new));
            }
        }
        // every endpoint is declared (EndpointAccessTests): what no module declared is no one's
        auth.anyRequest().denyAll();
    }
}
