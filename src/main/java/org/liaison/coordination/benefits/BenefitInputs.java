package org.liaison.coordination.benefits;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;
import org.liaison.shared.PartnerCode;

/**
 * The JSON and form inputs of the export and family-benefit calculators, read as text so that an unknown benefit,
 * an unknown state or an impossible date is reported with its field path instead of failing the whole request.
 */
public class BenefitInputs {

    /** "May this French benefit be paid to a person residing in this state on this date?" */
    @Schema(name = "BenefitExportQuestion", description = "May this French benefit be paid to a person residing in "
            + "this state on this date?")
    public record ExportInput(@Schema(description = "The French benefit", implementation = ExportBenefit.class,
                                      example = "UNEMPLOYMENT_BENEFIT") @Nullable String benefit,
                              @Schema(description = "State of residence (ISO 3166-1 alpha-2)", example = "ES")
                              @Nullable String residenceState,
                              @Schema(format = "date", example = "2025-03-01") @Nullable String date,
                              @Schema(description = "For unemployment benefit: a PD U2 was issued; absent when unknown",
                                      example = "true") @Nullable Boolean pdU2) {
    }

    /** One amount of a state's family benefits: its kind and, where that state grants it per child, the child. */
    @Schema(name = "FamilyBenefitInput", description = "One amount of a state's family benefits, by kind and, where "
            + "that state's law grants it per child, by child; only benefits of the same kind are compared (CJEU "
            + "C-347/12 Wiering), child by child when every state concerned gives that kind per child")
    public record BenefitInput(@Schema(description = "The kind of benefit; parental allowances are computed on the "
                                       + "income actually earned in the state of employment (CJEU C-32/18 Moser)",
                                       implementation = FamilyBenefitKind.class, example = "CHILD_BENEFIT") @Nullable String kind,
                               @Schema(description = "The child it is for, numbered from 1 in the order of `children`; "
                                       + "absent when the amount is for the whole family", example = "1") @Nullable Integer child,
                               @Schema(description = "Euros a month, at most two decimals", example = "141.99")
                               @Nullable BigDecimal monthlyAmount) {
    }

    /** One state's family benefits: the ground of the right and the monthly amount. */
    @Schema(name = "FamilyEntitlementInput", description = "One state's family benefits: what the right rests on and "
            + "the monthly amount")
    public record EntitlementInput(@Schema(example = "FR") @Nullable String state,
                                   @Schema(description = "What the right rests on, in the order of priority of "
                                           + "Reg. 883/2004 art. 68(1)(a)", implementation = FamilyGround.class,
                                           example = "ACTIVITY") @Nullable String ground,
                                   @Schema(description = "Euros a month for the whole family, at most two decimals",
                                           example = "141.99") @Nullable BigDecimal monthlyAmount,
                                   @Schema(description = "Months of insurance or residence in the state; used between two pensions",
                                           example = "12") @Nullable Integer periodMonths,
                                   @ArraySchema(arraySchema = @Schema(description = "The same amount by kind and by "
                                           + "child (issue #12); when given, `monthlyAmount` may be left out (it is "
                                           + "their sum) and benefits of the same kind are compared, child by child "
                                           + "where every state gives them per child; without it, whole-family totals "
                                           + "are compared")) @Nullable List<BenefitInput> benefits,
                                   @Schema(description = "What the parent does in that state; when given, the ground "
                                           + "is classified from it (Administrative Commission Decision F1: paid leave, "
                                           + "sickness, maternity or paternity, unemployment benefits count as activity) "
                                           + "and `ground` may be left out", implementation = FamilySituation.class,
                                           example = "WORKING") @Nullable String situation) {

        /** Only the whole family's total (the first version of the API). */
        public EntitlementInput(@Nullable String state, @Nullable String ground, @Nullable BigDecimal monthlyAmount,
                                @Nullable Integer periodMonths) {
            this(state, ground, monthlyAmount, periodMonths, null, null);
        }

        /** The amounts by kind, without the parent's situation. */
        public EntitlementInput(@Nullable String state, @Nullable String ground, @Nullable BigDecimal monthlyAmount,
                                @Nullable Integer periodMonths, @Nullable List<BenefitInput> benefits) {
            this(state, ground, monthlyAmount, periodMonths, benefits, null);
        }
    }

