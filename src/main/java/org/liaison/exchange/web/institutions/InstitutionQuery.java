package org.liaison.exchange.web.institutions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.InstitutionBuc;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionSearch;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Message;

/**
 * The search and routing parameters of the IR pages and API, checked all at once so that every bad one is reported.
 *
 * @param problems each bad parameter with its message
 */
record InstitutionQuery(InstitutionSearch search, int page, int size, List<FieldProblem> problems) {

    static final int DEFAULT_SIZE = 20;

    static InstitutionQuery parse(@Nullable String q, @Nullable String country, @Nullable String buc,
                                  @Nullable String environment, @Nullable String page, @Nullable String size) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = blank(q) ? null : q.strip();
        if (text != null && text.length() > 100) {
            problems.add(problem("q", "TOO_LONG", "q"));
        }
        String countryCode = country(country, problems);
        String bucType = buc(buc, problems);
        ExchangeEnvironment env = environment(environment, problems);
        int pageNumber = number(page, 0, "page", Integer.MAX_VALUE / InstitutionDirectory.MAX_PAGE_SIZE, problems);
        int pageSize = number(size, DEFAULT_SIZE, "size", InstitutionDirectory.MAX_PAGE_SIZE, problems);
        if (pageSize < 1) {
            problems.add(problem("size", "OUT_OF_RANGE", "size"));
        }
        return new InstitutionQuery(new InstitutionSearch(text, countryCode, bucType, env, false), pageNumber,
                Math.max(1, pageSize), List.copyOf(problems));
    }

    static @Nullable String country(@Nullable String country, List<FieldProblem> problems) {
        if (blank(country)) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!InstitutionId.EESSI_COUNTRIES.contains(code)) {
            problems.add(problem("country", "UNKNOWN_COUNTRY", "country"));
            return null;
        }
        return code;
    }

    static @Nullable String buc(@Nullable String buc, List<FieldProblem> problems) {
        if (blank(buc)) {
            return null;
        }
        if (!InstitutionBuc.isBucType(buc.strip())) {
            problems.add(problem("buc", "NOT_A_BUC", "buc"));
            return null;
        }
        return buc.strip();
    }

    static @Nullable ExchangeEnvironment environment(@Nullable String environment, List<FieldProblem> problems) {
        if (blank(environment)) {
            return null;
        }
        try {
            return ExchangeEnvironment.valueOf(environment.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem("environment", "UNKNOWN_VALUE", "environment"));
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String date, List<FieldProblem> problems) {
        if (blank(date)) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem("date", "NOT_A_DATE", "date"));
            return null;
        }
    }

    private static int number(@Nullable String text, int fallback, String field, int max, List<FieldProblem> problems) {
        if (blank(text)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem(field, "OUT_OF_RANGE", field));
        return fallback;
    }

    /** A bad parameter, its message {@code institutions.error.<key>} of {@code i18n/institutions}. */
    static FieldProblem problem(String field, String code, String key) {
        return new FieldProblem(field, code, Message.of("i18n.institutions", "institutions.error." + key));
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
