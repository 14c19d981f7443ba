package org.liaison.exchange.web.cases;

import org.liaison.exchange.cases.CaseRefusedException;
import org.liaison.exchange.web.compose.CaseComposeController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case one may not see, or that does not exist, is a 404 page (its existence is not revealed). */
@ControllerAdvice(assignableTypes = {CasePagesController.class, CaseComposeController.class})
class CasePageProblems {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(CaseRefusedException e) {
        return "exchange/cases/not-found";
    }
}
