package org.liaison.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns a failed request into an RFC 9457 problem body. A module's own problem (an {@link ErrorResponse} it threw)
 * is kept as it is; Spring's standard failures get a detail from the message bundles that names the faulty
 * parameter or field but never repeats the value the client sent.
 */
class ProblemDescriptions {

    private final MessageSource messages;

    ProblemDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, Object> describe(HttpStatus status, @Nullable Throwable error, String path, @Nullable String reference,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        ProblemDetail own = moduleProblem(error);
        body.put("type", own != null ? String.valueOf(own.getType()) : "about:blank");
        body.put("title", own != null && own.getTitle() != null ? own.getTitle() : status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", own != null && own.getDetail() != null ? own.getDetail() : detail(status, error, body, locale));
        body.put("instance", path);
        if (own != null && own.getProperties() != null) {
            own.getProperties().forEach(body::putIfAbsent);
        }
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    private static @Nullable ProblemDetail moduleProblem(@Nullable Throwable error) {
        boolean springStandard = error != null && error.getClass().getPackageName().startsWith("org.springframework")
                && !(error instanceof ResponseStatusException);
        return error instanceof ErrorResponse response && !springStandard ? response.getBody() : null;
    }

    private String detail(HttpStatus status, @Nullable Throwable error, Map<String, Object> body, Locale locale) {
        if (error instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            body.put("parameter", mismatch.getPropertyName());
            return message("problem.parameter.invalid", locale, mismatch.getPropertyName());
        }
        if (error instanceof MissingServletRequestParameterException missing) {
            body.put("parameter", missing.getParameterName());
            return message("problem.parameter.missing", locale, missing.getParameterName());
        }
        if (error instanceof MethodArgumentNotValidException invalid) {
            body.put("errors", invalid.getFieldErrors().stream()
                    .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale)))
                    .toList());
            return message("problem.body.invalid", locale);
        }
        if (error instanceof HttpMessageNotReadableException) {
            return message("problem.body.unreadable", locale);
        }
        String key = "problem." + status.value();
        return messages.getMessage(key, null, messages.getMessage(status.is5xxServerError() ? "problem.500" : "problem.4xx",
                null, locale), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
