package org.liaison.exchange.internal.cases;

import java.util.List;
import org.liaison.exchange.cases.CaseProblem;

/** The SED catalogue as the cases use it: the problems of a well-formed JSON document against its SED's schema. */
interface SchemaValidation {

    /** Every problem, each with its JSON path under {@code $.content}; empty when the SED is valid. */
    List<CaseProblem> validate(String sedType, String version, String json);
}
