package org.liaison.postings;

import java.util.List;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;

/**
 * A certificate request that cannot be issued as it stands (reversed period, unknown or identical states, blank
 * holder details...). Each problem names the request's field; nothing was stored.
 */
public class InvalidCertificateRequestException extends InvalidInputException {

    public InvalidCertificateRequestException(List<FieldProblem> problems) {
        super(problems);
    }
}
