package org.liaison.postings;

/** The certificate was already withdrawn: a withdrawal happens once, with its date and reason kept. */
public class CertificateAlreadyWithdrawnException extends IllegalStateException {

    private final String number;

    public CertificateAlreadyWithdrawnException(String number) {
        super("Certificate already withdrawn: " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
