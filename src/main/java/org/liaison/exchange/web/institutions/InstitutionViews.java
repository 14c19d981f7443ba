package org.liaison.exchange.web.institutions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionBuc;
import org.liaison.exchange.institutions.InstitutionPage;
import org.liaison.exchange.institutions.InstitutionRole;
import org.liaison.exchange.internal.institutions.ImportSummary;

/** The JSON bodies of the IR API. */
final class InstitutionViews {

    private InstitutionViews() {
    }

    /** One BUC an institution handles with its roles, as in the import file. */
    record BucView(String buc, List<InstitutionRole> roles) {
    }

    record InstitutionView(String id, String country, String name, @Nullable String acronym,
                           ExchangeEnvironment environment, String accessPoint, LocalDate validFrom,
                           @Nullable LocalDate validTo, @Nullable LocalDate removedOn, List<BucView> bucs) {

        static InstitutionView of(Institution i) {
            return new InstitutionView(i.id().toString(), i.country(), i.name(), i.acronym(), i.environment(),
                    i.accessPoint(), i.validFrom(), i.validTo(), i.removedOn(), InstitutionViews.bucs(i));
        }
    }

    record PageView(List<InstitutionView> items, int page, int size, long total, int pages) {

        static PageView of(InstitutionPage page) {
            return new PageView(page.items().stream().map(InstitutionView::of).toList(), page.page(), page.size(),
                    page.total(), page.pages());
        }
    }

    record RoutingView(String buc, String country, ExchangeEnvironment environment, LocalDate date,
                       List<InstitutionView> counterparties) {
    }

    record SummaryView(long runId, String mode, boolean applied, int records, int added, int changed, int unchanged,
                       int removed, int refused) {

        static SummaryView of(ImportSummary s) {
            return new SummaryView(s.runId(), s.mode().name(), s.applied(), s.records(), s.added(), s.changed(),
                    s.unchanged(), s.removed(), s.refused());
        }
    }

    /** The BUCs of an institution grouped as in the file: one entry per BUC with its roles. */
    static List<BucView> bucs(Institution institution) {
        Map<String, List<InstitutionRole>> grouped = new LinkedHashMap<>();
        for (InstitutionBuc buc : institution.bucs()) {
            grouped.computeIfAbsent(buc.bucType(), k -> new java.util.ArrayList<>()).add(buc.role());
        }
        return grouped.entrySet().stream().map(e -> new BucView(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