    /** The date, each child's state of residence, and each state's entitlement. */
    @Schema(name = "FamilyPriorityQuestion", description = "The date, each child's state of residence and each "
            + "state's entitlement")
    public record FamilyInput(@Schema(format = "date", example = "2025-03-01") @Nullable String date,
                              @ArraySchema(arraySchema = @Schema(description = "Each child's state of residence"),
                                      schema = @Schema(example = "DE")) @Nullable List<String> children,
                              @Nullable List<EntitlementInput> entitlements) {
    }

    /** A question or case read from its input, and the problems found while reading it. */
    public record Read<T>(T value, List<FieldProblem> problems) {
    }



    public Read<ExportQuestion> export(ExportInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        ExportInput input = in == null ? new ExportInput(null, null, null, null) : in;
        ExportBenefit benefit = null;
        if (input.benefit() != null && !input.benefit().isBlank()) {
            try {
                benefit = ExportBenefit.valueOf(input.benefit().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem("benefit", "UNKNOWN_BENEFIT", "problem.unknownBenefit"));
            }
        }
        return new Read<>(new ExportQuestion(benefit, state(input.residenceState(), "residenceState", problems),
                date(input.date(), "date", problems), input.pdU2()), problems);
    }

    public Read<FamilyCase> family(FamilyInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        FamilyInput input = in == null ? new FamilyInput(null, null, null) : in;
        List<PartnerCode> children = new ArrayList<>();
        List<String> given = input.children() == null ? List.of() : input.children();
        for (int i = 0; i < given.size(); i++) {
            children.add(state(given.get(i), "children[" + i + "]", problems));
        }
        List<FamilyEntitlement> entitlements = new ArrayList<>();
        List<EntitlementInput> rights = input.entitlements() == null ? List.of() : input.entitlements();
        for (int i = 0; i < rights.size(); i++) {
            EntitlementInput e = rights.get(i);
            String path = "entitlements[" + i + "]";
            entitlements.add(e == null ? null : new FamilyEntitlement(state(e.state(), path + ".state", problems),
                    ground(e.ground(), path + ".ground", problems), e.monthlyAmount(), e.periodMonths(),
                    benefits(e.benefits(), path, problems), situation(e.situation(), path + ".situation", problems)));
        }
        return new Read<>(new FamilyCase(date(input.date(), "date", problems), children, entitlements), problems);
    }

    /** The engine's problems added to the reader's, one per field (the reader's first). */
    public static List<FieldProblem> merge(List<FieldProblem> read, List<FieldProblem> engine) {
        List<FieldProblem> all = new ArrayList<>(read);
        engine.stream().filter(p -> read.stream().noneMatch(r -> r.field().equals(p.field()))).forEach(all::add);
        return all;
    }

    private List<FamilyBenefit> benefits(@Nullable List<BenefitInput> given, String path, List<FieldProblem> problems) {
        List<FamilyBenefit> benefits = new ArrayList<>();
        List<BenefitInput> lines = given == null ? List.of() : given;
        for (int j = 0; j < lines.size(); j++) {
            BenefitInput b = lines.get(j);
            benefits.add(b == null ? null : new FamilyBenefit(kind(b.kind(), path + ".benefits[" + j + "].kind", problems),
                    b.child(), b.monthlyAmount()));
        }
        return benefits;
    }

    private @Nullable FamilySituation situation(@Nullable String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FamilySituation.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(path, "UNKNOWN_SITUATION", "problem.unknownSituation"));
            return null;
        }
    }

    private @Nullable FamilyBenefitKind kind(@Nullable String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FamilyBenefitKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(path, "UNKNOWN_KIND", "problem.unknownKind"));
            return null;
        }
    }

    private @Nullable FamilyGround ground(@Nullable String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FamilyGround.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(path, "UNKNOWN_GROUND", "problem.unknownGround"));
            return null;
        }
    }

    private @Nullable PartnerCode state(@Nullable String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!PartnerCode.isValid(code)) {
            problems.add(problem(path, "UNKNOWN_STATE", "problem.unknownState"));
            return null;
        }
        return PartnerCode.of(code);
    }

    private @Nullable LocalDate date(@Nullable String text, String path, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(problem(path, "INVALID_DATE", "problem.date"));
            return null;
        }
    }

    private FieldProblem problem(String field, String code, String key) {
        return new FieldProblem(field, code, Message.of("i18n.benefits", key));
    }
}
