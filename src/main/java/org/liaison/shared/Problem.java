package org.liaison.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a request is refused, as a value a module can build without the web: what kind of refusal, a stable type
 * (the {@code <type>} of {@code urn:liaison:problem:<type>}), a title and a detail in the reader's language, and,
 * for bad input, every problem with its field. The web layer ({@code shared.web}) answers it with an RFC 9457
 * problem body for the API or the error page for a reader.
 *
 * @param kind       what kind of refusal; the web layer maps it to the HTTP status
 * @param type       stable, lower-case, hyphenated, e.g. {@code invalid-input} or {@code unknown-sed}
 * @param title      a short summary, the same for every occurrence of the type
 * @param detail     this occurrence explained; it may name a field, a code or a value the client sent (the body is
 *                   JSON, the error page never shows it), never an exception's message
 * @param errors     for {@link Kind#INVALID_INPUT}: every problem with its field; empty otherwise
 * @param properties extra members clients rely on (e.g. the versions of an SED that exist); a {@link Text} value,
 *                   or one in a list or a map, is rendered in the reader's language
 * @param retryAfter for {@link Kind#TOO_MANY_REQUESTS}: when to try again, if known
 */
public record Problem(Kind kind, String type, Text title, Text detail, List<FieldProblem> errors,
                      Map<String, Object> properties, @Nullable Duration retryAfter) {

    /** What kind of refusal. */
    public enum Kind {
        /** The input is wrong; {@link #errors()} says where and why (400). */
        INVALID_INPUT,
        /** What was asked for does not exist, or the caller may not know that it exists (404). */
        NOT_FOUND,
        /** The request does not fit the current state of what it acts on (409). */
        CONFLICT,
        /** The client asked too often (429). */
        TOO_MANY_REQUESTS
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static Problem invalidInput(String type, Text title, Text detail, List<FieldProblem> errors) {
        return new Problem(Kind.INVALID_INPUT, type, title, detail, errors, Map.of(), null);
    }

    public static Problem notFound(String type, Text title, Text detail) {
        return new Problem(Kind.NOT_FOUND, type, title, detail, List.of(), Map.of(), null);
    }

    public static Problem conflict(String type, Text title, Text detail) {
        return new Problem(Kind.CONFLICT, type, title, detail, List.of(), Map.of(), null);
    }

    public static Problem tooManyRequests(String type, Text title, Text detail, @Nullable Duration retryAfter) {
        return new Problem(Kind.TOO_MANY_REQUESTS, type, title, detail, List.of(), Map.of(), retryAfter);
    }

    /** The same problem with one more member in its body. */
    public Problem with(String property, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(property, value);
        return new Problem(kind, type, title, detail, errors, more, retryAfter);
    }
}
