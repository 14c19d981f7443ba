package org.liaison.coordination.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
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

    private static final Comparator<RequirementCheck> CHECKS = Trace::compare;
    private static final Comparator<Decision.Warning> WARNINGS = Comparator.comparing(Decision.Warning::code)
            .thenComparing(Decision.Warning::text, Trace::compare);

    // A situation has a handful of checks: lists with an equality test beat hashing every check's facts and texts.
    private final List<RequirementCheck> checks = new ArrayList<>(8);
    private final List<Decision.Warning> warnings = new ArrayList<>(2);
    private final List<String> missingFacts = new ArrayList<>(2);

    void add(Finding finding) {
        RequirementCheck check = finding.check();
        if (check != null && !contains(check)) {
            checks.add(check);
        }
        for (int i = 0; i < finding.warnings().size(); i++) {
            Decision.Warning warning = finding.warnings().get(i);
            if (!contains(warning)) {
                warnings.add(warning);
            }
        }
        for (int i = 0; i < finding.missingFacts().size(); i++) {
            String fact = finding.missingFacts().get(i);
            if (!missingFacts.contains(fact)) {
                missingFacts.add(fact);
            }
        }
    }

    /** The same check from another part of the period: compared by its code first, which tells most apart. */
    private boolean contains(RequirementCheck check) {
        for (int i = 0; i < checks.size(); i++) {
            RequirementCheck other = checks.get(i);
            if (other.code().equals(check.code()) && other.provision().equals(check.provision()) && other.equals(check)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(Decision.Warning warning) {
        for (int i = 0; i < warnings.size(); i++) {
            Decision.Warning other = warnings.get(i);
            if (other.code().equals(warning.code()) && other.equals(warning)) {
                return true;
            }
        }
        return false;
    }

    List<RequirementCheck> checks() {
        checks.sort(CHECKS);
        return checks;
    }

    List<Decision.Warning> warnings() {
        warnings.sort(WARNINGS);
        return warnings;
    }

    List<String> missingFacts() {
        missingFacts.sort(null);
        return missingFacts;
    }

    /** Checks by provision, then code, then (the same check in two parts of the period) their facts in key order. */
    private static int compare(RequirementCheck a, RequirementCheck b) {
        // most checks of a decision belong to one provision: equals answers on the same string at once
        int order = a.provision().equals(b.provision()) ? 0 : a.provision().compareTo(b.provision());
        order = order != 0 ? order : a.code().compareTo(b.code());
        return order != 0 ? order : new TreeMap<>(a.facts()).toString().compareTo(new TreeMap<>(b.facts()).toString());
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
