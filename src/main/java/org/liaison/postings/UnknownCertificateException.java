package org.liaison.postings;

import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** No certificate has this number (404). */
public class UnknownCertificateException extends ProblemException {

    private final String number;

    public UnknownCertificateException(String number) {
        super(Problem.notFound("unknown-certificate", Message.of("i18n.certificates", "certificates.problem.unknown.title"),
                Message.of("i18n.certificates", "certificates.problem.unknown")));
        this.number = number;
    }

    public String number() {
        return number;
    }
}
