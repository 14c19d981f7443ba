package org.liaison.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * What a module puts on a signed-in person's dashboard, the page they land on after signing in (issue #11 §3): the
 * work waiting for them in that module, as tiles. Each module's web layer provides one bean for its own roles; the
 * dashboard ({@link DashboardController}) shows every tile every module gives, so that no module knows the others.
 */
public interface DashboardTiles {

    /**
     * The dashboard's address, for the sign-in to send people there (a method, not a constant: a constant would be
     * copied into the caller, and the address belongs to shared).
     */
    static String address() {
        return "/dashboard";
    }

    /** The tiles for this person, none when the module has nothing for their roles. */
    List<Tile> tiles(Authentication user);

    /**
     * One tile: a title and a hint (message keys of the module's bundle), how many items wait (null: a link without a
     * count), where to work on them, and whether some are late.
     */
    record Tile(String titleKey, String hintKey, @Nullable Long count, String href, boolean late) {
    }

    /**
     * The page this module makes the person's home instead of the dashboard (an applicant's account page), if any:
     * the sign-in lands on the dashboard, which sends them there.
     */
    default java.util.Optional<String> home(Authentication user) {
        return java.util.Optional.empty();
    }

    /** Whether the person has the role (Spring Security's {@code ROLE_} authority). */
    static boolean has(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
