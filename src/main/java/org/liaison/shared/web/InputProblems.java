package org.liaison.shared.web;

import java.util.Locale;
import org.liaison.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An API input refused as a whole: a 400 problem body listing every field with its message in the reader's language. */
@RestControllerAdvice(annotations = RestController.class)
class InputProblems {

    private final FieldMessages messages;

    InputProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.message("problem.input.title", locale),
                messages.message("problem.input.detail", locale, e.problems().size()));
        problem.setProperty("errors", messages.resolve(e.problems(), locale));
        return problem;
    }
}
