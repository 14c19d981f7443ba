package org.liaison.coordination.internal.postings;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.InstrumentKind;
import org.liaison.coordination.CertificateKind;

/** Which certificate proves a legislation designated under an instrument. */
public final class CertificateKinds {

    private CertificateKinds() {
    }

    /** The PD A1 under the EU regulations, the EEA, the Swiss agreement and the UK instruments; a convention's certificate otherwise. */
    public static CertificateKind of(AgreementRegistry registry, String instrumentId) {
        InstrumentKind kind = registry.instrument(instrumentId).map(i -> i.kind()).orElse(InstrumentKind.BILATERAL);
        return switch (kind) {
            case EU_REGULATION, EEA, SWISS_AGREEMENT, UK_WITHDRAWAL, UK_TCA -> CertificateKind.PD_A1;
            case BILATERAL, COORDINATION_DECREE -> CertificateKind.BILATERAL_POSTING;
        };
    }
}
