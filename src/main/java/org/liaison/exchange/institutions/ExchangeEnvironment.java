package org.liaison.exchange.institutions;

/**
 * Which EESSI network an institution (and later a case or a message) belongs to. Test institutions exist so that
 * states can try their systems; they must never take part in a production case (eessi.md §6.6).
 */
public enum ExchangeEnvironment {
    PRODUCTION, TEST
}
