package org.liaison.coordination.benefits;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.BothLanguages;
import org.liaison.coordination.RequirementCheck;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartnerCode;

/** The export and family-benefit answers as the API and the pages show them: codes as text, explanations FR/EN. */
public final class BenefitViews {

    private BenefitViews() {
    }

    /** A text in both languages. */
    @Schema(name = "BenefitText")
    public record Text(String fr, String en) {
    public     static Text of(org.liaison.shared.Text text) {
            LocalizedText both = BothLanguages.of(text);
            return new Text(both.fr(), both.en());
        }
    }

    /** One requirement checked, with its legal reference and the address of the text. */
    @Schema(name = "BenefitCheck")
    public record Check(String code, String provision, String result, Map<String, String> facts, String legalReference,
                        String source, Text explanation) {
    public     static Check of(RequirementCheck c) {
            return new Check(c.code(), c.provision(), c.result().name(), c.facts(), c.reference().citation(),
                    c.reference().source(), Text.of(c.explanation()));
        }
    }

    /** Whether a French benefit may be paid abroad, on which basis, and for how long (unemployment benefit). */
    @Schema(name = "BenefitExportAnswer")
    public record Export(String status, @Nullable String instrument, @Nullable String provision,
                         @Nullable Text provisionTitle, @Nullable String legalReference, @Nullable String source,
                         @Nullable Integer exportMonths, @Nullable Integer maxExportMonths, List<Check> checks,
                         List<String> missingFacts) {
    public     static Export of(ExportDecision d) {
            return new Export(d.status().name(), d.instrumentId(), d.basis().map(p -> p.code()).orElse(null),
                    d.basis().map(p -> Text.of(p.title())).orElse(null), d.basis().map(p -> p.reference().citation()).orElse(null),
                    d.basis().map(p -> p.reference().source()).orElse(null), d.exportMonths(), d.maxExportMonths(),
                    d.checks().stream().map(Check::of).toList(), d.missingFacts());
        }
    }

    /** What a state with a lower priority adds (zero when exempted under art. 68(2), last sentence). */
    @Schema(name = "FamilySupplementAnswer")
    public record Supplement(String state, BigDecimal monthlyAmount, boolean exempted) {
    }

    /** The priority state for one child (null when the tie-breaks leave two states equal). */
    @Schema(name = "FamilyChildPriorityAnswer")
    public record ChildPriority(int child, String residence, @Nullable String priorityState) {
    }

    /** Reg. 987/2009 art. 58: the half reimbursed by the second state of employment. */
    @Schema(name = "FamilyCostSharingAnswer")
    public record CostSharing(String payingState, String reimbursingState, BigDecimal monthlyAmount) {
    }

    /** Which state pays first, what the others add, per child, and the trace. */
    @Schema(name = "FamilyPriorityAnswer")
    public record Family(String status, @Nullable String priorityState, @Nullable BigDecimal priorityAmount,
                         List<Supplement> supplements, @Nullable BigDecimal totalMonthly, List<ChildPriority> children,
                         @Nullable CostSharing costSharing, @Nullable String provisionalState, List<String> instruments,
                         List<Check> checks) {
    public     static Family of(FamilyDecision d) {
            return new Family(d.status().name(), code(d.priorityState()), d.priorityAmount(),
                    d.supplements().stream().map(s -> new Supplement(s.state().value(), s.monthlyAmount(), s.exempted())).toList(),
                    d.totalMonthly(),
                    d.childPriorities().stream().map(c -> new ChildPriority(c.child(), c.residence().value(), code(c.priorityState()))).toList(),
                    d.costSharing() == null ? null : new CostSharing(d.costSharing().payingState().value(),
                            d.costSharing().reimbursingState().value(), d.costSharing().monthlyAmount()),
                    code(d.provisionalState()), d.instrumentIds(), d.checks().stream().map(Check::of).toList());
        }
    }

    private static @Nullable String code(@Nullable PartnerCode code) {
        return code == null ? null : code.value();
    }
}
