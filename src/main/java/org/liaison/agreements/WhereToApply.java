package org.liaison.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a person applies in France for the legislation that applies to them, by situation, as dated rows with their
 * source ({@code reference/where-to-apply/fr.csv}): the French competent institution for the person's scheme, and
 * whether Liaison's posting request service plays that role. The simulator's answer and the posting form's
 * introduction both follow it, so they cannot disagree (issue #11 §4).
 */
@Component
public class WhereToApply {

    static final String FILE = "reference/where-to-apply/fr.csv";

    /** The situations the table knows. */
    public enum Situation {
        /** A posting from France under the general scheme: the A1 or a convention's certificate. */
        POSTING_FROM_FRANCE,
        /** A posting from France under the agricultural scheme. */
        AGRICULTURAL_SCHEME,
        /** An exception by agreement between authorities (art. 16(1), a convention's derogation). */
        EXCEPTION,
        /** A posting to France from another state. */
        POSTING_TO_FRANCE,
        /** Work in two or more states (art. 13). */
        SEVERAL_STATES
    }

    /**
     * One row: the institution (a code: {@code URSSAF}, {@code MSA}, {@code CLEISS}, or {@code SENDING_STATE} /
     * {@code RESIDENCE_STATE} for a foreign one), its id in the institution repository if any, whether this service
     * plays that role, and the source.
     */
    public record Desk(Situation situation, LocalDate validFrom, String institution, @Nullable String institutionId,
                       boolean thisService, String source) {
    }

    private final List<Desk> desks;

    public WhereToApply() {
        this(read());
    }

    WhereToApply(List<Desk> desks) {
        this.desks = List.copyOf(desks);
    }

    /** Where to apply in the situation on the day. */
    public Desk of(Situation situation, LocalDate day) {
        return desks.stream().filter(d -> d.situation() == situation && !d.validFrom().isAfter(day))
                .max(Comparator.comparing(Desk::validFrom))
                .orElseThrow(() -> new IllegalStateException("no row for " + situation + " on " + day + " in " + FILE));
    }

    /** Every situation's desk on the day, in the order of {@link Situation}. */
    public List<Desk> on(LocalDate day) {
        return Arrays.stream(Situation.values()).map(s -> of(s, day)).toList();
    }

    private static List<Desk> read() {
        try (InputStream in = Objects.requireNonNull(WhereToApply.class.getClassLoader().getResourceAsStream(FILE), FILE)) {
            List<Desk> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line.strip());
                rows.add(new Desk(Situation.valueOf(cells.get(0)), LocalDate.parse(cells.get(1)), cells.get(2),
                        cells.get(3).isEmpty() ? null : cells.get(3), Boolean.parseBoolean(cells.get(4)), cells.get(5)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated cells; a cell in double quotes may hold commas. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
