package org.liaison.coordination;

import java.util.Objects;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/**
 * A certificate of the applicable legislation already issued for this work (issue #12 item 6): a PD A1, an E 101
 * (Reg. 1408/71 and 574/72 art. 11, 12a) or a bilateral convention's certificate of posting. It binds the
 * institutions of the other states for the period it covers until the issuing state withdraws it or declares it
 * invalid (Reg. 987/2009 art. 5(1); CJEU C-202/97 Fitzwilliam, C-2/05 Herbosch Kiere, C-527/16 Alpenrind).
 *
 * @param issuingState            the state whose institution issued it
 * @param kind                    which certificate
 * @param period                  the period it covers
 * @param withdrawn               the issuing institution withdrew it or declared it invalid
 * @param contestedByHost         another state's institution doubts it and asked the issuer to reconsider (987/2009
 *                                art. 5(2)–(4), Decision A1)
 * @param fraudEvidenceUnanswered the host institution sent the issuer concrete evidence of fraud and the issuer did
 *                                not review the certificate in the light of it within a reasonable time (CJEU
 *                                C-359/16 Altun)
 */
public record CertificateHeld(PartnerCode issuingState, Kind kind, DatePeriod period, boolean withdrawn,
                              boolean contestedByHost, boolean fraudEvidenceUnanswered) {

    /** The certificates that bind other states the same way. */
    public enum Kind {
        PD_A1, E101, BILATERAL
    }

    public CertificateHeld {
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
    }
}
