package org.liaison.portal.web.simulators.legislation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's questions, one per page, and which one comes next given the answers so far (carried from page to
 * page in the query, so that it works without JavaScript). Only what the rules need is asked: the posting questions
 * only for a posting, the shares only for work in several states.
 */
final class SimulatorSteps {

    static final int MAX_STATES = 4;
    static final String ANSWER = "answer";
    private static final Set<String> WORKERS = Set.of("EMPLOYED", "SELF_EMPLOYED");

    private final Map<String, String> answers;

    SimulatorSteps(Map<String, String> answers) {
        this.answers = answers;
    }

    /** Every answer the simulator knows of, from the request's parameters (anything else is ignored). */
    static SimulatorSteps of(Map<String, String> parameters) {
        Set<String> known = Stream.concat(Stream.of("residence", "kind", "states", "work", "posted", "from", "substantial",
                        "affiliated", "replaces", "similar", "count", "start", "end", "earlierEnd",
                        // issue #12: a certificate already held; the centre of interest's criteria (self-employed)
                        "cert", "certFrom", "certKind", "certWithdrawn", "certContested", "intent"),
                IntStream.rangeClosed(1, MAX_STATES).boxed().flatMap(i -> Stream.of("s" + i, "t" + i, "p" + i, "e" + i,
                        "f" + i, "h" + i, "n" + i)))
                .collect(Collectors.toSet());
        Map<String, String> answers = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (known.contains(key) && value != null && !value.isBlank()) {
                answers.put(key, value.trim());
            }
        });
        return new SimulatorSteps(answers);
    }

    /** The next question, or {@link #ANSWER} when the rules have what they need. */
    String next() {
        if (!has("residence")) {
            return "residence";
        }
        if (!has("kind")) {
            return "kind";
        }
        if (several()) {
            if (!has("count")) {
                return "count";
            }
            return has("s1") ? datesOrAnswer() : "activities";
        }
        if (WORKERS.contains(get("kind")) && !has("states")) {
            return "states";
        }
        if (!has("work")) {
            return "work";
        }
        if (WORKERS.contains(get("kind"))) {
            if (!has("posted")) {
                return "posted";
            }
            if (posted() && !has("from")) {
                return "from";
            }
            if (posted() && !has("substantial")) {
                return "posting";
            }
        }
        return datesOrAnswer();
    }

    /** The fields the given step asks, which the page must not carry as hidden answers. */
    static List<String> asks(String step) {
        return switch (step) {
            case "posting" -> List.of("substantial", "affiliated", "replaces", "similar");
            case "activities" -> Stream.concat(IntStream.rangeClosed(1, MAX_STATES).boxed()
                    .flatMap(i -> Stream.of("s" + i, "t" + i, "p" + i, "e" + i, "f" + i, "h" + i, "n" + i)),
                    Stream.of("intent")).toList();
            case "dates" -> List.of("start", "end", "earlierEnd", "cert");
            case "certificate" -> List.of("certFrom", "certKind", "certWithdrawn", "certContested");
            case "residence", "kind", "states", "work", "posted", "from", "count" -> List.of(step);
            default -> List.of();
        };
    }

    /** The answers to carry as hidden fields on the page of the step. */
    Map<String, String> carried(String step) {
        Map<String, String> carried = new LinkedHashMap<>(answers);
        asks(step).forEach(carried::remove);
        return carried;
    }

    /** The dates page also asks whether a certificate is already held; only a "yes" asks its details next. */
    private String datesOrAnswer() {
        if (!has("start") || !has("end")) {
            return "dates";
        }
        return "yes".equals(get("cert")) && !has("certFrom") ? "certificate" : ANSWER;
    }

    boolean several() {
        return "several".equals(get("states")) && WORKERS.contains(get("kind"));
    }

    boolean posted() {
        return "yes".equals(get("posted"));
    }

    int count() {
        try {
            return Math.max(2, Math.min(MAX_STATES, Integer.parseInt(get("count"))));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    boolean has(String key) {
        return answers.containsKey(key);
    }

    @Nullable String get(String key) {
        return answers.get(key);
    }

    Map<String, String> answers() {
        return answers;
    }
}
