package org.liaison.identity.web;

import java.util.List;
import org.liaison.identity.Users;
import org.liaison.shared.web.DashboardTiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** An administrator's dashboard: the staff accounts and the API clients (the audit trail is the audit module's). */
@Component
class AdministrationTiles implements DashboardTiles {

    private final Users users;

    AdministrationTiles(Users users) {
        this.users = users;
    }

    @Override
    public List<Tile> tiles(Authentication user) {
        if (!DashboardTiles.has(user, "ADMIN")) {
            return List.of();
        }
        return List.of(
                new Tile("identity.dashboard.users", "identity.dashboard.users.hint", (long) users.all().size(),
                        "/admin/users", false),
                new Tile("identity.dashboard.clients", "identity.dashboard.clients.hint", null, "/admin/api-clients",
                        false));
    }
}
