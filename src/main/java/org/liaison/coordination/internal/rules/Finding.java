package org.liaison.coordination.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.Parameter;
import org.liaison.coordination.Decision;
import org.liaison.coordination.Provision;
import org.liaison.coordination.RequirementCheck;
import org.liaison.coordination.RequirementResult;
import org.liaison.shared.LegalReference;

/**
 * What one requirement found, as a value the engine folds into the decision: its result, the check it records
 * (none when it has nothing to record, e.g. no earlier posting to compare with), the facts still missing and the
 * warnings for the officer. A policy returns findings; it never writes into shared state.
 *
 * @param extension for a posting's duration only: the posting runs into an extension of the initial limit
 */
record Finding(RequirementResult result, @Nullable RequirementCheck check, List<String> missingFacts,
               List<Decision.Warning> warnings, @Nullable Extension extension) {

    /** A posting longer than the initial limit but within an extension: from when, and whether someone decides it. */
    record Extension(LocalDate start, boolean decidedByKnown) {
    }

    private static final Finding MET_SILENTLY = new Finding(RequirementResult.MET, null, List.of(), List.of(), null);

    /** The requirement is met, or does not apply, and there is nothing to record. */
    static Finding met() {
        return MET_SILENTLY;
    }

    /** A check of a provision's requirement, explained by the {@code i18n.rules} message {@code textKey}. */
    static Finding check(String code, Provision provision, RequirementResult result, Map<String, String> facts,
                         String textKey, Object... args) {
        return check(code, provision.code(), result, facts, provision.reference(), textKey, args);
    }

    static Finding check(String code, String provision, RequirementResult result, Map<String, String> facts,
                         LegalReference reference, String textKey, Object... args) {
        return new Finding(result, new RequirementCheck(code, provision, result, facts, reference,
                RuleTexts.message(textKey, args)), List.of(), List.of(), null);
    }

    private static final String[] SMALL_NUMBERS = new String[1000];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    /** A number as a fact's value (months, percentages): the small ones are built once. */
    static String fact(long number) {
        return number >= 0 && number < SMALL_NUMBERS.length ? SMALL_NUMBERS[(int) number] : Long.toString(number);
    }

    /** A warning only: the requirement counts as met. */
    static Finding warning(String code, String textKey, Object... args) {
        return met().warn(code, textKey, args);
    }

    /** The same finding, naming a fact the person must still give (its field path). */
    Finding missing(String fact) {
        return new Finding(result, check, plus(missingFacts, fact), warnings, extension);
    }

    Finding warn(String code, String textKey, Object... args) {
        return new Finding(result, check, missingFacts,
                plus(warnings, new Decision.Warning(code, RuleTexts.message(textKey, args))), extension);
    }

    /** A parameter read with status {@code to_check} is used, with a warning saying so. */
    Finding warnIfToCheck(Parameter<?> parameter, String name, String instrumentId) {
        return parameter instanceof Parameter.Known<?> known && known.status() == FactStatus.TO_CHECK
                ? warn("PARAMETER_TO_CHECK", "warning.parameterToCheck", name, instrumentId,
                        known.value() instanceof Integer number ? fact(number) : String.valueOf(known.value()))
                : this;
    }

    Finding extendedFrom(LocalDate start, boolean decidedByKnown) {
        return new Finding(result, check, missingFacts, warnings, new Extension(start, decidedByKnown));
    }

    private static <T> List<T> plus(List<T> list, T element) {
        if (list.isEmpty()) {
            return List.of(element);
        }
        List<T> all = new ArrayList<>(list.size() + 1);
        all.addAll(list);
        all.add(element);
        return List.copyOf(all);
    }
}
