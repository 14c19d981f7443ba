package org.liaison.coordination.benefits;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.CheckView;
import org.liaison.coordination.Provision;
import org.liaison.shared.LegalReferenceView;
import org.liaison.shared.PartnerCode;

/** The export and family-benefit answers as the API and the pages show them, in the reader's language. */
public final class BenefitViews {

    private BenefitViews() {
    }

    /** Whether a French benefit may be paid abroad, on which basis, and for how long (unemployment benefit). */
    @Schema(name = "BenefitExportAnswer")
    public record Export(ExportStatus status,
                         @Schema(description = "The registry id of the instrument that governs") @Nullable String instrument,
                         @Schema(description = "The provision's code", example = "EU_883_ART7") @Nullable String provision,
                         @Nullable String provisionTitle, @Nullable LegalReferenceView legalReference,
                         @Nullable Integer exportMonths, @Nullable Integer maxExportMonths, List<CheckView> checks,
                         @Schema(description = "The registry facts the rules needed and did not find")
                         List<String> missingFacts) {

        public static Export of(ExportDecision d, Locale locale) {
            Provision basis = d.basis().orElse(null);
            return new Export(d.status(), d.instrumentId(), basis == null ? null : basis.code(),
                    basis == null ? null : basis.title().in(locale),
                    basis == null ? null : LegalReferenceView.of(basis.reference(), locale),
                    d.exportMonths(), d.maxExportMonths(),
                    d.checks().stream().map(c -> CheckView.of(c, locale)).toList(), d.missingFacts());
        }
    }

    /** What a state with a lower priority adds (zero when exempted under art. 68(2), last sentence). */
    @Schema(name = "FamilySupplementAnswer")
    public record Supplement(String state, BigDecimal monthlyAmount, boolean exempted) {
    }

    /** The priority state for one child (null when the tie-breaks leave two states equal). */
    @Schema(name = "FamilyChildPriorityAnswer")
    public record ChildPriority(int child, String residenceState, @Nullable String priorityState) {
    }

    /** Reg. 987/2009 art. 58: the half reimbursed by the second state of employment. */
    @Schema(name = "FamilyCostSharingAnswer")
    public record CostSharing(String payingState, String reimbursingState, BigDecimal monthlyAmount) {
    }

    /** One comparison made for the differential supplement (kind and child absent when totals were compared). */
    @Schema(name = "FamilyComparisonAnswer")
    public record Comparison(String state, FamilyComparison basis, @Nullable FamilyBenefitKind kind,
                             @Schema(description = "The child (from 1); absent for the whole family") @Nullable Integer child,
                             BigDecimal ownAmount,
                             @Schema(description = "The highest amount of the states before it for the same thing")
                             BigDecimal amountBefore, BigDecimal supplement, boolean exempted) {
    }

    /** Which state pays first, what the others add, per child, and the trace. */
    @Schema(name = "FamilyPriorityAnswer")
    public record Family(FamilyStatus status, @Nullable String priorityState, @Nullable BigDecimal priorityAmount,
                         List<Supplement> supplements, @Nullable BigDecimal totalMonthly, List<ChildPriority> children,
                         @Nullable CostSharing costSharing, @Nullable String provisionalState, List<String> instruments,
                         List<CheckView> checks,
                         @Schema(description = "Which amounts were compared for the supplements (issue #12)")
                         @Nullable FamilyComparison comparison,
                         @Schema(description = "Where that way of comparing comes from")
                         @Nullable LegalReferenceView comparisonReference, List<Comparison> comparisons) {

        public static Family of(FamilyDecision d, Locale locale) {
            return new Family(d.status(), code(d.priorityState()), d.priorityAmount(),
                    d.supplements().stream().map(s -> new Supplement(s.state().value(), s.monthlyAmount(), s.exempted())).toList(),
                    d.totalMonthly(),
                    d.childPriorities().stream().map(c -> new ChildPriority(c.child(), c.residence().value(), code(c.priorityState()))).toList(),
                    d.costSharing() == null ? null : new CostSharing(d.costSharing().payingState().value(),
                            d.costSharing().reimbursingState().value(), d.costSharing().monthlyAmount()),
                    code(d.provisionalState()), d.instrumentIds(),
                    d.checks().stream().map(c -> CheckView.of(c, locale)).toList(), d.comparison(),
                    d.checks().stream().filter(c -> c.code().startsWith("COMPARISON_")).findFirst()
                            .map(c -> LegalReferenceView.of(c.reference(), locale)).orElse(null),
                    d.comparisons().stream().map(l -> new Comparison(l.state().value(), l.basis(), l.kind(), l.child(),
                            l.ownAmount(), l.amountBefore(), l.supplement(), l.exempted())).toList());
        }
    }

    private static @Nullable String code(@Nullable PartnerCode code) {
        return code == null ? null : code.value();
    }
}
