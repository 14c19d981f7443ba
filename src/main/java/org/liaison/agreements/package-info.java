/**
 * The registry of partner states and territories, the legal instruments France coordinates with them under
 * (EU regulations, EEA, Swiss agreement, UK protocols, bilateral conventions, coordination decrees) and their
 * dated parameters. Other modules read it through {@link org.liaison.agreements.AgreementRegistry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package org.liaison.agreements;
