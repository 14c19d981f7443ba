package org.liaison.postings;

import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** The certificate was already withdrawn: a withdrawal happens once, with its date and reason kept (409). */
public class CertificateAlreadyWithdrawnException extends ProblemException {

    private final String number;

    public CertificateAlreadyWithdrawnException(String number) {
        super(Problem.conflict("certificate-withdrawn",
                Message.of("i18n.certificates", "certificates.problem.withdrawn.title"),
                Message.of("i18n.certificates", "certificates.detail.withdrawn.already")));
        this.number = number;
    }

    public String number() {
        return number;
    }
}
