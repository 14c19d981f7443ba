package org.liaison.coordination.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.Decision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReference;

/**
 * What the engine checked while deciding one situation: the requirement checks (each once, whatever the number of
 * period parts that needed it), the warnings and the missing facts. Checks and warnings are sorted when read so
 * that the decision does not depend on the order in which the situation lists its activities.
 */
final class Trace {

    private final Set<RequirementCheck> checks = new LinkedHashSet<>();
    private final Map<String, Decision.Warning> warnings = new LinkedHashMap<>();
    private final Set<String> missingFacts = new TreeSet<>();

    RequirementResult check(String code, String provision, RequirementResult result, Map<String, String> facts,
                            LegalReference reference, String textKey, Object... args) {
        checks.add(new RequirementCheck(code, provision, result, facts, reference, RuleTexts.text(textKey, args)));
        return result;
    }

    void warn(String code, String textKey, Object... args) {
        warnings.putIfAbsent(code + "|" + RuleTexts.text(textKey, args).en(),
                new Decision.Warning(code, RuleTexts.text(textKey, args)));
    }

    void missing(String fact) {
        missingFacts.add(fact);
    }

    /** A parameter read with status {@code to_check} is used, with a warning saying so. */
    void warnIfToCheck(Parameter<?> parameter, String name, String instrumentId) {
        if (parameter.status() == FactStatus.TO_CHECK) {
            warn("PARAMETER_TO_CHECK", "warning.parameterToCheck", name, instrumentId, describe(parameter));
        }
    }

    static String describe(Parameter<?> parameter) {
        return parameter instanceof Parameter.Known<?> k ? String.valueOf(k.value()) : "?";
    }

    List<RequirementCheck> checks() {
        List<RequirementCheck> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(RequirementCheck::provision).thenComparing(RequirementCheck::code)
                .thenComparing(c -> new TreeSetKey(c.facts()).toString()));
        return sorted;
    }

    List<Decision.Warning> warnings() {
        List<Decision.Warning> sorted = new ArrayList<>(warnings.values());
        sorted.sort(Comparator.comparing(Decision.Warning::code).thenComparing(w -> w.text().en()));
        return sorted;
    }

    List<String> missingFacts() {
        return List.copyOf(missingFacts);
    }

    boolean hasMissingFacts() {
        return !missingFacts.isEmpty();
    }

    /** A map's entries in key order, for a stable sort key. */
    private record TreeSetKey(Map<String, String> facts) {
        @Override
        public String toString() {
            return new java.util.TreeMap<>(facts).toString();
        }
    }
}
