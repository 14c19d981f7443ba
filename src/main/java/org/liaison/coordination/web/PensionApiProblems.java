package org.liaison.coordination.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the pension API: one 400 listing every problem with its JSON path. */
@RestControllerAdvice(assignableTypes = PensionApiController.class)
class PensionApiProblems {

    private final MessageSource messages;

    PensionApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The API client's language: {@code ?lang=} or the site's cookie when given, else the Accept-Language header
     * (the site's resolver defaults to French and ignores the header), French or English.
     */
    static Locale language(HttpServletRequest request, Locale resolved) {
        boolean chosen = request.getParameter("lang") != null || (request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals("liaison-lang")));
        if (chosen || request.getHeader("Accept-Language") == null) {
            return resolved;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("en") || wanted.getLanguage().equals("fr")) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return resolved;
    }

    @ExceptionHandler
    ProblemDetail invalid(PensionApiController.InvalidPensionInput e, HttpServletRequest request, Locale resolved) {
        Locale locale = language(request, resolved);
        ProblemDetail problem = CoordinationApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.getMessage("pensions.problem.title", null, locale),
                messages.getMessage("pensions.problem.detail", new Object[] {e.problems().size()}, locale));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new FieldMessages.FieldError(p.field(), p.message().in(locale))).toList());
        return problem;
    }
}
