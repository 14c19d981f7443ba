package org.liaison.agreements.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the data files into the registry tables in one transaction, only when their checksum differs from
 * the last load's, and returns what the database then holds.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final ReferenceDataRepository repository;
    private final TransactionTemplate transactions;

    ReferenceDataLoader(ReferenceDataRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    ReferenceData loadIfChanged(ReferenceDataFiles files) {
        String checksum = files.checksum();
        return transactions.execute(status -> {
            repository.lock();
            if (repository.checksum(ReferenceDataFiles.NAME).filter(checksum::equals).isEmpty()) {
                ReferenceData data = files.parse();
                repository.replaceAll(data);
                repository.recordLoad(ReferenceDataFiles.NAME, checksum);
                log.info("Loaded agreements reference data {} ({} partners, {} instruments, {} facts)",
                        checksum.substring(0, 12), data.partners().size(), data.instruments().size(), data.facts().size());
            }
            return repository.read();
        });
    }
}
