package org.liaison.coordination;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.shared.LegalReference;
import org.liaison.shared.LocalizedText;

/**
 * The engine's decision as a posting request keeps it (jsonb) and as the pages show it: plain strings, both languages
 * of every explanation and citation, nothing personal (the engine's trace carries none). The API answers with
 * {@link #in(Locale)}, in the request's language.
 */
public record DecisionView(String status, List<Legislation> legislation, List<Check> checks, List<Warning> warnings,
                           List<String> missingFacts) {

    public record Text(String fr, String en) {
        static Text of(org.liaison.shared.Text text) {
            LocalizedText both = BothLanguages.of(text);
            return new Text(both.fr(), both.en());
        }

        public LocalizedText localized() {
            return new LocalizedText(fr, en);
        }

        /** The text in the reader's language. */
        public String in(Locale locale) {
            return localized().in(locale);
        }
    }

    public record Legislation(String start, String end, String state, String provision, Text provisionTitle,
                              Text legalReference, String legalSource, String instrument) {
    }

    public record Check(String code, String provision, String result, Map<String, String> facts, Text legalReference,
                        String legalSource, Text explanation) {
    }

    public record Warning(String code, Text text) {
    }

    /** A missing fact: its field path and the message key that names it in plain words. */
    public record Missing(String fact, String labelKey) {
    }

    /** The missing facts with their labels' keys, e.g. activities[0].employer → postings.missing.employer. */
    public List<Missing> missing() {
        return missingFacts.stream()
                .map(fact -> new Missing(fact, "postings.missing." + fact.replaceFirst("^activities\\[\\d+]\\.", "")))
                .toList();
    }

    public static DecisionView of(Decision decision) {
        return new DecisionView(decision.status().name(),
                decision.legislation().stream().map(DecisionView::legislation).toList(),
                decision.checks().stream().map(DecisionView::check).toList(),
                decision.warnings().stream().map(w -> new Warning(w.code(), Text.of(w.text()))).toList(),
                decision.missingFacts());
    }

    /** The decision in the reader's language, as the API answers it. */
    public LegislationDecision in(Locale locale) {
        return LegislationDecision.of(this, locale);
    }

    private static Legislation legislation(LegislationPeriod period) {
        LegalReference reference = period.provision().reference();
        return new Legislation(period.period().start().toString(), period.period().end().toString(),
                period.state().value(), period.provision().code(), Text.of(period.provision().title()),
                Text.of(reference.citation()), reference.source(), period.instrumentId());
    }

    private static Check check(RequirementCheck check) {
        return new Check(check.code(), check.provision(), check.result().name(), new TreeMap<>(check.facts()),
                Text.of(check.reference().citation()), check.reference().source(), Text.of(check.explanation()));
    }
}
