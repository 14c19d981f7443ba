package org.liaison.coordination;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.InstrumentKind;

/** Which certificate proves the applicable legislation: the PD A1 (EU, EEA, Switzerland, UK) or a convention's certificate of posting. */
public enum CertificateKind {
    PD_A1, BILATERAL_POSTING;

    /**
     * The certificate that attests a legislation designated under an instrument: the portable document A1 under
     * the EU regulations (Reg. 987/2009 art. 19(2)), which the EEA, the Swiss agreement and the UK instruments take
     * over; the certificate of posting of the convention otherwise.
     */
    public static CertificateKind attesting(AgreementRegistry registry, String instrumentId) {
        InstrumentKind kind = registry.instrument(instrumentId).map(i -> i.kind()).orElse(InstrumentKind.BILATERAL);
        return switch (kind) {
            case EU_REGULATION, EEA, SWISS_AGREEMENT, UK_WITHDRAWAL, UK_TCA -> PD_A1;
            case BILATERAL, COORDINATION_DECREE -> BILATERAL_POSTING;
        };
    }
}
