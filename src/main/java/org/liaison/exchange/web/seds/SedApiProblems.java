package org.liaison.exchange.web.seds;

import java.net.URI;
import java.util.Locale;
import org.liaison.exchange.seds.UnknownSedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the SED catalogue API: an unknown SED, or a version without a schema. */
@RestControllerAdvice(assignableTypes = SedApiController.class)
class SedApiProblems {

    private final MessageSource messages;

    SedApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail notFound(SedNotFound e, Locale locale) {
        return e.version() == null ? unknownSed(e.code(), locale) : unknownVersion(e.code(), e.version(), e.versions(), locale);
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownSedException e, Locale locale) {
        return unknownSed(e.code(), locale);
    }

    private ProblemDetail unknownSed(String code, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("seds.problem.unknown", new Object[] {code}, locale));
        problem.setType(URI.create("urn:liaison:problem:unknown-sed"));
        problem.setTitle(messages.getMessage("seds.problem.unknown.title", null, locale));
        problem.setProperty("sed", code);
        return problem;
    }

    private ProblemDetail unknownVersion(String code, String version, java.util.List<String> versions, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage(
                "seds.problem.unknown-version", new Object[] {code, version, String.join(", ", versions)}, locale));
        problem.setType(URI.create("urn:liaison:problem:unknown-sed-version"));
        problem.setTitle(messages.getMessage("seds.problem.unknown-version.title", null, locale));
        problem.setProperty("sed", code);
        problem.setProperty("version", version);
        problem.setProperty("versions", versions);
        return problem;
    }
}
