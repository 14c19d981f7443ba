package org.liaison.agreements.web;

import java.util.List;

/** One or more request parameters are malformed; each error names its field. */
class InvalidParametersException extends RuntimeException {

    record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    InvalidParametersException(List<FieldError> errors) {
        super("Invalid parameters: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
