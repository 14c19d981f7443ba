package org.liaison.postings;

import java.time.LocalDate;
import java.util.Set;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.DatePeriod;
import org.liaison.shared.PartnerCode;

/** Certificate requests for tests: a posting from France to Germany (PD A1) or the United States (bilateral). */
public final class CertificateRequests {

    public static final DatePeriod PERIOD = DatePeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31));

    private CertificateRequests() {
    }

    public static CertificateRequest a1(Set<PublicField> consent) {
        return a1(consent, PERIOD);
    }

    public static CertificateRequest a1(Set<PublicField> consent, DatePeriod period) {
        return new CertificateRequest(CertificateKind.PD_A1, "PR-2026-000001", "Dupont-Lefèvre", "Élodie Marie",
                LocalDate.of(1985, 4, 12), "FR", "2850475123456", "Ateliers Ségur SAS", "SIRET 12345678900011",
                PartnerCode.of("FR"), PartnerCode.of("DE"), period, "EU_883_ART12_1", "eu-reg-883-2004", consent);
    }

    /** A PD A1 in force today (Paris), whatever day the tests run. */
    public static CertificateRequest a1InForceToday(Set<PublicField> consent) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        return a1(consent, DatePeriod.of(today.minusDays(10), today.plusMonths(6)));
    }

    public static CertificateRequest a1() {
        return a1(Set.of(PublicField.HOLDER_NAME, PublicField.PERIOD));
    }

    public static CertificateRequest bilateral() {
        return new CertificateRequest(CertificateKind.BILATERAL_POSTING, null, "Martin", "Paul",
                LocalDate.of(1979, 11, 2), null, null, "Brasserie du Port", "SIRET 98765432100017",
                PartnerCode.of("FR"), PartnerCode.of("US"), PERIOD, "BILATERAL_FR_US_ART6", "fr-us-1987",
                Set.of(PublicField.EMPLOYER_NAME, PublicField.WORK_STATE));
    }
}
