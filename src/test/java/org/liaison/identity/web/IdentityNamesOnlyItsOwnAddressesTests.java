package org.liaison.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.liaison.shared.web.AccessRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity's web layer names no other module's address: each module declares its own access rules, so the security
 * configuration must not grow back into the list of every module's URLs. Every string constant of every class in
 * {@code identity.web} (literals, annotation values, string templates) that is a path is compared with the
 * addresses the other modules declare. Allowed: the site's root {@code /} and the API chain's boundary
 * {@code /api/**}, which belong to no module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityNamesOnlyItsOwnAddressesTests {

    static final Set<String> NO_ONES = Set.of("/", "/api");

    @Autowired
    List<AccessRules> modules;

    @Test
    void noClassOfIdentityWebNamesAnotherModulesAddress() {
        Set<String> foreign = foreignRoots(modules);
        List<String> named = new ArrayList<>();
        Set<String> read = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaison.identity.web")) {
            for (String constant : stringConstants(type)) {
                read.add(constant);
                if (namesOneOf(constant, foreign)) {
                    named.add(type.getSimpleName() + ": " + constant);
                }
            }
        }
        assertThat(read).as("the constants were read").contains("/login", "/logout", "/api/**", "/admin/users/**");
        assertThat(foreign).as("the other modules' addresses were read").contains("/exchange/cases", "/postings");
        assertThat(named).as("addresses of other modules named in identity.web").isEmpty();
    }

    @Test
    void theGuardRecognisesAnotherModulesAddressInAnyForm() {
        Set<String> foreign = foreignRoots(modules);
        assertThat(List.of("/exchange/cases/**", "/exchange", "/api/v1/exchange/routing-rules/*", "/postings/request",
                "redirect:/partners/FR", "/admin/**", "/api/v1/exchange/**", "/certificates/verify?number=1"))
                .allMatch(constant -> namesOneOf(constant, foreign));
        assertThat(List.of("/login", "/login?error", "/logout", "/admin/users", "/admin/organisations/**", "/api/**",
                "/", "redirect:/admin/users/", "/new", "admin/user-edit", "text/html"))
                .noneMatch(constant -> namesOneOf(constant, foreign));
    }

    /** The literal beginning of every pattern another module declares ({@code /exchange/cases/**}: {@code /exchange/cases}). */
    static Set<String> foreignRoots(Collection<AccessRules> modules) {
        Set<String> roots = new TreeSet<>();
        for (AccessRules module : modules) {
            if (!module.module().equals("identity")) {
                module.rules().forEach(rule -> roots.add(literal(rule.pattern())));
            }
        }
        roots.removeAll(NO_ONES);
        return roots;
    }

    /**
     * Whether a constant is a path at, under or above another module's address ({@code /admin/**} covers audit's
     * {@code /admin/audit}).
     */
    static boolean namesOneOf(String constant, Set<String> foreign) {
        String path = constant.replaceFirst("^(redirect|forward):", "");
        if (!path.startsWith("/")) {
            return false;
        }
        String literal = literal(path.replaceFirst("\\?.*", ""));
        return !NO_ONES.contains(literal) && foreign.stream()
                .anyMatch(root -> within(literal, root) || within(root, literal));
    }

    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    /** The pattern up to its first variable or wildcard, without a trailing slash. */
    static String literal(String pattern) {
        int end = pattern.length();
        for (char c : new char[] {'*', '{'}) {
            int at = pattern.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String literal = pattern.substring(0, end);
        return literal.length() > 1 && literal.endsWith("/") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** The UTF-8 entries of a class file's constant pool: every string literal and annotation value is one. */
    static List<String> stringConstants(JavaClass type) {
        try (InputStream stream = type.getSource().orElseThrow().getUri().toURL().openStream();
             DataInputStream in = new DataInputStream(stream)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            List<String> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IllegalStateException("constant pool tag " + tag + " in " + type.getName());
                }
            }
            return strings;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
