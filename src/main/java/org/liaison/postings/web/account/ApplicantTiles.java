package org.liaison.postings.web.account;

import java.util.List;
import java.util.Optional;
import org.liaison.shared.web.DashboardTiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** An applicant's home is their account page: their requests and certificates, and a new request. */
@Component
class ApplicantTiles implements DashboardTiles {

    static final String ROLE = "APPLICANT";

    @Override
    public List<Tile> tiles(Authentication user) {
        if (!DashboardTiles.has(user, ROLE)) {
            return List.of();
        }
        return List.of(
                new Tile("postings.dashboard.mine", "postings.dashboard.mine.hint", null, "/postings/mine", false),
                new Tile("postings.dashboard.new-request", "postings.dashboard.new-request.hint", null,
                        "/postings/request", false));
    }

    @Override
    public Optional<String> home(Authentication user) {
        return DashboardTiles.has(user, ROLE) ? Optional.of("/postings/mine") : Optional.empty();
    }
}
