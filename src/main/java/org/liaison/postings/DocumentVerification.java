package org.liaison.postings;

/**
 * The verification of an uploaded certificate PDF: its signature's state, and the certificate its verification link
 * names (number and code, as the number+code verification answers; not found when the file names none).
 */
public record DocumentVerification(PdfSignatureState signature, CertificateVerification certificate) {
}
