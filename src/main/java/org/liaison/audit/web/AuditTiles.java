package org.liaison.audit.web;

import java.util.List;
import org.liaison.shared.web.DashboardTiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** An administrator's dashboard: the audit trail, who did what and when. */
@Component
class AuditTiles implements DashboardTiles {

    @Override
    public List<Tile> tiles(Authentication user) {
        return DashboardTiles.has(user, "ADMIN")
                ? List.of(new Tile("audit.dashboard.trail", "audit.dashboard.trail.hint", null, "/admin/audit", false))
                : List.of();
    }
}
