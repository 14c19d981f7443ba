package org.liaison.postings;

import java.time.Instant;
import org.liaison.coordination.CertificateKind;

/**
 * A certificate as issued: its unique number and the verification code printed on it (given once, to print on
 * the PDF and hand to the holder; only its hash is stored).
 */
public record IssuedCertificate(String number, String verificationCode, CertificateKind kind, Instant issuedAt) {
}
