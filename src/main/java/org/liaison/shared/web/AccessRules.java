package org.liaison.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call a module's addresses, declared by the module itself: each module's web package provides one
 * {@code AccessRules} bean, and identity's security configuration applies every module's rules to both filter
 * chains (the stateless API chain and the page chain). Plain data, so that a test can read and print it.
 * <p>
 * Roles are named by their string ({@code "ADMIN"}, without Spring's {@code ROLE_} prefix): the roles are
 * identity's {@code Role} enum, which this open kernel cannot see, and a module that only declares its addresses
 * should not have to depend on identity for that. The security configuration refuses to start when a rule names
 * a role that identity does not know, so a typo fails at start-up rather than locking an address silently.
 * <p>
 * <b>Order.</b> Spring Security applies the first rule that matches a request, so {@link #ordered} puts every
 * module's rules in one fixed order that does not depend on which bean came first: the most specific pattern
 * first ({@link PathPattern#SPECIFICITY_COMPARATOR}, the order Spring MVC uses to pick a handler: patterns without
 * a trailing {@code /**} before those with one, longer {@code /**} prefixes before shorter ones, fewer wildcards
 * and variables first, then the longer pattern), then a rule for one HTTP method before a rule for any method on
 * the same pattern, then the pattern's text and the method's name (only to make the order total). A
 * {@code (method, pattern)} pair may be declared once only.
 */
public final class AccessRules {

    /** How much a caller must show. */
    public enum Level {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in user, whatever the role. */
        AUTHENTICATED,
        /** A signed-in user with one of the {@linkplain Access#roles() roles}. */
        ROLES
    }

    /**
     * Who may call an address.
     *
     * @param roles the roles of which one suffices (sorted, without the {@code ROLE_} prefix); empty unless the level
     *              is {@link Level#ROLES}
     */
    public record Access(Level level, List<String> roles) {

        public static final Access PUBLIC = new Access(Level.PUBLIC, List.of());
        public static final Access AUTHENTICATED = new Access(Level.AUTHENTICATED, List.of());

        private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");

        public Access {
            Objects.requireNonNull(level, "level");
            roles = List.copyOf(new TreeSet<>(roles));
            if ((level == Level.ROLES) == roles.isEmpty()) {
                throw new IllegalArgumentException("roles are given for, and only for, Level.ROLES: " + level + " " + roles);
            }
            for (String role : roles) {
                if (!ROLE.matcher(role).matches() || role.startsWith("ROLE_")) {
                    throw new IllegalArgumentException("a role is named like ADMIN (upper case, no ROLE_ prefix): " + role);
                }
            }
        }

        /** A signed-in user with at least one of these roles. */
        public static Access anyRole(String... roles) {
            return new Access(Level.ROLES, Arrays.asList(roles));
        }

        @Override
        public String toString() {
            return switch (level) {
                case PUBLIC -> "public";
                case AUTHENTICATED -> "signed in";
                case ROLES -> "role " + String.join(" or ", roles);
            };
        }
    }

    /**
     * One rule: requests with this method (any method when {@code null}) whose path matches this pattern (Spring's
     * {@link PathPattern} syntax, as in {@code @RequestMapping}) need this access.
     *
     * @param module the module that declared the rule (for reading and for the guards)
     */
    public record Rule(String module, @Nullable HttpMethod method, String pattern, Access access) {

        public Rule {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(access, "access");
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("a pattern starts with '/': " + pattern);
            }
            PathPatternParser.defaultInstance.parse(pattern); // a malformed pattern fails where it is declared
        }

        @Override
        public String toString() {
            return (method == null ? "*" : method.name()) + " " + pattern + " -> " + access + " (" + module + ")";
        }
    }

    private final String module;
    private final List<Rule> rules;

    private AccessRules(String module, List<Rule> rules) {
        this.module = module;
        this.rules = List.copyOf(rules);
    }

    /** Starts the rules of a module, named as its top-level package ({@code "exchange"}). */
    public static Builder of(String module) {
        return new Builder(module);
    }

    public String module() {
        return module;
    }

    /** The rules in the order they were declared (their order of application is {@link #ordered}'s). */
    public List<Rule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return module + " " + rules;
    }

    /**
     * Every module's rules in the order they are applied (first match wins; see the class comment).
     *
     * @throws IllegalStateException when two rules name the same method and pattern
     */
    public static List<Rule> ordered(Collection<AccessRules> modules) {
        Map<String, PathPattern> parsed = new HashMap<>();
        Map<String, Rule> seen = new HashMap<>();
        List<Rule> all = new ArrayList<>();
        for (AccessRules module : modules) {
            for (Rule rule : module.rules()) {
                String key = (rule.method() == null ? "*" : rule.method().name()) + " " + rule.pattern();
                Rule earlier = seen.putIfAbsent(key, rule);
                if (earlier != null) {
                    throw new IllegalStateException("an address is declared twice, by " + earlier + " and by " + rule);
                }
                parsed.computeIfAbsent(rule.pattern(), PathPatternParser.defaultInstance::parse);
                all.add(rule);
            }
        }
        Comparator<Rule> order = Comparator.comparing((Rule rule) -> parsed.get(rule.pattern()),
                        PathPattern.SPECIFICITY_COMPARATOR)
                .thenComparing(rule -> rule.method() == null)
                .thenComparing(Rule::pattern)
                .thenComparing(rule -> rule.method() == null ? "" : rule.method().name());
        all.sort(order);
        return List.copyOf(all);
    }

    /**
     * What a request needs, as the security chains decide it: the access of the first rule of {@code ordered} (see
     * {@link #ordered}) whose method and pattern match; empty when none does (no one may call the address). The
     * refused page reads it to name the role a page is for.
     *
     * @param path the path without the context path, e.g. {@code /postings/queue}
     */
    public static Optional<Access> accessFor(List<Rule> ordered, HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Rule rule : ordered) {
            if ((rule.method() == null || rule.method().equals(method))
                    && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container)) {
                return Optional.of(rule.access());
            }
        }
        return Optional.empty();
    }

    /** Declares a module's rules: {@code to(patterns...)} then who may call them. */
    public static final class Builder {

        private final String module;
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String module) {
            this.module = Objects.requireNonNull(module, "module");
        }

        /** Addresses matching any of these patterns, whatever the HTTP method. */
        public Addresses to(String... patterns) {
            return new Addresses(this, null, patterns);
        }

        /** Requests with this HTTP method to addresses matching any of these patterns. */
        public Addresses to(HttpMethod method, String... patterns) {
            return new Addresses(this, Objects.requireNonNull(method, "method"), patterns);
        }

        public AccessRules build() {
            return new AccessRules(module, rules);
        }
    }

    /** Addresses waiting for their access. */
    public static final class Addresses {

        private final Builder builder;
        private final @Nullable HttpMethod method;
        private final List<String> patterns;

        private Addresses(Builder builder, @Nullable HttpMethod method, String... patterns) {
            if (patterns.length == 0) {
                throw new IllegalArgumentException("at least one pattern");
            }
            this.builder = builder;
            this.method = method;
            this.patterns = List.of(patterns);
        }

        /** Anyone may call them. */
        public Builder permitAll() {
            return grant(Access.PUBLIC);
        }

        /** Any signed-in user may call them. */
        public Builder authenticated() {
            return grant(Access.AUTHENTICATED);
        }

        /** A signed-in user with this role may call them. */
        public Builder hasRole(String role) {
            return grant(Access.anyRole(role));
        }

        /** A signed-in user with one of these roles may call them. */
        public Builder hasAnyRole(String... roles) {
            return grant(Access.anyRole(roles));
        }

        private Builder grant(Access access) {
            for (String pattern : patterns) {
                builder.rules.add(new Rule(builder.module, method, pattern, access));
            }
            return builder;
        }
    }
}
