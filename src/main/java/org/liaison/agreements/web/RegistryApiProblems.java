package org.liaison.agreements.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the registry API. */
@RestControllerAdvice(assignableTypes = RegistryApiController.class)
class RegistryApiProblems {

    @ExceptionHandler
    ProblemDetail notFound(NotInRegistryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The registry holds no " + e.what() + " '" + e.key() + "'.");
        problem.setType(URI.create("urn:liaison:problem:not-found"));
        problem.setTitle("Not in the registry");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidParametersException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid parameter(s): " + String.join(", ", e.errors().stream().map(InvalidParametersException.FieldError::field).toList()));
        problem.setType(URI.create("urn:liaison:problem:invalid-parameter"));
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
