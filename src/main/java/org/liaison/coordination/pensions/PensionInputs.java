package org.liaison.coordination.pensions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.agreements.StateNames;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;
import org.liaison.shared.PartnerCode;

/**
 * Reads a {@link PensionInput}, reports what cannot be read (unknown state, bad date, unknown value, months not whole)
 * with its JSON path, lets the engine check the rest and keeps one problem per field: the API and the page answer
 * with every problem at once.
 */
public class PensionInputs {

    /** Every problem of an input, or none and the engine's estimate. */
    public record Outcome(List<FieldProblem> problems, PensionRequest request, PensionEstimate estimate) {
    public     boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Pattern ENGINE_PATH = Pattern.compile("^(periods|quantities)\\[(\\d+)]");

    private final PensionEstimates engine;
    private final StateNames states;

    public PensionInputs(PensionEstimates engine, StateNames states) {
        this.engine = engine;
        this.states = states;
    }

    public Outcome estimate(PensionInput input) {
        PensionValues reader = new PensionValues(states.names(Locale.FRENCH).keySet(), (code, args) -> text(code, args));
        if (input == null) {
            return new Outcome(List.of(problem("request", "REQUIRED")), null, null);
        }
        List<PensionPeriod> dated = new ArrayList<>();
        List<Integer> datedIndex = new ArrayList<>();
        List<PensionQuantity> quantities = new ArrayList<>();
        List<Integer> quantityIndex = new ArrayList<>();
        List<PensionInput.Period> periods = input.periods() == null ? List.of() : input.periods();
        for (int i = 0; i < periods.size(); i++) {
            PensionInput.Period p = periods.get(i);
            String field = "periods[" + i + "]";
            if (p == null) {
                reader.report(field, "REQUIRED");
                continue;
            }
            PartnerCode state = reader.state(p.state(), field + ".state");
            PensionPeriodKind kind = reader.value(p.kind(), field + ".kind", PensionPeriodKind::valueOf);
            if (p.quantity() == null && blank(p.unit())) {
                dated.add(new PensionPeriod(state, p.scheme(), kind, reader.date(p.start(), field + ".start"),
                        reader.date(p.end(), field + ".end"), Boolean.TRUE.equals(p.voluntary()),
                        Boolean.TRUE.equals(p.equivalent()), Boolean.TRUE.equals(p.refundedByLumpSum())));
                datedIndex.add(i);
            } else {
                if (!blank(p.start()) || !blank(p.end())) {
                    reader.report(field + ".quantity", "DATES_AND_QUANTITY");
                }
                quantities.add(new PensionQuantity(state, p.scheme(), kind, p.quantity(),
                        reader.value(p.unit(), field + ".unit", PensionUnit::valueOf),
                        reader.value(p.workingWeek(), field + ".workingWeek", PensionWorkingWeek::valueOf)));
                quantityIndex.add(i);
            }
        }
        List<PensionRule> rules = new ArrayList<>();
        List<PensionInput.Rule> ruleInputs = input.rules() == null ? List.of() : input.rules();
        for (int i = 0; i < ruleInputs.size(); i++) {
            PensionInput.Rule r = ruleInputs.get(i);
            String field = "rules[" + i + "]";
            rules.add(r == null ? null : new PensionRule(reader.state(r.state(), field + ".state"),
                    reader.whole(r.minimumMonths(), field + ".minimumMonths", true),
                    r.monthlyAccrual(), reader.whole(r.maximumMonths(), field + ".maximumMonths", false),
                    r.theoreticalAmount(), r.independentAmount(), r.minimumPension(),
                    reader.value(r.annexVIII(), field + ".annexVIII", PensionAnnexVIII::valueOf),
                    reader.value(r.rounding(), field + ".rounding", PensionRounding::valueOf)));
        }
        PartnerCode residence = reader.state(input.residenceState(), "residenceState");
        LocalDate date = reader.date(input.date(), "date");
        PensionFramework framework = PensionFramework.europeanRegulation();
        if (input.convention() != null) {
            PartnerCode partner = reader.state(input.convention().partner(), "convention.partner");
            List<String> thirds = input.convention().thirdStates() == null ? List.of() : input.convention().thirdStates();
            Set<PartnerCode> counted = new java.util.HashSet<>();
            for (int i = 0; i < thirds.size(); i++) {
                PartnerCode third = reader.state(thirds.get(i), "convention.thirdStates[" + i + "]");
                if (third != null) {
                    counted.add(third);
                }
            }
            framework = partner == null ? framework : new PensionFramework(partner, counted);
        }
        PensionRequest request = new PensionRequest(dated, quantities, rules, residence, framework, date);
        PensionEstimate estimate = engine.estimate(request);
        Map<String, FieldProblem> all = new LinkedHashMap<>(reader.problems());
        for (FieldProblem problem : estimate.problems()) {
            String field = remap(problem.field(), datedIndex, quantityIndex);
            all.putIfAbsent(field, new FieldProblem(field, problem.code(), problem.message()));
        }
        return all.isEmpty() ? new Outcome(List.of(), request, estimate)
                : new Outcome(List.copyOf(all.values()), request, null);
    }

    /** The engine numbers dated and quantity periods apart; the input has one list. */
    private static String remap(String field, List<Integer> datedIndex, List<Integer> quantityIndex) {
        Matcher matcher = ENGINE_PATH.matcher(field);
        if (!matcher.find()) {
            return field;
        }
        List<Integer> index = matcher.group(1).equals("periods") ? datedIndex : quantityIndex;
        int original = index.get(Integer.parseInt(matcher.group(2)));
        return "periods[" + original + "]" + field.substring(matcher.end());
    }

    private FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, code, text(code, args));
    }

    private static Message text(String code, Object... args) {
        return Message.of("i18n.pensions", "pensions.problem." + code, args);
    }

    private static boolean blank(String text) {
        return PensionValues.blank(text);
    }
}
