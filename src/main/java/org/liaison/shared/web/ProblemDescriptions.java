package org.liaison.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.liaison.shared.Text;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns a failed request into the one RFC 9457 problem body of the API: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, and for a 400 {@code errors[]} of {@code field} (JSON path or parameter name,
 * empty for the input as a whole), {@code code} and {@code message}, all in the reader's language. A module's
 * {@link ProblemException} gives its own type, texts and members; Spring's own 400s (unreadable JSON, a malformed or
 * missing parameter, bean validation) get the same shape, naming the faulty field but never repeating the value the
 * client sent; other failures keep Spring's status with a detail from the message bundles.
 */
final class ProblemDescriptions {

    private static final String URN = "urn:liaison:problem:";

    private final MessageSource messages;

    ProblemDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    /** The status of a refusal the problem handler answers; {@code null} for a failure it leaves to the next resolver. */
    static @Nullable HttpStatus statusOf(Throwable error) {
        if (error instanceof ProblemException refused) {
            return status(refused.problem().kind());
        }
        if (error instanceof HttpMessageNotReadableException || error instanceof TypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        return error instanceof ErrorResponse response ? HttpStatus.resolve(response.getStatusCode().value()) : null;
    }

    static HttpStatus status(Problem.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    Map<String, Object> describe(HttpStatus status, @Nullable Throwable error, String path, @Nullable String reference,
            Locale locale) {
        Description description = error instanceof ProblemException refused ? own(refused.problem(), locale)
                : status == HttpStatus.BAD_REQUEST ? badRequest(error, locale)
                : other(status, error, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", description.type());
        body.put("title", description.title());
        body.put("status", status.value());
        body.put("detail", description.detail());
        body.put("instance", path);
        if (status == HttpStatus.BAD_REQUEST) {
            List<Map<String, String>> errors = description.errors().isEmpty()
                    // a 400 always says what is wrong, if only with the input as a whole
                    ? List.of(error("", "INVALID_INPUT", description.detail()))
                    : description.errors();
            body.put("errors", errors);
        }
        description.properties().forEach(body::putIfAbsent);
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    private record Description(String type, String title, String detail, List<Map<String, String>> errors,
                               Map<String, Object> properties) {

        Description(String type, String title, String detail, List<Map<String, String>> errors) {
            this(type, title, detail, errors, Map.of());
        }
    }

    private static Description own(Problem problem, Locale locale) {
        Map<String, Object> properties = new LinkedHashMap<>();
        problem.properties().forEach((name, value) -> properties.put(name, rendered(value, locale)));
        return new Description(URN + problem.type(), problem.title().in(locale), problem.detail().in(locale),
                problem.errors().stream().map(p -> error(p.field(), p.code(), p.message().in(locale))).toList(),
                properties);
    }

    private Description badRequest(@Nullable Throwable error, Locale locale) {
        if (error instanceof HttpMessageNotReadableException) {
            JacksonException jackson = jacksonCause(error);
            String field = jackson == null ? "" : path(jackson);
            if (jackson instanceof RefusedJsonValue refused) {
                return input(message("problem.input.detail", locale, 1), List.of(error(field,
                        refused.reason().name(), message(refused.reason().key, locale, field))), locale);
            }
            boolean syntax = jackson == null || jackson instanceof StreamReadException;
            String message = field.isEmpty() ? message("problem.body.unreadable", locale)
                    : message("problem.field.unreadable", locale, field);
            return input(syntax ? message("problem.body.unreadable", locale) : message("problem.input.detail", locale, 1),
                    List.of(error(field, "UNREADABLE", message)), locale);
        }
        if (error instanceof MethodArgumentNotValidException invalid) {
            List<Map<String, String>> errors = new ArrayList<>();
            invalid.getBindingResult().getAllErrors().forEach(e -> errors.add(error(
                    e instanceof FieldError f ? f.getField() : "", FieldProblem.code(String.valueOf(e.getCode())),
                    messages.getMessage(e, locale))));
            return input(message("problem.body.invalid", locale), errors, locale);
        }
        if (error instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return parameter(mismatch.getPropertyName(), "INVALID_VALUE", "problem.parameter.invalid", locale);
        }
        if (error instanceof MissingServletRequestParameterException missing) {
            return parameter(missing.getParameterName(), "REQUIRED", "problem.parameter.missing", locale);
        }
        if (error instanceof MissingServletRequestPartException missing) {
            return parameter(missing.getRequestPartName(), "REQUIRED", "problem.parameter.missing", locale);
        }
        if (error instanceof HandlerMethodValidationException invalid) {
            List<Map<String, String>> errors = new ArrayList<>();
            invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(e ->
                    errors.add(error(String.valueOf(result.getMethodParameter().getParameterName()), code(e),
                            messages.getMessage(e, locale)))));
            return new Description(URN + "invalid-parameter", message("problem.parameter.title", locale),
                    message("problem.input.detail", locale, errors.size()), errors);
        }
        ProblemDetail module = moduleProblem(error);
        if (module != null) {
            String detail = module.getDetail() != null ? module.getDetail() : message("problem.400", locale);
            return new Description(String.valueOf(module.getType()),
                    module.getTitle() != null ? module.getTitle() : HttpStatus.BAD_REQUEST.getReasonPhrase(), detail,
                    List.of(), properties(module));
        }
        return input(message("problem.400", locale), List.of(), locale);
    }

    private Description input(String detail, List<Map<String, String>> errors, Locale locale) {
        return new Description(URN + "invalid-input", message("problem.input.title", locale), detail, errors);
    }

    private Description parameter(String name, String code, String key, Locale locale) {
        String text = message(key, locale, name);
        return new Description(URN + "invalid-parameter", message("problem.parameter.title", locale), text,
                List.of(error(name, code, text)));
    }

    private Description other(HttpStatus status, @Nullable Throwable error, Locale locale) {
        ProblemDetail module = moduleProblem(error);
        String key = "problem." + status.value();
        String standard = messages.getMessage(key, null,
                message(status.is5xxServerError() ? "problem.500" : "problem.4xx", locale), locale);
        if (module == null && status == HttpStatus.SERVICE_UNAVAILABLE) {
            // the database is unreachable (ServiceUnavailable): a type clients can act on by waiting
            return new Description(URN + "service-unavailable", message("problem.503.title", locale),
                    message("problem.503", locale), List.of());
        }
        if (module == null) {
            return new Description("about:blank", status.getReasonPhrase(), standard, List.of());
        }
        return new Description(String.valueOf(module.getType()),
                module.getTitle() != null ? module.getTitle() : status.getReasonPhrase(),
                module.getDetail() != null ? module.getDetail() : standard, List.of(), properties(module));
    }

    /** The body of an {@link ErrorResponse} a module threw (e.g. a {@link ResponseStatusException}); not Spring's own. */
    private static @Nullable ProblemDetail moduleProblem(@Nullable Throwable error) {
        boolean springStandard = error != null && error.getClass().getPackageName().startsWith("org.springframework")
                && !(error instanceof ResponseStatusException);
        return error instanceof ErrorResponse response && !springStandard ? response.getBody() : null;
    }

    private static Map<String, Object> properties(ProblemDetail problem) {
        return problem.getProperties() == null ? Map.of() : problem.getProperties();
    }

    private static Map<String, String> error(String field, String code, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    /** A member's value as the reader sees it: texts in their language, problems in the shape of {@code errors}. */
    private static @Nullable Object rendered(@Nullable Object value, Locale locale) {
        if (value instanceof Text text) {
            return text.in(locale);
        }
        if (value instanceof FieldProblem p) {
            return error(p.field(), p.code(), p.message().in(locale));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> rendered(v, locale)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, rendered(v, locale)));
            return copy;
        }
        return value;
    }

    private static String code(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "INVALID_VALUE" : FieldProblem.code(codes[codes.length - 1]);
    }

    private static @Nullable JacksonException jacksonCause(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The JSON path of the faulty value as Jackson knows it, e.g. {@code periods[1].start}; empty when unknown. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
