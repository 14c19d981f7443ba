package org.liaison.exchange.web.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.web.CaseAccessResolver;
import org.liaison.shared.web.DashboardTiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The exchange on a dashboard: for an institution's agent, their inbox and the answers due from them today or late;
 * for a liaison officer, the same over every case, and the cases no rule routed.
 */
@Component
class CaseTiles implements DashboardTiles {

    private final ExchangeCases cases;
    private final CaseAccessResolver access;
    private final ExchangeClock clock;

    CaseTiles(ExchangeCases cases, CaseAccessResolver access, ExchangeClock clock) {
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<Tile> tiles(Authentication user) {
        boolean officer = DashboardTiles.has(user, "LIAISON_OFFICER");
        if (!officer && !DashboardTiles.has(user, "INSTITUTION_AGENT")) {
            return List.of();
        }
        // one reading of the open cases: the inbox, the answers due and the officers' queue are all drawn from it
        List<ExchangeCase> open = Inbox.open(cases, access.of(user));
        LocalDate today = clock.today(); // the deadlines' own calendar
        long dueToday = open.stream().flatMap(c -> Inbox.owed(c).stream()).filter(d -> d.dueBy().isEqual(today)).count();
        long late = open.stream().flatMap(c -> Inbox.owed(c).stream()).filter(d -> d.dueBy().isBefore(today)).count();
        List<Tile> tiles = new ArrayList<>(List.of(
                new Tile("cases.dashboard.inbox", "cases.dashboard.inbox.hint", (long) Inbox.of(open).size(),
                        "/exchange/inbox", false),
                new Tile("cases.dashboard.due", "cases.dashboard.due.hint", dueToday + late, "/exchange/inbox",
                        late > 0)));
        if (officer) {
            // the queue: open cases no French institution holds yet
            tiles.add(new Tile("cases.dashboard.queue", "cases.dashboard.queue.hint",
                    open.stream().filter(c -> c.localInstitution() == null).count(), "/exchange/cases?queue=true",
                    false));
        }
        return tiles;
    }
}
