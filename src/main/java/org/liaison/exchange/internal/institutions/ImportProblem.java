package org.liaison.exchange.internal.institutions;

/**
 * A bad record (or a bad file) found by an import, where it is in the file and what is wrong.
 *
 * @param index  the record's position in the {@code institutions} array, from 0; -1 for the file as a whole
 * @param line   line of the record's start (or of the syntax error), from 1
 * @param column column of the same, from 1
 * @param path   JSON path of the offending value, e.g. {@code $.institutions[3].validFrom}
 * @param code   what is wrong, a key under {@code institutions.import.problem.} in the message bundle
 */
public record ImportProblem(int index, int line, int column, String path, String code) {
}
