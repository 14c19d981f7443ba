package org.liaison.postings;

import org.jspecify.annotations.Nullable;

/**
 * The verification of an uploaded certificate PDF: its signature's state, and the certificate its verification link
 * names (number and code, answered as the number+code verification is; not found when the file names none).
 *
 * @param number the certificate's number when it was found, {@code null} otherwise
 */
public record DocumentVerification(PdfSignatureState signature, @Nullable String number,
                                   CertificateVerification certificate) {
}
