package org.liaison.coordination;

/** Which certificate proves the applicable legislation: the PD A1 (EU, EEA, Switzerland, UK) or a convention's certificate of posting. */
public enum CertificateKind {
    PD_A1, BILATERAL_POSTING
}
