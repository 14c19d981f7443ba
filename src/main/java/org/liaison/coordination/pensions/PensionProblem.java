package org.liaison.coordination.pensions;

import org.liaison.shared.LocalizedText;

/**
 * One problem of a pension request, e.g. {@code periods[2].end} before its start: the engine lists them all instead
 * of failing on the first.
 */
public record PensionProblem(String field, String code, LocalizedText message) {
}
