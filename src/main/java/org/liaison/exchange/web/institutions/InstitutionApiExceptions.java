package org.liaison.exchange.web.institutions;

import java.util.List;
import org.liaison.exchange.internal.institutions.ImportSummary;

/** What the IR API answers with a problem body. */
final class InstitutionApiExceptions {

    private InstitutionApiExceptions() {
    }

    /** Bad query parameters, every one of them. */
    static final class InvalidParameters extends RuntimeException {
        private final transient List<InstitutionQuery.FieldProblem> problems;

        InvalidParameters(List<InstitutionQuery.FieldProblem> problems) {
            super("invalid parameters", null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<InstitutionQuery.FieldProblem> problems() {
            return problems;
        }
    }

    /** No institution has this id (or the id is malformed). */
    static final class NotFound extends RuntimeException {
        private final String id;

        NotFound(String id) {
            super("no such institution", null, false, false);
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /** An import refused whole, with its problems. */
    static final class Refused extends RuntimeException {
        private final transient ImportSummary summary;

        Refused(ImportSummary summary) {
            super("import refused", null, false, false);
            this.summary = summary;
        }

        ImportSummary summary() {
            return summary;
        }
    }
}
