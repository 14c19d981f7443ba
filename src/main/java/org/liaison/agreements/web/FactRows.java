package org.liaison.agreements.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.PostingExtension;
import org.liaison.shared.Branch;
import org.springframework.context.MessageSource;

/** Turns a governing instrument's parameters into table rows in the reader's language. */
final class FactRows {

    /** A link to a source, or plain text when the source is not a URL. */
    record Source(String label, @org.jspecify.annotations.Nullable String href) {
    }

    record Row(String label, String value, FactStatus status, List<Source> sources, String note) {
    }

    private final MessageSource messages;
    private final Locale locale;

    FactRows(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Row> of(GoverningInstrument g) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("branches", g.branches(), this::branches));
        rows.add(row("max-posting", g.maxPostingMonths(), this::months));
        rows.add(row("self-employed-posting", g.selfEmployedPostingMonths(), this::months));
        rows.add(row("extension", g.postingExtension(), this::extension));
        rows.add(row("decided-by", g.extensionDecidedBy(), code -> msg("agreements.decided-by." + code, code)));
        rows.add(row("reposting-gap", g.repostingGapMonths(), this::months));
        rows.add(row("totalisation", g.totalisationForPensions(), this::yesNo));
        rows.add(row("third-state", g.thirdStatePeriods(), this::yesNo));
        return rows;
    }

    /**
     * Rows for the parameters the coordination engine reads beyond {@link GoverningInstrument}'s (the substantial
     * part, the minimum prior affiliation, third-country nationals), shown only where the registry records them.
     */
    List<Row> more(GoverningInstrument g, List<Fact> facts) {
        List<Row> rows = new ArrayList<>();
        extra(rows, g, facts, FactType.SUBSTANTIAL_PART_PERCENT, "substantial-part", Integer.class, v -> v + " %");
        extra(rows, g, facts, FactType.PRIOR_AFFILIATION_MONTHS, "prior-affiliation", Integer.class, this::months);
        extra(rows, g, facts, FactType.SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS, "self-employed-prior", Integer.class, this::months);
        extra(rows, g, facts, FactType.THIRD_COUNTRY_NATIONALS, "third-country-nationals", Boolean.class, this::yesNo);
        extra(rows, g, facts, FactType.UNEMPLOYMENT_EXPORT_MONTHS, "unemployment-export", Integer.class, this::months);
        extra(rows, g, facts, FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS, "unemployment-export-max", Integer.class, this::months);
        extra(rows, g, facts, FactType.SELF_EMPLOYED_POSTING_EXTENSION, "self-employed-extension",
                PostingExtension.class, this::extension);
        return rows;
    }

    /** A row only where the registry records a fact of that type, read by the registry's one rule. */
    private <T> void extra(List<Row> rows, GoverningInstrument g, List<Fact> facts, FactType type, String key,
                           Class<T> valueType, java.util.function.Function<T, String> format) {
        Fact fact = Fact.select(facts, g.partner().code(), g.date(), type);
        if (fact != null) {
            rows.add(row(key, Parameter.of(fact, type, valueType), format));
        }
    }

    static List<Source> sources(String text) {
        return Arrays.stream(text.split("\\s;\\s")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("http") ? new Source(s.replaceFirst("\\s.*", ""), s.replaceFirst("\\s.*", ""))
                        : new Source(s, null))
                .toList();
    }

    private <T> Row row(String key, Parameter<T> parameter, java.util.function.Function<T, String> format) {
        String label = msg("agreements.fact." + key, key);
        if (parameter instanceof Parameter.Known<T> known) {
            return new Row(label, format.apply(known.value()), known.status(), sources(known.source()),
                    known.note().in(locale));
        }
        return new Row(label, msg("agreements.status.unknown", "unknown"), FactStatus.UNKNOWN, List.of(),
                ((Parameter.Unknown<T>) parameter).note().in(locale));
    }

    private String branches(Set<Branch> branches) {
        return branches.stream().map(b -> msg("agreements.branch." + b.code(), b.code())).collect(Collectors.joining(", "));
    }

    private String months(Integer months) {
        return messages.getMessage("agreements.months", new Object[] {months}, locale);
    }

    private String extension(PostingExtension e) {
        return e.kind() == PostingExtension.Kind.MONTHS ? months(e.months())
                : msg("agreements.extension." + e.kind().name().toLowerCase(Locale.ROOT), e.toString());
    }

    private String yesNo(Boolean value) {
        return msg(value ? "agreements.yes" : "agreements.no", String.valueOf(value));
    }

    private String msg(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
