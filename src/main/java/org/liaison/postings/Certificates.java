package org.liaison.postings;

import java.time.LocalDate;

/**
 * Issues, verifies and withdraws certificates of applicable legislation (PD A1, bilateral certificates of
 * posting). Every issue and withdrawal is audited.
 */
public interface Certificates {

    /** Issues the certificate: a unique number, a verification code, the PDF kept with it. */
    IssuedCertificate issue(CertificateRequest request);

    /** The public verification on a given day: status and the consented fields only. */
    CertificateVerification verify(String number, String verificationCode, LocalDate on);

    /**
     * The public verification of a certificate's PDF on a given day: is its signature this institution's and intact,
     * and what is the status of the certificate it names.
     */
    DocumentVerification verifyDocument(byte[] pdf, LocalDate on);

    /** Withdraws a certificate with a reason (art. 5 Reg. 987/2009: binding until withdrawn or declared invalid). */
    void withdraw(String number, String reason);

    /** The accessible (tagged) PDF of the certificate. */
    byte[] pdf(String number);
}
