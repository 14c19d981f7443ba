package org.liaison.postings.internal.certificates;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of issued certificates, for liaison officers: search and details (personal data included). */
@Service
@PreAuthorize("hasAnyRole('LIAISON_OFFICER', 'ADMIN')")
public class CertificateRegister {

    /** How many certificates one search lists at most. */
    public static final int PAGE = 100;

    private final CertificateStore store;

    CertificateRegister(CertificateStore store) {
        this.store = store;
    }

    /**
     * Newest first, at most {@link #PAGE}.
     *
     * @param numberPart part of the number (case-insensitive), blank for all
     * @param withdrawn  {@code true} withdrawn only, {@code false} in force only, {@code null} both
     */
    @Transactional(readOnly = true)
    public List<CertificateRecord> search(String numberPart, Boolean withdrawn) {
        return store.search(CertificateNumbers.normalise(numberPart), withdrawn, PAGE);
    }

    @Transactional(readOnly = true)
    public Optional<CertificateRecord> find(String number) {
        return store.find(CertificateNumbers.normalise(number));
    }
}
