package org.liaison.postings;

/** No certificate has this number. */
public class UnknownCertificateException extends RuntimeException {

    private final String number;

    public UnknownCertificateException(String number) {
        super("No certificate " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
