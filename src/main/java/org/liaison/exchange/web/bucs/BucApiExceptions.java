package org.liaison.exchange.web.bucs;

import java.util.List;

/** What the BUC API answers with a problem body. */
final class BucApiExceptions {

    private BucApiExceptions() {
    }

    /** No definition of that BUC (in any version, or in the version asked). */
    static final class UnknownBuc extends RuntimeException {
        private final String type;

        UnknownBuc(String type) {
            super("Unknown BUC");
            this.type = type;
        }

        String type() {
            return type;
        }
    }

    /** The request is malformed: every problem with its JSON path. */
    static final class InvalidRequest extends RuntimeException {
        private final List<BucInputProblem> problems;

        InvalidRequest(List<BucInputProblem> problems) {
            super("Invalid BUC request");
            this.problems = List.copyOf(problems);
        }

        List<BucInputProblem> problems() {
            return problems;
        }
    }
}
