package org.liaison.coordination.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.liaison.coordination.Decision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.shared.Message;
import org.liaison.shared.Text;

/**
 * The fold of the findings the policies returned for every part of one situation into the decision's trace: each
 * requirement check once (whatever the number of parts that needed it), each warning once, the missing facts.
 * Checks and warnings are sorted so that the decision does not depend on the order in which the situation lists
 * its activities; nothing is formatted to sort them.
 */
final class Trace {

    private static final Comparator<RequirementCheck> CHECKS = Comparator.comparing(RequirementCheck::provision)
            .thenComparing(RequirementCheck::code).thenComparing(c -> new TreeMap<>(c.facts()).toString());
    private static final Comparator<Decision.Warning> WARNINGS = Comparator.comparing(Decision.Warning::code)
            .thenComparing(Decision.Warning::text, Trace::compare);

    private final Set<RequirementCheck> checks = new LinkedHashSet<>();
    private final Set<Decision.Warning> warnings = new LinkedHashSet<>();
    private final Set<String> missingFacts = new TreeSet<>();

    void add(Finding finding) {
        if (finding.check() != null) {
            checks.add(finding.check());
        }
        warnings.addAll(finding.warnings());
        missingFacts.addAll(finding.missingFacts());
    }

    List<RequirementCheck> checks() {
        List<RequirementCheck> sorted = new ArrayList<>(checks);
        sorted.sort(CHECKS);
        return sorted;
    }

    List<Decision.Warning> warnings() {
        List<Decision.Warning> sorted = new ArrayList<>(warnings);
        sorted.sort(WARNINGS);
        return sorted;
    }

    List<String> missingFacts() {
        return List.copyOf(missingFacts);
    }

    /**
     * The order of two warnings' texts as their English would sort, without formatting them: the same message sorts
     * by its arguments, which its text shows in that order.
     */
    private static int compare(Text a, Text b) {
        if (a instanceof Message x && b instanceof Message y) {
            int byKey = x.key().compareTo(y.key());
            for (int i = 0; byKey == 0 && i < Math.min(x.arguments().size(), y.arguments().size()); i++) {
                byKey = argument(x.arguments().get(i)).compareTo(argument(y.arguments().get(i)));
            }
            return byKey;
        }
        return a.in(Locale.ENGLISH).compareTo(b.in(Locale.ENGLISH));
    }

    private static String argument(Object argument) {
        return argument instanceof Text text ? text.in(Locale.ENGLISH) : String.valueOf(argument);
    }
}
