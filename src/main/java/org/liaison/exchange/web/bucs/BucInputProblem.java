package org.liaison.exchange.web.bucs;

import java.util.List;

/** A problem of a request to the BUC API: the JSON path of the field, a message key and its arguments. */
record BucInputProblem(String field, String key, List<Object> arguments) {

    static BucInputProblem of(String field, String key, Object... arguments) {
        return new BucInputProblem(field, key, List.of(arguments));
    }
}
